import TunnelCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The body of `PUT /emulator/peer/{vpnConnId}`: a proposal in BCE's names, as an update's `ikeConfig` and
/// `ipsecConfig` (other keys, lifetimes among them, are ignored), or a swanctl.conf that `vpn-tunnel peer-config`
/// exported, read back through the export's own table: the demo hands the peer what the operator would.
struct PeerProposalBody: Decodable {
    var ikeConfig: PeerRecord.IkeProposal
    var ipsecConfig: PeerRecord.IpsecProposal

    /// The proposal, or `InappropriateJSON` naming what is missing or wrong.
    static func read(_ body: [UInt8]) throws(EmulatorError) -> PeerProposalBody {
        if let first = body.first(where: { !" \t\r\n".utf8.contains($0) }), first != UInt8(ascii: "{") {
            return try swanctl(body)
        }
        do {
            return try JSONDecoder().decode(PeerProposalBody.self, from: Data(body))
        } catch {
            throw .inappropriateJSON(
                "The body is not a peer proposal {\"ikeConfig\":{ikeVersion, ikeMode, ikeEncAlg, ikeAuthAlg, ikePfs},"
                    + " \"ipsecConfig\":{ipsecEncAlg, ipsecAuthAlg, ipsecPfs}}: \(Self.describe(error))")
        }
    }

    /// The proposal of an exported swanctl.conf, or `InvalidParameter` with the line that cannot be read.
    private static func swanctl(_ body: [UInt8]) throws(EmulatorError) -> PeerProposalBody {
        let proposal: PeerProposal
        do {
            proposal = try PeerProposal(swanctl: String(decoding: body, as: UTF8.self))
        } catch {
            throw .invalidParameter("The body is neither JSON nor a swanctl.conf of vpn-tunnel peer-config: \(error)")
        }
        let ike = proposal.ikeConfig
        let ipsec = proposal.ipsecConfig
        return PeerProposalBody(
            ikeConfig: PeerRecord.IkeProposal(
                ikeVersion: ike.ikeVersion, ikeMode: ike.ikeMode ?? "", ikeEncAlg: ike.ikeEncAlg,
                ikeAuthAlg: ike.ikeAuthAlg, ikePfs: ike.ikePfs),
            ipsecConfig: PeerRecord.IpsecProposal(
                ipsecEncAlg: ipsec.ipsecEncAlg, ipsecAuthAlg: ipsec.ipsecAuthAlg, ipsecPfs: ipsec.ipsecPfs))
    }

    /// The decoder's error as one line: the key path and what is wrong there.
    private static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "not JSON" }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])) is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(path(context.codingPath)) is not a string"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not JSON" : "\(path(context.codingPath)) is malformed"
        @unknown default:
            return "not a proposal"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map(\.stringValue).joined(separator: ".")
    }
}
