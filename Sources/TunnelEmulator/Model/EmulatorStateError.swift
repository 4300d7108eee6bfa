import TunnelCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Why a seed or state file could not be used.
public enum EmulatorStateError: Error, Equatable, Sendable, LocalizedError, Translatable {
    case unreadable(path: String, reason: SafeFileError.Reason)
    /// The reason is the JSON decoder's own.
    case malformed(path: String, reason: String)
    case unwritable(path: String, reason: SafeFileError.Reason)

    public var errorDescription: String? { text(in: .en) }

    public func text(in language: Language) -> String {
        let text: CommandText =
            switch self {
            case .unreadable(let path, let reason): .emulatorStateUnreadable(path: path, reason: reason)
            case .malformed(let path, let reason): .emulatorStateMalformed(path: path, reason: reason)
            case .unwritable(let path, let reason): .emulatorStateUnwritable(path: path, reason: reason)
            }
        return language.text(.command(text))
    }
}
