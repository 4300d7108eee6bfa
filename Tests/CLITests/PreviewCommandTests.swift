import Foundation
import Testing

/// `vpn-tunnel preview`, run as a user runs it.
@Suite struct PreviewCommandTests {
    static let seedArguments = [
        "preview", "--file", CommandRunner.path("assets/examples/seed-example.json"), "--date", "2024-01-02T03:04:05Z",
        "--client-token", "1849ef6b-f73c-4f5d-b88b-259ca47af849",
    ]
    static let credentials = ["BCE_ACCESS_KEY_ID": "AKIDEXAMPLE", "BCE_SECRET_ACCESS_KEY": "SKEXAMPLE"]

    @Test func revealedPreviewIsTheSignedRequest() throws {
        let result = try CommandRunner.run(Self.seedArguments + ["--reveal-secrets"], environment: Self.credentials)
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            Array(lines.prefix(7)) == [
                "PUT /v1/vpn/vpnconn/vpnconn-ku4cxya6nisq?clientToken=1849ef6b-f73c-4f5d-b88b-259ca47af849 HTTP/1.1",
                "Host: bcc.bj.baidubce.com", "Content-Type: application/json;charset=utf-8", "Content-Length: 417",
                "User-Agent: vpn-tunnel/0.1", "x-bce-date: 2024-01-02T03:04:05Z",
                "Authorization: bce-auth-v1/AKIDEXAMPLE/2024-01-02T03:04:05Z/1800/content-length;content-type;host;x-bce-date/"
                    + Self.expectedSignature,
            ])
        #expect(result.standardOutput.contains(#""secretKey":"ddd22@www""#))
    }

    /// The signature of the seed request above, as bce-python-sdk 0.9's `bce_v1_signer.sign` computes it for the
    /// same method, path, query and headers (run `scripts/sdk_verify.py` on the preview to check it again).
    static let expectedSignature = "4f006294b5f905b934a1660ce61c83b8285528eaaa03f8189a8a22a528d97cb3"

    /// The same rule as `submit`, the validator and the emulator: preview used to take any token.
    @Test func aClientTokenThatBreaksTheRuleIsRefused() throws {
        let arguments = Array(Self.seedArguments.dropLast(2)) + ["--client-token", "two words"]
        let result = try CommandRunner.run(arguments, environment: Self.credentials)
        #expect(result.status == 64)
        #expect(result.standardError.contains("--client-token (two words) must be printable ASCII without spaces"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test func maskedByDefault() throws {
        let result = try CommandRunner.run(Array(Self.seedArguments), environment: Self.credentials)
        #expect(result.status == 0)
        #expect(!result.standardOutput.contains("ddd22@www"))
        #expect(result.standardOutput.contains("/content-length;content-type;host;x-bce-date/********\n"))
    }

    @Test func withoutCredentialsItIsUnsignedAndSaysWhichVariableIsMissing() throws {
        let result = try CommandRunner.run(Self.seedArguments, environment: ["BCE_ACCESS_KEY_ID": "AKIDEXAMPLE"])
        #expect(result.status == 0)
        #expect(!result.standardOutput.contains("Authorization"))
        #expect(result.standardOutput.contains("x-bce-date: 2024-01-02T03:04:05Z"))
        #expect(
            result.standardError.contains(
                "not signed: incomplete BCE credentials in the environment: BCE_SECRET_ACCESS_KEY is missing"))
    }

    /// The same resolver as every other command: preview used to read only the environment and ignore --profile.
    @Test func aProfileSignsThePreview() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("preview-\(UUID())").path
        try FileManager.default.createDirectory(atPath: home + "/.bce", withIntermediateDirectories: true)
        chmod(home + "/.bce", 0o700)
        let config = #"""
            {"current":"default","profiles":[{"name":"default","access_key_id":"AKDEFAULT","secret_access_key":"x"},
            {"name":"prod","mode":"AK","access_key_id":"AKIDEXAMPLE","secret_access_key":"SKEXAMPLE","region":"bj"}]}
            """#
        try config.write(toFile: home + "/.bce/config.json", atomically: false, encoding: .utf8)
        chmod(home + "/.bce/config.json", 0o600)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let result = try CommandRunner.run(Self.seedArguments + ["--profile", "prod"], environment: ["HOME": home])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("Authorization: bce-auth-v1/AKIDEXAMPLE/"))
        #expect(result.standardOutput.contains(Self.expectedSignature) == false)  // masked unless revealed
        #expect(!result.standardError.contains("not signed"))
    }

    @Test func aRefusedEndpointIsPreviewedUnsignedWithTheReason() throws {
        let result = try CommandRunner.run(
            Self.seedArguments + ["--endpoint", "http://bcc.example.invalid"], environment: Self.credentials)
        #expect(result.status == 0)
        #expect(!result.standardOutput.contains("Authorization"))
        #expect(result.standardOutput.contains("\nHost: bcc.example.invalid\n"))
        #expect(result.standardError.contains("not signed: refusing plain HTTP to http://bcc.example.invalid"))
    }

    @Test func endpointWithPortGoesInTheHostHeader() throws {
        let result = try CommandRunner.run(Self.seedArguments + ["--endpoint", "http://127.0.0.1:8080"])
        #expect(result.standardOutput.contains("\nHost: 127.0.0.1:8080\n"))
    }

    @Test func curlFormat() throws {
        let result = try CommandRunner.run(Self.seedArguments + ["--format", "curl"], environment: Self.credentials)
        #expect(result.standardOutput.hasPrefix("curl -sS -X PUT 'https://bcc.bj.baidubce.com/v1/vpn/vpnconn/"))
        #expect(result.standardOutput.contains("-H 'x-bce-date: 2024-01-02T03:04:05Z'"))
    }

    @Test func invalidTunnelIsPreviewedAfterItsProblems() throws {
        let seed = try String(contentsOfFile: CommandRunner.path("assets/examples/seed-example.json"), encoding: .utf8)
        let path = try ValidateCommandTests.writeTemporary(
            seed.replacingOccurrences(of: "\"ipsecLifetime\": 28800", with: "\"ipsecLifetime\": \"8h\""))
        var arguments = Self.seedArguments
        arguments[2] = path
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 65)
        #expect(result.standardError.contains("ipsecConfig.ipsecLifetime: error: \"8h\" must be a whole number"))
        #expect(result.standardOutput.contains(#""ipsecLifetime":"8h""#))
    }

    @Test(arguments: [["--date", "yesterday"], ["--region", "mars"], ["--region", "bj", "--endpoint", "http://x"]])
    func usageErrorsExit64(extra: [String]) throws {
        #expect(try CommandRunner.run(Self.seedArguments + extra).status == 64)
    }
}
