#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The variables of the process environment that a caller names, read with `getenv`.
///
/// `ProcessInfo.processInfo.environment` copies the whole environment into a dictionary, a million instructions
/// of the editor's start-up (callgrind) for the four or five variables it reads.
public enum ProcessEnvironment {
    /// The named variables that are set, by name.
    public static func values(_ names: [String]) -> [String: String] {
        var values: [String: String] = [:]
        for name in names {
            if let value = getenv(name) { values[name] = String(cString: value) }
        }
        return values
    }
}
