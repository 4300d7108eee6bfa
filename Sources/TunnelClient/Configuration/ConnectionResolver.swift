import TunnelCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Decides credentials and endpoint from the command line, the environment and `~/.bce/config.json`.
///
/// Sources are tried in this order, and the first that gives a value wins for that value: the command-line flags,
/// the profile named by `--profile`, the environment (`BCE_ACCESS_KEY_ID`, `BCE_SECRET_ACCESS_KEY`,
/// `BCE_SECURITY_TOKEN`, `BCE_REGION`), then the config file's `current` profile. A key pair always comes whole from
/// one source. Within a source an endpoint wins over a region; with none at all the region is `bj`.
public struct ConnectionResolver: Sendable {
    /// The process environment; `HOME` locates the config file.
    public var environment: [String: String]
    /// The language of what is wrong with the config file (its errors and its warning).
    public var language: Language

    /// The variables the resolver reads.
    public static let environmentNames = [
        "HOME", "BCE_ACCESS_KEY_ID", "BCE_SECRET_ACCESS_KEY", "BCE_SECURITY_TOKEN", "BCE_REGION",
    ]

    public init(
        environment: [String: String] = ProcessEnvironment.values(environmentNames), language: Language = .en
    ) {
        self.environment = environment
        self.language = language
    }

    /// `$HOME/.bce/config.json`.
    public var configFilePath: String {
        let home = nonEmpty(environment["HOME"]) ?? FileManager.default.homeDirectoryForCurrentUser.path
        return (home.hasSuffix("/") ? String(home.dropLast()) : home) + "/.bce/config.json"
    }

    public func resolve(_ settings: ConnectionSettings) throws(ConnectionError) -> ResolvedConnection {
        var warnings: [String] = []
        var sources = [commandLineSource(settings)]
        var loadedFile = false
        var loadedProfile: BCEConfigFile.Profile?
        // The config file is read only when it is asked for or still needed, so a broken file that the
        // operator does not use cannot stop a command that has everything from flags or the environment.
        func appendProfile(named name: String?) throws(ConnectionError) {
            guard !loadedFile else { return }
            loadedFile = true
            guard let (file, warning) = try BCEConfigFile.load(path: configFilePath, language: language) else {
                if let name {
                    throw .unknownProfile(path: configFilePath, name: name, available: [], fromCommandLine: true)
                }
                return
            }
            if let warning { warnings.append(warning) }
            let profileName = name ?? file.current
            guard let profile = file.profile(named: profileName) else {
                throw .unknownProfile(
                    path: configFilePath, name: profileName, available: file.profiles.map(\.name),
                    fromCommandLine: name != nil
                )
            }
            loadedProfile = profile
            sources.append(profileSource(profile))
        }
        if let profile = nonEmpty(settings.profile) { try appendProfile(named: profile) }
        sources.append(environmentSource())
        if !sources.contains(where: \.hasCredentials) || !sources.contains(where: \.hasLocation) {
            try appendProfile(named: nil)
        }

        guard let credentialSource = sources.first(where: \.hasCredentials) else {
            if let loadedProfile {
                throw .incompleteProfile(path: configFilePath, profile: loadedProfile.name, key: "access_key_id")
            }
            throw .missingCredentials(configFile: configFilePath)
        }
        let credentials = try credentialSource.credentials()
        let endpoint = try endpoint(from: sources.first(where: \.hasLocation), settings: settings)
        return ResolvedConnection(
            endpoint: endpoint, credentials: credentials, credentialSource: credentialSource.name, warnings: warnings
        )
    }

    private func endpoint(
        from source: Source?, settings: ConnectionSettings
    ) throws(ConnectionError) -> SendingEndpoint {
        let endpoint: Endpoint
        if let source, let url = source.endpoint {
            // The `bce` command line stores a bare host name; HTTPS is the only safe default for it.
            let full = url.contains("://") ? url : "https://" + url
            do {
                endpoint = try Endpoint(url: full)
            } catch {
                throw .invalidEndpoint(url, source: source.name, reason: error.reasonKey)
            }
        } else {
            let region = source?.region ?? "bj"
            do {
                endpoint = try Endpoint.region(region)
            } catch {
                throw .unknownRegion(
                    region, source: source?.name ?? ConnectionError.sourceName(.defaultRegion), known: Endpoint.regions)
            }
        }
        return try Self.sendingEndpoint(endpoint, allowsInsecureHTTP: settings.allowsInsecureHTTP)
    }

