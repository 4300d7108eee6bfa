/// A JSON text that could not be parsed, with where it went wrong.
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    public let reason: String
    public let position: TextPosition

    public init(_ reason: String, at position: TextPosition) {
        self.reason = reason
        self.position = position
    }

    /// Through `Sanitizer`: the reason may quote a character of the text.
    public var description: String { Sanitizer.visible("\(position): \(reason)") }
}
