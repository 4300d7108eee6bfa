/// An endpoint URL or region that cannot be used.
public struct EndpointError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with the value, as a key of the catalogs (`CommandText+English.swift`, `CommandText+Chinese.swift`).
    public enum Reason: Sendable, Hashable {
        case unknownRegion(known: [String])
        case notHTTP
        /// A path, a query, a user or a space after the host.
        case notSchemeAndHost
        case badPort
        case noHost
    }

    public let value: String
    public let reasonKey: Reason

    public init(_ value: String, _ reason: Reason) {
        self.value = value
        reasonKey = reason
    }

    /// The rest of an English sentence about the value: `must start with https:// or http://`.
    public var reason: String { Language.en.text(.command(.endpointReason(reasonKey))) }

    /// Through `Sanitizer`: the value comes from a flag or the config file.
    public var description: String { Sanitizer.visible("endpoint (\(value)) \(reason)") }
}
