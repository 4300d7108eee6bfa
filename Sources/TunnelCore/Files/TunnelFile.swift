#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#endif

/// Tunnel files: the seed's request body plus `vpnConnId` and an optional `clientToken`, as JSON.
///
/// Reading is strict about structure (an unknown key or a wrong type is an error with its line and column, and every
/// such problem of a file is reported, not only the first) and lenient about values (a bad CIDR is kept as text for
/// the validator to explain). Lifetimes may be numbers, digit strings or `"28800s"`, as BCE's list responses carry
/// them.
public enum TunnelFile {
    /// What a secretKey is written as when it is not revealed: the one mask, by the name a file's reader looks for.
    public static let maskedSecret = SecretMask.text

    static let topLevelKeys = [
        "vpnConnId", "clientToken", "vpnId", "secretKey", "localSubnets", "remoteIp", "remoteSubnets", "description",
        "vpnConnName", "cgwId", "ikeConfig", "ipsecConfig",
    ]
    static let ikeKeys = ["ikeVersion", "ikeMode", "ikeEncAlg", "ikeAuthAlg", "ikePfs", "ikeLifeTime"]
    static let ipsecKeys = ["ipsecEncAlg", "ipsecAuthAlg", "ipsecPfs", "ipsecLifetime"]

    /// Reads a tunnel file from disk; a file with any structural problem throws one error that lists them all.
    public static func read(path: String) throws(TunnelFileError) -> TunnelDraft {
        try readPartially(path: path).soundDraft()
    }

    /// Reads a tunnel file from disk as far as its structure allows: every unknown key and wrong type is collected
    /// with its place instead of thrown, and the draft holds the rest.
    ///
    /// A file that cannot be read, or is not JSON, still throws: nothing can be read past a syntax error.
    public static func readPartially(path: String) throws(TunnelFileError) -> TunnelFileReading {
        guard let data = FileManager.default.contents(atPath: path) else {
            // stat(2) follows a link, as the read did: a link to a folder is a folder, a dangling one no file.
            var status = stat()
            let reason: TunnelFileProblem.Reason =
                stat(path, &status) != 0
                ? .noSuchFile : status.st_mode & S_IFMT == S_IFDIR ? .isADirectory : .unreadable
            throw TunnelFileError(reason, path: path, isUnreadable: true)
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(data)
        } catch {
            throw TunnelFileError(.syntax(error.reasonKey), at: error.position, path: path)
        }
        var reading = TunnelFileReader.read(value, ignoringUnknownKeys: false)
        reading.path = path
        return reading
    }

    /// Reads a tunnel file from its text.
    public static func parse(_ text: String) throws(TunnelFileError) -> TunnelDraft {
        let value: JSONValue
        do {
            value = try JSONParser.parse(text)
        } catch {
            throw TunnelFileError(.syntax(error.reasonKey), at: error.position)
        }
        return try draft(from: value, ignoringUnknownKeys: false)
    }

    /// A draft from a tunnel file's object or from a `VpnConn` of BCE's list response.
    ///
    /// With `ignoringUnknownKeys`, keys only the server sends (`status`, `localIp`…) are skipped.
    public static func draft(from object: JSONValue, ignoringUnknownKeys: Bool) throws(TunnelFileError) -> TunnelDraft {
        try TunnelFileReader.read(object, ignoringUnknownKeys: ignoringUnknownKeys).soundDraft()
    }

    /// A draft as a tunnel file: indented JSON in the seed's key order, with `vpnConnId` first.
    ///
    /// The secretKey is written as `maskedSecret` unless `revealingSecrets`; empty optional fields are left out.
    public static func encode(_ draft: TunnelDraft, revealingSecrets: Bool) -> String {
        var writer = JSONWriter(indent: 2)
        write(draft, revealingSecrets: revealingSecrets, into: &writer)
        return String(decoding: writer.bytes, as: UTF8.self) + "\n"
    }

    /// Several tunnels as a JSON list of tunnel files, each written as `encode` writes one (`show` prints a VPN's
    /// tunnels this way).
    public static func encodeList(_ drafts: [TunnelDraft], revealingSecrets: Bool) -> String {
        var writer = JSONWriter(indent: 2)
        writer.beginArray()
        for draft in drafts { write(draft, revealingSecrets: revealingSecrets, into: &writer) }
        writer.endArray()
        return String(decoding: writer.bytes, as: UTF8.self) + "\n"
    }

    private static func write(_ draft: TunnelDraft, revealingSecrets: Bool, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("vpnConnId", draft.vpnConnId)
        if !draft.clientToken.isEmpty { writer.member("clientToken", draft.clientToken) }
        let secretKey = revealingSecrets || draft.secretKey.isEmpty ? draft.secretKey : maskedSecret
        // The body's own members, in its order: a file is the body plus the tunnel's id and the token.
        RequestBody.Members(draft, secretKey: secretKey, keepsEmptyDescription: true).write(into: &writer)
        writer.endObject()
    }
}
