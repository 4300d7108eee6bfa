import Foundation
import Testing

@testable import TunnelCore

@Suite struct TunnelFileTests {
    @Test func seedExampleFileReadsAsTheSeedDraft() throws {
        let draft = try TunnelFile.read(path: Fixtures.seedExamplePath)
        #expect(draft == Fixtures.seedDraft)
        let report = TunnelValidator().validate(draft)
        #expect(!report.hasErrors)
        let update = try #require(report.update)
        #expect(String(decoding: RequestBody.encode(update), as: UTF8.self) == Fixtures.seedBody)
        #expect(RequestBody.encode(update).count == 417)
    }

    @Test(arguments: ["200", "\"200\"", "\"200s\""])
    func lifetimesReadAsNumbersDigitStringsOrSeconds(written: String) throws {
        let text = #"{"vpnConnId":"vpnconn-ku4cxya6nisq","ikeConfig":{"ikeLifeTime":"# + written + "}}"
        #expect(try TunnelFile.parse(text).ikeConfig.ikeLifeTime == "200")
    }

    @Test func aLifetimeThatIsNotANumberIsKeptForTheValidator() throws {
        let draft = try TunnelFile.parse(#"{"ipsecConfig":{"ipsecLifetime":"8h"}}"#)
        #expect(draft.ipsecConfig.ipsecLifetime == "8h")
        #expect(TunnelValidator().validate(draft).problems(for: .ipsecLifetime).first?.severity == .error)
    }

    @Test func unknownKeyIsReportedWithItsPlaceAndAHint() {
        let text = """
            {
              "vpnConnId": "vpnconn-ku4cxya6nisq",
              "ikeConfig": {
                "ikeLifetime": 200
              }
            }
            """
        #expect {
            try TunnelFile.parse(text)
        } throws: { error in
            let error = error as? TunnelFileError
            return error?.position == TextPosition(line: 4, column: 5)
                && error?.reason == #"unknown key "ikeLifetime" in ikeConfig (did you mean "ikeLifeTime"?)"#
        }
    }

    @Test func unknownTopLevelKeyIsAnError() {
        #expect(throws: TunnelFileError.self) { try TunnelFile.parse(#"{"vpnConnID":"x"}"#) }
    }

