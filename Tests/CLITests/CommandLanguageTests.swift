import Foundation
import Testing
import TunnelCore
import TunnelEmulator

/// What the commands print as they run, in each language, against a real emulator: `--lang zh` says every line of
/// the program's own in Chinese (BCE's codes and messages, its values and the system's words as they are), and
/// `--lang en` the same lines as they always read.
///
/// In `SubmitCommandTests`, whose tests run one at a time: a test blocks a thread of the concurrency pool while its
/// command runs, and the in-process emulators answer on that pool, so two such tests at once on a 2-core machine
/// leave no thread to answer with.
extension SubmitCommandTests {
    static let seedVPN = "vpn-s1bpb19cmd8n"

    /// Runs the binary in `language` with the emulator's credentials and `home`, in a UTF-8 locale (Chinese needs
    /// one to be shown).
    static func run(
        in language: Language, _ arguments: [String], home: String,
        environment: [String: String] = credentials
    ) throws -> CommandRunner.Result {
        try CommandRunner.run(
            arguments + ["--lang", language.rawValue],
            environment: environment.merging(["HOME": home, "LANG": "C.UTF-8"]) { $1 })
    }

    /// The lines of `text` that hold one of the program's English words: none in a Chinese run.
    static func englishLines(in text: String) -> [Substring] {
        text.split(separator: "\n").filter { line in
            ["error:", "note:", "Applied", "Changes to", "Sending", "nothing", "could not", "request id"].contains {
                line.contains($0)
            }
        }
    }

    /// `submit --yes` in `language` of the seed tunnel edited by `change`, against a fresh emulator: what it printed,
    /// and the emulator's URL.
    static func submitted(_ language: Language, _ change: (String) -> String) async throws -> (
        CommandRunner.Result, String
    ) {
        var printed: (CommandRunner.Result, String)?
        try await Self.withEmulator { server, home in
            let file = try Self.editedFile(server, home: home, change)
            printed = (
                try run(in: language, ["submit", "--endpoint", server.baseURL, "--file", file, "--yes"], home: home),
                server.baseURL
            )
        }
        return try #require(printed)
    }

