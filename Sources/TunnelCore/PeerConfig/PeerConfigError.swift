#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Why the peer's configuration cannot be written, or a swanctl text cannot be read back.
public enum PeerConfigError: Error, Hashable, Sendable, LocalizedError {
    /// The tunnel has errors: the export needs a tunnel BCE would accept.
    case invalidTunnel([ValidationProblem])
    /// The vendor has no equivalent for a BCE value.
    case unsupported(field: TunnelField, value: String, format: PeerConfigFormat, reason: PeerRefusal)
    /// A lifetime outside what the vendor accepts.
    case lifetimeOutOfRange(field: TunnelField, value: Int, format: PeerConfigFormat, range: ClosedRange<Int>)
    /// BCE's gateway address is not an IPv4 address.
    case invalidGatewayAddress(String)
    /// A swanctl text this export did not write: the line and why.
    case unreadableSwanctl(line: Int, reason: String)

    /// The English message; the catalog writes it (`Text.peerConfigError`), and the editor's in its language.
    public var errorDescription: String? { Language.en.text(.peerConfigError(self)) }
}
