/// The JSON body of an update request.
public enum RequestBody {
    /// Compact JSON in the seed's key order, lifetimes as numbers, and no key whose value is unset.
    ///
    /// With `indent`, the same members in the same order, one a line: the preview shows that form for reading, and
    /// both come from this one sequence of members so that what is read is what is sent.
    public static func encode(_ update: TunnelUpdate, indent: Int? = nil) -> [UInt8] {
        var writer = JSONWriter(indent: indent, capacity: 512)
        writer.beginObject()
        writer.member("vpnId", update.vpnId)
        writer.member("secretKey", update.secretKey)
        writer.member("localSubnets", update.localSubnets)
        writer.member("remoteIp", update.remoteIp)
        if let cgwId = update.cgwId { writer.member("cgwId", cgwId) }
        writer.member("remoteSubnets", update.remoteSubnets)
        if let description = update.description { writer.member("description", description) }
        writer.member("vpnConnName", update.vpnConnName)
        writer.key("ikeConfig")
        writer.beginObject()
        let ike = update.ikeConfig
        writer.member("ikeVersion", ike.ikeVersion)
        if let mode = ike.ikeMode { writer.member("ikeMode", mode) }
        writer.member("ikeEncAlg", ike.ikeEncAlg)
        writer.member("ikeAuthAlg", ike.ikeAuthAlg)
        writer.member("ikePfs", ike.ikePfs)
        writer.member("ikeLifeTime", ike.ikeLifeTime)
        writer.endObject()
        writer.key("ipsecConfig")
        writer.beginObject()
        let ipsec = update.ipsecConfig
        writer.member("ipsecEncAlg", ipsec.ipsecEncAlg)
        writer.member("ipsecAuthAlg", ipsec.ipsecAuthAlg)
        writer.member("ipsecPfs", ipsec.ipsecPfs)
        writer.member("ipsecLifetime", ipsec.ipsecLifetime)
        writer.endObject()
        writer.endObject()
        return writer.bytes
    }
}

extension RequestBody {
    /// The body a draft would make as it stands, valid or not, for previewing a tunnel that still has errors.
    ///
    /// Same key order and rules as `encode(_ update:)`; lifetimes that are not numbers yet are written as strings.
    /// For a valid draft it is byte for byte the body of its update.
    public static func encode(draft: TunnelDraft) -> [UInt8] {
        var writer = JSONWriter(capacity: 512)
        writer.beginObject()
        writer.member("vpnId", draft.vpnId)
        writer.member("secretKey", draft.secretKey)
        writer.member("localSubnets", draft.localSubnets)
        writer.member("remoteIp", draft.remoteIp)
        if !draft.cgwId.isEmpty { writer.member("cgwId", draft.cgwId) }
        writer.member("remoteSubnets", draft.remoteSubnets)
        if !draft.description.isEmpty { writer.member("description", draft.description) }
        writer.member("vpnConnName", draft.vpnConnName)
        writer.key("ikeConfig")
        writer.beginObject()
        let ike = draft.ikeConfig
        writer.member("ikeVersion", ike.ikeVersion)
        if !ike.ikeMode.isEmpty { writer.member("ikeMode", ike.ikeMode) }
        writer.member("ikeEncAlg", ike.ikeEncAlg)
        writer.member("ikeAuthAlg", ike.ikeAuthAlg)
        writer.member("ikePfs", ike.ikePfs)
        writeSeconds(ike.ikeLifeTime, as: "ikeLifeTime", into: &writer)
        writer.endObject()
        writer.key("ipsecConfig")
        writer.beginObject()
        let ipsec = draft.ipsecConfig
        writer.member("ipsecEncAlg", ipsec.ipsecEncAlg)
        writer.member("ipsecAuthAlg", ipsec.ipsecAuthAlg)
        writer.member("ipsecPfs", ipsec.ipsecPfs)
        writeSeconds(ipsec.ipsecLifetime, as: "ipsecLifetime", into: &writer)
        writer.endObject()
        writer.endObject()
        return writer.bytes
    }

    /// Writes a lifetime as a number when it is one, otherwise as the text typed.
    static func writeSeconds(_ text: String, as key: String, into writer: inout JSONWriter) {
        if !text.isEmpty, text.utf8.count <= 9, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let seconds = Int(text)
        {
            writer.member(key, seconds)
        } else {
            writer.member(key, text)
        }
    }
}
