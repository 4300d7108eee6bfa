/// A strict JSON parser (RFC 8259) that reports line and column and keeps object keys in order.
///
/// Hand-written because Foundation's `JSONSerialization` and `JSONDecoder` drop key order and positions: an
/// operator who mistyped a key in a tunnel file must be told which line it is on, and the request body must keep
/// the seed's key order.
///
/// Linear in the size of the text, one line or many: a key's column is counted from the previous key's on the same
/// line, never from the line's start (BCE answers a whole tunnel list as one line), and an error's position is
/// worked out only when the error is thrown.
public struct JSONParser {
    private let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    private var lineStart = 0
    /// The offset and column of the last key on the current line, from which the next key's column is counted.
    private var markOffset = 0
    private var markColumn = 1
    private var depth = 0
    private static let maximumDepth = 64
    /// How many members an object may have before its keys go into a set for the duplicate check: below this a
    /// scan of the members is cheaper than hashing.
    private static let keySetThreshold = 16

    private init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Parses one JSON value, with only white space around it.
    public static func parse(_ bytes: some Collection<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(Array(bytes))
        if parser.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.offset = 3 }
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        guard parser.offset == parser.bytes.count else {
            throw parser.failure(.trailing(parser.describeCurrent()))
        }
        return value
    }

    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try parse(Array(text.utf8))
    }

    /// Where the next byte is, in characters of its line, counted from the line's start: for errors only, which
    /// end the parse.
    private var position: TextPosition { position(at: offset) }

    private func position(at offset: Int) -> TextPosition {
        TextPosition(line: line, column: Self.characterCount(bytes[lineStart..<min(offset, bytes.count)]) + 1)
    }

    /// Where the key that starts at the next byte is, counting only the characters since the previous key on this
    /// line.
    ///
    /// Exact, not an estimate: a key's quote follows `{`, `,` or white space, and a line's characters always split
    /// between two ASCII bytes (other than CR LF), so the counts of the pieces add up to the count of the whole.
    private mutating func positionOfKey() -> TextPosition {
        if markOffset < lineStart {
            markOffset = lineStart
            markColumn = 1
        }
        markColumn += Self.characterCount(bytes[markOffset..<offset])
        markOffset = offset
        return TextPosition(line: line, column: markColumn)
    }

    /// Characters (grapheme clusters) in bytes of one line; ASCII, the common case, is counted without decoding.
    private static func characterCount(_ bytes: ArraySlice<UInt8>) -> Int {
        if bytes.allSatisfy({ $0 < 0x80 }) { return bytes.count }
        return String(decoding: bytes, as: UTF8.self).count
    }

    private func failure(_ reason: JSONSyntaxError.Reason) -> JSONSyntaxError {
        JSONSyntaxError(reason, at: position)
    }

    private func describeCurrent() -> JSONSyntaxError.Reason.Found {
        guard offset < bytes.count else { return .end }
        let byte = bytes[offset]
        if byte >= 0x20 && byte < 0x7F { return .character(String(Character(UnicodeScalar(byte)))) }
        return .byte(byte)
    }

    private mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0D:
                offset += 1
            case 0x0A:
                offset += 1
                line += 1
                lineStart = offset
            default:
                return
            }
        }
    }

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard offset < bytes.count else { throw failure(.expectedValueAtEnd) }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return try parseLiteral("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw failure(.expectedValue(describeCurrent()))
        }
    }

    private mutating func parseLiteral(_ word: String, _ value: JSONValue) throws(JSONSyntaxError) -> JSONValue {
        guard bytes[offset...].starts(with: word.utf8) else {
            throw failure(.expectedValue(describeCurrent()))
        }
        offset += word.utf8.count
        return value
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw failure(.tooDeep(maximum: Self.maximumDepth)) }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        offset += 1
        var members: [JSONMember] = []
        // The keys so far, once the object has `keySetThreshold` of them.
        var keys: Set<String> = []
        skipWhitespace()
        if offset < bytes.count && bytes[offset] == UInt8(ascii: "}") {
            offset += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
                throw failure(.expectedKey(describeCurrent()))
            }
            let keyPosition = positionOfKey()
            let key = try parseString()
            if members.count < Self.keySetThreshold {
                if members.contains(where: { $0.key == key }) {
                    throw JSONSyntaxError(.duplicateKey(key), at: keyPosition)
                }
            } else {
                if keys.isEmpty { keys = Set(members.map(\.key)) }
                guard keys.insert(key).inserted else {
                    throw JSONSyntaxError(.duplicateKey(key), at: keyPosition)
                }
            }
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else {
                throw failure(.expectedColon(key: key, describeCurrent()))
            }
            offset += 1
            skipWhitespace()
            let value = try parseValue()
            members.append(JSONMember(key: key, value: value, position: keyPosition))
            skipWhitespace()
            guard offset < bytes.count else { throw failure(.objectNotClosed) }
            if bytes[offset] == UInt8(ascii: ",") {
                offset += 1
                continue
            }
            if bytes[offset] == UInt8(ascii: "}") {
                offset += 1
                depth -= 1
                return .object(members)
            }
            throw failure(.expectedCommaOrBrace(key: key, describeCurrent()))
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        offset += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if offset < bytes.count && bytes[offset] == UInt8(ascii: "]") {
            offset += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard offset < bytes.count else { throw failure(.arrayNotClosed) }
            if bytes[offset] == UInt8(ascii: ",") {
                offset += 1
                continue
            }
            if bytes[offset] == UInt8(ascii: "]") {
                offset += 1
                depth -= 1
                return .array(elements)
            }
            throw failure(.expectedCommaOrBracket(describeCurrent()))
        }
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
        let start = offset
        if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        let digitsStart = offset
        let digits = readDigits()
        guard digits > 0 else { throw failure(.numberNeedsDigits) }
        if digits > 1 && bytes[digitsStart] == UInt8(ascii: "0") {
            throw JSONSyntaxError(.leadingZero, at: position(at: start))
        }
        if offset < bytes.count && bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            guard readDigits() > 0 else { throw failure(.digitsAfterPoint) }
        }
        if offset < bytes.count && (bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E")) {
            offset += 1
            if offset < bytes.count && (bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-")) {
                offset += 1
            }
            guard readDigits() > 0 else { throw failure(.digitsInExponent) }
        }
        return .number(String(decoding: bytes[start..<offset], as: UTF8.self))
    }

    private mutating func readDigits() -> Int {
        let start = offset
        while offset < bytes.count && bytes[offset] >= UInt8(ascii: "0") && bytes[offset] <= UInt8(ascii: "9") {
            offset += 1
        }
        return offset - start
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        offset += 1
        let start = offset
        // Most strings (keys, CIDRs, names) have no escape: made straight from the text, with no copy between, and
        // without the validating initializer when they are ASCII (it takes microseconds a string, decoding takes
        // nanoseconds).
        var union: UInt8 = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                offset += 1
                if union < 0x80 { return String(decoding: bytes[start..<offset - 1], as: UTF8.self) }
                guard let text = String(validating: bytes[start..<offset - 1], as: UTF8.self) else {
                    throw failure(.invalidUTF8)
                }
                return text
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            union |= byte
            offset += 1
        }
        var scalars = Array(bytes[start..<offset])
        while true {
            guard offset < bytes.count else { throw failure(.stringNotClosed) }
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                guard let text = String(validating: scalars, as: UTF8.self) else {
                    throw failure(.invalidUTF8)
                }
                return text
            case UInt8(ascii: "\\"):
                offset += 1
                try parseEscape(into: &scalars)
            case 0x00..<0x20:
                throw failure(.rawControl)
            default:
                scalars.append(byte)
                offset += 1
            }
        }
    }

    private mutating func parseEscape(into output: inout [UInt8]) throws(JSONSyntaxError) {
        guard offset < bytes.count else { throw failure(.escapeAtEnd) }
        let byte = bytes[offset]
        offset += 1
        switch byte {
        case UInt8(ascii: "\""): output.append(0x22)
        case UInt8(ascii: "\\"): output.append(0x5C)
        case UInt8(ascii: "/"): output.append(0x2F)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"):
            var code = try parseHex4()
            if (0xD800..<0xDC00).contains(code) {
                guard bytes[offset...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) else {
                    throw failure(.unpairedHighSurrogate)
                }
                offset += 2
                let low = try parseHex4()
                guard (0xDC00..<0xE000).contains(low) else { throw failure(.invalidLowSurrogate) }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(code) else { throw failure(.invalidUnicodeEscape) }
            output.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
            throw failure(.unknownEscape(String(Character(UnicodeScalar(byte)))))
        }
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw failure(.hexDigits) }
        var code: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure(.hexDigits)
            }
            code = code << 4 | UInt32(digit)
            offset += 1
        }
        return code
    }
}
