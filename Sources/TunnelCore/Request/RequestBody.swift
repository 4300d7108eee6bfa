/// The JSON body of an update request, and the one sequence of its members that every writer of a tunnel uses:
/// the body sent, its indented form in the preview, the body of a draft that still has errors, and tunnel files.
public enum RequestBody {
    /// Compact JSON in the seed's key order, lifetimes as numbers, and no key whose value is unset.
    ///
    /// With `indent`, the same members in the same order, one a line: the preview shows that form for reading, and
    /// both come from this one sequence of members so that what is read is what is sent.
    public static func encode(_ update: TunnelUpdate, indent: Int? = nil) -> [UInt8] {
        object(Members(update), indent: indent)
    }

    /// The body a draft would make as it stands, valid or not, for previewing a tunnel that still has errors.
    ///
    /// Lifetimes that are not numbers yet are written as strings; for a valid draft it is byte for byte the body of
    /// its update.
    public static func encode(draft: TunnelDraft) -> [UInt8] {
        object(Members(draft, secretKey: draft.secretKey, keepsEmptyDescription: false), indent: nil)
    }

    private static func object(_ members: Members, indent: Int?) -> [UInt8] {
        var writer = JSONWriter(indent: indent, capacity: 512)
        writer.beginObject()
        members.write(into: &writer)
        writer.endObject()
        return writer.bytes
    }

    /// The body's members, each as it is written: an optional member is nil when it is left out.
    struct Members {
        /// A lifetime: a number, or the text typed when it is not one yet.
        enum Seconds {
            case number(Int)
            case text(String)

            init(_ text: String) {
                let isNumber = !text.isEmpty && text.utf8.count <= 9 && text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
                self = isNumber ? .number(Int(text)!) : .text(text)
            }
        }

        var vpnId: String
        var secretKey: String
        var localSubnets: [String]
        var remoteIp: String
        var cgwId: String?
        var remoteSubnets: [String]
        var description: String?
        var vpnConnName: String
        var ikeVersion: String
        var ikeMode: String?
        var ikeEncAlg: String
        var ikeAuthAlg: String
        var ikePfs: String
        var ikeLifeTime: Seconds
        var ipsecEncAlg: String
        var ipsecAuthAlg: String
        var ipsecPfs: String
        var ipsecLifetime: Seconds

        init(_ update: TunnelUpdate) {
            (vpnId, secretKey, localSubnets, remoteIp) =
                (update.vpnId, update.secretKey, update.localSubnets, update.remoteIp)
            (cgwId, remoteSubnets, description, vpnConnName) =
                (update.cgwId, update.remoteSubnets, update.description, update.vpnConnName)
            let ike = update.ikeConfig
            (ikeVersion, ikeMode, ikeEncAlg, ikeAuthAlg, ikePfs, ikeLifeTime) =
                (ike.ikeVersion, ike.ikeMode, ike.ikeEncAlg, ike.ikeAuthAlg, ike.ikePfs, .number(ike.ikeLifeTime))
            let ipsec = update.ipsecConfig
            (ipsecEncAlg, ipsecAuthAlg, ipsecPfs, ipsecLifetime) =
                (ipsec.ipsecEncAlg, ipsec.ipsecAuthAlg, ipsec.ipsecPfs, .number(ipsec.ipsecLifetime))
        }

        /// A draft's members with `secretKey` as given (a file may mask it); empty optional fields are left out,
        /// but for the description when `keepsEmptyDescription` (a tunnel file shows that it has none).
        init(_ draft: TunnelDraft, secretKey: String, keepsEmptyDescription: Bool) {
            (vpnId, self.secretKey, localSubnets, remoteIp) =
                (draft.vpnId, secretKey, draft.localSubnets, draft.remoteIp)
            cgwId = draft.cgwId.isEmpty ? nil : draft.cgwId
            remoteSubnets = draft.remoteSubnets
            description = draft.description.isEmpty && !keepsEmptyDescription ? nil : draft.description
            vpnConnName = draft.vpnConnName
            let ike = draft.ikeConfig
            (ikeVersion, ikeEncAlg, ikeAuthAlg, ikePfs) = (ike.ikeVersion, ike.ikeEncAlg, ike.ikeAuthAlg, ike.ikePfs)
            ikeMode = ike.ikeMode.isEmpty ? nil : ike.ikeMode
            ikeLifeTime = Seconds(ike.ikeLifeTime)
            let ipsec = draft.ipsecConfig
            (ipsecEncAlg, ipsecAuthAlg, ipsecPfs, ipsecLifetime) =
                (ipsec.ipsecEncAlg, ipsec.ipsecAuthAlg, ipsec.ipsecPfs, Seconds(ipsec.ipsecLifetime))
        }

        /// Writes the members in the seed's key order into an object the writer has begun.
        func write(into writer: inout JSONWriter) {
            writer.member("vpnId", vpnId)
            writer.member("secretKey", secretKey)
            writer.member("localSubnets", localSubnets)
            writer.member("remoteIp", remoteIp)
            if let cgwId { writer.member("cgwId", cgwId) }
            writer.member("remoteSubnets", remoteSubnets)
            if let description { writer.member("description", description) }
            writer.member("vpnConnName", vpnConnName)
            writer.key("ikeConfig")
            writer.beginObject()
            writer.member("ikeVersion", ikeVersion)
            if let ikeMode { writer.member("ikeMode", ikeMode) }
            writer.member("ikeEncAlg", ikeEncAlg)
            writer.member("ikeAuthAlg", ikeAuthAlg)
            writer.member("ikePfs", ikePfs)
            Self.write(ikeLifeTime, as: "ikeLifeTime", into: &writer)
            writer.endObject()
            writer.key("ipsecConfig")
            writer.beginObject()
            writer.member("ipsecEncAlg", ipsecEncAlg)
            writer.member("ipsecAuthAlg", ipsecAuthAlg)
            writer.member("ipsecPfs", ipsecPfs)
            Self.write(ipsecLifetime, as: "ipsecLifetime", into: &writer)
            writer.endObject()
        }

        private static func write(_ seconds: Seconds, as key: String, into writer: inout JSONWriter) {
            switch seconds {
            case .number(let value): writer.member(key, value)
            case .text(let text): writer.member(key, text)
            }
        }
    }
}
