#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Why a seed or state file could not be used.
public enum EmulatorStateError: Error, Equatable, Sendable, LocalizedError {
    case unreadable(path: String, reason: String)
    case malformed(path: String, reason: String)
    case unwritable(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot be read: \(reason)"
        case .malformed(let path, let reason): "\(path): is not an emulator state file: \(reason)"
        case .unwritable(let path, let reason): "\(path): cannot be written: \(reason)"
        }
    }
}
