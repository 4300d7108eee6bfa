import TunnelCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reads and updates one BCE VPN tunnel; the TUI and the command line work against this protocol.
public protocol TunnelService: Sendable {
    /// Reads the tunnel from BCE (list the VPN's tunnels, pick by id) as an editable draft.
    func fetchTunnel(vpnId: String, vpnConnId: String) async throws -> TunnelDraft
    /// Every tunnel of a VPN gateway with its status and health, in the order BCE lists them (one list call).
    func listTunnels(vpnId: String) async throws(TunnelFetchError) -> [ListedTunnel]
    /// Signs at send time, retries network failures and 5xx with the same clientToken; honours Task cancellation.
    func submit(_ update: TunnelUpdate, clientToken: String) async -> SubmitOutcome
    /// The exact request `submit` would send first, signed at `date`.
    func preparedRequest(for update: TunnelUpdate, clientToken: String, date: Date) -> PreparedRequest
    /// The host (with its port when not the scheme's default) that requests go to: the confirmation names it.
    var destination: String { get }
}
