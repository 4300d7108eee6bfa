/// The IPsec settings as the operator is editing them: text that may not be valid yet.
public struct IpsecDraft: Sendable, Hashable, Codable {
    public var ipsecEncAlg: String
    public var ipsecAuthAlg: String
    public var ipsecPfs: String
    /// Seconds, as typed.
    public var ipsecLifetime: String

    public init(ipsecEncAlg: String = "", ipsecAuthAlg: String = "", ipsecPfs: String = "", ipsecLifetime: String = "")
    {
        self.ipsecEncAlg = ipsecEncAlg
        self.ipsecAuthAlg = ipsecAuthAlg
        self.ipsecPfs = ipsecPfs
        self.ipsecLifetime = ipsecLifetime
    }
}
