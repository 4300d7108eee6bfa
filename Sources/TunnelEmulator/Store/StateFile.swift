import TunnelCore

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
        // The checks are EmulatorState's: a link or a FIFO planted at the path is refused, not followed.
        try EmulatorState.read(path: path)
    }

    /// Replaces the saved state with `state` (owner-only, never through a link planted at the path or at a
    /// temporary name); when this returns, the new state survives a crash.
    public func write(_ state: EmulatorState) throws(EmulatorStateError) {
        do throws(SafeFileError) {
            try SafeFile.write([UInt8](state.encoded()), to: path, mode: 0o600)
        } catch {
            throw .unwritable(path: path, reason: error.reasonKey)
        }
    }
}
