/// The preview screen's content and position.
public struct PreviewState: Sendable, Hashable {
    public var lines: [String]
    public var scroll: Int
    public var revealsSecrets: Bool

    public init(lines: [String], scroll: Int = 0, revealsSecrets: Bool = false) {
        self.lines = lines
        self.scroll = scroll
        self.revealsSecrets = revealsSecrets
    }
}
