/// The emulator's stand-in for the far end of a tunnel: what the simulated peer gateway proposes.
///
/// Not part of BCE's API: BCE cannot see the peer, only whether it answers (`healthStatus`). The emulator says a
/// tunnel is `reachable` only while its peer proposes what the tunnel proposes, as IKE and IPsec negotiation fail
/// when the two ends share no proposal. A proposal is the version, mode and algorithms; lifetimes are not compared,
/// as peers settle on the shorter one instead of failing. Seeds list one per tunnel (`peers`); an operator sets one
/// with `PUT /emulator/peer/{vpnConnId}`. A tunnel without a peer has nothing answering it: `unreachable`.
public struct PeerRecord: Codable, Sendable, Hashable {
    /// Phase 1, in BCE's names.
    public struct IkeProposal: Codable, Sendable, Hashable {
        public var ikeVersion: String
        public var ikeMode: String
        public var ikeEncAlg: String
        public var ikeAuthAlg: String
        public var ikePfs: String

        public init(ikeVersion: String, ikeMode: String, ikeEncAlg: String, ikeAuthAlg: String, ikePfs: String) {
            self.ikeVersion = ikeVersion
            self.ikeMode = ikeMode
            self.ikeEncAlg = ikeEncAlg
            self.ikeAuthAlg = ikeAuthAlg
            self.ikePfs = ikePfs
        }
    }

    /// Phase 2, in BCE's names.
    public struct IpsecProposal: Codable, Sendable, Hashable {
        public var ipsecEncAlg: String
        public var ipsecAuthAlg: String
        public var ipsecPfs: String

        public init(ipsecEncAlg: String, ipsecAuthAlg: String, ipsecPfs: String) {
            self.ipsecEncAlg = ipsecEncAlg
            self.ipsecAuthAlg = ipsecAuthAlg
            self.ipsecPfs = ipsecPfs
        }
    }

    public var vpnConnId: String
    public var ikeConfig: IkeProposal
    public var ipsecConfig: IpsecProposal

    public init(vpnConnId: String, ikeConfig: IkeProposal, ipsecConfig: IpsecProposal) {
        self.vpnConnId = vpnConnId
        self.ikeConfig = ikeConfig
        self.ipsecConfig = ipsecConfig
    }

    /// A peer that proposes exactly what `tunnel` proposes.
    public init(proposing tunnel: VpnConnRecord) {
        let ike = tunnel.ikeConfig
        let ipsec = tunnel.ipsecConfig
        self.init(
            vpnConnId: tunnel.vpnConnId,
            ikeConfig: IkeProposal(
                ikeVersion: ike.ikeVersion, ikeMode: ike.ikeMode, ikeEncAlg: ike.ikeEncAlg, ikeAuthAlg: ike.ikeAuthAlg,
                ikePfs: ike.ikePfs),
            ipsecConfig: IpsecProposal(
                ipsecEncAlg: ipsec.ipsecEncAlg, ipsecAuthAlg: ipsec.ipsecAuthAlg, ipsecPfs: ipsec.ipsecPfs))
    }

    /// Whether this peer and `tunnel` propose the same: the negotiation succeeds. IKEv2 has no mode (BCE keeps
    /// the last one set, an exported IKEv2 configuration names none), so the mode counts with IKEv1 only.
    public func agrees(with tunnel: VpnConnRecord) -> Bool {
        var own = PeerRecord(proposing: tunnel)
        var theirs = self
        if own.ikeConfig.ikeVersion == "v2" {
            own.ikeConfig.ikeMode = ""
            theirs.ikeConfig.ikeMode = ""
        }
        return own.ikeConfig == theirs.ikeConfig && own.ipsecConfig == theirs.ipsecConfig
    }
}
