/// The CanonicalHeaders step of BCE auth v1: which headers are signed, and their canonical lines.
///
/// Each signed header becomes `UriEncode(lowercase name):UriEncode(trimmed value)`; headers with an empty value are
/// skipped. This backs the `BCESigner.canonicalHeaders` step function; signing itself writes the same lines through
/// `AuthorizationWriter`.
struct CanonicalHeaders {
    /// A line of `storage`: its start, where its name ends (the colon) and its end.
    private struct Line {
        var start: Int
        var nameEnd: Int
        var end: Int
    }

    private var storage: [UInt8]
    private var lines: [Line] = []

    /// The lines of `headers`; `names` (lowercase) chooses the signed ones, nil the default set and `x-bce-*`.
    init(_ headers: [HTTPHeader], signing names: [String]?) {
        let wanted = names.map { $0.map { Array($0.utf8).map(\.asciiLowercased) } }
        var capacity = 0
        for header in headers { capacity += 3 * (header.name.utf8.count + header.value.utf8.count) + 1 }
        var lines: [Line] = []
        lines.reserveCapacity(headers.count)
        storage = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            var position = 0
            for header in headers {
                let start = position
                var name = header.name
                name.withUTF8 { bytes in
                    for byte in bytes { Self.encode(byte.asciiLowercased, into: buffer, at: &position) }
                }
                let written = UnsafeBufferPointer(rebasing: buffer[start..<position])
                let included =
                    wanted.map { $0.contains { $0.elementsEqual(written) } } ?? DefaultSignedHeaders.contains(written)
                var value = header.value
                let hasValue =
                    included && value.withUTF8 { bytes in Self.appendTrimmed(bytes, into: buffer, at: &position) }
                if hasValue {
                    lines.append(Line(start: start, nameEnd: written.count + start, end: position))
                } else {
                    position = start
                }
            }
            count = position
        }
        self.lines = lines
    }

    /// Writes `:` and the value without the spaces and tabs around it, UriEncoded; false when nothing is left.
    private static func appendTrimmed(
        _ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>, at position: inout Int
    ) -> Bool {
        var start = 0
        var end = bytes.count
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        guard start < end else { return false }
        buffer[position] = UInt8(ascii: ":")
        position += 1
        for index in start..<end { encode(bytes[index], into: buffer, at: &position) }
        return true
    }

    private static let hex: StaticString = "0123456789ABCDEF"

    /// UriEncode of one byte (see `URIEncoding`), written at `position`.
    @inline(__always)
    private static func encode(_ byte: UInt8, into buffer: UnsafeMutableBufferPointer<UInt8>, at position: inout Int) {
        if URIEncoding.isUnreserved(byte) {
            buffer[position] = byte
            position += 1
        } else {
            buffer[position] = UInt8(ascii: "%")
            buffer[position + 1] = hex.utf8Start[Int(byte >> 4)]
            buffer[position + 2] = hex.utf8Start[Int(byte & 0x0F)]
            position += 3
        }
    }

    /// Appends the lines, sorted bytewise and joined by newlines.
    mutating func appendLines(to output: inout [UInt8]) {
        let storage = self.storage
        if lines.count > 1 {
            lines.sort { storage[$0.start..<$0.end].lexicographicallyPrecedes(storage[$1.start..<$1.end]) }
        }
        for (index, line) in lines.enumerated() {
            if index > 0 { output.append(0x0A) }
            output.append(contentsOf: storage[line.start..<line.end])
        }
    }

    /// Appends the names, sorted and joined by `;`: the signedHeaders part of the Authorization header.
    mutating func appendNames(to output: inout [UInt8]) {
        let storage = self.storage
        let sorted = lines.sorted {
            storage[$0.start..<$0.nameEnd].lexicographicallyPrecedes(storage[$1.start..<$1.nameEnd])
        }
        for (index, line) in sorted.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ";")) }
            output.append(contentsOf: storage[line.start..<line.nameEnd])
        }
    }
}
