import TunnelCore

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
    case invalidEndpoint(String, source: String, reason: EndpointError.Reason)
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

    /// The English text, as it always read.
    public var errorDescription: String? { text(in: .en) }
}

extension ConnectionError: Translatable {
    public func text(in language: Language) -> String {
        let command: CommandText =
            switch self {
            case .missingCredentials(let configFile): .missingCredentials(configFile: configFile)
            case .incompleteCredentials(let source, let missing):
                .incompleteCredentials(source: Self.source(source, in: language), missing: missing)
            case .incompleteProfile(let path, let profile, let key):
                .incompleteProfile(path: path, profile: profile, key: key)
            case .malformedConfigFile(let path, let problem): .malformedConfigFile(path: path, problem: problem)
            case .unknownProfile(let path, let name, let available, _):
                .unknownProfile(
                    path: path, name: name, available: available.isEmpty ? nil : available.joined(separator: ", "))
            case .unknownRegion(let region, let source, let known):
                .unknownRegion(
                    region: region, source: Self.source(source, in: language), known: known.joined(separator: ", "))
            case .invalidEndpoint(let url, let source, let reason):
                .invalidEndpoint(url: url, source: Self.source(source, in: language), reason: reason)
            case .unsafeConfigFile(let path, let problem, let fix):
                .unsafeConfigFile(path: path, problem: problem, fix: fix)
            case .insecureEndpoint(let url): .insecureEndpoint(url: url)
            }
        return Sanitizer.visible(language.text(.command(command)))
    }

    /// The English name of a source, as the resolver gives it to an error.
    public static func sourceName(_ source: ConnectionSource) -> String { Language.en.text(.command(.source(source))) }

    /// A source named in English (`sourceName(_:)`) in `language`; a name that is not one of them stays as it is.
    private static func source(_ name: String, in language: Language) -> String {
        if let known = [ConnectionSource.commandLine, .environment, .defaultRegion, .emulator]
            .first(where: { sourceName($0) == name })
        {
            return language.text(.command(.source(known)))
        }
        // `profile "NAME" in PATH`: the path follows the last `" in `.
        let prefix = "profile \""
        if name.hasPrefix(prefix), let end = name.ranges(of: "\" in ").last,
            end.lowerBound >= name.index(name.startIndex, offsetBy: prefix.count)
        {
            let profile = String(name[name.index(name.startIndex, offsetBy: prefix.count)..<end.lowerBound])
            return language.text(.command(.source(.profile(name: profile, path: String(name[end.upperBound...])))))
        }
        return name
    }
}