    @Test(arguments: Language.allCases)
    func anAppliedSubmit(_ language: Language) async throws {
        let (result, url) = try await Self.submitted(language) {
            $0.replacingOccurrences(of: "\"ikeEncAlg\": \"aes\"", with: "\"ikeEncAlg\": \"aes256\"")
        }
        #expect(result.status == 0)
        let expected =
            language == .en
            ? [
                "Changes to vpnconn-ku4cxya6nisq (vpncon):\n  ikeConfig.ikeEncAlg: aes -> aes256\n",
                "Sending the update of vpnconn-ku4cxya6nisq to \(url) (client token ",
                "Applied. Request id: ",
            ]
            : [
                "vpnconn-ku4cxya6nisq（vpncon）的变化：\n  ikeConfig.ikeEncAlg：aes -> aes256\n",
                "正在向 \(url) 发送 vpnconn-ku4cxya6nisq 的更新（clientToken ",
                "已生效。请求 ID：",
            ]
        for line in expected { #expect(result.standardOutput.contains(line), "\(result.standardOutput)") }
        if language == .zh { #expect(Self.englishLines(in: result.standardOutput).isEmpty) }
    }

    @Test(arguments: Language.allCases)
    func aSubmitBCERefuses(_ language: Language) async throws {
        let (result, _) = try await Self.submitted(language) {
            $0.replacingOccurrences(of: "\"vpnId\": \"vpn-s1bpb19cmd8n\"", with: "\"vpnId\": \"vpn-otherone1\"")
        }
        #expect(result.status == 1)
        // BCE's code and message stay BCE's; the sentences around them are the language's.
        let expected =
            language == .en
            ? [
                "note: the current tunnel could not be read, so no diff is shown: BCE refused to list the "
                    + "tunnels: NoSuchObject (HTTP 404): VPN vpn-otherone1 not found [request id ",
                "error: BCE refused the update: InvalidParameter: vpnId (vpn-otherone1) is not the VPN of tunnel",
                "\nrequest id: ", "\nfield: vpnId\n",
            ]
            : [
                "注意：无法读取当前的隧道，因此不显示变化：BCE 拒绝列出隧道：错误码 NoSuchObject（HTTP 404）："
                    + "VPN vpn-otherone1 not found [请求 ID ",
                "错误：BCE 拒绝了此次更新：InvalidParameter：vpnId (vpn-otherone1) is not the VPN of tunnel",
                "\n请求 ID：", "\n字段：vpnId\n",
            ]
        for line in expected { #expect(result.standardError.contains(line), "\(result.standardError)") }
        if language == .zh { #expect(Self.englishLines(in: result.standardError).isEmpty) }
    }

    /// With `--lang`, and with only the locale asking for Chinese.
    @Test(arguments: [["--lang", "zh"], ["--lang", "en"], []])
    func aSubmitWithoutCredentials(_ languageArguments: [String]) async throws {
        try await Self.withEmulator { server, home in
            let file = try Self.editedFile(server, home: home) { $0 }
            let result = try CommandRunner.run(
                ["submit", "--endpoint", server.baseURL, "--file", file, "--yes"] + languageArguments,
                environment: ["HOME": home, "LANG": "zh_CN.UTF-8"])
            #expect(result.status == 64)
            let expected =
                languageArguments.last == "en"
                ? "error: no BCE credentials: pass --access-key-id and --secret-access-key, set BCE_ACCESS_KEY_ID "
                    + "and BCE_SECRET_ACCESS_KEY, or add a profile to \(home)/.bce/config.json\n"
                : "错误：没有 BCE 凭证：请传入 --access-key-id 和 --secret-access-key，或设置 BCE_ACCESS_KEY_ID 和 "
                    + "BCE_SECRET_ACCESS_KEY，或在 \(home)/.bce/config.json 中添加 profile\n"
            #expect(result.standardError.hasSuffix(expected), "\(result.standardError)")
        }
    }

    @Test(arguments: Language.allCases)
    func aSubmitWithNothingToChange(_ language: Language) async throws {
        let (result, _) = try await Self.submitted(language) { $0 }
        #expect(result.status == 0)
        let expected =
            language == .en
            ? "no changes: vpnconn-ku4cxya6nisq on BCE already has these values; nothing sent (--force sends "
                + "anyway)\n"
            : "没有变化：BCE 上的 vpnconn-ku4cxya6nisq 已是这些值；未发送（--force 仍会发送）\n"
        #expect(result.standardOutput == expected)
    }

    @Test(arguments: Language.allCases)
    func aSubmitToAnUnreachableEndpoint(_ language: Language) async throws {
        try await Self.withEmulator { server, home in
            let file = try Self.editedFile(server, home: home) { $0 }
            let port = server.port
            await server.stop()
            let url = "http://127.0.0.1:\(port)"
            let result = try Self.run(in: language, ["submit", "--endpoint", url, "--file", file, "--yes"], home: home)
            #expect(result.status == 69)
            // The system's own words ("connection refused") stay as it wrote them.
            let expected =
                language == .en
                ? [
                    "note: the current tunnel could not be read, so no diff is shown: BCE could not be reached after "
                        + "1 attempt: connection failed: ",
                    "error: \(url) could not be reached after ", " attempts: connection failed: ",
                    "nothing is lost: run again with --client-token ",
                ]
                : [
                    "注意：无法读取当前的隧道，因此不显示变化：无法连接 BCE（尝试 1 次）：连接失败：",
                    "错误：无法连接 \(url)（尝试 ", " 次）：连接失败：", "没有任何损失：请用 --client-token ",
                ]
            for line in expected { #expect(result.standardError.contains(line), "\(result.standardError)") }
            if language == .zh { #expect(Self.englishLines(in: result.standardError).isEmpty) }
        }
    }

    @Test(arguments: Language.allCases)
    func statusOnceAndWatched(_ language: Language) async throws {
        try await Self.withEmulator { server, home in
            let once = try Self.run(
                in: language, ["status", "--endpoint", server.baseURL, "--vpn-id", Self.seedVPN], home: home)
            // BCE's own values, the same in every language.
            #expect(once.standardOutput.contains("vpnconn-p3x8d2nq7w1z  office-shanghai  active / reachable\n"))
            let watched = try Self.run(
                in: language,
                [
                    "status", "--endpoint", server.baseURL, "--vpn-id", Self.seedVPN, "--vpn-conn-id",
                    "vpnconn-p3x8d2nq7w1z", "--watch",
                ], home: home)
            #expect(watched.status == 0)
            let host = server.baseURL.replacingOccurrences(of: "http://", with: "")
            let expected =
                language == .en
                ? "Watching vpnconn-p3x8d2nq7w1z of vpn-s1bpb19cmd8n on \(host) for up to 5m00s (Ctrl-C stops):\n"
                    + "    0s  active / reachable\nup after 0s: active / reachable\n"
                : "正在 \(host) 上监视 vpn-s1bpb19cmd8n 的隧道 vpnconn-p3x8d2nq7w1z，最长 5m00s（Ctrl-C 停止）：\n"
                    + "    0s  active / reachable\n0s 后连通：active / reachable\n"
            #expect(watched.standardOutput == expected)
            let unwatchable = try Self.run(
                in: language, ["status", "--endpoint", server.baseURL, "--vpn-id", Self.seedVPN, "--watch"], home: home)
            #expect(unwatchable.status == 64)
            #expect(
                unwatchable.standardError.contains(
                    language == .en
                        ? "--watch needs --vpn-conn-id: it follows one tunnel" : "--watch 需要 --vpn-conn-id：它只监视一条隧道"))
        }
    }

    @Test(arguments: Language.allCases)
    func showWithATunnelTheVPNLacks(_ language: Language) async throws {
        try await Self.withEmulator { server, home in
            let result = try Self.run(
                in: language,
                ["show", "--endpoint", server.baseURL, "--vpn-id", Self.seedVPN, "--vpn-conn-id", "vpnconn-nope1234"],
                home: home)
            #expect(result.status == 65)
            let expected =
                language == .en
                ? "error: VPN vpn-s1bpb19cmd8n has no tunnel vpnconn-nope1234 (it has vpnconn-ku4cxya6nisq, "
                    + "vpnconn-p3x8d2nq7w1z)\n"
                : "错误：VPN vpn-s1bpb19cmd8n 没有隧道 vpnconn-nope1234（它有：vpnconn-ku4cxya6nisq, "
                    + "vpnconn-p3x8d2nq7w1z）\n"
            #expect(result.standardError == expected)
            #expect(result.standardOutput.isEmpty)
        }
    }

    @Test(arguments: Language.allCases)
    func peerConfigWritesAFileOrSaysWhyNot(_ language: Language) async throws {
        try await Self.withEmulator { server, home in
            let file = try Self.editedFile(server, home: home) { $0 }
            let output = home + "/peer.conf"
            let written = try Self.run(
                in: language,
                [
                    "peer-config", "--file", file, "--gateway-from-bce", "--endpoint", server.baseURL, "--output",
                    output,
                ], home: home)
            #expect(written.status == 0)
            #expect(written.standardOutput.isEmpty && written.standardError.isEmpty, "\(written.standardError)")
            #expect(try String(contentsOfFile: output, encoding: .utf8).contains("connections {"))
            let withoutGateway = try Self.run(in: language, ["peer-config", "--file", file], home: home)
            #expect(withoutGateway.status == 64)
            #expect(
                withoutGateway.standardError.hasPrefix(
                    language == .en
                        ? "vpn-tunnel: BCE's gateway address is not in a tunnel file: give it with --bce-gateway-ip"
                        : "vpn-tunnel: 隧道文件中没有 BCE 的 VPN 网关地址：请用 --bce-gateway-ip A.B.C.D 指定"))
            let unwritable = try Self.run(
                in: language,
                [
                    "peer-config", "--file", file, "--bce-gateway-ip", "198.51.100.10", "--output",
                    home + "/no/peer.conf",
                ],
                home: home)
            #expect(unwritable.status == 73)
            #expect(
                unwritable.standardError.hasPrefix(
                    language == .en ? "error: --output \(home)/no/peer.conf" : "错误：--output \(home)/no/peer.conf"))
        }
    }

    @Test(arguments: Language.allCases)
    func aConfigFileOthersCanChange(_ language: Language) throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("home-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(
            atPath: home + "/.bce", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(atPath: home) }
        let config = home + "/.bce/config.json"
        try #"{"current":"default","profiles":[{"name":"default"}]}"#.write(
            toFile: config, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: config)
        let result = try Self.run(in: language, ["show", "--vpn-id", Self.seedVPN], home: home, environment: [:])
        #expect(result.status == 78)
        let expected =
            language == .en
            ? "error: \(config): mode 0666 lets group and others change it: they could point endpoint at a host of "
                + "theirs and receive the pre-shared key; run: chmod 600 \(config)\n"
            : "错误：\(config)：权限 0666 允许同组用户和其他用户修改它：他们可以把 endpoint 指向自己的主机，从而收到"
                + "共享秘钥；请运行：chmod 600 \(config)\n"
        #expect(result.standardError == expected)
    }
}
