import Crypto

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A whole BCE auth v1 Authorization value, written once through pointers into two temporary buffers.
///
/// The same steps as `BCESigner`'s public step functions (the tests check both give the same bytes), without a
/// string or an array in between: a signature runs per attempt and per preview frame, and the array-based version
/// spent 18k of its 53k instructions outside the two HMACs. The header lines and query pairs are written first,
/// into a scratch buffer sized for the worst case (every byte `%XX`), and sorted as spans of it; the second buffer,
/// sized from what was written, holds the result (the prefix, then the signed header names and the signature), the
/// signing key's hex and the canonical request. For an ordinary request both stay under the 1 KB that
/// `withUnsafeTemporaryAllocation` always puts on the stack.
enum AuthorizationWriter {
    /// A written header line or query pair: offsets into the scratch buffer of its start, the end of its name and
    /// its end.
    struct Span {
        var start: Int
        var nameEnd: Int
        var end: Int
    }

    /// The Authorization value; `names` chooses the signed headers (lowercase), nil the default set and `x-bce-*`.
    static func authorization(
        method: String, path: String, query: [QueryParameter], headers: [HTTPHeader], signing names: [String]?,
        accessKeyId: String, timestamp: String, expirationSeconds: Int, secretKey: HMACSHA256.Key
    ) -> String {
        var headerBytes = 0
        for header in headers { headerBytes += header.name.utf8.count + header.value.utf8.count }
        var queryBytes = 0
        for parameter in query { queryBytes += parameter.name.utf8.count + parameter.value.utf8.count }
        // Every byte may become `%XX`; each line or pair adds one byte (`:` or `=`).
        let linesCapacity = 3 * headerBytes + headers.count
        let scratchCapacity = linesCapacity + 3 * queryBytes + query.count

        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(scratchCapacity, 1)) { scratch in
            withUnsafeTemporaryAllocation(of: Span.self, capacity: headers.count + query.count + 1) { spans in
                let source = scratch.baseAddress!
                let lineSpans = spans.baseAddress!
                var lines = ByteCursor(base: source, start: 0, end: linesCapacity)
                let lineCount = writeHeaderLines(headers, signing: names, to: &lines, spans: lineSpans)
                var pairs = ByteCursor(base: source, start: linesCapacity, end: scratchCapacity)
                let pairSpans = lineSpans + lineCount
                let pairCount = writeQueryPairs(query, to: &pairs, spans: pairSpans)
                sort(pairSpans, count: pairCount, base: source, byName: false)
                sort(lineSpans, count: lineCount, base: source, byName: false)

                let linesLength = joinedLength(lineSpans, count: lineCount, byName: false)
                let namesLength = joinedLength(lineSpans, count: lineCount, byName: true)
                let pairsLength = joinedLength(pairSpans, count: pairCount, byName: false)
                let prefixCapacity = 12 + accessKeyId.utf8.count + 1 + timestamp.utf8.count + 1 + 20
                let resultCapacity = prefixCapacity + 1 + namesLength + 1 + 64
                let keyStart = resultCapacity
                let canonicalStart = keyStart + 64
                let capacity =
                    canonicalStart + method.utf8.count + 1 + max(3 * path.utf8.count, 1) + 1 + pairsLength + 1
                    + linesLength

                return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
                    let base = buffer.baseAddress!
                    var result = ByteCursor(base: base, start: 0, end: keyStart)
                    result.append(BCEAuthorization.version)
                    result.append(UInt8(ascii: "/"))
                    result.append(accessKeyId)
                    result.append(UInt8(ascii: "/"))
                    result.append(timestamp)
                    result.append(UInt8(ascii: "/"))
                    result.appendDecimal(expirationSeconds)
                    let prefix = UnsafeRawBufferPointer(start: base, count: result.position)
                    let key = HMACSHA256.authenticationCode(key: secretKey, message: prefix)
                    HMACSHA256.writeHex(key, to: base + keyStart)

                    var canonical = ByteCursor(base: base, start: canonicalStart, end: capacity)
                    var method = method
                    method.withUTF8 { canonical.appendUppercased($0) }
                    canonical.append(0x0A)
                    if path.isEmpty {
                        canonical.append(UInt8(ascii: "/"))
                    } else {
                        var path = path
                        path.withUTF8 { canonical.appendEncoded($0, keepingSlash: true) }
                    }
                    canonical.append(0x0A)
                    canonical.append(pairSpans, count: pairCount, of: source, separator: UInt8(ascii: "&"))
                    canonical.append(0x0A)
                    canonical.append(lineSpans, count: lineCount, of: source, separator: 0x0A)
                    // The signing key's hex sits just before the canonical request, as the one-update HMAC needs.
                    let signature = HMACSHA256.authenticationCode(
                        keyBlockFollowedByMessage: UnsafeMutableRawBufferPointer(
                            start: base + keyStart, count: canonical.position - keyStart))
                    // The signing key is a secret: leave none of it (now the inner pad) on the stack.
                    (base + keyStart).update(repeating: 0, count: 64)

                    result.append(UInt8(ascii: "/"))
                    sort(lineSpans, count: lineCount, base: source, byName: true)
                    result.append(lineSpans, count: lineCount, of: source, separator: UInt8(ascii: ";"), byName: true)
                    result.append(UInt8(ascii: "/"))
                    result.reserve(64)
                    HMACSHA256.writeHex(signature, to: base + result.position)
                    let length = result.position + 64
                    return String(unsafeUninitializedCapacity: length) { output in
                        output.baseAddress!.update(from: base, count: length)
                        return length
                    }
                }
            }
        }
    }

    /// The length of the spans (whole, or their names) joined by a one-byte separator.
    private static func joinedLength(_ spans: UnsafeMutablePointer<Span>, count: Int, byName: Bool) -> Int {
        var length = max(count - 1, 0)
        for index in 0..<count { length += (byName ? spans[index].nameEnd : spans[index].end) - spans[index].start }
        return length
    }

    /// Writes `UriEncode(lowercase name):UriEncode(trimmed value)` for each signed header with a value, in the
    /// request's order, and returns how many it wrote.
    private static func writeHeaderLines(
        _ headers: [HTTPHeader], signing names: [String]?, to cursor: inout ByteCursor,
        spans: UnsafeMutablePointer<Span>
    ) -> Int {
        // Borrowed through a buffer pointer and read in place: copying each header and string out would retain
        // and release it, atomically, several times per header.
        headers.withUnsafeBufferPointer { headers in
            var count = 0
            for index in headers.indices {
                let start = cursor.position
                withUTF8(headers[index].name) { cursor.appendEncoded($0, lowercasing: true) }
                let written = UnsafeBufferPointer(start: cursor.base + start, count: cursor.position - start)
                let included =
                    if let names {
                        names.contains { equalsLowercased($0, written) }
                    } else {
                        DefaultSignedHeaders.contains(written)
                    }
                let nameEnd = cursor.position
                if included && withUTF8(headers[index].value, { appendTrimmed($0, to: &cursor) }) {
                    spans[count] = Span(start: start, nameEnd: nameEnd, end: cursor.position)
                    count += 1
                } else {
                    cursor.position = start
                }
            }
            return count
        }
    }

    /// Writes `UriEncode(name)=UriEncode(value)` for each parameter but `authorization`; returns how many.
    private static func writeQueryPairs(
        _ query: [QueryParameter], to cursor: inout ByteCursor, spans: UnsafeMutablePointer<Span>
    ) -> Int {
        query.withUnsafeBufferPointer { query in
            var count = 0
            for index in query.indices where !query[index].name.caseInsensitiveEquals("authorization") {
                let start = cursor.position
                withUTF8(query[index].name) { cursor.appendEncoded($0) }
                let nameEnd = cursor.position
                cursor.append(UInt8(ascii: "="))
                withUTF8(query[index].value) { cursor.appendEncoded($0) }
                spans[count] = Span(start: start, nameEnd: nameEnd, end: cursor.position)
                count += 1
            }
            return count
        }
    }

    /// Calls `body` with the UTF-8 of `text`, in place when the string has contiguous storage (native strings do).
    @inline(__always)
    private static func withUTF8<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }

    /// Writes `:` and the value without the spaces and tabs around it, UriEncoded; false when nothing is left.
    private static func appendTrimmed(_ bytes: UnsafeBufferPointer<UInt8>, to cursor: inout ByteCursor) -> Bool {
        var start = 0
        var end = bytes.count
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        guard start < end else { return false }
        cursor.append(UInt8(ascii: ":"))
        cursor.appendEncoded(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        return true
    }

    /// Whether a header the caller listed (as it wrote it) is the written, lowercased name.
    private static func equalsLowercased(_ listed: String, _ written: UnsafeBufferPointer<UInt8>) -> Bool {
        guard listed.utf8.count == written.count else { return false }
        var index = 0
        for byte in listed.utf8 {
            guard byte.asciiLowercased == written[index] else { return false }
            index += 1
        }
        return true
    }

    /// Sorts spans bytewise by their whole text or by their name: insertion sort for the handful of headers and
    /// parameters a request has, the standard library's sort beyond that.
    private static func sort(_ spans: UnsafeMutablePointer<Span>, count: Int, base: UnsafePointer<UInt8>, byName: Bool)
    {
        guard count > 1 else { return }
        if count > 16 {
            var all = UnsafeMutableBufferPointer(start: spans, count: count)
            all.sort { precedes($0, $1, base: base, byName: byName) }
            return
        }
        for index in 1..<count {
            let span = spans[index]
            var hole = index
            while hole > 0 && precedes(span, spans[hole - 1], base: base, byName: byName) {
                spans[hole] = spans[hole - 1]
                hole -= 1
            }
            spans[hole] = span
        }
    }

    @inline(__always)
    private static func precedes(_ lhs: Span, _ rhs: Span, base: UnsafePointer<UInt8>, byName: Bool) -> Bool {
        let lhsCount = (byName ? lhs.nameEnd : lhs.end) - lhs.start
        let rhsCount = (byName ? rhs.nameEnd : rhs.end) - rhs.start
        let order = memcmp(base + lhs.start, base + rhs.start, min(lhsCount, rhsCount))
        return order != 0 ? order < 0 : lhsCount < rhsCount
    }
}
