import NIOCore
import NIOPosix
import NIOSSL
import Synchronization

/// A TLS server on 127.0.0.1 that presents a self-signed certificate, as an impostor of an endpoint would, and
/// counts the connections it accepts: a client must refuse the certificate, and must not come back.
final class SelfSignedTLSServer: Sendable {
    let port: Int
    private let channel: any Channel
    private let counter = Counter()

    /// A certificate for 127.0.0.1 that no trust store holds, and its key: made once with
    /// `openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 36500 -subj /CN=127.0.0.1
    /// -addext subjectAltName=IP:127.0.0.1`. A test key, for this test server only.
    static let certificate = """
        -----BEGIN CERTIFICATE-----
        MIIBkTCCATagAwIBAgIUOfCD1CXfnT/mlx3gMJsU20wj/3kwCgYIKoZIzj0EAwIw
        FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTEzMDA2MTIwMFoYDzIxMjYxMTA2
        MDYxMjAwWjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO
        PQMBBwNCAATWB0vZaepbIwqMfpyvU8gtDHG8MmNIxgJauJeaL9RS6fJjJXgGI2x+
        a1YsMLzAq0h49DMJBJ7gX5sGQps6kj5Eo2QwYjAdBgNVHQ4EFgQU5yxKPOJd8exS
        y9iwQiKNpKcj6vkwHwYDVR0jBBgwFoAU5yxKPOJd8exSy9iwQiKNpKcj6vkwDwYD
        VR0TAQH/BAUwAwEB/zAPBgNVHREECDAGhwR/AAABMAoGCCqGSM49BAMCA0kAMEYC
        IQCDzd+XIMjktSidpciO6kR1ZnKJZoCVKXI5lEU5nislTgIhALh/h/w/HWPm3aTd
        1ieIg/1dN6zaJ6Hmj1FtcOauhygd
        -----END CERTIFICATE-----
        """
    static let privateKey = """
        -----BEGIN PRIVATE KEY-----
        MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg3JHleHQlkM/mkHmA
        ByVO0BsytymeaqjJoUHGNjgwj+WhRANCAATWB0vZaepbIwqMfpyvU8gtDHG8MmNI
        xgJauJeaL9RS6fJjJXgGI2x+a1YsMLzAq0h49DMJBJ7gX5sGQps6kj5E
        -----END PRIVATE KEY-----
        """

    init() async throws {
        let configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: [.certificate(try NIOSSLCertificate(bytes: Array(Self.certificate.utf8), format: .pem))],
            privateKey: .privateKey(try NIOSSLPrivateKey(bytes: Array(Self.privateKey.utf8), format: .pem))
        )
        let context = try NIOSSLContext(configuration: configuration)
        let counter = counter
        channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                counter.value.withLock { $0 += 1 }
                return channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: context))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        port = channel.localAddress?.port ?? 0
    }

    /// The connections accepted so far.
    var connections: Int { counter.value.withLock { $0 } }

    func close() async {
        try? await channel.close()
    }

    private final class Counter: Sendable {
        let value = Mutex(0)
    }
}
