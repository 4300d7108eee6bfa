import Foundation
import Testing

/// `vpn-tunnel validate`, run as a user runs it.
@Suite struct ValidateCommandTests {
    static func writeTemporary(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tunnel-\(UUID().uuidString).json")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func seedExampleHasOnlyWarnings() throws {
        let result = try CommandRunner.run([
            "validate", "--file", CommandRunner.path("assets/examples/seed-example.json"),
        ])
        #expect(result.status == 0)
        #expect(
            result.standardOutput.contains("remoteIp: warning: \"10.107.245.188\" is a private address (10.0.0.0/8)"))
        #expect(result.standardOutput.contains("ikeConfig.ikePfs: warning: \"group2\" is weak"))
        #expect(result.standardOutput.hasSuffix("seed-example.json: 0 errors, 3 warnings\n"))
    }

    @Test func invalidTunnelExits65WithEveryProblem() throws {
        let seed = try String(contentsOfFile: CommandRunner.path("assets/examples/seed-example.json"), encoding: .utf8)
        let broken = seed.replacingOccurrences(of: "\"ikeLifeTime\": 200", with: "\"ikeLifeTime\": 30")
            .replacingOccurrences(of: "ddd22@www", with: "short1!")
            .replacingOccurrences(of: "192.168.0.0/20", with: "192.168.0.0/40")
        let path = try Self.writeTemporary(broken)
        let result = try CommandRunner.run(["validate", "--file", path])
        #expect(result.status == 65)
        #expect(
            result.standardOutput.contains("ikeConfig.ikeLifeTime: error: \"30\" is below the minimum of 60 seconds"))
        #expect(
            result.standardOutput.contains("secretKey: error: (7 characters, hidden) must be 8 to 17 characters long"))
        #expect(result.standardOutput.contains("localSubnets[0]: error: \"192.168.0.0/40\" must be an IPv4 CIDR"))
        #expect(!result.standardOutput.contains("short1!"))
    }

    /// Two unknown keys and a wrong type (the file's structure) and a bad CIDR and a bad lifetime (its values): one run
    /// reports all five, the structural ones first with their line and column, and no "is required" for the fields
    /// whose members were rejected or misspelled.
    @Test func structuralAndValueProblemsAreReportedTogether() throws {
        let seed = try String(contentsOfFile: CommandRunner.path("assets/examples/seed-example.json"), encoding: .utf8)
        let broken = seed.replacingOccurrences(of: #""vpnId": "vpn-s1bpb19cmd8n""#, with: #""vpnId": 12"#)
            .replacingOccurrences(of: #""remoteSubnets""#, with: #""remoteSubnet""#)
            .replacingOccurrences(of: #""ikeEncAlg""#, with: #""ikeEncAlgo""#)
            .replacingOccurrences(of: "192.168.0.0/20", with: "192.168.0.0/40")
            .replacingOccurrences(of: #""ikeLifeTime": 200"#, with: #""ikeLifeTime": 30"#)
        let path = try Self.writeTemporary(broken)
        let result = try CommandRunner.run(["validate", "--file", path])
        #expect(result.status == 65)
        #expect(result.standardError.isEmpty)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(
            Array(lines.prefix(3)) == [
                "\(path):3:3: error: vpnId must be a string, not a number",
                #"\#(path):7:3: error: unknown key "remoteSubnet" (did you mean "remoteSubnets"?)"#,
                #"\#(path):13:5: error: unknown key "ikeEncAlgo" in ikeConfig (did you mean "ikeEncAlg"?)"#,
            ])
        #expect(lines.contains { $0.hasPrefix(#"localSubnets[0]: error: "192.168.0.0/40" must be an IPv4 CIDR"#) })
        #expect(lines.contains(#"ikeConfig.ikeLifeTime: error: "30" is below the minimum of 60 seconds"#))
        #expect(!lines.contains { $0.hasPrefix("vpnId:") || $0.hasPrefix("remoteSubnets") })
        #expect(!lines.contains { $0.hasPrefix("ikeConfig.ikeEncAlg:") })
        #expect(lines.last == "\(path): 5 errors, 3 warnings")
    }

    @Test func malformedFileExits65WithLineAndColumn() throws {
        let path = try Self.writeTemporary("{\n  \"vpnId\": \"vpn-abcd\"\n  \"secretKey\": \"x\"\n}\n")
        let result = try CommandRunner.run(["validate", "--file", path])
        #expect(result.status == 65)
        #expect(result.standardError.contains("\(path):3:3: expected \",\" or \"}\" after the value of \"vpnId\""))
    }

    @Test func missingFileExits66() throws {
        let result = try CommandRunner.run(["validate", "--file", "/nonexistent/t.json"])
        #expect(result.status == 66)
        #expect(result.standardError.contains("/nonexistent/t.json: no such file"))
    }

    @Test func usageErrorExits64() throws {
        let result = try CommandRunner.run(["validate"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--file"))
    }

    @Test func extendedAlgorithmsNeedTheFlag() throws {
        let seed = try String(contentsOfFile: CommandRunner.path("assets/examples/seed-example.json"), encoding: .utf8)
        let path = try Self.writeTemporary(
            seed.replacingOccurrences(of: "\"ikeAuthAlg\": \"sha1\"", with: "\"ikeAuthAlg\": \"sha2_256\""))
        #expect(try CommandRunner.run(["validate", "--file", path]).status == 65)
        #expect(try CommandRunner.run(["validate", "--file", path, "--extended-algorithms"]).status == 0)
    }
}
