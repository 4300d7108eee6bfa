/// The preview screen's content and position.
public struct PreviewState: Sendable, Hashable {
    /// The request with its JSON body indented for reading: what the preview shows first.
    public var readableLines: [String]
    /// The request exactly as sent, the body on one line as its bytes go on the wire.
    public var wireLines: [String]
    /// The first screen row shown (rows, not lines: long lines take several).
    public var scroll: Int
    public var revealsSecrets: Bool
    /// Whether the body is shown as the bytes sent rather than indented.
    public var showsWire: Bool

    public init(
        readableLines: [String] = [], wireLines: [String] = [], scroll: Int = 0, revealsSecrets: Bool = false,
        showsWire: Bool = false
    ) {
        self.readableLines = readableLines
        self.wireLines = wireLines
        self.scroll = scroll
        self.revealsSecrets = revealsSecrets
        self.showsWire = showsWire
    }

    /// The lines of the view shown.
    public var lines: [String] { showsWire ? wireLines : readableLines }

    /// The lines shown, broken into screen rows of `width` columns.
    public func rows(width: Int) -> [String] { lines.flatMap { TextWrap.tokenLines($0, width: width) } }

    /// The key bindings of this state of the preview.
    public var keyContext: KeyContext { .preview(revealsSecrets: revealsSecrets, showsWire: showsWire) }
}
