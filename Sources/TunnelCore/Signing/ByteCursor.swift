/// A write position in a region of a byte buffer; every write checks it stays inside the region.
struct ByteCursor {
    let base: UnsafeMutablePointer<UInt8>
    var position: Int
    let end: Int

    init(base: UnsafeMutablePointer<UInt8>, start: Int, end: Int) {
        self.base = base
        position = start
        self.end = end
    }

    /// Checks that `count` more bytes fit.
    @inline(__always)
    func reserve(_ count: Int) {
        precondition(count <= end - position, "signature buffer too small")
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[position] = byte
        position += 1
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            reserve(bytes.count)
            guard let source = bytes.baseAddress else { return }
            (base + position).update(from: source, count: bytes.count)
            position += bytes.count
        }
    }

    /// The decimal digits of `value`, as `String(value)` writes them.
    mutating func appendDecimal(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits = 1
        var scale: UInt = 1
        while magnitude / scale >= 10 {
            scale *= 10
            digits += 1
        }
        reserve(digits)
        while digits > 0 {
            base[position] = UInt8(ascii: "0") + UInt8(magnitude / scale)
            magnitude %= scale
            scale /= 10
            position += 1
            digits -= 1
        }
    }

    /// The bytes with ASCII letters uppercased (the canonical request's method).
    mutating func appendUppercased(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        for byte in bytes {
            base[position] = byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
            position += 1
        }
    }

    private static let hex: StaticString = "0123456789ABCDEF"

    /// UriEncode (see `URIEncoding`): unreserved bytes (and `/` when `keepingSlash`) as they are, others as `%XX`.
    mutating func appendEncoded(
        _ bytes: UnsafeBufferPointer<UInt8>, keepingSlash: Bool = false, lowercasing: Bool = false
    ) {
        reserve(3 * bytes.count)
        for var byte in bytes {
            if lowercasing { byte = byte.asciiLowercased }
            if URIEncoding.isUnreserved(byte) || (keepingSlash && byte == UInt8(ascii: "/")) {
                base[position] = byte
                position += 1
            } else {
                base[position] = UInt8(ascii: "%")
                base[position + 1] = Self.hex.utf8Start[Int(byte >> 4)]
                base[position + 2] = Self.hex.utf8Start[Int(byte & 0x0F)]
                position += 3
            }
        }
    }

    /// The spans' bytes in `source` (whole, or their names) joined by `separator`.
    mutating func append(
        _ spans: UnsafeMutablePointer<AuthorizationWriter.Span>, count: Int, of source: UnsafePointer<UInt8>,
        separator: UInt8, byName: Bool = false
    ) {
        for index in 0..<count {
            if index > 0 { append(separator) }
            let span = spans[index]
            let length = (byName ? span.nameEnd : span.end) - span.start
            reserve(length)
            (base + position).update(from: source + span.start, count: length)
            position += length
        }
    }
}
