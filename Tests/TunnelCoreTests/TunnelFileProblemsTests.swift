import Foundation
import Testing

@testable import TunnelCore

/// Reading a tunnel file with several structural problems: all of them are found in one pass, each with its place
/// and, for a mistyped or misplaced key, the key it was probably meant to be.
@Suite struct TunnelFileProblemsTests {
    /// The file's object, then the unknown key's message: near misses within two edits name the nearest key, a key
    /// of another object says where it belongs, and a key far from every known one gets no hint.
    @Test(arguments: [
        (#"{"remoteSubnet": 1}"#, #"unknown key "remoteSubnet" (did you mean "remoteSubnets"?)"#),
        (#"{"vpnconnid": 1}"#, #"unknown key "vpnconnid" (did you mean "vpnConnId"?)"#),
        (#"{"vpnConName": 1}"#, #"unknown key "vpnConName" (did you mean "vpnConnName"?)"#),
        (#"{"remote": 1}"#, #"unknown key "remote" (did you mean "remoteIp"?)"#),
        (#"{"ikeConfig": {"ikeEncAlgo": 1}}"#, #"unknown key "ikeEncAlgo" in ikeConfig (did you mean "ikeEncAlg"?)"#),
        // Two neighbouring letters swapped count as one edit.
        (#"{"ikeConfig": {"ikePsf": 1}}"#, #"unknown key "ikePsf" in ikeConfig (did you mean "ikePfs"?)"#),
        (
            #"{"ipsecConfig": {"ipsecLifeTime": 1}}"#,
            #"unknown key "ipsecLifeTime" in ipsecConfig (did you mean "ipsecLifetime"?)"#
        ),
        // Two edits from both ipsecEncAlg and ipsecAuthAlg: the tie goes to the key listed first.
        (
            #"{"ipsecConfig": {"ipsecEuhAlg": 1}}"#,
            #"unknown key "ipsecEuhAlg" in ipsecConfig (did you mean "ipsecEncAlg"?)"#
        ),
        (#"{"ikeLifeTime": 1}"#, #"unknown key "ikeLifeTime" (belongs in ikeConfig)"#),
        (#"{"ikeConfig": {"remoteIp": 1}}"#, #"unknown key "remoteIp" in ikeConfig (belongs at the top level)"#),
        (#"{"ikeConfig": {"ipsecPfs": 1}}"#, #"unknown key "ipsecPfs" in ikeConfig (belongs in ipsecConfig)"#),
        (#"{"ikelifetime": 1}"#, #"unknown key "ikelifetime" (did you mean "ikeLifeTime" in ikeConfig?)"#),
        (#"{"colour": 1}"#, #"unknown key "colour""#),
        (#"{"vpnConnIdentifier": 1}"#, #"unknown key "vpnConnIdentifier""#),
        (#"{"ikeConfig": {"ikeAlgorithm": 1}}"#, #"unknown key "ikeAlgorithm" in ikeConfig"#),
    ])
    func anUnknownKeyIsHintedAtTheNearestKnownKey(text: String, reason: String) {
        #expect {
            try TunnelFile.parse(text)
        } throws: { error in
            (error as? TunnelFileError)?.reason == reason
        }
    }

    @Test(
        arguments: [
            ("ikeEncAlgo", "ikeEncAlg", 1),
            ("ikePsf", "ikePfs", 1),
            ("IKEENCALG", "ikeEncAlg", 0),
            ("vpn", "vpnId", 2),
            ("", "cgwId", nil),
            ("vpnConnIdentifier", "vpnConnId", nil),
            (String(repeating: "x", count: 100_000), "vpnId", nil),
        ] as [(String, String, Int?)])
    func editDistanceIsCountedUpToTheLimit(text: String, key: String, distance: Int?) {
        #expect(EditDistance.distance(text, key, limit: KeyHint.maximumDistance) == distance)
    }

    /// Seven structural problems, one of each kind, on lines 3 to 11.
    static let brokenFile = """
        {
          "vpnConnId": "vpnconn-ku4cxya6nisq",
          "vpnId": 12,
          "remoteSubnet": ["192.168.100.0/24"],
          "localSubnets": ["192.168.0.0/40", 5],
          "ikeConfig": {
            "ikeEncAlgo": "aes",
            "ikeLifeTime": true
          },
          "ipsecConfig": [],
          "colour": "red"
        }

        """

    static let brokenFileProblems = [
        "3:3: vpnId must be a string, not a number",
        #"4:3: unknown key "remoteSubnet" (did you mean "remoteSubnets"?)"#,
        "5:3: localSubnets[1] must be a string, not a number",
        #"7:5: unknown key "ikeEncAlgo" in ikeConfig (did you mean "ikeEncAlg"?)"#,
        "8:5: ikeConfig.ikeLifeTime must be a number of seconds, not a boolean",
        "10:3: ipsecConfig must be an object, not an array",
        #"11:3: unknown key "colour""#,
    ]

    static func writeTemporary(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tunnel-\(UUID().uuidString).json")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func readingAFileThrowsOneErrorListingEveryStructuralProblem() throws {
        let path = try Self.writeTemporary(Self.brokenFile)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            try TunnelFile.read(path: path)
        } throws: { error in
            "\(error)" == Self.brokenFileProblems.map { "\(path):\($0)" }.joined(separator: "\n")
        }
        #expect {
            try TunnelFile.parse(Self.brokenFile)
        } throws: { error in
            "\(error)" == Self.brokenFileProblems.joined(separator: "\n")
        }
    }

    @Test func aPartlyReadFileKeepsWhatFitsAndLeavesOutWhatDoesNot() throws {
        let path = try Self.writeTemporary(Self.brokenFile)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reading = try TunnelFile.readPartially(path: path)
        #expect(reading.problems.map { $0.located(in: nil) } == Self.brokenFileProblems)
        #expect(reading.draft == TunnelDraft(vpnConnId: "vpnconn-ku4cxya6nisq"))
        #expect(
            reading.problems.first?.line(in: path) == "\(path):3:3: error: vpnId must be a string, not a number")
        // Rejected members, and the absent keys that remoteSubnet and ikeEncAlgo were taken for.
        #expect(
            reading.explainedFields
                == [
                    .vpnId, .localSubnets, .remoteSubnets, .ikeEncAlg, .ikeLifeTime, .ipsecEncAlg, .ipsecAuthAlg,
                    .ipsecPfs, .ipsecLifetime,
                ])
        #expect(throws: TunnelFileError(problems: reading.problems, path: path)) { try reading.soundDraft() }
    }

    @Test func valueProblemsOfExplainedFieldsAreLeftOut() throws {
        let reading = TunnelFileReader.read(try JSONParser.parse(Self.brokenFile), ignoringUnknownKeys: false)
        let all = TunnelValidator().validate(reading.draft).problems
        #expect(all.contains { $0.path.field == .vpnId && $0.rule == "is required" })
        let shown = reading.unexplained(all)
        #expect(!shown.contains { reading.explainedFields.contains($0.path.field) })
        // A key the file lacks, and no rejected key was taken for, is still required.
        #expect(shown.contains { $0.path.field == .secretKey && $0.rule == "is required" })
        #expect(shown.contains { $0.path.field == .ikeAuthAlg })
    }

    @Test func aKeyPresentBesideItsNearMissKeepsItsValueProblems() throws {
        let text = #"{"remoteSubnets": ["10.0.0.0/40"], "remoteSubnet": []}"#
        let reading = TunnelFileReader.read(try JSONParser.parse(text), ignoringUnknownKeys: false)
        #expect(reading.problems.count == 1)
        #expect(!reading.explainedFields.contains(.remoteSubnets))
        let shown = reading.unexplained(TunnelValidator().validate(reading.draft).problems)
        #expect(shown.contains { $0.path == FieldPath(.remoteSubnets, index: 0) })
    }

    @Test func aSyntaxErrorStillStopsThePartialReading() throws {
        let path = try Self.writeTemporary("{\n  \"vpnId\": 12,\n  \"colour\" 1\n}\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            try TunnelFile.readPartially(path: path)
        } throws: { error in
            let error = error as? TunnelFileError
            return error?.problems.count == 1 && error?.position == TextPosition(line: 3, column: 12)
        }
    }

    @Test func serverKeysStaySkippedButAWrongTypeIsStillAProblem() {
        let text = #"{"status": "active", "vpnId": 7, "ikeConfig": {"ikeLifeTime": [], "createdTime": "x"}}"#
        #expect {
            try TunnelFile.draft(from: JSONParser.parse(text), ignoringUnknownKeys: true)
        } throws: { error in
            (error as? TunnelFileError)?.problems.map(\.reason) == [
                "vpnId must be a string, not a number",
                "ikeConfig.ikeLifeTime must be a number of seconds, not an array",
            ]
        }
    }
}
