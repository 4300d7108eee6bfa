import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TunnelCore
import TunnelEmulator

/// An emulator on the seed state with a fixed clock, and requests signed as a BCE client signs them.
struct EmulatorFixture {
    /// 2026-01-02T03:04:05Z: both the emulator's clock and the default signing time.
    static let now = Date(timeIntervalSince1970: 1_767_323_045)
    static let vpnId = "vpn-s1bpb19cmd8n"
    static let vpnConnId = "vpnconn-ku4cxya6nisq"

    static func configuration(
        faults: FaultConfiguration = .none, stateFile: String? = nil
    ) throws -> EmulatorConfiguration {
        EmulatorConfiguration(
            faults: faults, stateFile: stateFile, initialState: try EmulatorState.seed(), randomSeed: 42, clock: { now }
        )
    }

    static func emulator(faults: FaultConfiguration = .none, stateFile: String? = nil) throws -> TunnelEmulator {
        try TunnelEmulator(configuration: configuration(faults: faults, stateFile: stateFile))
    }

    /// A signed request: the request target and headers to hand to a HummingbirdTesting client.
    struct Signed {
        var uri: String
        var headers: HTTPFields
        var body: ByteBuffer?
    }

    /// Signs like the client does: the core's request builder, then `BCESigner.sign`. The test clients send
    /// `Host: localhost` (`.live`) or no authority (`.router`), so the request is signed for `localhost`, and the
    /// `.router` client gets the Host header as a field.
    static func sign(
        _ method: String, _ path: String, query: [QueryParameter] = [], body: String = "",
        credentials: BCECredentials = EmulatorCredentials.demo, date: Date = now, hostAsField: Bool = true
    ) throws -> Signed {
        let endpoint = try Endpoint(url: "http://localhost")
        let prepared = UpdateRequestBuilder.request(
            method: method, path: path, query: query, body: Array(body.utf8), endpoint: endpoint)
        let signed = BCESigner().sign(prepared, credentials: credentials, date: date)
        var headers = HTTPFields()
        for header in signed.headers {
            if header.name.lowercased() == "host" && !hostAsField { continue }
            headers.append(HTTPField(name: HTTPField.Name(header.name)!, value: header.value))
        }
        return Signed(uri: signed.requestTarget, headers: headers, body: body.isEmpty ? nil : ByteBuffer(string: body))
    }

    /// The body of an update of the seed's `vpnconn-ku4cxya6nisq`, with some values replaced.
    static func updateBody(
        vpnConnName: String = "vpncon", ikeLifeTime: String = "200", ipsecLifetime: String = "28800",
        vpnId: String = vpnId, extra: String = ""
    ) -> String {
        """
        {"vpnId":"\(vpnId)","secretKey":"ddd22@www","localSubnets":["192.168.0.0/20"],\
        "remoteIp":"203.0.113.9","remoteSubnets":["192.168.100.0/24"],"description":"111",\
        "vpnConnName":"\(vpnConnName)",\(extra)\
        "ikeConfig":{"ikeVersion":"v1","ikeMode":"main","ikeEncAlg":"aes","ikeAuthAlg":"sha1","ikePfs":"group2",\
        "ikeLifeTime":\(ikeLifeTime)},\
        "ipsecConfig":{"ipsecEncAlg":"aes","ipsecAuthAlg":"sha1","ipsecPfs":"group2","ipsecLifetime":\(ipsecLifetime)}}
        """
    }
}

extension TestClientProtocol {
    func send(_ signed: EmulatorFixture.Signed, _ method: HTTPRequest.Method) async throws -> TestResponse {
        try await executeRequest(uri: signed.uri, method: method, headers: signed.headers, body: signed.body)
    }
}

/// BCE's error body.
struct ErrorBody: Decodable, Equatable {
    let code: String
    let message: String
    let requestId: String
}

extension TestResponse {
    var errorBody: ErrorBody? { try? JSONDecoder().decode(ErrorBody.self, from: Data(body.readableBytesView)) }
    var requestId: String? { headers[HTTPField.Name("x-bce-request-id")!] }
    var json: [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(body.readableBytesView))) as? [String: Any]
    }
}
