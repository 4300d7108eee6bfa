import Testing

@testable import TunnelCore

/// One table per rule: a valid and an invalid value on each side of every boundary.
@Suite struct ValidationTests {
    /// The severities the validator reports for `field` after `change` is applied to a clean draft.
    static func severities(
        _ field: TunnelField, options: ValidationOptions = ValidationOptions(), _ change: (inout TunnelDraft) -> Void
    ) -> [ValidationProblem.Severity] {
        var draft = Fixtures.cleanDraft
        change(&draft)
        return TunnelValidator(options: options).validate(draft).problems(for: field).map(\.severity)
    }

    @Test func cleanDraftHasNoProblemAndBecomesAnUpdate() throws {
        let report = TunnelValidator().validate(Fixtures.cleanDraft)
        #expect(report.problems.isEmpty)
        let update = try #require(report.update)
        #expect(update.ikeConfig.ikeLifeTime == 200)
        #expect(update.ipsecConfig.ipsecLifetime == 28800)
        #expect(update.description == "111")
        #expect(update.cgwId == nil)
    }

    @Test func seedExampleHasWarningsButNoError() {
        let report = TunnelValidator().validate(Fixtures.seedDraft)
        #expect(!report.hasErrors)
        #expect(report.update != nil)
        #expect(Set(report.warnings.map(\.path.field)) == [.remoteIp, .ikePfs, .ipsecPfs])
    }

    @Test(arguments: [
        ("abc12!x", false),  // 7 characters
        ("abc12!xy", true),  // 8
        ("abc12!xyzabc12!xy", true),  // 17
        ("abc12!xyzabc12!xyz", false),  // 18
        ("abcdefgh!", false),  // no digit
        ("12345678!", false),  // no letter
        ("abcd1234", false),  // no symbol
        ("abcd1234_", true),
        ("abcd1234(", true),
        ("abcd1234&", false),  // & is not an allowed symbol
        ("abcd 1234!", false),  // space
        ("ключ1234!", false),  // non-ASCII letters
        ("", false),
    ])
    func secretKey(value: String, valid: Bool) {
        let found = Self.severities(.secretKey) { $0.secretKey = value }
        #expect(found.contains(.error) == !valid)
    }

    @Test func secretKeyNeverAppearsInAMessage() {
        var draft = Fixtures.cleanDraft
        draft.secretKey = "abc12!x"
        let problems = TunnelValidator().validate(draft).problems(for: .secretKey)
        #expect(!problems.isEmpty)
        for problem in problems {
            #expect(!problem.message.contains("abc12!x"))
            #expect(!problem.line.contains("abc12!x"))
        }
        #expect(problems.first?.message == "secretKey (7 characters, hidden) must be 8 to 17 characters long")
    }

    @Test(arguments: [
        ("a", true), (String(repeating: "a", count: 65), true), (String(repeating: "a", count: 66), false),
        ("", false), ("1tunnel", false), ("-tunnel", false), ("Tunnel-1_a/b.c", true), ("tunnel 1", false),
        ("tunnel#1", false), ("隧道", false),
    ])
    func vpnConnName(value: String, valid: Bool) {
        #expect(Self.severities(.vpnConnName) { $0.vpnConnName = value }.contains(.error) == !valid)
    }

    @Test(arguments: [
        ("", true), (String(repeating: "d", count: 200), true), (String(repeating: "d", count: 201), false),
        (String(repeating: "隧", count: 200), true),
    ])
    func descriptionLength(value: String, valid: Bool) {
        #expect(Self.severities(.description) { $0.description = value }.contains(.error) == !valid)
    }

    @Test(arguments: [
        ("203.0.113.10", true), ("8.8.8.8", true), ("255.255.255.255", true), ("0.0.0.0", true),
        ("256.1.1.1", false), ("1.1.1", false), ("1.1.1.1.1", false), ("01.1.1.1", false), ("1.1.1.1 ", false),
        ("", false), ("1..1.1", false), ("a.b.c.d", false), ("1.1.1.1/32", false),
    ])
    func remoteIpIsIPv4(value: String, valid: Bool) {
        #expect(Self.severities(.remoteIp) { $0.remoteIp = value }.contains(.error) == !valid)
    }

