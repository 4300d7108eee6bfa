import Foundation
import Synchronization
import TunnelClient
import TunnelCore
import TunnelTUI

/// A `TunnelService` that answers from memory and records what it was asked to send.
///
/// With `holdsSubmissions` a submission waits until `release()` or until its task is cancelled, so tests can look
/// at the progress indicator and cancel a request in flight without timing anything.
public final class FakeTunnelService: TunnelService {
    /// One call of `submit`.
    public struct Submission: Sendable, Equatable {
        public let update: TunnelUpdate
        public let clientToken: String
    }

    /// What one `listTunnels` call answers.
    public enum ListStep: Sendable, Equatable {
        /// The tunnel, in this state.
        case state(TunnelState)
        /// The call fails.
        case failure(TunnelFetchError)
        /// The list holds no tunnel.
        case empty
    }

    private struct State {
        var tunnel: TunnelDraft?
        var listSteps: [ListStep]
        var listCalls = 0
        var outcome: SubmitOutcome
        var holdsSubmissions: Bool
        var submissions: [Submission] = []
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state: Mutex<State>
    public let endpoint: Endpoint

    /// - Parameter listSteps: what each `listTunnels` call answers, in turn; the last one repeats. By default the
    ///   tunnel is active and reachable.
    public init(
        tunnel: TunnelDraft? = nil, outcome: SubmitOutcome = .applied(requestId: "req-1", attempts: 1),
        holdsSubmissions: Bool = false, listSteps: [ListStep] = [.state(FakeTunnelService.up)]
    ) {
        state = Mutex(
            State(
                tunnel: tunnel, listSteps: listSteps.isEmpty ? [.empty] : listSteps, outcome: outcome,
                holdsSubmissions: holdsSubmissions))
        endpoint = Endpoint(scheme: "https", host: "bcc.bj.baidubce.com")
    }

    /// Test credentials: the access key id of the seed's example Authorization header and a made-up secret.
    public static let credentials = BCECredentials(
        accessKeyId: "f81d3b34e48048fbb2634dc7882d7e21", secretAccessKey: "test-secret-access-key")

    public var submissions: [Submission] { state.withLock { $0.submissions } }

    /// How many times the tunnels were listed.
    public var listCalls: Int { state.withLock { $0.listCalls } }

    /// Active and reachable.
    public static let up = TunnelState(status: "active", healthStatus: "reachable")

    public var destination: String { endpoint.hostHeader }

    /// Lets held submissions finish with the configured outcome.
    public func release() {
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.holdsSubmissions = false
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    public func fetchTunnel(vpnId: String, vpnConnId: String) async throws -> TunnelDraft {
        guard let tunnel = state.withLock({ $0.tunnel }), tunnel.vpnConnId == vpnConnId else {
            throw BCEServiceError(
                httpStatus: 404, code: "NoSuchObject", message: "tunnel \(vpnConnId) not found", requestId: nil,
                field: nil)
        }
        return tunnel
    }

    public func listTunnels(vpnId: String) async throws(TunnelFetchError) -> [ListedTunnel] {
        let (tunnel, step) = state.withLock { state -> (TunnelDraft?, ListStep) in
            state.listCalls += 1
            let step = state.listSteps.count > 1 ? state.listSteps.removeFirst() : state.listSteps[0]
            return (state.tunnel, step)
        }
        guard let tunnel else {
            throw .service(
                BCEServiceError(
                    httpStatus: 404, code: "NoSuchObject", message: "VPN \(vpnId) not found", requestId: nil))
        }
        switch step {
        case .state(let tunnelState): return [ListedTunnel(draft: tunnel, state: tunnelState)]
        case .failure(let error): throw error
        case .empty: return []
        }
    }

    public func submit(_ update: TunnelUpdate, clientToken: String) async -> SubmitOutcome {
        let held = state.withLock { state -> Bool in
            state.submissions.append(Submission(update: update, clientToken: clientToken))
            return state.holdsSubmissions
        }
        if held {
            await withTaskCancellationHandler {
                await withCheckedContinuation { continuation in
                    let resumeNow = state.withLock { state -> Bool in
                        if Task.isCancelled || !state.holdsSubmissions { return true }
                        state.waiters.append(continuation)
                        return false
                    }
                    if resumeNow { continuation.resume() }
                }
            } onCancel: {
                let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
                    defer { state.waiters = [] }
                    return state.waiters
                }
                for waiter in waiters { waiter.resume() }
            }
        }
        if Task.isCancelled { return .cancelled(attempts: 1) }
        return state.withLock { $0.outcome }
    }

    public func preparedRequest(for update: TunnelUpdate, clientToken: String, date: Date) -> PreparedRequest {
        let request = UpdateRequestBuilder.build(update, clientToken: clientToken, endpoint: endpoint)
        return BCESigner().sign(request, credentials: Self.credentials, date: date)
    }
}
