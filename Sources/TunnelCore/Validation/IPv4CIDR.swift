/// An IPv4 network in CIDR notation: `192.168.0.0/20`.
public struct IPv4CIDR: Sendable, Hashable, CustomStringConvertible {
    public let address: IPv4Address
    /// 0–32.
    public let prefix: Int

    public init(_ address: IPv4Address, prefix: Int) {
        self.address = address
        self.prefix = prefix
    }

    /// Parses `a.b.c.d/p` with p 0–32 (no leading zero); nil for anything else.
    public init?(_ text: some StringProtocol) {
        let parsed =
            text.utf8.withContiguousStorageIfAvailable { Self.parse($0[...]) } ?? Self.parse(Array(text.utf8)[...])
        guard let parsed else { return nil }
        self = parsed
    }

    private static func parse(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> IPv4CIDR? {
        guard let slash = bytes.firstIndex(of: UInt8(ascii: "/")),
            let address = IPv4Address.parse(bytes[..<slash])
        else { return nil }
        let digits = bytes[(slash + 1)...]
        guard !digits.isEmpty, digits.count <= 2, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        if digits.count == 2 && digits.first == UInt8(ascii: "0") { return nil }
        let prefix = digits.reduce(0) { $0 * 10 + Int($1 - 48) }
        guard prefix <= 32 else { return nil }
        return IPv4CIDR(IPv4Address(address), prefix: prefix)
    }

    private static func parse(_ bytes: ArraySlice<UInt8>) -> IPv4CIDR? {
        bytes.withUnsafeBufferPointer { parse($0[...]) }
    }

    /// The mask of the network bits: `/20` is `255.255.240.0`.
    public var mask: UInt32 { prefix == 0 ? 0 : UInt32.max << (32 - prefix) }

    /// The network's first address (the address with its host bits cleared).
    public var network: IPv4Address { IPv4Address(address.value & mask) }

    /// Whether host bits are set, as in `192.168.1.1/24`.
    public var hasHostBits: Bool { address.value & ~mask != 0 }

    public func contains(_ other: IPv4Address) -> Bool { other.value & mask == address.value & mask }

    /// Whether the two networks share any address.
    public func overlaps(_ other: IPv4CIDR) -> Bool {
        let shorter = min(prefix, other.prefix)
        let mask: UInt32 = shorter == 0 ? 0 : UInt32.max << (32 - shorter)
        return address.value & mask == other.address.value & mask
    }

    public var description: String { "\(address)/\(prefix)" }
}