    @Test(arguments: [
        ("8.8.8.8", false), ("10.0.0.1", true), ("172.16.0.1", true), ("172.32.0.1", false), ("192.168.1.1", true),
        ("127.0.0.1", true), ("169.254.1.1", true), ("100.64.0.1", true), ("100.128.0.1", false),
        ("224.0.0.1", true), ("203.0.113.10", true), ("11.0.0.1", false),
    ])
    func remoteIpThatIsNotPublicIsAWarning(value: String, warned: Bool) {
        #expect(Self.severities(.remoteIp) { $0.remoteIp = value } == (warned ? [.warning] : []))
    }

    @Test(arguments: [
        ("192.168.0.0/20", true), ("0.0.0.0/0", true), ("10.0.0.1/32", true), ("10.0.0.0/33", false),
        ("10.0.0.0/", false), ("10.0.0.0", false), ("10.0.0.0/08", false), ("10.0.0/8", false), ("", false),
        ("10.0.0.0/8/8", false), ("300.0.0.0/8", false), (" 10.0.0.0/8", false),
    ])
    func subnetRowIsACIDR(value: String, valid: Bool) {
        let found = Self.severities(.localSubnets) { $0.localSubnets = ["172.16.0.0/16", value] }
        #expect(found.contains(.error) == !valid)
    }

    @Test func subnetListsMustNotBeEmpty() {
        #expect(Self.severities(.localSubnets) { $0.localSubnets = [] } == [.error])
        #expect(Self.severities(.remoteSubnets) { $0.remoteSubnets = [] } == [.error])
    }

    @Test func hostBitsAreAWarningWithTheNetworkSuggested() {
        var draft = Fixtures.cleanDraft
        draft.localSubnets = ["192.168.1.7/24"]
        let problems = TunnelValidator().validate(draft).problems(for: .localSubnets)
        #expect(problems.map(\.severity) == [.warning])
        #expect(problems.first?.suggestion == "192.168.1.0/24")
        #expect(problems.first?.path.description == "localSubnets[0]")
    }

    @Test func duplicateSubnetIsAWarningOnTheRepeat() {
        var draft = Fixtures.cleanDraft
        draft.remoteSubnets = ["10.1.0.0/16", "10.2.0.0/16", "10.1.0.0/16"]
        let problems = TunnelValidator().validate(draft).problems(for: .remoteSubnets)
        #expect(problems.map(\.path.index) == [2])
        #expect(problems.first?.rule == "repeats remoteSubnets[0]")
    }

    @Test(arguments: [
        ("192.168.0.0/20", true), ("192.168.15.0/24", true), ("192.168.16.0/24", false), ("0.0.0.0/0", true),
    ])
    func overlappingLocalAndRemoteSubnetsAreAWarning(remote: String, overlaps: Bool) {
        let found = Self.severities(.remoteSubnets) { $0.remoteSubnets = [remote] }
        #expect(found == (overlaps ? [.warning] : []))
    }

    @Test(arguments: [
        (TunnelField.ikeLifeTime, "59", false), (.ikeLifeTime, "60", true), (.ikeLifeTime, "86400", true),
        (.ikeLifeTime, "86401", false), (.ipsecLifetime, "179", false), (.ipsecLifetime, "180", true),
        (.ipsecLifetime, "86400", true), (.ipsecLifetime, "86401", false), (.ikeLifeTime, "", false),
        (.ikeLifeTime, "8h", false), (.ikeLifeTime, "-100", false), (.ikeLifeTime, "3600.5", false),
        (.ipsecLifetime, "99999999999999999999", false),
    ])
    func lifetimes(field: TunnelField, value: String, valid: Bool) {
        #expect(Self.severities(field) { $0[text: field] = value }.contains(.error) == !valid)
    }

    @Test func lifetimeMessageStatesTheRule() {
        var draft = Fixtures.cleanDraft
        draft.ikeConfig.ikeLifeTime = "30"
        let problem = TunnelValidator().validate(draft).problems(for: .ikeLifeTime).first
        #expect(problem?.message == "ikeConfig.ikeLifeTime (30) is below the minimum of 60 seconds")
        #expect(problem?.line == "ikeConfig.ikeLifeTime: error: \"30\" is below the minimum of 60 seconds")
    }

