#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Why no connection could be set up; each message is one line saying what to fix.
public enum ConnectionError: Error, Equatable, Sendable, LocalizedError {
    /// No source gave credentials at all.
    case missingCredentials(configFile: String)
    /// A source gave one half of a key pair: `missing` names the other half where it should be.
    case incompleteCredentials(source: String, missing: String)
    /// A profile in the config file lacks a key or has an empty one.
    case incompleteProfile(path: String, profile: String, key: String)
    /// The config file cannot be read or is not the `bce` command line's format.
    case malformedConfigFile(path: String, problem: String)
    /// No profile has that name.
    case unknownProfile(path: String, name: String, available: [String], fromCommandLine: Bool)
    case unknownRegion(String, source: String, known: [String])
    case invalidEndpoint(String, source: String, reason: String)
    /// Plain http to a host that is not loopback, without `--allow-insecure-http`.
    case insecureEndpoint(String)
    /// The config file (or its folder) can be changed by someone else, who could point `endpoint` at a host of
    /// theirs and so receive the pre-shared key: refused, as OpenSSH refuses such a private key. `fix` is a command.
    case unsafeConfigFile(path: String, problem: String, fix: String)

    /// The sysexits code: 78 (EX_CONFIG) when the config file must be fixed, 64 (EX_USAGE) otherwise.
    public var exitCode: Int32 {
        switch self {
        case .malformedConfigFile, .incompleteProfile, .unsafeConfigFile: 78
        case .unknownProfile(_, _, _, let fromCommandLine): fromCommandLine ? 64 : 78
        case .unknownRegion(_, let source, _), .invalidEndpoint(_, let source, _):
            source.hasSuffix("config.json") ? 78 : 64
        case .missingCredentials, .incompleteCredentials, .insecureEndpoint: 64
        }
    }

    public var errorDescription: String? {
        switch self {
        case .missingCredentials(let configFile):
            "no BCE credentials: pass --access-key-id and --secret-access-key, set BCE_ACCESS_KEY_ID and "
                + "BCE_SECRET_ACCESS_KEY, or add a profile to \(configFile)"
        case .incompleteCredentials(let source, let missing):
            "incomplete BCE credentials in \(source): \(missing) is missing"
        case .incompleteProfile(let path, let profile, let key):
            "\(path): profile \"\(profile)\" has no \(key); set it (or use BCE_ACCESS_KEY_ID and BCE_SECRET_ACCESS_KEY)"
        case .malformedConfigFile(let path, let problem):
            "\(path): \(problem)"
        case .unknownProfile(let path, let name, let available, _):
            available.isEmpty
                ? "no profile named \"\(name)\": \(path) is missing or has no profiles"
                : "\(path) has no profile named \"\(name)\" (profiles: \(available.joined(separator: ", ")))"
        case .unknownRegion(let region, let source, let known):
            "unknown region \"\(region)\" from \(source); use one of \(known.joined(separator: ", "))"
        case .invalidEndpoint(let url, let source, let reason):
            "invalid endpoint \"\(url)\" from \(source): \(reason)"
        case .unsafeConfigFile(let path, let problem, let fix):
            "\(path): \(problem); run: \(fix)"
        case .insecureEndpoint(let url):
            "refusing plain HTTP to \(url): the request carries the pre-shared key; use https://, a loopback "
                + "address, or pass --allow-insecure-http"
        }
    }
}
