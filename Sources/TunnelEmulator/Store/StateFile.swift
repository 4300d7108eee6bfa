#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The `--state` file: read at start, rewritten durably after every successful change.
public struct StateFile: Sendable, Hashable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Whether there is a state to resume from.
    public var exists: Bool { FileManager.default.fileExists(atPath: path) }

    /// Reads the saved state.
    public func read() throws(EmulatorStateError) -> EmulatorState {
        try EmulatorState.read(path: path)
    }

    /// Replaces the saved state with `state`; when this returns, the new state survives a crash.
    public func write(_ state: EmulatorState) throws(EmulatorStateError) {
        do throws(DurableFile.Failure) {
            try DurableFile.replace(path, with: [UInt8](state.encoded()))
        } catch {
            throw .unwritable(path: path, reason: error.reason)
        }
    }
}
