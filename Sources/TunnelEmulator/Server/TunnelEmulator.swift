import Hummingbird
import Logging
import TunnelCore

/// A local BCE VPN API: the list, update, create and delete tunnel calls and list VPNs, with BCE's signature
/// check, validation, clientToken idempotence and error answers, on Hummingbird.
///
/// Use `EmulatorServer.start` to run one in the background, `makeApplication` with HummingbirdTesting, or
/// `runUntilSignalled` from the command line.
public struct TunnelEmulator: Sendable {
    public let configuration: EmulatorConfiguration
    /// The emulated service's state and the calls it received.
    public let store: EmulatorStore

    /// Loads the state (state file, else the configured or seed state).
    public init(configuration: EmulatorConfiguration = EmulatorConfiguration()) throws(EmulatorStateError) {
        self.configuration = configuration
        let initial: EmulatorState
        if let configured = configuration.initialState {
            initial = configured
        } else {
            initial = try EmulatorState.seed()
        }
        let random = configuration.randomSeed.map(SeededRandom.init(seed:)) ?? SeededRandom()
        store = try EmulatorStore(
            initial: initial, stateFile: configuration.stateFile.map(StateFile.init(path:)),
            faults: FaultPlan(configuration: configuration.faults, random: random),
            validation: configuration.validation, clock: configuration.clock, transition: configuration.transition)
    }

    /// The routes of the calls listed above, behind the middleware every call goes through.
    public func makeRouter() -> Router<EmulatorRequestContext> {
        let router = Router(context: EmulatorRequestContext.self)
        router.add(
            middleware: EmulatorMiddleware(
                store: store,
                verifier: SignatureVerifier(
                    credentials: configuration.credentials, maxFutureSkew: configuration.maxFutureSkew),
                latency: .milliseconds(configuration.faults.latencyMilliseconds), clock: configuration.clock,
                onRequest: configuration.onRequest))
        let store = self.store
        router.get("/v1/vpn") { request, context in
            let query = IncomingRequest(request, body: []).query
            func value(_ name: String) -> String? { query.first { $0.name == name }?.value }
            return ResponseBuilder.answer(
                try await store.listVpns(
                    vpcId: value("vpcId"), marker: value("marker"), maxKeys: value("maxKeys"),
                    requestId: context.requestId))
        }
        // One parameter name for the three calls on this path: Hummingbird's trie allows one per position (the
        // list call names a VPN there, update and delete a tunnel).
        router.get("/v1/vpn/vpnconn/:id") { _, context in
            let tunnels = try await store.listTunnels(vpnId: try Self.parameter("id", context))
            return ResponseBuilder.answer(EmulatorAnswer(body: JSONBody.encode(tunnels), requestId: context.requestId))
        }
        // A body is parsed here, before its call waits for the store, so that other calls go on meanwhile.
        router.put("/v1/vpn/vpnconn/:id") { request, context in
            let draft = store.read(context.body)
            return ResponseBuilder.answer(
                try await store.updateTunnel(
                    vpnConnId: try Self.parameter("id", context), body: context.body, draft: draft,
                    clientToken: Self.clientToken(request), requestId: context.requestId))
        }
        router.post("/v1/vpn/:vpnId/vpnconn") { request, context in
            let draft = store.read(context.body)
            return ResponseBuilder.answer(
                try await store.createTunnel(
                    vpnId: try Self.parameter("vpnId", context), body: context.body, draft: draft,
                    clientToken: Self.clientToken(request), requestId: context.requestId))
        }
        router.delete("/v1/vpn/vpnconn/:id") { request, context in
            ResponseBuilder.answer(
                try await store.deleteTunnel(
                    vpnConnId: try Self.parameter("id", context), clientToken: Self.clientToken(request),
                    requestId: context.requestId))
        }
        addPeerRoutes(to: router)
        return router
    }

    /// The emulator's own calls, outside BCE's paths (`/v1/…`): read and set what a tunnel's simulated peer
    /// proposes, in BCE's names (`{"ikeConfig":{…},"ipsecConfig":{…}}`; lifetimes may be given and are ignored).
    /// Not signed, as they are no part of BCE's API and the emulator listens on loopback only; the middleware
    /// refuses them from any other address.
    private func addPeerRoutes(to router: Router<EmulatorRequestContext>) {
        let store = self.store
        router.get(RouterPath(Self.peerPath + ":id")) { _, context in
            let peer = try await store.peer(of: try Self.parameter("id", context))
            return ResponseBuilder.answer(EmulatorAnswer(body: JSONBody.encode(peer), requestId: context.requestId))
        }
        router.put(RouterPath(Self.peerPath + ":id")) { _, context in
            let vpnConnId = try Self.parameter("id", context)
            let proposal = try PeerProposalBody.read(context.body)
            let peer = try await store.setPeer(
                PeerRecord(vpnConnId: vpnConnId, ikeConfig: proposal.ikeConfig, ipsecConfig: proposal.ipsecConfig))
            return ResponseBuilder.answer(EmulatorAnswer(body: JSONBody.encode(peer), requestId: context.requestId))
        }
    }

    /// Where the emulator's own calls about a tunnel's simulated peer live: `/emulator/peer/{vpnConnId}`.
    public static let peerPath = "/emulator/peer/"

    /// A Hummingbird application serving the emulator; `onListening` gets the bound port.
    public func makeApplication(
        onListening: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        var logger = Logger(label: "vpn-tunnel.emulator")
        logger.logLevel = configuration.logLevel
        return Application(
            router: makeRouter(),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) },
            logger: logger)
    }

    /// Serves until SIGINT or SIGTERM.
    public func runUntilSignalled(onListening: @escaping @Sendable (Int) async -> Void) async throws {
        try await makeApplication(onListening: onListening).runService()
    }

    private static func parameter(_ name: String, _ context: EmulatorRequestContext) throws(EmulatorError) -> String {
        guard let raw = context.parameters.get(name) else {
            throw EmulatorError(status: 400, code: "InvalidURI", message: "The path has no \(name)")
        }
        return URIEncoding.decode(raw) ?? raw
    }

    private static func clientToken(_ request: Request) -> String? {
        IncomingRequest(request, body: []).queryValue("clientToken")
    }
}
