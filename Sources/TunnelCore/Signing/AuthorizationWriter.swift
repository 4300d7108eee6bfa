import Crypto
import Glibc

/// A whole BCE auth v1 Authorization value, written once through pointers into one temporary buffer.
///
/// The same steps as `BCESigner`'s public step functions (the tests check both give the same bytes), without a
/// string or an array in between: a signature runs per attempt and per preview frame, and each intermediate
/// allocation costs about as much as a SHA-256 block. The buffer holds, one after the other: the result (the prefix,
/// then the signed header names and the signature), the signing key's hex, the header lines and query pairs as
/// written, and the canonical request built from them in sorted order.
enum AuthorizationWriter {
    /// A written header line or query pair: offsets into the buffer of its start, the end of its name and its end.
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
        // Bounds: every byte may become `%XX`; each line or pair adds one separator.
        let prefixCapacity = 12 + accessKeyId.utf8.count + 1 + timestamp.utf8.count + 1 + 20
        let linesCapacity = 3 * headerBytes + headers.count
        let pairsCapacity = 3 * queryBytes + query.count
        let resultCapacity = prefixCapacity + 1 + linesCapacity + 1 + 64
        let canonicalCapacity =
            method.utf8.count + 1 + 3 * path.utf8.count + 1 + 1 + pairsCapacity + query.count + 1 + linesCapacity
            + headers.count
        let keyStart = resultCapacity
        let linesStart = keyStart + 64
        let pairsStart = linesStart + linesCapacity
        let canonicalStart = pairsStart + pairsCapacity
        let capacity = canonicalStart + canonicalCapacity

        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            withUnsafeTemporaryAllocation(of: Span.self, capacity: headers.count + query.count + 1) { spans in
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
                HMACSHA256.writeHex(HMACSHA256.authenticationCode(key: secretKey, message: prefix), to: base + keyStart)

                var lines = ByteCursor(base: base, start: linesStart, end: pairsStart)
                let lineCount = writeHeaderLines(headers, signing: names, to: &lines, spans: spans.baseAddress!)
                var pairs = ByteCursor(base: base, start: pairsStart, end: canonicalStart)
                let pairSpans = spans.baseAddress! + lineCount
                let pairCount = writeQueryPairs(query, to: &pairs, spans: pairSpans)

                var canonical = ByteCursor(base: base, start: canonicalStart, end: capacity)
                var method = method
                method.withUTF8 { bytes in
                    for byte in bytes { canonical.append(byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte) }
                }
                canonical.append(0x0A)
                if path.isEmpty {
                    canonical.append(UInt8(ascii: "/"))
                } else {
                    var path = path
                    path.withUTF8 { canonical.appendEncoded($0, keepingSlash: true) }
                }
                canonical.append(0x0A)
                sort(pairSpans, count: pairCount, base: base, byName: false)
                canonical.append(pairSpans, count: pairCount, separator: UInt8(ascii: "&"), byName: false)
                canonical.append(0x0A)
                sort(spans.baseAddress!, count: lineCount, base: base, byName: false)
                canonical.append(spans.baseAddress!, count: lineCount, separator: 0x0A, byName: false)

                result.append(UInt8(ascii: "/"))
                sort(spans.baseAddress!, count: lineCount, base: base, byName: true)
                result.append(spans.baseAddress!, count: lineCount, separator: UInt8(ascii: ";"), byName: true)
                result.append(UInt8(ascii: "/"))
                let signature = HMACSHA256.authenticationCode(
                    key: UnsafeRawBufferPointer(start: base + keyStart, count: 64),
                    message: UnsafeRawBufferPointer(
                        start: base + canonicalStart, count: canonical.position - canonicalStart))
                result.reserve(64)
                HMACSHA256.writeHex(signature, to: base + result.position)
                let length = result.position + 64
                // The signing key is a secret: leave none of it on the stack.
                (base + keyStart).update(repeating: 0, count: 64)
                return String(unsafeUninitializedCapacity: length) { output in
                    output.baseAddress!.update(from: base, count: length)
                    return length
                }
            }
        }
    }

    /// Writes `UriEncode(lowercase name):UriEncode(trimmed value)` for each signed header with a value, in the
    /// request's order, and returns how many it wrote.
    private static func writeHeaderLines(
        _ headers: [HTTPHeader], signing names: [String]?, to cursor: inout ByteCursor,
        spans: UnsafeMutablePointer<Span>
    ) -> Int {
        var count = 0
        for header in headers {
            let start = cursor.position
            var name = header.name
            name.withUTF8 { cursor.appendEncoded($0, lowercasing: true) }
            let written = UnsafeBufferPointer(start: cursor.base + start, count: cursor.position - start)
            let included =
                if let names {
                    names.contains { equalsLowercased($0, written) }
                } else {
                    isSignedByDefault(written)
                }
            let nameEnd = cursor.position
            var value = header.value
            if included && value.withUTF8({ appendTrimmed($0, to: &cursor) }) {
                spans[count] = Span(start: start, nameEnd: nameEnd, end: cursor.position)
                count += 1
            } else {
                cursor.position = start
            }
        }
        return count
    }

    /// Writes `UriEncode(name)=UriEncode(value)` for each parameter but `authorization`; returns how many.
    private static func writeQueryPairs(
        _ query: [QueryParameter], to cursor: inout ByteCursor, spans: UnsafeMutablePointer<Span>
    ) -> Int {
        var count = 0
        for parameter in query where !parameter.name.caseInsensitiveEquals("authorization") {
            let start = cursor.position
            var name = parameter.name
            name.withUTF8 { cursor.appendEncoded($0) }
            let nameEnd = cursor.position
            cursor.append(UInt8(ascii: "="))
            var value = parameter.value
            value.withUTF8 { cursor.appendEncoded($0) }
            spans[count] = Span(start: start, nameEnd: nameEnd, end: cursor.position)
            count += 1
        }
        return count
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

    /// `host`, `content-length`, `content-type`, `content-md5` (`BCESigner.defaultSignedHeaders`) and `x-bce-*`.
    private static func isSignedByDefault(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        switch name.count {
        case 4: return matches(name, "host")
        case 11: return matches(name, "content-md5") || hasBCEPrefix(name)
        case 12: return matches(name, "content-type") || hasBCEPrefix(name)
        case 14: return matches(name, "content-length") || hasBCEPrefix(name)
        default: return hasBCEPrefix(name)
        }
    }

    private static func hasBCEPrefix(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        name.count >= 6 && memcmp(name.baseAddress!, ("x-bce-" as StaticString).utf8Start, 6) == 0
    }

    private static func matches(_ name: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        name.count == literal.utf8CodeUnitCount && memcmp(name.baseAddress!, literal.utf8Start, name.count) == 0
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
