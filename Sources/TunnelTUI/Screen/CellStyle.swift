/// How a cell is drawn: attributes that carry meaning without colour, plus an optional colour role.
public struct CellStyle: Sendable, Hashable {
    /// Attributes every terminal can show, so that focus and errors stay visible with `NO_COLOR` or on a monochrome
    /// terminal.
    public struct Attributes: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public static let bold = Attributes(rawValue: 1 << 0)
        public static let reverse = Attributes(rawValue: 1 << 1)
        public static let underline = Attributes(rawValue: 1 << 2)
        public static let dim = Attributes(rawValue: 1 << 3)
    }

    /// What a colour means; the terminal maps roles to colours, or ignores them when colour is off.
    public enum ColorRole: UInt8, Sendable, Hashable, CaseIterable {
        case normal
        case title
        case error
        case warning
        case accent
        case success
    }

    public var attributes: Attributes
    public var color: ColorRole

    public init(_ attributes: Attributes = [], color: ColorRole = .normal) {
        self.attributes = attributes
        self.color = color
    }

    public static let plain = CellStyle()
    public static let bold = CellStyle(.bold)
    public static let reverse = CellStyle(.reverse)
    public static let underline = CellStyle(.underline)
    public static let dim = CellStyle(.dim)
    public static let title = CellStyle(.bold, color: .title)
    public static let error = CellStyle(.bold, color: .error)
    public static let warning = CellStyle(color: .warning)
    public static let success = CellStyle(.bold, color: .success)
}
