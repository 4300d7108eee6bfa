import Logging
import TunnelCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// How an emulator is set up: where it listens, whom it trusts, where it keeps its state, what faults it makes.
public struct EmulatorConfiguration: Sendable {
    /// Loopback only: the emulator is for tests and demos, and its state holds pre-shared keys.
    public var host: String
    /// 0 picks a free port; the bound one is known once the server listens.
    public var port: Int
    /// The only credentials whose signatures are accepted.
    public var credentials: BCECredentials
    public var faults: FaultConfiguration
    /// Where the state is kept across restarts; nil keeps it in memory only.
    public var stateFile: String?
    /// The state to start from when there is no state file yet; nil takes the built-in seed (`EmulatorState.seed()`).
    public var initialState: EmulatorState?
    /// Seeds the fault dice and new ids, for repeatable tests; nil draws a seed.
    public var randomSeed: UInt64?
    /// The rules update bodies are checked with. BCE itself takes the extended algorithms (Terraform sends them).
    public var validation: ValidationOptions
    /// The emulator's clock, for the signature's time window.
    public var clock: @Sendable () -> Date
    /// How far in the future a signature's timestamp may be.
    public var maxFutureSkew: TimeInterval
    /// What an updated tunnel shows, and for how long, before it is active again.
    public var transition: TunnelTransition
    /// Told of every call once it is answered (or dropped).
    public var onRequest: @Sendable (RecordedRequest) -> Void
    public var logLevel: Logger.Level

    public init(
        host: String = "127.0.0.1", port: Int = 0, credentials: BCECredentials = EmulatorCredentials.demo,
        faults: FaultConfiguration = .none, stateFile: String? = nil, initialState: EmulatorState? = nil,
        randomSeed: UInt64? = nil, validation: ValidationOptions = ValidationOptions(allowsExtendedAlgorithms: true),
        clock: @escaping @Sendable () -> Date = { Date() }, maxFutureSkew: TimeInterval = 15 * 60,
        transition: TunnelTransition = .standard, onRequest: @escaping @Sendable (RecordedRequest) -> Void = { _ in },
        logLevel: Logger.Level = .warning
    ) {
        self.host = host
        self.port = port
        self.credentials = credentials
        self.faults = faults
        self.stateFile = stateFile
        self.initialState = initialState
        self.randomSeed = randomSeed
        self.validation = validation
        self.clock = clock
        self.maxFutureSkew = maxFutureSkew
        self.transition = transition
        self.onRequest = onRequest
        self.logLevel = logLevel
    }
}
