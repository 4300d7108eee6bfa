import Testing

@testable import TunnelCore

/// `validate(_:editing:from:)`, which re-runs only the edited field's rules, against `validate(_:)`, which runs them
/// all: over random sequences of edits they must give the same report after every edit.
@Suite struct EditValidationTests {
    /// Values on both sides of each field's rules, and values that interact (overlapping subnets, IKEv2 with a mode).
    static let values: [TunnelField: [String]] = [
        .vpnConnId: ["vpnconn-ku4cxya6nisq", "vpnconn-", "vpnconn-AB12", "", "vpnconn-abcd1234"],
        .clientToken: ["", "token-1", "bad token", String(repeating: "x", count: 70)],
        .vpnId: ["vpn-s1bpb19cmd8n", "vpn-x", ""],
        .vpnConnName: ["vpncon", "", "1abc", "a b", String(repeating: "n", count: 70)],
        .description: ["", "111", "隧道", String(repeating: "d", count: 201)],
        .secretKey: ["ddd22@www", "short", "", "abc123!!", "has space1!"],
        .remoteIp: ["10.107.245.188", "203.0.113.9", "", "300.1.1.1"],
        .cgwId: ["", "cgw-abcd1234", "cgw-X"],
        .localSubnets: ["192.168.0.0/20", "", "10.0.0.0/8, 10.0.0.0/8", "192.168.1.5/24", "bad", "10.1.0.0/16"],
        .remoteSubnets: ["192.168.100.0/24", "192.168.0.0/24", "", "10.1.0.0/16, 172.16.0.0/12"],
        .ikeVersion: ["v1", "v2", "", "v3"],
        .ikeMode: ["main", "aggressive", ""],
        .ikeEncAlg: ["aes", "aes256", "3des", "", "bogus"],
        .ikeAuthAlg: ["sha1", "sha2_256", "md5", ""],
        .ikePfs: ["group2", "group14", "group5", ""],
        .ikeLifeTime: ["28800", "59", "abc", "", "86400"],
        .ipsecEncAlg: ["aes", "aes256", "", "bogus"],
        .ipsecAuthAlg: ["sha1", "sha2_256", ""],
        .ipsecPfs: ["group2", "disabled", "group14", ""],
        .ipsecLifetime: ["28800", "179", "", "86401"],
    ]

    @Test(arguments: 0..<12)
    func anEditsReportEqualsAWholeValidation(seed: UInt64) {
        var random = Generator(seed: seed)
        let validator = TunnelValidator(options: ValidationOptions(allowsExtendedAlgorithms: seed.isMultiple(of: 3)))
        var draft = seed.isMultiple(of: 2) ? Fixtures.seedDraft : Fixtures.cleanDraft
        var report = validator.validate(draft)
        for step in 0..<300 {
            let field = TunnelField.allCases[random.next(below: TunnelField.allCases.count)]
            let choices = Self.values[field] ?? [""]
            draft[text: field] = choices[random.next(below: choices.count)]
            report = validator.validate(draft, editing: field, from: report)
            let whole = validator.validate(draft)
            #expect(report == whole, "seed \(seed), step \(step): \(field) = \(draft[text: field])")
            if report != whole { return }
        }
    }

    @Test func everyFieldsOrderIsItsPlaceInAllCases() {
        #expect(TunnelField.allCases.map(\.order) == Array(TunnelField.allCases.indices))
    }

    /// SplitMix64: seeded, so that a failing sequence of edits can be replayed.
    private struct Generator {
        private var state: UInt64

        init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

        mutating func next(below bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }
}

@Suite("CheckGroup")
struct CheckGroupTests {
    @Test("whole validation runs every field's group once, in form order")
    func formOrderCoversEveryFieldOnce() {
        let groups = CheckGroup.formOrder
        #expect(groups.count == Set(TunnelField.allCases.map { "\(CheckGroup($0))" }).count)
        for field in TunnelField.allCases {
            #expect(groups.filter { $0 == CheckGroup(field) }.count == 1, "\(field)")
        }
        let firstFields = groups.map { group in TunnelField.allCases.first { CheckGroup($0) == group }! }
        #expect(firstFields == firstFields.sorted { $0.order < $1.order })
    }
}
