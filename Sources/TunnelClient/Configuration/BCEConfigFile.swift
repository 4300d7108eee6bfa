import TunnelCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The profiles of Baidu's own `bce` command line, `~/.bce/config.json`, which operators already have:
/// `{"current":"default","profiles":[{"name":"default","access_key_id":"…","secret_access_key":"…",…}]}`.
public struct BCEConfigFile: Sendable, Hashable {
    /// One profile; an empty string means the key is unset, as the `bce` command line writes it.
    public struct Profile: Sendable, Hashable {
        public var name: String
        public var accessKeyId: String
        public var secretAccessKey: String
        public var securityToken: String
        public var region: String
        public var endpoint: String

        public init(
            name: String, accessKeyId: String = "", secretAccessKey: String = "", securityToken: String = "",
            region: String = "", endpoint: String = ""
        ) {
            self.name = name
            self.accessKeyId = accessKeyId
            self.secretAccessKey = secretAccessKey
            self.securityToken = securityToken
            self.region = region
            self.endpoint = endpoint
        }
    }

    /// The profile used without `--profile`; `default` when the file names none.
    public var current: String
    public var profiles: [Profile]

    public init(current: String = "default", profiles: [Profile]) {
        self.current = current
        self.profiles = profiles
    }

    /// The profile with that name.
    public func profile(named name: String) -> Profile? {
        profiles.first { $0.name == name }
    }

    /// Reads the file at `path`; nil when there is no file. The warning is set when group or others may read it.
    /// What is wrong with the file is said in `language`.
    ///
    /// Whoever can change the file can point `endpoint` at a host of theirs and receive the pre-shared key, so a
    /// file or folder that another user owns or that group or others may write is refused, as OpenSSH refuses such a
    /// private key (see `BCEConfigFile+Permissions.swift`).
    public static func load(
        path: String, language: Language = .en
    ) throws(ConnectionError) -> (file: BCEConfigFile, warning: String?)? {
        try load(path: path, userId: geteuid(), language: language)
    }

    /// `load(path:)` as the user `userId`: tests check another owner without being root.
    static func load(
        path: String, userId: uid_t, language: Language = .en
    ) throws(ConnectionError) -> (file: BCEConfigFile, warning: String?)? {
        guard let (bytes, warning) = try readTrusted(path: path, userId: userId, language: language) else { return nil }
        return (try parse(bytes, path: path, language: language), warning)
    }

    /// Parses the file's text; every problem names the file and the key to fix, in `language`.
    public static func parse(
        _ bytes: [UInt8], path: String, language: Language = .en
    ) throws(ConnectionError) -> BCEConfigFile {
        let reader = Reader(path: path, language: language)
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw reader.malformed(.notJSON(reason: error.text(in: language)))
        }
        guard case .object(let members) = document else { throw reader.malformed(.notAnObject) }
        let current = try reader.string(members, "current", at: "current")
        guard let profilesValue = members.first(where: { $0.key == "profiles" })?.value else {
            throw reader.malformed(.noProfiles)
        }
        guard case .array(let items) = profilesValue else { throw reader.malformed(.profilesNotAList) }
        var profiles: [Profile] = []
        for (index, item) in items.enumerated() {
            profiles.append(try reader.profile(item, at: "profiles[\(index)]"))
        }
        return BCEConfigFile(current: current.isEmpty ? "default" : current, profiles: profiles)
    }

    /// Reads one file's members, and says what is wrong with it in `language`.
    private struct Reader {
        var path: String
        var language: Language

        func malformed(_ problem: ConfigFileProblem) -> ConnectionError {
            .malformedConfigFile(path: path, problem: language.text(.command(.configFile(problem))))
        }

        func profile(_ value: JSONValue, at location: String) throws(ConnectionError) -> Profile {
            guard case .object(let members) = value else { throw malformed(.entryNotAnObject(location: location)) }
            let name = try string(members, "name", at: location)
            guard !name.isEmpty else { throw malformed(.profileWithoutName(location: location)) }
            return Profile(
                name: name,
                accessKeyId: try string(members, "access_key_id", at: location),
                secretAccessKey: try string(members, "secret_access_key", at: location),
                securityToken: try string(members, "security_token", at: location),
                region: try string(members, "region", at: location),
                endpoint: try string(members, "endpoint", at: location)
            )
        }

        /// A string member, trimmed; empty when absent or null.
        func string(_ members: [JSONMember], _ key: String, at location: String) throws(ConnectionError) -> String {
            let keyPath = location == key ? key : "\(location).\(key)"
            switch members.first(where: { $0.key == key })?.value {
            case nil, .null?: return ""
            case .string(let text)?: return text.trimmingWhitespaceAndNewlines()
            default: throw malformed(.notAString(keyPath: keyPath))
            }
        }
    }
}
