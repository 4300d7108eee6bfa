#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Tunnel files: the seed's request body plus `vpnConnId` and an optional `clientToken`, as JSON.
///
/// Reading is strict about structure (an unknown key or a wrong type is an error with its line and column) and
/// lenient about values (a bad CIDR is kept as text for the validator to explain). Lifetimes may be numbers, digit
/// strings or `"28800s"`, as BCE's list responses carry them.
public enum TunnelFile {
    /// What a secretKey is written as when it is not revealed: the one mask, by the name a file's reader looks for.
    public static let maskedSecret = SecretMask.text

    static let topLevelKeys = [
        "vpnConnId", "clientToken", "vpnId", "secretKey", "localSubnets", "remoteIp", "remoteSubnets", "description",
        "vpnConnName", "cgwId", "ikeConfig", "ipsecConfig",
    ]
    static let ikeKeys = ["ikeVersion", "ikeMode", "ikeEncAlg", "ikeAuthAlg", "ikePfs", "ikeLifeTime"]
    static let ipsecKeys = ["ipsecEncAlg", "ipsecAuthAlg", "ipsecPfs", "ipsecLifetime"]

    /// Reads a tunnel file from disk.
    public static func read(path: String) throws(TunnelFileError) -> TunnelDraft {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason =
                FileManager.default.fileExists(atPath: path)
                ? "cannot read the file (check its permissions)" : "no such file"
            throw TunnelFileError(reason, path: path, isUnreadable: true)
        }
        do {
            return try draft(from: JSONParser.parse(data), ignoringUnknownKeys: false)
        } catch let error as JSONSyntaxError {
            throw TunnelFileError(error.reason, at: error.position, path: path)
        } catch let error as TunnelFileError {
            var located = error
            located.path = path
            throw located
        } catch {
            throw TunnelFileError("\(error)", path: path)
        }
    }

    /// Reads a tunnel file from its text.
    public static func parse(_ text: String) throws(TunnelFileError) -> TunnelDraft {
        let value: JSONValue
        do {
            value = try JSONParser.parse(text)
        } catch {
            throw TunnelFileError(error.reason, at: error.position)
        }
        return try draft(from: value, ignoringUnknownKeys: false)
    }

    /// A draft from a tunnel file's object or from a `VpnConn` of BCE's list response.
    ///
    /// With `ignoringUnknownKeys`, keys only the server sends (`status`, `localIp`…) are skipped.
    public static func draft(from object: JSONValue, ignoringUnknownKeys: Bool) throws(TunnelFileError) -> TunnelDraft {
        guard case .object(let members) = object else {
            throw TunnelFileError("a tunnel must be a JSON object, not \(object.kindDescription)")
        }
        var draft = TunnelDraft()
        for member in members {
            switch member.key {
            case "vpnConnId": draft.vpnConnId = try text(member)
            case "clientToken": draft.clientToken = try text(member)
            case "vpnId": draft.vpnId = try text(member)
            case "secretKey": draft.secretKey = try text(member)
            case "localSubnets": draft.localSubnets = try list(member)
            case "remoteIp": draft.remoteIp = try text(member)
            case "remoteSubnets": draft.remoteSubnets = try list(member)
            case "description": draft.description = try text(member)
            case "vpnConnName": draft.vpnConnName = try text(member)
            case "cgwId": draft.cgwId = try text(member)
            case "ikeConfig": draft.ikeConfig = try ike(member, ignoringUnknownKeys: ignoringUnknownKeys)
            case "ipsecConfig": draft.ipsecConfig = try ipsec(member, ignoringUnknownKeys: ignoringUnknownKeys)
            default:
                if !ignoringUnknownKeys { throw unknownKey(member, in: nil, known: topLevelKeys) }
            }
        }
        return draft
    }

    private static func ike(_ member: JSONMember, ignoringUnknownKeys: Bool) throws(TunnelFileError) -> IkeDraft {
        var ike = IkeDraft()
        for field in try members(of: member) {
            switch field.key {
            case "ikeVersion": ike.ikeVersion = try text(field, in: member.key)
            case "ikeMode": ike.ikeMode = try text(field, in: member.key)
            case "ikeEncAlg": ike.ikeEncAlg = try text(field, in: member.key)
            case "ikeAuthAlg": ike.ikeAuthAlg = try text(field, in: member.key)
            case "ikePfs": ike.ikePfs = try text(field, in: member.key)
            case "ikeLifeTime": ike.ikeLifeTime = try seconds(field, in: member.key)
            default:
                if !ignoringUnknownKeys { throw unknownKey(field, in: member.key, known: ikeKeys) }
            }
        }
        return ike
    }

    private static func ipsec(_ member: JSONMember, ignoringUnknownKeys: Bool) throws(TunnelFileError) -> IpsecDraft {
        var ipsec = IpsecDraft()
        for field in try members(of: member) {
            switch field.key {
            case "ipsecEncAlg": ipsec.ipsecEncAlg = try text(field, in: member.key)
            case "ipsecAuthAlg": ipsec.ipsecAuthAlg = try text(field, in: member.key)
            case "ipsecPfs": ipsec.ipsecPfs = try text(field, in: member.key)
            case "ipsecLifetime": ipsec.ipsecLifetime = try seconds(field, in: member.key)
            default:
                if !ignoringUnknownKeys { throw unknownKey(field, in: member.key, known: ipsecKeys) }
            }
        }
        return ipsec
    }

    private static func members(of member: JSONMember) throws(TunnelFileError) -> [JSONMember] {
        guard case .object(let members) = member.value else {
            throw TunnelFileError(
                "\(member.key) must be an object, not \(member.value.kindDescription)", at: member.position)
        }
        return members
    }

    private static func path(_ key: String, in parent: String?) -> String {
        parent.map { "\($0).\(key)" } ?? key
    }

    private static func text(_ member: JSONMember, in parent: String? = nil) throws(TunnelFileError) -> String {
        switch member.value {
        case .string(let value): return value
        case .null: return ""
        default:
            throw TunnelFileError(
                "\(path(member.key, in: parent)) must be a string, not \(member.value.kindDescription)",
                at: member.position)
        }
    }

    private static func list(_ member: JSONMember) throws(TunnelFileError) -> [String] {
        guard case .array(let elements) = member.value else {
            if case .string(let value) = member.value { return CIDRList.rows(fromPasted: value) }
            throw TunnelFileError(
                "\(member.key) must be an array of CIDR strings, not \(member.value.kindDescription)",
                at: member.position)
        }
        var rows: [String] = []
        for (index, element) in elements.enumerated() {
            guard case .string(let value) = element else {
                throw TunnelFileError(
                    "\(member.key)[\(index)] must be a string, not \(element.kindDescription)", at: member.position)
            }
            rows.append(value)
        }
        return rows
    }

    /// A lifetime as text: `28800`, `"28800"` and `"28800s"` all read as `28800`.
    private static func seconds(_ member: JSONMember, in parent: String) throws(TunnelFileError) -> String {
        switch member.value {
        case .number(let digits): return digits
        case .string(let value):
            if value.count > 1, value.hasSuffix("s"), value.dropLast().allSatisfy(\.isASCIIDigitCharacter) {
                return String(value.dropLast())
            }
            return value
        case .null: return ""
        default:
            throw TunnelFileError(
                "\(parent).\(member.key) must be a number of seconds, not \(member.value.kindDescription)",
                at: member.position)
        }
    }

    private static func unknownKey(_ member: JSONMember, in parent: String?, known: [String]) -> TunnelFileError {
        let place = parent.map { " in \($0)" } ?? ""
        let lowered = member.key.lowercased()
        let hint = known.first { $0.lowercased() == lowered }.map { " (did you mean \"\($0)\"?)" } ?? ""
        return TunnelFileError("unknown key \"\(member.key)\"\(place)\(hint)", at: member.position)
    }

    /// A draft as a tunnel file: indented JSON in the seed's key order, with `vpnConnId` first.
    ///
    /// The secretKey is written as `maskedSecret` unless `revealingSecrets`; empty optional fields are left out.
    public static func encode(_ draft: TunnelDraft, revealingSecrets: Bool) -> String {
        var writer = JSONWriter(indent: 2)
        writer.beginObject()
        writer.member("vpnConnId", draft.vpnConnId)
        if !draft.clientToken.isEmpty { writer.member("clientToken", draft.clientToken) }
        writer.member("vpnId", draft.vpnId)
        writer.member("secretKey", revealingSecrets || draft.secretKey.isEmpty ? draft.secretKey : maskedSecret)
        writer.member("localSubnets", draft.localSubnets)
        writer.member("remoteIp", draft.remoteIp)
        if !draft.cgwId.isEmpty { writer.member("cgwId", draft.cgwId) }
        writer.member("remoteSubnets", draft.remoteSubnets)
        writer.member("description", draft.description)
        writer.member("vpnConnName", draft.vpnConnName)
        writer.key("ikeConfig")
        writer.beginObject()
        writer.member("ikeVersion", draft.ikeConfig.ikeVersion)
        if !draft.ikeConfig.ikeMode.isEmpty { writer.member("ikeMode", draft.ikeConfig.ikeMode) }
        writer.member("ikeEncAlg", draft.ikeConfig.ikeEncAlg)
        writer.member("ikeAuthAlg", draft.ikeConfig.ikeAuthAlg)
        writer.member("ikePfs", draft.ikeConfig.ikePfs)
        RequestBody.writeSeconds(draft.ikeConfig.ikeLifeTime, as: "ikeLifeTime", into: &writer)
        writer.endObject()
        writer.key("ipsecConfig")
        writer.beginObject()
        writer.member("ipsecEncAlg", draft.ipsecConfig.ipsecEncAlg)
        writer.member("ipsecAuthAlg", draft.ipsecConfig.ipsecAuthAlg)
        writer.member("ipsecPfs", draft.ipsecConfig.ipsecPfs)
        RequestBody.writeSeconds(draft.ipsecConfig.ipsecLifetime, as: "ipsecLifetime", into: &writer)
        writer.endObject()
        writer.endObject()
        return String(decoding: writer.bytes, as: UTF8.self) + "\n"
    }
}

extension Character {
    fileprivate var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
