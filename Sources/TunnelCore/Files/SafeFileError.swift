#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why `SafeFile` or `PrivateDirectory` refused a path or failed on it: the path and the rule or the system's reason.
public struct SafeFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    /// The rest of a sentence about the path: `is a symbolic link, which is not followed`.
    public let reason: String
    /// The path does not exist (for a reader that treats a missing file as "nothing saved yet").
    public let isMissing: Bool

    public init(path: String, reason: String, isMissing: Bool = false) {
        self.path = path
        self.reason = reason
        self.isMissing = isMissing
    }

    public var description: String { "\(path) \(reason)" }

    /// A failed system call, with the system's message for `errno`.
    static func system(_ call: String, path: String) -> SafeFileError {
        SafeFileError(path: path, reason: "failed at \(call): \(String(cString: strerror(errno)))")
    }
}
