import TunnelCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Everything the emulated service knows: its VPNs, their tunnels, and the clientTokens it has answered.
///
/// This is also the shape of `assets/emulator/seed.json` and of the `--state` file.
public struct EmulatorState: Codable, Sendable, Hashable {
    public var vpns: [VpnRecord]
    public var vpnConns: [VpnConnRecord]
    /// The simulated peer of each tunnel that has one (not part of BCE's API: see `PeerRecord`).
    public var peers: [PeerRecord]
    public var clientTokens: [IdempotencyRecord]

    public init(
        vpns: [VpnRecord] = [], vpnConns: [VpnConnRecord] = [], peers: [PeerRecord] = [],
        clientTokens: [IdempotencyRecord] = []
    ) {
        self.vpns = vpns
        self.vpnConns = vpnConns
        self.peers = peers
        self.clientTokens = clientTokens
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        vpns = try container.decode([VpnRecord].self, forKey: .vpns)
        vpnConns = try container.decode([VpnConnRecord].self, forKey: .vpnConns)
        // A state written before the emulator simulated peers has none: its tunnels have nothing answering them.
        peers = try container.decodeIfPresent([PeerRecord].self, forKey: .peers) ?? []
        // A seed file has no tokens yet.
        clientTokens = try container.decodeIfPresent([IdempotencyRecord].self, forKey: .clientTokens) ?? []
    }

    /// A state file far larger than this was not written by the emulator: it is refused rather than read whole.
    public static let sizeLimit = 64 * 1024 * 1024

    /// Reads a seed or state file: a regular file only (not a link, a FIFO or a device), of at most `sizeLimit`.
    public static func read(path: String) throws(EmulatorStateError) -> EmulatorState {
        let bytes: [UInt8]
        do throws(SafeFileError) {
            bytes = try SafeFile.read(path, limit: sizeLimit)
        } catch {
            throw .unreadable(path: path, reason: error.reasonKey)
        }
        return try decode(Data(bytes), path: path)
    }

    /// Decodes the JSON of a seed or state file; `path` only names it in an error.
    public static func decode(_ data: Data, path: String) throws(EmulatorStateError) -> EmulatorState {
        do {
            return try JSONDecoder().decode(EmulatorState.self, from: data)
        } catch {
            throw .malformed(path: path, reason: String(describing: error))
        }
    }

    /// The peer of a tunnel, if it has one.
    public func peer(of vpnConnId: String) -> PeerRecord? {
        peers.first { $0.vpnConnId == vpnConnId }
    }

    /// The JSON of a state file: pretty, keys sorted so diffs between saves stay small, slashes of CIDRs left as they are.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Only plain strings, ints and arrays: encoding cannot fail.
        return try! encoder.encode(self)
    }

    /// The built-in starting state: `assets/emulator/seed.json` as compiled into the program (`EmbeddedSeed`), so
    /// that it needs no file at run time.
    public static func seed() throws(EmulatorStateError) -> EmulatorState {
        try decode(Data(EmbeddedSeed.json.utf8), path: "the built-in seed (assets/emulator/seed.json)")
    }
}
