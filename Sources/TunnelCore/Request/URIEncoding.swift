/// The percent-encoding of BCE auth v1 ("UriEncode"), used both for signing and for the request line.
public enum URIEncoding {
    /// Keeps `A–Z a–z 0–9 - _ . ~` (and `/` when `keepingSlash`); every other UTF-8 byte becomes `%XX`.
    public static func encode(_ text: some StringProtocol, keepingSlash: Bool = false) -> String {
        var text = String(text)
        // Read as contiguous UTF-8: iterating `utf8` checks the string's representation at every byte.
        let encoded: [UInt8]? = text.withUTF8 { bytes in
            // Paths, ids, tokens and header names are usually all unreserved: they are returned as they are.
            guard bytes.contains(where: { !isKept($0, keepingSlash: keepingSlash) }) else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(3 * bytes.count)
            for byte in bytes {
                if isKept(byte, keepingSlash: keepingSlash) {
                    output.append(byte)
                } else {
                    output.append(UInt8(ascii: "%"))
                    output.append(hexDigit(byte >> 4))
                    output.append(hexDigit(byte & 0x0F))
                }
            }
            return output
        }
        return encoded.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    @inline(__always)
    private static func isKept(_ byte: UInt8, keepingSlash: Bool) -> Bool {
        isUnreserved(byte) || (keepingSlash && byte == UInt8(ascii: "/"))
    }

    /// An upper-case hex digit of a nibble.
    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") - 10 + nibble
    }

    /// UriEncode's unreserved bytes: `A–Z a–z 0–9 - _ .` and `~`.
    @inline(__always)
    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
            UInt8(ascii: "~"):
            true
        default: false
        }
    }

    /// Decodes `%XX` sequences; nil when a sequence is malformed or the result is not UTF-8.
    public static func decode(_ text: some StringProtocol) -> String? {
        var output: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                output.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                return nil
            }
            output.append(high << 4 | low)
        }
        return String(validating: output, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
