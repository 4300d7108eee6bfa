/// A text field whose value is masked unless the operator toggles it visible (Ctrl-R).
public struct SecretField: Sendable, Hashable {
    public var field: TextField
    /// Whether the value is shown in clear; off by default and never saved.
    public private(set) var isRevealed = false

    public init(text: String = "") {
        field = TextField(text: text)
    }

    public var text: String { field.text }

    public mutating func handle(_ key: KeyEvent) -> EditOutcome {
        if key == .ctrl("r") {
            isRevealed.toggle()
            return .moved
        }
        return field.handle(key)
    }

    @discardableResult
    public func render(
        into buffer: inout ScreenBuffer, row: Int, column: Int, width: Int, style: CellStyle, focused: Bool
    ) -> Int? {
        field.render(
            into: &buffer, row: row, column: column, width: width, style: style, focused: focused,
            masked: !isRevealed)
    }
}
