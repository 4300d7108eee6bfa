/// Valid IPsec settings, ready to be sent.
public struct IpsecConfig: Sendable, Hashable {
    public var ipsecEncAlg: String
    public var ipsecAuthAlg: String
    public var ipsecPfs: String
    /// Seconds, 180–86400.
    public var ipsecLifetime: Int

    public init(ipsecEncAlg: String, ipsecAuthAlg: String, ipsecPfs: String, ipsecLifetime: Int) {
        self.ipsecEncAlg = ipsecEncAlg
        self.ipsecAuthAlg = ipsecAuthAlg
        self.ipsecPfs = ipsecPfs
        self.ipsecLifetime = ipsecLifetime
    }
}
