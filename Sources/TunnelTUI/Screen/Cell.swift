import TunnelCore

/// One terminal column of a frame.
///
/// Plain data of 16 bytes, with no reference inside: frames are made, copied, compared and freed on every key, and
/// a `String` per cell made each of those a reference-counting walk over 3,000 cells.
public struct Cell: Sendable, Hashable {
    /// The character's Unicode scalars: a base and up to two combining marks (a third and later mark is dropped;
    /// no field of a tunnel needs them). 0 marks an unused slot, and a cell with no scalar is the second column of
    /// a wide character.
    private var first: UInt32
    private var second: UInt32 = 0
    private var third: UInt32 = 0
    /// Columns the character takes: 1, 2 for a wide character, 0 for the column a wide character covers.
    public var width: UInt8
    public var style: CellStyle
    /// Fills the sixteenth byte, so that every byte of a cell is set and rows compare as memory.
    private var reserved: UInt8 = 0

    public init(character: String, width: UInt8, style: CellStyle) {
        first = 0
        self.width = width
        self.style = style
        append(character.unicodeScalars)
    }

    public init(_ character: Character, width: UInt8, style: CellStyle) {
        first = 0
        self.width = width
        self.style = style
        append(character.unicodeScalars)
    }

    /// A cell of one ASCII byte: the common case, with no string to look at.
    public init(ascii: UInt8, style: CellStyle) {
        first = UInt32(ascii)
        width = 1
        self.style = style
    }

    /// Whether two runs of cells hold the same cell at `index`: cells are plain data with every byte set, so their
    /// 16 bytes are compared as two words.
    static func sameBytes(_ lhs: UnsafeBufferPointer<Cell>, _ rhs: UnsafeBufferPointer<Cell>, at index: Int) -> Bool {
        let left = UnsafeRawPointer(lhs.baseAddress! + index)
        let right = UnsafeRawPointer(rhs.baseAddress! + index)
        return left.loadUnaligned(as: UInt64.self) == right.loadUnaligned(as: UInt64.self)
            && left.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                == right.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
    }

    /// A space in the plain style.
    public static let blank = Cell(ascii: 0x20, style: .plain)

    /// The character drawn here; empty in the second column of a wide character.
    public var character: String {
        get {
            var text = ""
            forEachScalar { text.unicodeScalars.append(Unicode.Scalar($0) ?? "\u{FFFD}") }
            return text
        }
        set {
            (first, second, third) = (0, 0, 0)
            append(newValue.unicodeScalars)
        }
    }

    /// Adds a zero-width character (a combining mark) to the character drawn here.
    public mutating func appendCombining(_ character: Character) {
        append(character.unicodeScalars)
    }

    /// Calls `body` with each scalar of the character, in order.
    @inline(__always)
    public func forEachScalar(_ body: (UInt32) -> Void) {
        guard first != 0 else { return }
        body(first)
        guard second != 0 else { return }
        body(second)
        if third != 0 { body(third) }
    }

    /// What a control character is drawn as: its Unicode control picture for C0 and DEL (`␛` for ESC, `␍` for
    /// CR), `?` for the others (C1, the bidi controls). A terminal acts on a control instead of drawing it: a CR
    /// would move back over the label column, an ESC start a sequence that clears the screen or sets the title.
    public static func placeholder(for control: Unicode.Scalar) -> Unicode.Scalar {
        switch control.value {
        case 0x00..<0x20: Unicode.Scalar(0x2400 + control.value)!
        case 0x7F: "\u{2421}"
        default: "?"
        }
    }

    /// Fills the free slots with `scalars`, in order; those past the third are dropped. A control scalar
    /// (`Sanitizer.isControl`) is stored as its placeholder, so no cell ever hands one to the terminal.
    private mutating func append(_ scalars: some Sequence<Unicode.Scalar>) {
        for scalar in scalars {
            let scalar = Sanitizer.isControl(scalar) ? Self.placeholder(for: scalar) : scalar
            if first == 0 {
                first = scalar.value
            } else if second == 0 {
                second = scalar.value
            } else if third == 0 {
                third = scalar.value
            }
        }
    }
}
