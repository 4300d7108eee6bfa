/// The percent-encoding of BCE auth v1 ("UriEncode"), used both for signing and for the request line.
public enum URIEncoding {
    private static let hex: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// Keeps `A–Z a–z 0–9 - _ . ~` (and `/` when `keepingSlash`); every other UTF-8 byte becomes `%XX`.
    public static func encode(_ text: String, keepingSlash: Bool = false) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 8)
        append(text, keepingSlash: keepingSlash, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the encoding of `text` to a byte buffer, without building an intermediate string.
    public static func append(_ text: String, keepingSlash: Bool = false, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            // Paths, ids and tokens are usually all unreserved: copy them whole.
            if bytes.allSatisfy({ isUnreserved($0) || (keepingSlash && $0 == UInt8(ascii: "/")) }) {
                output.append(contentsOf: bytes)
                return
            }
            output.reserveCapacity(output.count + bytes.count * 3)
            for byte in bytes {
                if isUnreserved(byte) || (keepingSlash && byte == UInt8(ascii: "/")) {
                    output.append(byte)
                } else {
                    output.append(UInt8(ascii: "%"))
                    output.append(hex[Int(byte >> 4)])
                    output.append(hex[Int(byte & 0x0F)])
                }
            }
        }
    }

    /// Appends the encoding of bytes already in UTF-8.
    public static func append(bytes: some Sequence<UInt8>, to output: inout [UInt8]) {
        for byte in bytes {
            if isUnreserved(byte) {
                output.append(byte)
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0x0F)])
            }
        }
    }

    /// `A–Z a–z 0–9 - _ .` and `~`, as two 64-bit masks over ASCII: a shift and a test per byte rather than a chain of
    /// range comparisons, since signing encodes every byte of every signed header.
    @inline(__always)
    static func isUnreserved(_ byte: UInt8) -> Bool {
        // Bits 45 `-`, 46 `.`, 48–57 `0–9`.
        let low: UInt64 = 0x03FF_6000_0000_0000
        // Bits 65–90 `A–Z`, 95 `_`, 97–122 `a–z`, 126 `~`, less 64.
        let high: UInt64 = 0x47FF_FFFE_87FF_FFFE
        if byte < 64 { return (low >> UInt64(byte)) & 1 != 0 }
        if byte < 128 { return (high >> UInt64(byte - 64)) & 1 != 0 }
        return false
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