    @Test(arguments: [
        (TunnelField.ikeEncAlg, "aes256", [ValidationProblem.Severity]()), (.ikeEncAlg, "3des", [.warning]),
        (.ikeEncAlg, "des", [.error]), (.ikeEncAlg, "", [.error]), (.ikeAuthAlg, "md5", [.warning]),
        (.ikeAuthAlg, "sha2_256", [.error]), (.ikePfs, "group5", [.warning]), (.ikePfs, "group24", []),
        (.ikePfs, "disabled", [.error]), (.ipsecPfs, "disabled", [.error]), (.ipsecEncAlg, "AES", [.error]),
        (.ikeVersion, "v3", [.error]), (.ikeMode, "aggressive", []), (.ikeMode, "quick", [.error]),
    ])
    func catalogChoices(field: TunnelField, value: String, expected: [ValidationProblem.Severity]) {
        #expect(Self.severities(field) { $0[text: field] = value } == expected)
    }

    @Test(arguments: [
        (TunnelField.ikeAuthAlg, "sha2_256"), (.ipsecAuthAlg, "sha2_512"), (.ipsecPfs, "disabled"),
    ])
    func extendedTierWhenAllowed(field: TunnelField, value: String) {
        let options = ValidationOptions(allowsExtendedAlgorithms: true)
        #expect(Self.severities(field, options: options) { $0[text: field] = value } == [])
    }

    @Test func ikePfsHasNoDisabledEvenWhenExtended() {
        let options = ValidationOptions(allowsExtendedAlgorithms: true)
        #expect(Self.severities(.ikePfs, options: options) { $0.ikeConfig.ikePfs = "disabled" } == [.error])
    }

    @Test func ikeModeRules() {
        #expect(Self.severities(.ikeMode) { $0.ikeConfig.ikeMode = "" } == [.error])
        let v2 = Self.severities(.ikeMode) {
            $0.ikeConfig.ikeVersion = "v2"
            $0.ikeConfig.ikeMode = "main"
        }
        #expect(v2 == [.warning])
        let v2WithoutMode = Self.severities(.ikeMode) {
            $0.ikeConfig.ikeVersion = "v2"
            $0.ikeConfig.ikeMode = ""
        }
        #expect(v2WithoutMode == [])
    }

    @Test(arguments: [
        (TunnelField.vpnId, "vpn-s1bpb19cmd8n", true), (.vpnId, "vpn-abcd", true), (.vpnId, "vpn-abc", false),
        (.vpnId, "vpn-" + String(repeating: "a", count: 32), true),
        (.vpnId, "vpn-" + String(repeating: "a", count: 33), false), (.vpnId, "vpc-s1bpb19cmd8n", false),
        (.vpnId, "vpn-S1BPB19CMD8N", false), (.vpnId, "", false), (.vpnConnId, "vpnconn-ku4cxya6nisq", true),
        (.vpnConnId, "vpn-ku4cxya6nisq", false), (.vpnConnId, "", false), (.cgwId, "", true),
        (.cgwId, "cgw-76e47745e608", true), (.cgwId, "cgw_76e47745e608", false),
    ])
    func resourceIds(field: TunnelField, value: String, valid: Bool) {
        #expect(Self.severities(field) { $0[text: field] = value }.contains(.error) == !valid)
    }

    @Test(arguments: [
        ("", true), ("1849ef6b-f73c-4f5d-b88b-259ca47af849", true), (String(repeating: "t", count: 64), true),
        (String(repeating: "t", count: 65), false), ("token with space", false), ("tökén", false),
    ])
    func clientToken(value: String, valid: Bool) {
        #expect(Self.severities(.clientToken) { $0.clientToken = value }.contains(.error) == !valid)
    }

    @Test func everyProblemIsCollectedAtOnceInFormOrder() {
        var draft = TunnelDraft()
        draft.localSubnets = ["bad", "10.0.0.0/8"]
        let report = TunnelValidator().validate(draft)
        #expect(report.update == nil)
        let fields = report.errors.map(\.path.field)
        #expect(fields.contains(.vpnConnId) && fields.contains(.secretKey) && fields.contains(.ipsecLifetime))
        #expect(report.problems.map(\.path) == report.problems.map(\.path).sorted())
        #expect(report.summary.hasPrefix("\(report.errors.count) errors"))
    }
}
