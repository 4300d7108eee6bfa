/// An IPv4 address, parsed from dotted-quad text.
public struct IPv4Address: Sendable, Hashable, CustomStringConvertible {
    /// The address as a big-endian 32-bit number: `10.0.0.1` is `0x0A000001`.
    public let value: UInt32

    public init(_ value: UInt32) {
        self.value = value
    }

    /// Parses `a.b.c.d` with each part 0–255 and no leading zero; nil for anything else.
    ///
    /// Hand-written over the UTF-8 bytes rather than with `inet_pton` or a regex: it runs on every keystroke,
    /// must reject `010.1.1.1` (which some parsers read as octal), and must not touch Foundation.
    public init?(_ text: some StringProtocol) {
        let parsed =
            text.utf8.withContiguousStorageIfAvailable { Self.parse($0) } ?? Self.parse(Array(text.utf8))
        guard let parsed else { return nil }
        value = parsed
    }

    /// The address in `bytes`, or nil.
    static func parse<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt32? {
        var result: UInt32 = 0
        var part: UInt32 = 0
        var digits = 0
        var parts = 0
        var leadingZero = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if digits == 1 && leadingZero { return nil }
                if digits == 0 { leadingZero = byte == UInt8(ascii: "0") }
                part = part * 10 + UInt32(byte - UInt8(ascii: "0"))
                digits += 1
                if part > 255 || digits > 3 { return nil }
            case UInt8(ascii: "."):
                guard digits > 0, parts < 3 else { return nil }
                result = result << 8 | part
                parts += 1
                part = 0
                digits = 0
            default:
                return nil
            }
        }
        guard digits > 0, parts == 3 else { return nil }
        return result << 8 | part
    }

    public var description: String {
        "\(value >> 24).\(value >> 16 & 0xFF).\(value >> 8 & 0xFF).\(value & 0xFF)"
    }

    /// Why the address is not a public unicast address, or nil when it is one.
    ///
    /// The sentences are whole literals so that a warning costs no string building per keystroke.
    public var nonPublicReason: String? {
        for range in Self.specialRanges where range.block.contains(self) {
            return range.reason
        }
        return nil
    }

    private static let specialRanges: [(block: IPv4CIDR, reason: String)] = [
        (
            IPv4CIDR(IPv4Address(0x0000_0000), prefix: 8),
            "is in 0.0.0.0/8, which is not a host address; a peer gateway is normally on a public address"
        ),
        (
            IPv4CIDR(IPv4Address(0x0A00_0000), prefix: 8),
            "is a private address (10.0.0.0/8); a peer gateway is normally on a public address"
        ),
        (
            IPv4CIDR(IPv4Address(0x6440_0000), prefix: 10),
            "is a carrier-grade NAT address (100.64.0.0/10); a peer gateway is normally on a public address"
        ),
        (
            IPv4CIDR(IPv4Address(0x7F00_0000), prefix: 8),
            "is a loopback address (127.0.0.0/8); a peer gateway is normally on a public address"
        ),
        (
            IPv4CIDR(IPv4Address(0xA9FE_0000), prefix: 16),
            "is a link-local address (169.254.0.0/16); a peer gateway is normally on a public address"
        ),
        (
            IPv4CIDR(IPv4Address(0xAC10_0000), prefix: 12),
            "is a private address (172.16.0.0/12); a peer gateway is normally on a public address"
        ),
        (
            IPv4CIDR(IPv4Address(0xC000_0000), prefix: 24),
            "is an IETF protocol address (192.0.0.0/24); a peer gateway is normally on a public address"
        ),
        (
            IPv4CIDR(IPv4Address(0xC000_0200), prefix: 24),
            "is a documentation address (192.0.2.0/24); a peer gateway is normally on a public address"
        ),
        (
            IPv4CIDR(IPv4Address(0xC0A8_0000), prefix: 16),
            "is a private address (192.168.0.0/16); a peer gateway is normally on a public address"
        ),
        (
            IPv4CIDR(IPv4Address(0xC612_0000), prefix: 15),
            "is a benchmarking address (198.18.0.0/15); a peer gateway is normally on a public address"
        ),
        (
            IPv4CIDR(IPv4Address(0xC633_6400), prefix: 24),
            "is a documentation address (198.51.100.0/24); a peer gateway is normally on a public address"
        ),
        (
            IPv4CIDR(IPv4Address(0xCB00_7100), prefix: 24),
            "is a documentation address (203.0.113.0/24); a peer gateway is normally on a public address"
        ),
        (
            IPv4CIDR(IPv4Address(0xE000_0000), prefix: 4),
            "is a multicast address (224.0.0.0/4); a peer gateway is normally on a public address"
        ),
        (
            IPv4CIDR(IPv4Address(0xF000_0000), prefix: 4),
            "is a reserved address (240.0.0.0/4); a peer gateway is normally on a public address"
        ),
    ]
}
