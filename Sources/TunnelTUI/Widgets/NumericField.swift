/// A field for a whole number of seconds, digits only, with its allowed range shown beside it.
public struct NumericField: Sendable, Hashable {
    public var field: TextField
    public let range: ClosedRange<Int>
    public let unit: String

    public init(text: String = "", range: ClosedRange<Int>, unit: String = "seconds") {
        field = TextField(text: text, filter: .digits)
        self.range = range
        self.unit = unit
    }

    public var text: String { field.text }

    /// `60-86400 seconds`.
    public var rangeHint: String { "\(range.lowerBound)-\(range.upperBound) \(unit)" }

    public mutating func handle(_ key: KeyEvent) -> EditOutcome { field.handle(key) }
}
