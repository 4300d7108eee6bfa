import NIOCore
import NIOPosix

/// A one-purpose HTTP server on 127.0.0.1 for transport tests: records each request's raw bytes as they came over
/// the wire and answers with a fixed response, or never answers.
///
/// Raw bytes rather than a parsed request because the point is to see what the client really put on the wire.
final class RawHTTPServer: Sendable {
    let port: Int
    /// Each request's bytes, as received.
    let requests: AsyncStream<[UInt8]>
    private let channel: any Channel

    /// - Parameter response: the raw response to write; nil to never answer.
    init(response: String?) async throws {
        let (requests, continuation) = AsyncStream<[UInt8]>.makeStream()
        self.requests = requests
        channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(
                        CaptureHandler(response: response, received: continuation)
                    )
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        port = channel.localAddress?.port ?? 0
    }

    func close() async {
        try? await channel.close()
    }

    /// Collects one request (headers, then as many body bytes as Content-Length says) and answers it.
    private final class CaptureHandler: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer

        let response: String?
        let received: AsyncStream<[UInt8]>.Continuation
        var bytes: [UInt8] = []

        init(response: String?, received: AsyncStream<[UInt8]>.Continuation) {
            self.response = response
            self.received = received
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            var buffer = unwrapInboundIn(data)
            bytes += buffer.readBytes(length: buffer.readableBytes) ?? []
            guard let length = completeLength() else { return }
            received.yield(Array(bytes.prefix(length)))
            bytes.removeFirst(length)
            guard let response else { return }
            context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: response)), promise: nil)
        }

        /// The length of the first complete request in `bytes`, or nil while it is still arriving.
        private func completeLength() -> Int? {
            let separator = Array("\r\n\r\n".utf8)
            guard bytes.count >= 4,
                let end = (0...(bytes.count - 4)).first(where: { bytes[$0..<($0 + 4)].elementsEqual(separator) })
            else { return nil }
            let head = String(decoding: bytes[..<end], as: UTF8.self).lowercased()
            let contentLength =
                head.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
                .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
            let total = end + 4 + contentLength
            return bytes.count >= total ? total : nil
        }
    }
}