    @Test func serverKeysAreSkippedWhenAsked() throws {
        // A VpnConn as BCE's list call (`GET /v1/vpn/vpnconn/{vpnId}`) returns it.
        let text = """
            {"vpnId":"vpn-119bd69b","vpnConnId":"vpnconn-ku4cxya6nisq","localIp":"192.168.100.1",
             "createdTime":"2021-04-25 17:22:34","status":"active","healthStatus":"reachable",
             "secretKey":"ddd22@www","localSubnets":["192.168.100.0/24"],"remoteIp":"10.107.245.188",
             "remoteSubnets":["192.168.100.0/24"],"description":"111","vpnConnName":"vpnConn","cgwId":"cgw-76e47745e608",
             "ikeConfig":{"ikeVersion":"v1","ikeMode":"main","ikeEncAlg":"aes","ikeAuthAlg":"sha1","ikePfs":"group2","ikeLifeTime":"25500s"},
             "ipsecConfig":{"ipsecEncAlg":"aes","ipsecAuthAlg":"sha1","ipsecPfs":"group2","ipsecLifetime":"28800s"}}
            """
        let draft = try TunnelFile.draft(from: JSONParser.parse(text), ignoringUnknownKeys: true)
        #expect(draft.ikeConfig.ikeLifeTime == "25500")
        #expect(draft.ipsecConfig.ipsecLifetime == "28800")
        #expect(draft.cgwId == "cgw-76e47745e608")
        #expect(throws: TunnelFileError.self) {
            try TunnelFile.draft(from: JSONParser.parse(text), ignoringUnknownKeys: false)
        }
    }

    @Test(arguments: [
        (#"{"vpnId": 12}"#, "vpnId must be a string, not a number"),
        (#"{"localSubnets": {"a": 1}}"#, "localSubnets must be an array of CIDR strings, not an object"),
        (#"{"localSubnets": ["10.0.0.0/8", 5]}"#, "localSubnets[1] must be a string, not a number"),
        (#"{"ikeConfig": []}"#, "ikeConfig must be an object, not an array"),
        (
            #"{"ipsecConfig": {"ipsecLifetime": true}}"#,
            "ipsecConfig.ipsecLifetime must be a number of seconds, not a boolean"
        ),
        ("[]", "a tunnel must be a JSON object, not an array"),
    ])
    func wrongTypesNameTheKey(text: String, reason: String) {
        #expect {
            try TunnelFile.parse(text)
        } throws: { error in
            (error as? TunnelFileError)?.reason == reason
        }
    }

    @Test func malformedJSONGivesLineAndColumn() {
        let text = "{\n  \"vpnId\": \"vpn-abcd\",\n  \"secretKey\" \"x\"\n}"
        #expect {
            try TunnelFile.parse(text)
        } throws: { error in
            let error = error as? TunnelFileError
            return error?.position == TextPosition(line: 3, column: 15)
                && error?.description.hasPrefix("3:15: ") == true
        }
    }

    @Test func missingFileIsUnreadable() {
        #expect {
            try TunnelFile.read(path: "/nonexistent/tunnel.json")
        } throws: { error in
            (error as? TunnelFileError)?.isUnreadable == true
                && (error as? TunnelFileError)?.description == "/nonexistent/tunnel.json: no such file"
        }
    }

    @Test func encodeRoundTripsAndMasksTheSecret() throws {
        var draft = Fixtures.seedDraft
        draft.clientToken = "token-1"
        draft.cgwId = "cgw-76e47745e608"
        let revealed = TunnelFile.encode(draft, revealingSecrets: true)
        #expect(try TunnelFile.parse(revealed) == draft)
        let masked = TunnelFile.encode(draft, revealingSecrets: false)
        #expect(!masked.contains("ddd22@www"))
        #expect(try TunnelFile.parse(masked).secretKey == TunnelFile.maskedSecret)
        #expect(masked.hasPrefix("{\n  \"vpnConnId\": \"vpnconn-ku4cxya6nisq\",\n  \"clientToken\": \"token-1\",\n"))
        #expect(masked.contains("\"ikeLifeTime\": 200\n"))
    }
}

@Suite("TunnelFile.encodeList")
struct TunnelFileListTests {
    @Test("a list of tunnel files is a JSON list whose items read back as the drafts")
    func listReadsBack() throws {
        var second = Fixtures.seedDraft
        second.vpnConnId = "vpnconn-p3x8d2nq7w1z"
        second.description = ""
        let text = TunnelFile.encodeList([Fixtures.seedDraft, second], revealingSecrets: true)
        guard case .array(let items) = try JSONParser.parse(Array(text.utf8)) else {
            Issue.record("not a list: \(text)")
            return
        }
        let drafts = try items.map { try TunnelFile.draft(from: $0, ignoringUnknownKeys: false) }
        #expect(drafts == [Fixtures.seedDraft, second])
        #expect(text.hasSuffix("}\n]\n"))
    }

    @Test("each item is written as one tunnel file is, indented one level, and masked unless revealed")
    func itemsAreTunnelFiles() {
        let list = TunnelFile.encodeList([Fixtures.seedDraft], revealingSecrets: false)
        let one = TunnelFile.encode(Fixtures.seedDraft, revealingSecrets: false)
        let indented = one.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
        #expect(list == "[\n" + indented + "\n]\n")
        #expect(!list.contains("ddd22@www"))
    }

    @Test("no tunnels is an empty list")
    func empty() {
        #expect(TunnelFile.encodeList([], revealingSecrets: false) == "[]\n")
    }
}