    /// The one check an endpoint passes before requests may go to it: HTTPS; plain HTTP only to a loopback address
    /// literal or `localhost`, or when the operator passed `--allow-insecure-http`.
    ///
    /// A host name other than `localhost` counts as remote even when it resolves to a loopback address: what it
    /// resolves to can change (a hosts file, DNS) between this check and the connection.
    public static func sendingEndpoint(
        _ endpoint: Endpoint, allowsInsecureHTTP: Bool
    ) throws(ConnectionError) -> SendingEndpoint {
        if endpoint.scheme.lowercased() != "https", !endpoint.isLoopback, !allowsInsecureHTTP {
            throw .insecureEndpoint(endpoint.baseURL)
        }
        return SendingEndpoint(checked: endpoint)
    }

    /// `sendingEndpoint(_:allowsInsecureHTTP:)` for a URL; `source` says where the URL came from in a message.
    public static func sendingEndpoint(
        url: String, source: String = ConnectionError.sourceName(.commandLine), allowsInsecureHTTP: Bool = false
    ) throws(ConnectionError) -> SendingEndpoint {
        let endpoint: Endpoint
        do {
            endpoint = try Endpoint(url: url)
        } catch {
            throw .invalidEndpoint(url, source: source, reason: error.reasonKey)
        }
        return try sendingEndpoint(endpoint, allowsInsecureHTTP: allowsInsecureHTTP)
    }

    private func commandLineSource(_ settings: ConnectionSettings) -> Source {
        Source(
            name: ConnectionError.sourceName(.commandLine), accessKeyId: nonEmpty(settings.accessKeyId),
            secretAccessKey: nonEmpty(settings.secretAccessKey), securityToken: nil,
            region: nonEmpty(settings.region), endpoint: nonEmpty(settings.endpoint),
            missingAccessKeyId: .flag("--access-key-id"), missingSecretAccessKey: .flag("--secret-access-key")
        )
    }

    private func environmentSource() -> Source {
        Source(
            name: ConnectionError.sourceName(.environment), accessKeyId: nonEmpty(environment["BCE_ACCESS_KEY_ID"]),
            secretAccessKey: nonEmpty(environment["BCE_SECRET_ACCESS_KEY"]),
            securityToken: nonEmpty(environment["BCE_SECURITY_TOKEN"]), region: nonEmpty(environment["BCE_REGION"]),
            endpoint: nil, missingAccessKeyId: .flag("BCE_ACCESS_KEY_ID"),
            missingSecretAccessKey: .flag("BCE_SECRET_ACCESS_KEY")
        )
    }

    private func profileSource(_ profile: BCEConfigFile.Profile) -> Source {
        Source(
            name: ConnectionError.sourceName(.profile(name: profile.name, path: configFilePath)),
            accessKeyId: nonEmpty(profile.accessKeyId),
            secretAccessKey: nonEmpty(profile.secretAccessKey), securityToken: nonEmpty(profile.securityToken),
            region: nonEmpty(profile.region), endpoint: nonEmpty(profile.endpoint),
            missingAccessKeyId: .profileKey(path: configFilePath, profile: profile.name, key: "access_key_id"),
            missingSecretAccessKey: .profileKey(path: configFilePath, profile: profile.name, key: "secret_access_key")
        )
    }

    private func nonEmpty(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingWhitespaceAndNewlines(), !trimmed.isEmpty else {
            return nil
        }
        return trimmed
    }

    /// What one source gives.
    private struct Source {
        /// How to say that half of a key pair is missing from this source.
        enum Missing {
            case flag(String)
            case profileKey(path: String, profile: String, key: String)
        }

        var name: String
        var accessKeyId: String?
        var secretAccessKey: String?
        var securityToken: String?
        var region: String?
        var endpoint: String?
        var missingAccessKeyId: Missing
        var missingSecretAccessKey: Missing

        var hasCredentials: Bool { accessKeyId != nil || secretAccessKey != nil }
        var hasLocation: Bool { region != nil || endpoint != nil }

        func credentials() throws(ConnectionError) -> BCECredentials {
            guard let accessKeyId else { throw error(for: missingAccessKeyId) }
            guard let secretAccessKey else { throw error(for: missingSecretAccessKey) }
            return BCECredentials(
                accessKeyId: accessKeyId, secretAccessKey: secretAccessKey, securityToken: securityToken
            )
        }

        private func error(for missing: Missing) -> ConnectionError {
            switch missing {
            case .flag(let flag): .incompleteCredentials(source: name, missing: flag)
            case .profileKey(let path, let profile, let key): .incompleteProfile(path: path, profile: profile, key: key)
            }
        }
    }
}
