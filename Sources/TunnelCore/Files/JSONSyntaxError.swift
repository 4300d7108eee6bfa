/// A JSON text that could not be parsed, with where it went wrong.
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible, Translatable {
    /// What went wrong, as a key of the catalogs (`FileText+English.swift`, `FileText+Chinese.swift`).
    public enum Reason: Sendable, Hashable {
        /// What the parser found where it expected something else.
        public enum Found: Sendable, Hashable {
            /// A printable ASCII character, quoted in the message: `"x"`.
            case character(String)
            /// Any other byte, in hex: `byte 0x1b`.
            case byte(UInt8)
            case end
        }

        case trailing(Found)
        case expectedValue(Found)
        case expectedValueAtEnd
        case tooDeep(maximum: Int)
        case expectedKey(Found)
        case duplicateKey(String)
        case expectedColon(key: String, Found)
        case objectNotClosed
        case expectedCommaOrBrace(key: String, Found)
        case arrayNotClosed
        case expectedCommaOrBracket(Found)
        case numberNeedsDigits
        case leadingZero
        case digitsAfterPoint
        case digitsInExponent
        case invalidUTF8
        case stringNotClosed
        case rawControl
        case escapeAtEnd
        case unpairedHighSurrogate
        case invalidLowSurrogate
        case invalidUnicodeEscape
        /// The character after the backslash.
        case unknownEscape(String)
        case hexDigits
        /// A reason given in words, shown as given in every language: how a caller (a test) names an error by
        /// what it says.
        case stated(String)

        /// The reason in `language`, not yet sanitized.
        public func text(in language: Language) -> String { language.text(.file(.jsonSyntax(self))) }
    }

    public let reasonKey: Reason
    public let position: TextPosition

    public init(_ reason: Reason, at position: TextPosition) {
        reasonKey = reason
        self.position = position
    }

    /// An error whose reason is `reason`'s words, in every language.
    public init(_ reason: String, at position: TextPosition) {
        self.init(.stated(reason), at: position)
    }

    /// The reason in English: `expected a value, found "}"`.
    public var reason: String { reasonKey.text(in: .en) }

    /// `line 3, column 12: expected ":" …`, through `Sanitizer`: the reason may quote a character of the text.
    public func text(in language: Language) -> String {
        Sanitizer.visible(
            language.text(
                .file(.atPosition(line: position.line, column: position.column, reason: reasonKey.text(in: language)))
            ))
    }

    public var description: String { text(in: .en) }
}
