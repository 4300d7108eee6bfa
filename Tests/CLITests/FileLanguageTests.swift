import Foundation
import Testing
import TunnelEmulator

/// Reading, checking and writing files in Chinese (`--lang zh`, and the locale's `LANG=zh_CN.UTF-8`): the same lines
/// as in English (`ValidateCommandTests`), in the same places and with the same exit codes, their words translated;
/// the places before the first colon (`t.json:3:3:`, `ikeConfig.ikeLifeTime:`) stay as they are for editors.
@Suite struct FileLanguageTests {
    static let example = CommandRunner.path("assets/examples/seed-example.json")

    /// A UTF-8 locale that carries Chinese: this machine has no zh_CN locale, and without a UTF-8 one the program
    /// says why and stays in English.
    static let utf8 = ["LANG": "C.UTF-8"]

    static func chinese(_ arguments: [String]) throws -> CommandRunner.Result {
        try CommandRunner.run(arguments + ["--lang", "zh"], environment: utf8)
    }

    /// The seed example with structural problems (a wrong type, two misspelled keys) and value problems (a short
    /// key, a bad CIDR, a lifetime below the minimum).
    static func brokenExample() throws -> String {
        let edits = [
            (#""vpnId": "vpn-s1bpb19cmd8n""#, #""vpnId": 12"#), (#""remoteSubnets""#, #""remoteSubnet""#),
            (#""ikeEncAlg""#, #""ikeEncAlgo""#), ("192.168.0.0/20", "192.168.0.0/40"),
            (#""ikeLifeTime": 200"#, #""ikeLifeTime": 30"#), ("ddd22@www", "short1!"),
        ]
        let seed = try String(contentsOfFile: example, encoding: .utf8)
        return try ValidateCommandTests.writeTemporary(
            edits.reduce(seed) { text, edit in text.replacingOccurrences(of: edit.0, with: edit.1) })
    }

    @Test func validateSaysEveryProblemInChinese() throws {
        let path = try Self.brokenExample()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Self.chinese(["validate", "--file", path])
        #expect(result.status == 65)
        #expect(result.standardError.isEmpty)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(
            Array(lines.prefix(3)) == [
                "\(path):3:3: 错误：vpnId 必须是字符串，而不是数字",
                #"\#(path):7:3: 错误：未知的键 "remoteSubnet"（是否想写 "remoteSubnets"？）"#,
                #"\#(path):13:5: 错误：ikeConfig 中未知的键 "ikeEncAlgo"（是否想写 "ikeEncAlg"？）"#,
            ])
        #expect(lines.contains("secretKey: 错误：（7 个字符，已隐藏）长度必须为 8 到 17 个字符"))
        #expect(lines.contains(#"localSubnets[0]: 错误："192.168.0.0/40" 必须是 IPv4 CIDR，例如 192.168.0.0/24（前缀 0 到 32）"#))
        #expect(lines.contains(#"ikeConfig.ikeLifeTime: 错误："30" 低于最小值 60 秒"#))
        #expect(lines.contains(#"ikeConfig.ikePfs: 警告："group2" 较弱（1024 位 DH 分组 2）；建议用 group14"#))
        #expect(!result.standardOutput.contains("short1!"))
        #expect(lines.last == "\(path)：6 个错误，3 个警告")
    }

    @Test func theLocaleAsksForChineseToo() throws {
        let result = try CommandRunner.run(["validate", "--file", Self.example], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasSuffix("seed-example.json：0 个错误，3 个警告\n"))
    }

    @Test func aSyntaxErrorExits65WithItsPlace() throws {
        let path = try ValidateCommandTests.writeTemporary("{\n  \"vpnId\": \"vpn-abcd\"\n  \"secretKey\": \"x\"\n}\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Self.chinese(["validate", "--file", path])
        #expect(result.status == 65)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError == #"vpn-tunnel: \#(path):3:3: "vpnId" 的值之后应为 "," 或 "}"，却遇到 """"# + "\n")
    }

    @Test func aFileThatIsNotAnObjectSaysWhatItIs() throws {
        let path = try ValidateCommandTests.writeTemporary("[]\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Self.chinese(["validate", "--file", path])
        #expect(result.status == 65)
        #expect(result.standardOutput.hasPrefix("\(path): 错误：隧道文件必须是一个 JSON 对象，而不是数组\n"))
    }

    @Test func aMissingFileExits66() throws {
        let result = try Self.chinese(["validate", "--file", "/nonexistent/t.json"])
        #expect(result.status == 66)
        #expect(result.standardError == "vpn-tunnel: /nonexistent/t.json: 文件不存在\n")
    }

    @Test func aDirectoryExits66() throws {
        let folder = try PeerConfigCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try Self.chinese(["validate", "--file", folder])
        #expect(result.status == 66)
        #expect(result.standardError == "vpn-tunnel: \(folder): 是目录，不是隧道文件\n")
    }

    /// `peer-config` reads with the same words and prints the errors of a tunnel it cannot configure in them.
    @Test func peerConfigSaysTheFilesProblemsInChinese() throws {
        let path = try Self.brokenExample()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Self.chinese(["peer-config", "--file", path, "--bce-gateway-ip", "198.51.100.10"])
        #expect(result.status == 65)
        #expect(result.standardError.hasPrefix("vpn-tunnel: \(path):3:3: vpnId 必须是字符串，而不是数字\n"))

        let valuesOnly = try ValidateCommandTests.writeTemporary(
            try String(contentsOfFile: Self.example, encoding: .utf8)
                .replacingOccurrences(of: #""ikeLifeTime": 200"#, with: #""ikeLifeTime": 30"#))
        defer { try? FileManager.default.removeItem(atPath: valuesOnly) }
        let invalid = try Self.chinese(["peer-config", "--file", valuesOnly, "--bce-gateway-ip", "198.51.100.10"])
        #expect(invalid.status == 65)
        #expect(invalid.standardError.hasPrefix(#"ikeConfig.ikeLifeTime: 错误："30" 低于最小值 60 秒"# + "\n"))
    }

    @Test func anOutputThatCannotBeWrittenExits73InChinese() throws {
        let folder = try PeerConfigCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let arguments = ["peer-config", "--file", Self.example, "--bce-gateway-ip", "198.51.100.10", "--output"]
        let missing = try Self.chinese(arguments + [folder + "/missing/peer.conf"])
        #expect(missing.status == 73)
        #expect(
            missing.standardError
                == "错误：--output \(folder)/missing/peer.conf 创建临时文件时失败：No such file or directory\n")
        let directory = try Self.chinese(arguments + [folder])
        #expect(directory.status == 73)
        #expect(directory.standardError == "错误：--output \(folder) 执行 rename 时失败：Is a directory\n")
    }
}

/// `show --output` in Chinese; in `SubmitCommandTests`' serialized suite, which starts one emulator at a time.
extension SubmitCommandTests {
    private static func showInChinese(_ server: EmulatorServer, home: String, output: String) throws
        -> CommandRunner.Result
    {
        try CommandRunner.run(
            [
                "show", "--endpoint", server.baseURL, "--vpn-id", "vpn-s1bpb19cmd8n", "--vpn-conn-id",
                Self.vpnConnId, "--output", output, "--lang", "zh",
            ], environment: Self.credentials.merging(["HOME": home, "LANG": "C.UTF-8"]) { $1 })
    }

    /// A link at the output is replaced, never followed (`showOutputReplacesALinkWithoutFollowingIt`); a directory
    /// there cannot be replaced, and is refused with the system's reason inside the Chinese sentence.
    @Test func showOutputRefusedSaysWhyInChinese() async throws {
        try await Self.withEmulator { server, home in
            let folder = home + "/tunnel.json"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
            let refused = try Self.showInChinese(server, home: home, output: folder)
            #expect(refused.status == 73)
            #expect(refused.standardOutput.isEmpty)
            #expect(refused.standardError == "错误：--output \(folder) 执行 rename 时失败：Is a directory\n")

            let victim = home + "/victim"
            #expect(FileManager.default.createFile(atPath: victim, contents: Data("theirs\n".utf8)))
            let link = home + "/link.json"
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim)
            let replaced = try Self.showInChinese(server, home: home, output: link)
            #expect(replaced.status == 0)
            #expect(replaced.standardError.isEmpty)
            #expect(try String(contentsOfFile: victim, encoding: .utf8) == "theirs\n")
        }
    }
}
