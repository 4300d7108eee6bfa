#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Why the peer's configuration cannot be written, or a swanctl text cannot be read back.
public enum PeerConfigError: Error, Equatable, Sendable, LocalizedError {
    /// The tunnel has errors: the export needs a tunnel BCE would accept.
    case invalidTunnel([ValidationProblem])
    /// The vendor has no equivalent for a BCE value.
    case unsupported(field: TunnelField, value: String, format: PeerConfigFormat, reason: String)
    /// A lifetime outside what the vendor accepts.
    case lifetimeOutOfRange(field: TunnelField, value: Int, format: PeerConfigFormat, range: ClosedRange<Int>)
    /// BCE's gateway address is not an IPv4 address.
    case invalidGatewayAddress(String)
    /// A swanctl text this export did not write: the line and why.
    case unreadableSwanctl(line: Int, reason: String)

    public var errorDescription: String? {
        switch self {
        case .invalidTunnel(let problems):
            let errors = problems.filter { $0.severity == .error }
            let first = errors.first.map { ": \($0.message)" } ?? ""
            let more = errors.count > 1 ? " (and \(errors.count - 1) more)" : ""
            return "the tunnel has \(errors.count) error\(errors.count == 1 ? "" : "s")\(first)\(more)"
        case .unsupported(let field, let value, let format, let reason):
            return "\(field.path) (\(value)) has no \(format.title) equivalent: \(reason)"
        case .lifetimeOutOfRange(let field, let value, let format, let range):
            return "\(field.path) (\(value)) is outside what \(format.title) accepts, "
                + "\(range.lowerBound) to \(range.upperBound) seconds"
        case .invalidGatewayAddress(let text):
            return "BCE's gateway address (\(text)) is not an IPv4 address"
        case .unreadableSwanctl(let line, let reason):
            return "swanctl.conf line \(line): \(reason)"
        }
    }
}
