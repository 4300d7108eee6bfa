/// One terminal column of a frame.
public struct Cell: Sendable, Hashable {
    /// The character drawn here; empty in the second column of a wide character.
    public var character: String
    /// Columns the character takes: 1, 2 for a wide character, 0 for the column a wide character covers.
    public var width: UInt8
    public var style: CellStyle

    public init(character: String, width: UInt8, style: CellStyle) {
        self.character = character
        self.width = width
        self.style = style
    }

    /// A space in the plain style.
    public static let blank = Cell(character: " ", width: 1, style: .plain)
}
