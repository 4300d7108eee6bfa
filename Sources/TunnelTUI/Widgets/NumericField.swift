import TunnelCore

/// A field for a whole number of seconds, digits only, with its allowed range shown beside it.
public struct NumericField: Sendable, Hashable {
    public var field: TextField
    public let range: ClosedRange<Int>

    public init(text: String = "", range: ClosedRange<Int>) {
        field = TextField(text: text, filter: .digits)
        self.range = range
    }

    public var text: String { field.text }

    /// `60-86400 seconds`.
    public func rangeHint(in language: Language) -> String {
        language.text(.secondsRange(lower: range.lowerBound, upper: range.upperBound))
    }

    /// Typing or pasting anything but digits is refused with the rule, not dropped unseen.
    public mutating func handle(_ key: KeyEvent) -> EditOutcome {
        switch key {
        case .char(let character) where !Self.isDigit(character):
            return .refused(nonDigit: String(character))
        case .paste(let text) where !text.allSatisfy({ Self.isDigit($0) || $0.isWhitespace }):
            return .refused(nonDigit: nil)
        default: return field.handle(key)
        }
    }

    private static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }
}
