/// Writes JSON text straight into bytes, in the order it is told, compact or indented.
///
/// Hand-written because `JSONEncoder` does not keep key order: the request body must follow the seed's order, and
/// building it runs for every preview and every keystroke-driven refresh, so it appends bytes without Foundation.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private let indent: Int?
    private var depth = 0
    /// Whether the current container already holds a value (so the next one needs a comma).
    private var needsComma = false

    /// A compact writer when `indent` is nil; otherwise each member on its own line, indented by that many spaces.
    public init(indent: Int? = nil, capacity: Int = 512) {
        self.indent = indent
        bytes.reserveCapacity(capacity)
    }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes a key; the value written next belongs to it.
    public mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        if indent != nil { bytes.append(UInt8(ascii: " ")) }
        needsComma = false
        pendingKey = true
    }

    public mutating func string(_ value: String) {
        separate()
        appendQuoted(value)
        needsComma = true
    }

    public mutating func number(_ value: Int) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
        needsComma = true
    }

    public mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    public mutating func member(_ name: String, _ value: String) {
        key(name)
        string(value)
    }

    public mutating func member(_ name: String, _ value: Int) {
        key(name)
        number(value)
    }

    public mutating func member(_ name: String, _ values: [String]) {
        key(name)
        strings(values)
    }

    private var pendingKey = false

    private mutating func separate() {
        if pendingKey {
            pendingKey = false
            return
        }
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        newline()
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        depth += 1
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if needsComma, let indent {
            bytes.append(UInt8(ascii: "\n"))
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * depth))
        }
        bytes.append(bracket)
        needsComma = true
    }

    private mutating func newline() {
        guard let indent, depth > 0 else { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * depth))
    }

    /// Writes a string in quotes, escaping what JSON requires and every control scalar of `Sanitizer.isControl`
    /// (DEL, C1, the bidi controls) as `\uXXXX`: JSON allows those raw, but a file or a list printed to a terminal
    /// would then drive it.
    private mutating func appendQuoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            // Most values need no escape: copy them whole instead of byte by byte. The lead bytes 0xC2, 0xD8 and
            // 0xE2 start every C1 and bidi control (and other text, which the slow path copies as it is).
            if !utf8.contains(where: {
                $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2
            }) {
                bytes.append(contentsOf: utf8)
                return
            }
            if utf8.allSatisfy({ $0 < 0x80 }) {
                for byte in utf8 { appendEscaped(byte) }
                return
            }
            for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars {
                if scalar.isASCII {
                    appendEscaped(UInt8(scalar.value))
                } else if Sanitizer.isControl(scalar) {
                    appendUnicodeEscape(scalar.value)
                } else {
                    bytes.append(contentsOf: String(scalar).utf8)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0x00..<0x20, 0x7F: appendUnicodeEscape(UInt32(byte))
        default: bytes.append(byte)
        }
    }

    /// `\u` and four hex digits: every scalar this writer escapes is in the Basic Multilingual Plane.
    private mutating func appendUnicodeEscape(_ value: UInt32) {
        bytes.append(contentsOf: [0x5C, UInt8(ascii: "u")])
        for shift in stride(from: 12, through: 0, by: -4) {
            bytes.append(Self.hexDigits[Int((value >> UInt32(shift)) & 0xF)])
        }
    }
}
