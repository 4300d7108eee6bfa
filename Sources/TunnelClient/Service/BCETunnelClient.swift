import Logging
import TunnelCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The BCE VPN API over a transport: reads tunnels and submits updates, signing each attempt when it is sent.
///
/// It sends only to a `SendingEndpoint` (which only the resolver's check makes) and only signed: an editor without
/// credentials or with a refused endpoint has no client at all, so it cannot send the pre-shared key anywhere.
public struct BCETunnelClient: TunnelService {
    public let endpoint: SendingEndpoint
    public let credentials: BCECredentials
    public let retryPolicy: RetryPolicy
    /// The language of the reasons this client gives (no answer, an answer that is not a tunnel list).
    public let language: Language
    private let signer: BCESigner
    /// The credentials with their secret's HMAC key state computed once, for every attempt this client signs.
    private let signingCredentials: BCESigningCredentials
    private let sender: RetryingSender

    /// - Parameters:
    ///   - clock, random, currentDate: the time and randomness of the retry loop and of signatures; tests pin them.
    ///   - language: the language of the reasons an unreachable BCE is given (`SubmitOutcome.unreachable`,
    ///     `TunnelFetchError.unreachable`): the caller's, as those reasons are shown in its sentences.
    public init(
        endpoint: SendingEndpoint, credentials: BCECredentials, transport: any HTTPTransport,
        retryPolicy: RetryPolicy = .standard, signer: BCESigner = BCESigner(),
        clock: any RetryClock = SystemRetryClock(), random: RandomSource = .system,
        currentDate: @escaping @Sendable () -> Date = { Date() },
        logger: Logger = Logger(label: "vpn-tunnel.client"), language: Language = .en
    ) {
        self.endpoint = endpoint
        self.credentials = credentials
        signingCredentials = BCESigningCredentials(credentials)
        self.retryPolicy = retryPolicy
        self.language = language
        self.signer = signer
        sender = RetryingSender(
            transport: transport, policy: retryPolicy, clock: clock, random: random, currentDate: currentDate,
            logger: logger, language: language
        )
    }

    /// The host (and port) requests go to.
    public var destination: String { endpoint.hostHeader }

    public func preparedRequest(for update: TunnelUpdate, clientToken: String, date: Date) -> PreparedRequest {
        sign(UpdateRequestBuilder.build(update, clientToken: clientToken, endpoint: endpoint.endpoint), at: date)
    }

    public func submit(_ update: TunnelUpdate, clientToken: String) async -> SubmitOutcome {
        switch await sender.send({ date in preparedRequest(for: update, clientToken: clientToken, date: date) }) {
        case .response(let response, let attempts) where response.isSuccess:
            return .applied(requestId: response.header("x-bce-request-id"), attempts: attempts)
        case .response(let response, let attempts):
            return .rejected(BCEServiceError(response: response, language: language), attempts: attempts)
        case .unreachable(let reason, let attempts):
            return .unreachable(reason: reason, attempts: attempts)
        case .cancelled(let attempts):
            return .cancelled(attempts: attempts)
        }
    }

    public func fetchTunnel(vpnId: String, vpnConnId: String) async throws -> TunnelDraft {
        try await fetchTunnels(vpnId: vpnId).tunnel(vpnConnId, ofVPN: vpnId)
    }

    /// Every tunnel of a VPN gateway, as editable drafts in the order BCE lists them.
    public func fetchTunnels(vpnId: String) async throws(TunnelFetchError) -> [TunnelDraft] {
        try await listTunnels(vpnId: vpnId).map(\.draft)
    }

    /// One tunnel as listed, with BCE's gateway address (its `localIp`), for the peer's configuration.
    public func fetchTunnelWithGateway(
        vpnId: String, vpnConnId: String
    ) async throws(TunnelFetchError) -> ListedTunnel {
        let tunnels = try await listTunnels(vpnId: vpnId)
        guard let tunnel = tunnels.first(where: { $0.draft.vpnConnId == vpnConnId }) else {
            throw .notFound(vpnConnId: vpnConnId, vpnId: vpnId, available: tunnels.map(\.draft.vpnConnId))
        }
        return tunnel
    }

    public func listTunnels(vpnId: String) async throws(TunnelFetchError) -> [ListedTunnel] {
        let request = UpdateRequestBuilder.request(
            method: "GET", path: "/v1/vpn/vpnconn/\(vpnId)", query: [], body: [], endpoint: endpoint.endpoint
        )
        switch await sender.send({ date in sign(request, at: date) }) {
        case .response(let response, _) where response.isSuccess:
            return try Self.tunnels(fromListBody: response.body, language: language)
        case .response(let response, _):
            throw .service(BCEServiceError(response: response, language: language))
        case .unreachable(let reason, let attempts):
            throw .unreachable(reason: reason, attempts: attempts)
        case .cancelled:
            throw .cancelled
        }
    }

    /// The tunnels of a `{"vpnConns":[…]}` answer: each as a draft, with its `status`, `healthStatus` and `localIp`;
    /// the other keys this tool does not edit (createdTime…) are ignored.
    static func tunnels(
        fromListBody body: [UInt8], language: Language = .en
    ) throws(TunnelFetchError) -> [ListedTunnel] {
        func malformed(_ reason: CommandText) -> TunnelFetchError {
            .malformedResponse(language.text(.command(reason)))
        }
        let document: JSONValue
        do {
            document = try JSONParser.parse(body)
        } catch {
            throw malformed(.answerNotJSON(reason: error.text(in: language)))
        }
        guard case .object(let members) = document, let list = members.first(where: { $0.key == "vpnConns" }),
            case .array(let items) = list.value
        else {
            throw malformed(.answerWithoutList)
        }
        var tunnels: [ListedTunnel] = []
        for (index, item) in items.enumerated() {
            do {
                let draft = try TunnelFile.draft(from: item, ignoringUnknownKeys: true)
                var localIp: String?
                if case .string(let text)? = item["localIp"] { localIp = text }
                tunnels.append(ListedTunnel(draft: draft, state: state(of: item), localIp: localIp))
            } catch {
                throw malformed(.answerEntry(index: index, reason: error.text(in: language)))
            }
        }
        return tunnels
    }

    /// A VpnConn's `status` and `healthStatus`; a missing or non-string one is empty (shown as `-`).
    private static func state(of item: JSONValue) -> TunnelState {
        func text(_ key: String) -> String {
            guard case .string(let value)? = item[key] else { return "" }
            return value
        }
        return TunnelState(status: text("status"), healthStatus: text("healthStatus"))
    }

    private func sign(_ request: PreparedRequest, at date: Date) -> PreparedRequest {
        signer.sign(request, credentials: signingCredentials, date: date)
    }
}
