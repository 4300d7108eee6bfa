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

    /// The special-purpose range the address is in, if any: a peer gateway there is probably a mistake.
    public var nonPublicRange: (block: IPv4CIDR, kind: SpecialRange)? {
        Self.specialRanges.first { $0.block.contains(self) }
    }

    /// What a special-purpose range is for (RFC 6890's registry).
    public enum SpecialRange: Sendable, Hashable {
        case notHost, `private`, carrierGradeNAT, loopback, linkLocal, ietfProtocol, documentation, benchmarking
        case multicast, reserved
    }

    private static let specialRanges: [(block: IPv4CIDR, kind: SpecialRange)] = [
        (IPv4CIDR(IPv4Address(0x0000_0000), prefix: 8), .notHost),
        (IPv4CIDR(IPv4Address(0x0A00_0000), prefix: 8), .private),
        (IPv4CIDR(IPv4Address(0x6440_0000), prefix: 10), .carrierGradeNAT),
        (IPv4CIDR(IPv4Address(0x7F00_0000), prefix: 8), .loopback),
        (IPv4CIDR(IPv4Address(0xA9FE_0000), prefix: 16), .linkLocal),
        (IPv4CIDR(IPv4Address(0xAC10_0000), prefix: 12), .private),
        (IPv4CIDR(IPv4Address(0xC000_0000), prefix: 24), .ietfProtocol),
        (IPv4CIDR(IPv4Address(0xC000_0200), prefix: 24), .documentation),
        (IPv4CIDR(IPv4Address(0xC0A8_0000), prefix: 16), .private),
        (IPv4CIDR(IPv4Address(0xC612_0000), prefix: 15), .benchmarking),
        (IPv4CIDR(IPv4Address(0xC633_6400), prefix: 24), .documentation),
        (IPv4CIDR(IPv4Address(0xCB00_7100), prefix: 24), .documentation),
        (IPv4CIDR(IPv4Address(0xE000_0000), prefix: 4), .multicast),
        (IPv4CIDR(IPv4Address(0xF000_0000), prefix: 4), .reserved),
    ]
}
