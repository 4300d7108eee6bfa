import Foundation
import Testing
import TunnelCore
import TunnelEmulator

/// `vpn-tunnel show` and `submit` against a real emulator, run as a new user would from a shell.
@Suite(.serialized) struct SubmitCommandTests {
    static let credentials = [
        "BCE_ACCESS_KEY_ID": EmulatorCredentials.demo.accessKeyId,
        "BCE_SECRET_ACCESS_KEY": EmulatorCredentials.demo.secretAccessKey,
    ]
    static let vpnConnId = "vpnconn-ku4cxya6nisq"

    /// Runs `body` with an emulator on the seed state and a fresh, empty home folder.
    static func withEmulator(
        faults: FaultConfiguration = .none, _ body: (EmulatorServer, String) async throws -> Void
    ) async throws {
        let seed = try EmulatorState.seed()
        let server = try await EmulatorServer.start(EmulatorConfiguration(faults: faults, initialState: seed))
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("home-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        do {
            try await body(server, home)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// `show --reveal-secrets` of the seed tunnel, edited by `change`, written to a file; its path.
    static func editedFile(
        _ server: EmulatorServer, home: String, _ change: (String) -> String
    ) throws -> String {
        let shown = try CommandRunner.run(
            [
                "show", "--endpoint", server.baseURL, "--vpn-id", "vpn-s1bpb19cmd8n", "--vpn-conn-id", vpnConnId,
                "--reveal-secrets",
            ], environment: credentials.merging(["HOME": home]) { $1 })
        #expect(shown.status == 0)
        let path = home + "/tunnel.json"
        try change(shown.standardOutput).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func submit(_ server: EmulatorServer, file: String, home: String, environment: [String: String]? = nil)
        throws -> CommandRunner.Result
    {
        try CommandRunner.run(
            ["submit", "--endpoint", server.baseURL, "--file", file, "--yes"],
            environment: (environment ?? credentials).merging(["HOME": home]) { $1 })
    }

    @Test func showMasksTheKeyUnlessAsked() async throws {
        try await Self.withEmulator { server, home in
            let result = try CommandRunner.run(
                ["show", "--endpoint", server.baseURL, "--vpn-id", "vpn-s1bpb19cmd8n"],
                environment: Self.credentials.merging(["HOME": home]) { $1 })
            #expect(result.status == 0)
            #expect(result.standardOutput.contains("\"secretKey\": \"********\""))
            #expect(!result.standardOutput.contains("ddd22@www"))
        }
    }

    @Test func showEditSubmitRoundTrips() async throws {
        try await Self.withEmulator { server, home in
            let file = try Self.editedFile(server, home: home) {
                $0.replacingOccurrences(of: "\"ikeEncAlg\": \"aes\"", with: "\"ikeEncAlg\": \"aes256\"")
            }
            let result = try Self.submit(server, file: file, home: home)
            #expect(result.status == 0)
            #expect(result.standardOutput.contains("ikeConfig.ikeEncAlg: aes -> aes256"))
            #expect(result.standardOutput.contains("Applied. Request id: "))
            #expect(await server.store.tunnel(Self.vpnConnId)?.ikeConfig.ikeEncAlg == "aes256")
        }
    }

    @Test func anUnchangedTunnelIsNotSentUnlessForced() async throws {
        try await Self.withEmulator { server, home in
            let file = try Self.editedFile(server, home: home) { $0 }
            let result = try Self.submit(server, file: file, home: home)
            #expect(result.status == 0)
            #expect(result.standardOutput.contains("no changes: \(Self.vpnConnId) on BCE already has these values"))
            #expect(!result.standardOutput.contains("Applied"))
            #expect(await server.store.recordedRequests().allSatisfy { $0.method != "PUT" })
            let forced = try CommandRunner.run(
                ["submit", "--endpoint", server.baseURL, "--file", file, "--yes", "--force"],
                environment: Self.credentials.merging(["HOME": home]) { $1 })
            #expect(forced.status == 0)
            #expect(forced.standardOutput.contains("Applied. Request id: "))
            #expect(await server.store.recordedRequests().contains { $0.method == "PUT" })
        }
    }

    @Test func failFirstTwoIsAppliedOnTheThirdAttempt() async throws {
        try await Self.withEmulator(faults: FaultConfiguration(failFirst: 2)) { server, home in
            let file = try Self.editedFile(server, home: home) {
                $0.replacingOccurrences(of: "\"vpnConnName\": \"vpncon\"", with: "\"vpnConnName\": \"edge-1\"")
            }
            let result = try Self.submit(server, file: file, home: home)
            #expect(result.status == 0)
            #expect(result.standardOutput.contains("Applied after 3 attempts."))
            let tokens = await server.store.recordedRequests().filter { $0.method == "PUT" }.map(\.clientToken)
            #expect(tokens.count == 3 && Set(tokens).count == 1)
        }
    }

    @Test func aRefusedUpdateExits1WithCodeMessageRequestIdAndField() async throws {
        try await Self.withEmulator { server, home in
            let file = try Self.editedFile(server, home: home) {
                $0.replacingOccurrences(of: "\"vpnId\": \"vpn-s1bpb19cmd8n\"", with: "\"vpnId\": \"vpn-otherone1\"")
            }
            let result = try Self.submit(server, file: file, home: home)
            #expect(result.status == 1)
            #expect(result.standardError.contains("error: BCE refused the update: "))
            #expect(result.standardError.contains("request id: "))
            #expect(result.standardError.contains("field: vpnId"))
        }
    }

    @Test func anInvalidTunnelExits65AndSendsNothing() async throws {
        try await Self.withEmulator { server, home in
            let file = try Self.editedFile(server, home: home) {
                $0.replacingOccurrences(of: "\"ipsecLifetime\": 28800", with: "\"ipsecLifetime\": 100")
            }
            let result = try Self.submit(server, file: file, home: home)
            #expect(result.status == 65)
            #expect(
                result.standardError.contains("ipsecConfig.ipsecLifetime (100) is below the minimum of 180 seconds"))
            #expect(await server.store.recordedRequests().filter { $0.method == "PUT" }.isEmpty)
        }
    }

    @Test func anUnreachableEndpointExits69WithinTheRetryBudget() async throws {
        try await Self.withEmulator { server, home in
            let file = try Self.editedFile(server, home: home) { $0 }
            let port = server.port
            await server.stop()
            let start = Date()
            let result = try CommandRunner.run(
                ["submit", "--endpoint", "http://127.0.0.1:\(port)", "--file", file, "--yes"],
                environment: Self.credentials.merging(["HOME": home]) { $1 })
            #expect(result.status == 69)
            #expect(Date().timeIntervalSince(start) < 30)
            #expect(result.standardError.contains("nothing is lost: run again with --client-token "))
            #expect(try String(contentsOfFile: file, encoding: .utf8).contains("vpnconn-ku4cxya6nisq"))
        }
    }

    @Test func aMalformedConfigFileIsOneLineNamingTheFile() async throws {
        try await Self.withEmulator { server, home in
            let file = try Self.editedFile(server, home: home) { $0 }
            try FileManager.default.createDirectory(atPath: home + "/.bce", withIntermediateDirectories: true)
            try #"{"current":"default","profiles":[{"name":"default",}]}"#.write(
                toFile: home + "/.bce/config.json", atomically: true, encoding: .utf8)
            let result = try Self.submit(server, file: file, home: home, environment: [:])
            #expect(result.status == 78)
            let errors = result.standardError.split(separator: "\n").filter { $0.hasPrefix("error:") }
            #expect(errors.count == 1)
            #expect(errors.first?.contains(home + "/.bce/config.json") == true)
        }
    }

    @Test func aMissingCredentialIsOneLineSayingWhatToSet() async throws {
        try await Self.withEmulator { server, home in
            let file = try Self.editedFile(server, home: home) { $0 }
            let result = try Self.submit(
                server, file: file, home: home, environment: ["BCE_ACCESS_KEY_ID": "demo-access-key"])
            #expect(result.status == 64)
            let errors = result.standardError.split(separator: "\n").filter { $0.hasPrefix("error:") }
            #expect(errors.count == 1)
            #expect(errors.first?.contains("BCE_SECRET_ACCESS_KEY") == true)
        }
    }
}
