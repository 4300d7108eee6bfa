/// A JSON text that could not be parsed, with where it went wrong.
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    public let reason: String
    public let position: TextPosition

    public init(_ reason: String, at position: TextPosition) {
        self.reason = reason
        self.position = position
    }

    public var description: String { "\(position): \(reason)" }
}
