/// An endpoint URL or region that cannot be used.
public struct EndpointError: Error, Sendable, Hashable, CustomStringConvertible {
    public let value: String
    public let reason: String

    public init(_ value: String, _ reason: String) {
        self.value = value
        self.reason = reason
    }

    /// Through `Sanitizer`: the value comes from a flag or the config file.
    public var description: String { Sanitizer.visible("endpoint (\(value)) \(reason)") }
}
