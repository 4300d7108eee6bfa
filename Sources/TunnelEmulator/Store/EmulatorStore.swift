import TunnelCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The emulated service's memory: VPNs, tunnels, answered clientTokens, the calls received and the fault plan.
///
/// An actor, so each call (check the token, validate, change, save) happens whole before the next one starts, as
/// two retries of one request racing each other must still change a tunnel once. A body is parsed before its call
/// enters (`read(_:)`), so a big update does not hold up the calls behind it.
public actor EmulatorStore {
    /// How many answered clientTokens are kept; the oldest are forgotten first.
    static let rememberedTokens = 1000
    /// How many received calls are kept for `recordedRequests()`, so a long-running emulator stays small.
    static let rememberedRequests = 10_000

    private var state: EmulatorState
    private let stateFile: StateFile?
    private var faults: FaultPlan
    private var requests: [RecordedRequest] = []
    private let reader: UpdateBodyReader
    private let clock: @Sendable () -> Date
    private let transition: TunnelTransition
    /// When each tunnel updated last ends its transition. Kept in memory only: a restarted emulator has finished
    /// every transition.
    private var transitionEnds: [String: Date] = [:]

    /// Starts from `stateFile` when it exists, else from `initial` (saved to `stateFile` at once).
    public init(
        initial: EmulatorState, stateFile: StateFile?, faults: FaultPlan, validation: ValidationOptions,
        clock: @escaping @Sendable () -> Date, transition: TunnelTransition = .standard
    ) throws(EmulatorStateError) {
        if let stateFile, stateFile.exists {
            state = try stateFile.read()
        } else {
            state = initial
            try stateFile?.write(initial)
        }
        self.stateFile = stateFile
        self.faults = faults
        self.reader = UpdateBodyReader(validator: TunnelValidator(options: validation))
        self.clock = clock
        self.transition = transition
    }

    /// The whole state as it stands.
    public func snapshot() -> EmulatorState { state }

    /// One tunnel, by id.
    public func tunnel(_ vpnConnId: String) -> VpnConnRecord? {
        state.vpnConns.first { $0.vpnConnId == vpnConnId }
    }

    /// One tunnel as the list call shows it now: its status and health as the transition and its peer make them.
    public func listedTunnel(_ vpnConnId: String) -> VpnConnRecord? {
        tunnel(vpnConnId).map { listed($0, at: clock()) }
    }

    /// A tunnel's `status` and `healthStatus` at `now`: the transition's status (and unreachable) until an update
    /// has been applied, then its own status, and reachable only while its peer proposes what it proposes.
    private func listed(_ record: VpnConnRecord, at now: Date) -> VpnConnRecord {
        var shown = record
        if let end = transitionEnds[record.vpnConnId], now < end {
            shown.status = transition.status
            shown.healthStatus = Self.unreachable
            return shown
        }
        let agrees = state.peer(of: record.vpnConnId)?.agrees(with: record) ?? false
        shown.healthStatus = agrees ? Self.reachable : Self.unreachable
        return shown
    }

    static let reachable = "reachable"
    static let unreachable = "unreachable"

    /// The calls received so far (the latest 10,000), in order.
    public func recordedRequests() -> [RecordedRequest] { requests }

    func record(_ request: RecordedRequest) {
        requests.append(request)
        if requests.count > Self.rememberedRequests { requests.removeFirst(requests.count - Self.rememberedRequests) }
    }

    func nextFaults(isUpdate: Bool) -> FaultDecision {
        faults.next(isUpdate: isUpdate)
    }

    // MARK: The API calls

    /// `GET /v1/vpn/vpnconn/{vpnId}`: the tunnels, encoded by the caller once it has left the store (a gateway's
    /// list can be a megabyte of JSON).
    func listTunnels(vpnId: String) throws(EmulatorError) -> VpnConnListAnswer {
        guard state.vpns.contains(where: { $0.vpnId == vpnId }) else { throw .noSuchObject("VPN \(vpnId) not found") }
        let now = clock()
        return VpnConnListAnswer(vpnConns: state.vpnConns.filter { $0.vpnId == vpnId }.map { listed($0, at: now) })
    }

    /// `GET /v1/vpn?vpcId=&marker=&maxKeys=`.
    func listVpns(vpcId: String?, marker: String?, maxKeys: String?, requestId: String) throws(EmulatorError)
        -> EmulatorAnswer
    {
        var limit = 1000
        if let maxKeys, !maxKeys.isEmpty {
            guard let value = Int(maxKeys), (1...1000).contains(value) else {
                throw .invalidParameter("maxKeys (\(maxKeys)) is not a number from 1 to 1000")
            }
            limit = value
        }
        let matching = state.vpns.filter { vpcId == nil || vpcId == "" || $0.vpcId == vpcId }
        var start = 0
        if let marker, !marker.isEmpty {
            guard let index = matching.firstIndex(where: { $0.vpnId == marker }) else {
                throw .invalidParameter("marker (\(marker)) is not the id of a VPN")
            }
            start = index
        }
        let page = matching[start...].prefix(limit)
        let next = start + page.count < matching.count ? matching[start + page.count].vpnId : nil
        let items = page.map { vpn in
            VpnListAnswer.Item(vpn, vpnConns: state.vpnConns.filter { $0.vpnId == vpn.vpnId }.map(\.vpnConnId))
        }
        let answer = VpnListAnswer(
            marker: marker ?? "", isTruncated: next != nil, nextMarker: next, maxKeys: limit, vpns: items)
        return EmulatorAnswer(body: JSONBody.encode(answer), requestId: requestId)
    }

    /// A request body parsed, without entering the store: the first step of an update or a create.
    nonisolated func read(_ body: [UInt8]) -> BodyDraft {
        UpdateBodyReader.draft(from: body)
    }

    /// `PUT /v1/vpn/vpnconn/{vpnConnId}?clientToken=`, with the body and what `read(_:)` made of it.
    func updateTunnel(
        vpnConnId: String, body: [UInt8], draft: BodyDraft, clientToken: String?, requestId: String
    ) throws(EmulatorError) -> EmulatorAnswer {
        var applied = false
        let answer = try idempotent(clientToken, operation: "PUT /v1/vpn/vpnconn/\(vpnConnId)", body: body) {
            (state) throws(EmulatorError) in
            guard let index = state.vpnConns.firstIndex(where: { $0.vpnConnId == vpnConnId }) else {
                throw .noSuchObject("VPN tunnel \(vpnConnId) not found")
            }
            let update = try reader.update(from: draft, vpnConnId: vpnConnId, vpnId: nil)
            let owner = state.vpnConns[index].vpnId
            guard update.vpnId == owner else {
                throw .invalidParameter("vpnId (\(update.vpnId)) is not the VPN of tunnel \(vpnConnId) (\(owner))")
            }
            state.vpnConns[index].apply(update)
            applied = true
            return EmulatorAnswer(requestId: requestId)
        }
        // Once the change is saved, and not for a replay of it: the tunnel is reconfigured from now.
        if applied && transition.duration > .zero {
            transitionEnds[vpnConnId] = clock().addingTimeInterval(transition.seconds)
        }
        return answer
    }

    /// `POST /v1/vpn/{vpnId}/vpnconn?clientToken=`, with the body and what `read(_:)` made of it.
    func createTunnel(
        vpnId: String, body: [UInt8], draft: BodyDraft, clientToken: String?, requestId: String
    ) throws(EmulatorError) -> EmulatorAnswer {
        let newId = "vpnconn-" + faults.identifier(count: 12)
        let now = clock()
        return try idempotent(clientToken, operation: "POST /v1/vpn/\(vpnId)/vpnconn", body: body) {
            (state) throws(EmulatorError) in
            guard let vpn = state.vpns.first(where: { $0.vpnId == vpnId }) else {
                throw .noSuchObject("VPN \(vpnId) not found")
            }
            let update = try reader.update(from: draft, vpnConnId: newId, vpnId: vpnId)
            guard update.vpnId == vpnId else {
                throw .invalidParameter("vpnId (\(update.vpnId)) does not match the path (\(vpnId))")
            }
            state.vpnConns.append(
                VpnConnRecord(creating: update, localIp: vpn.eip, createdTime: Self.createdTime(now)))
            return EmulatorAnswer(body: JSONBody.encode(["vpnConnId": newId]), requestId: requestId)
        }
    }

    /// `DELETE /v1/vpn/vpnconn/{vpnConnId}?clientToken=`.
    func deleteTunnel(vpnConnId: String, clientToken: String?, requestId: String) throws(EmulatorError)
        -> EmulatorAnswer
    {
        try idempotent(clientToken, operation: "DELETE /v1/vpn/vpnconn/\(vpnConnId)", body: []) {
            (state) throws(EmulatorError) in
            guard let index = state.vpnConns.firstIndex(where: { $0.vpnConnId == vpnConnId }) else {
                throw .noSuchObject("VPN tunnel \(vpnConnId) not found")
            }
            state.vpnConns.remove(at: index)
            state.peers.removeAll { $0.vpnConnId == vpnConnId }
            return EmulatorAnswer(requestId: requestId)
        }
    }

    // MARK: The simulated peer (the emulator's own calls, not BCE's)

    /// `PUT /emulator/peer/{vpnConnId}`: the tunnel's peer proposes this from now on (saved like any change).
    public func setPeer(_ peer: PeerRecord) throws(EmulatorError) -> PeerRecord {
        guard tunnel(peer.vpnConnId) != nil else { throw .noSuchObject("VPN tunnel \(peer.vpnConnId) not found") }
        var next = state
        next.peers.removeAll { $0.vpnConnId == peer.vpnConnId }
        next.peers.append(peer)
        try commit(next)
        return peer
    }

    /// `GET /emulator/peer/{vpnConnId}`: what the tunnel's peer proposes.
    public func peer(of vpnConnId: String) throws(EmulatorError) -> PeerRecord {
        guard tunnel(vpnConnId) != nil else { throw .noSuchObject("VPN tunnel \(vpnConnId) not found") }
        guard let peer = state.peer(of: vpnConnId) else {
            throw .noSuchObject("VPN tunnel \(vpnConnId) has no simulated peer")
        }
        return peer
    }

    // MARK: Idempotence and saving

    /// Runs a change once per clientToken: a retry with the same token and body gets the first answer again
    /// (same request id) without changing anything; the same token with another body is refused.
    private func idempotent(
        _ clientToken: String?, operation: String, body: [UInt8],
        change: (inout EmulatorState) throws(EmulatorError) -> EmulatorAnswer
    ) throws(EmulatorError) -> EmulatorAnswer {
        let token = clientToken ?? ""
        let bodyText = String(decoding: body, as: UTF8.self)
        if !token.isEmpty {
            if let rule = ClientToken.problem(with: token) {
                throw .invalidParameter("clientToken (\(token)) \(rule)")
            }
            if let earlier = state.clientTokens.first(where: { $0.clientToken == token }) {
                guard earlier.operation == operation, earlier.body == bodyText else {
                    throw .idempotentParameterMismatch(token)
                }
                return earlier.answer
            }
        }
        var next = state
        let answer = try change(&next)
        if !token.isEmpty {
            next.clientTokens.append(
                IdempotencyRecord(clientToken: token, operation: operation, body: bodyText, answer: answer))
            next.clientTokens.removeFirst(max(0, next.clientTokens.count - Self.rememberedTokens))
        }
        try commit(next)
        return answer
    }

    /// Saves first, then keeps: a change that could not be saved is answered as an internal error and forgotten.
    private func commit(_ next: EmulatorState) throws(EmulatorError) {
        do {
            try stateFile?.write(next)
        } catch {
            throw .internalError
        }
        state = next
    }

    /// BCE's `createdTime` format: `2021-04-25 17:22:34`, UTC: the signing timestamp with a space for its `T` and
    /// no `Z`. (A `DateFormatter` would bring the whole of Foundation and ICU into the editor's binary.)
    static func createdTime(_ date: Date) -> String {
        let timestamp = BCETimestamp.string(from: date)
        return timestamp.prefix(10) + " " + timestamp.dropFirst(11).dropLast()
    }
}
