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
    ///
    /// Whoever can change the file can point `endpoint` at a host of theirs and receive the pre-shared key, so a
    /// file or folder that another user owns or that group or others may write is refused, as OpenSSH refuses such a
    /// private key (see `BCEConfigFile+Permissions.swift`).
    public static func load(path: String) throws(ConnectionError) -> (file: BCEConfigFile, warning: String?)? {
        try load(path: path, userId: geteuid())
    }

    /// `load(path:)` as the user `userId`: tests check another owner without being root.
    static func load(path: String, userId: uid_t) throws(ConnectionError) -> (file: BCEConfigFile, warning: String?)? {
        guard let (bytes, warning) = try readTrusted(path: path, userId: userId) else { return nil }
        return (try parse(bytes, path: path), warning)
    }

    /// Parses the file's text; every problem names the file and the key to fix.
    public static func parse(_ bytes: [UInt8], path: String) throws(ConnectionError) -> BCEConfigFile {
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw .malformedConfigFile(path: path, problem: "is not valid JSON: \(error)")
        }
        guard case .object(let members) = document else {
            throw .malformedConfigFile(path: path, problem: "must hold a JSON object with \"current\" and \"profiles\"")
        }
        let current = try string(members, "current", at: "current", path: path)
        guard let profilesValue = members.first(where: { $0.key == "profiles" })?.value else {
            throw .malformedConfigFile(path: path, problem: "has no \"profiles\" list")
        }
        guard case .array(let items) = profilesValue else {
            throw .malformedConfigFile(path: path, problem: "\"profiles\" must be a list of profiles")
        }
        var profiles: [Profile] = []
        for (index, item) in items.enumerated() {
            profiles.append(try profile(item, at: "profiles[\(index)]", path: path))
        }
        return BCEConfigFile(current: current.isEmpty ? "default" : current, profiles: profiles)
    }

    private static func profile(_ value: JSONValue, at location: String, path: String) throws(ConnectionError)
        -> Profile
    {
        guard case .object(let members) = value else {
            throw .malformedConfigFile(path: path, problem: "\(location) must be an object")
        }
        let name = try string(members, "name", at: location, path: path)
        guard !name.isEmpty else {
            throw .malformedConfigFile(path: path, problem: "\(location).name is missing; give the profile a name")
        }
        return Profile(
            name: name,
            accessKeyId: try string(members, "access_key_id", at: location, path: path),
            secretAccessKey: try string(members, "secret_access_key", at: location, path: path),
            securityToken: try string(members, "security_token", at: location, path: path),
            region: try string(members, "region", at: location, path: path),
            endpoint: try string(members, "endpoint", at: location, path: path)
        )
    }

    /// A string member, trimmed; empty when absent or null.
    private static func string(
        _ members: [JSONMember], _ key: String, at location: String, path: String
    ) throws(ConnectionError) -> String {
        let keyPath = location == key ? key : "\(location).\(key)"
        switch members.first(where: { $0.key == key })?.value {
        case nil, .null?: return ""
        case .string(let text)?: return text.trimmingWhitespaceAndNewlines()
        default: throw .malformedConfigFile(path: path, problem: "\(keyPath) must be a string")
        }
    }
}
