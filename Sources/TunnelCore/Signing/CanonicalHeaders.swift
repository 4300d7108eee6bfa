/// The CanonicalHeaders step of BCE auth v1: which headers are signed, and their canonical lines.
///
/// Each signed header becomes `UriEncode(lowercase name):UriEncode(trimmed value)`; headers with an empty value are
/// skipped. The lines live in one byte buffer and are sorted as ranges of it, so a signature allocates no string
/// per header.
struct CanonicalHeaders {
    /// A line of `storage`: its start, where its name ends (the colon) and its end.
    private struct Line {
        var start: Int
        var nameEnd: Int
        var end: Int
    }

    private var storage: [UInt8] = []
    private var lines: [Line] = []

    /// The default set: `host`, `content-length`, `content-type`, `content-md5`.
    private static let defaultNames: [[UInt8]] = BCESigner.defaultSignedHeaders.map { Array($0.utf8) }
    private static let bcePrefix = Array("x-bce-".utf8)

    /// The lines of `headers`; `names` (lowercase) chooses the signed ones, nil the default set and `x-bce-*`.
    init(_ headers: [HTTPHeader], signing names: [String]?) {
        storage.reserveCapacity(256)
        lines.reserveCapacity(headers.count)
        let wanted = names.map { $0.map { Array($0.utf8).map(\.asciiLowercased) } }
        for header in headers {
            let start = storage.count
            for byte in header.name.utf8 { storage.append(byte.asciiLowercased) }
            let name = storage[start...]
            let included =
                wanted.map { $0.contains { $0.elementsEqual(name) } }
                ?? (name.starts(with: Self.bcePrefix) || Self.defaultNames.contains { $0.elementsEqual(name) })
            guard included, let value = Self.trimmedValue(header.value) else {
                storage.removeSubrange(start...)
                continue
            }
            // Header names are tokens, which UriEncode keeps as they are except for a few symbols.
            if !name.allSatisfy(URIEncoding.isUnreserved) {
                let raw = Array(name)
                storage.removeSubrange(start...)
                URIEncoding.append(bytes: raw, to: &storage)
            }
            let nameEnd = storage.count
            storage.append(UInt8(ascii: ":"))
            URIEncoding.append(bytes: value, to: &storage)
            lines.append(Line(start: start, nameEnd: nameEnd, end: storage.count))
        }
    }

    /// The value without the spaces and tabs around it; nil when nothing is left.
    private static func trimmedValue(_ value: String) -> ArraySlice<UInt8>? {
        let bytes = Array(value.utf8)
        var start = 0
        var end = bytes.count
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        return start == end ? nil : bytes[start..<end]
    }

    /// Appends the lines, sorted bytewise and joined by newlines.
    mutating func appendLines(to output: inout [UInt8]) {
        let storage = self.storage
        lines.sort { storage[$0.start..<$0.end].lexicographicallyPrecedes(storage[$1.start..<$1.end]) }
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
