import Testing
import TunnelClient
import TunnelCore

@Suite("FieldMention")
struct FieldMentionTests {
    @Test(
        "finds the field a BCE message names",
        arguments: [
            ("secretKey is invalid", FieldPath(.secretKey)),
            ("The parameter ikeConfig.ikeLifeTime must be between 60 and 86400", FieldPath(.ikeLifeTime)),
            ("ikeLifeTime out of range", FieldPath(.ikeLifeTime)),
            ("invalid CIDR in localSubnets[2]: 10.0.0.1/24", FieldPath(.localSubnets, index: 2)),
            ("remoteSubnets overlaps localSubnets", FieldPath(.remoteSubnets)),
            ("ipsecConfig.ipsecPfs: unsupported value", FieldPath(.ipsecPfs)),
            ("vpnConnName must start with a letter", FieldPath(.vpnConnName)),
        ])
    func finds(message: String, expected: FieldPath) {
        #expect(FieldMention.field(in: message) == expected)
    }

    @Test(
        "names no field when none is there as a whole word",
        arguments: [
            "The request signature we calculated does not match",
            "mysecretKeys are wrong",
            "ikeConfig is missing",
            "",
        ])
    func none(message: String) {
        #expect(FieldMention.field(in: message) == nil)
    }
}
