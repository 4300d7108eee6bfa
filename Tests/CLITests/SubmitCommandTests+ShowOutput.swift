import Foundation
import Testing
import TunnelCore
import TunnelEmulator

/// `vpn-tunnel show --output FILE`: the file holds what would have been printed, and only its owner can read it.
///
/// In `SubmitCommandTests`' serialized suite: two emulators started at once in this process make both fail.
extension SubmitCommandTests {
    private static func fileMode(_ path: String) -> mode_t {
        var status = stat()
        lstat(path, &status)
        return status.st_mode
    }

    private static func showToFile(_ server: EmulatorServer, home: String, output: String) throws
        -> CommandRunner.Result
    {
        try CommandRunner.run(
            [
                "show", "--endpoint", server.baseURL, "--vpn-id", "vpn-s1bpb19cmd8n", "--vpn-conn-id",
                Self.vpnConnId, "--reveal-secrets", "--output", output,
            ], environment: Self.credentials.merging(["HOME": home]) { $1 })
    }

    @Test func showOutputWritesRevealedSecretsOwnerOnly() async throws {
        try await Self.withEmulator { server, home in
            let output = home + "/tunnel.json"
            // A file left by an earlier, careless write: its mode must not be kept.
            #expect(FileManager.default.createFile(atPath: output, contents: Data("old\n".utf8)))
            chmod(output, 0o644)
            let result = try Self.showToFile(server, home: home, output: output)
            #expect(result.status == 0)
            #expect(result.standardOutput.isEmpty)
            #expect(Self.fileMode(output) & 0o7777 == 0o600)
            let written = try TunnelFile.read(path: output)
            #expect(written.vpnConnId == Self.vpnConnId)
            #expect(written.secretKey == "ddd22@www")
        }
    }

    @Test func showOutputReplacesALinkWithoutFollowingIt() async throws {
        try await Self.withEmulator { server, home in
            let victim = home + "/victim"
            #expect(FileManager.default.createFile(atPath: victim, contents: Data("theirs\n".utf8)))
            chmod(victim, 0o644)
            let output = home + "/tunnel.json"
            try FileManager.default.createSymbolicLink(atPath: output, withDestinationPath: victim)
            let result = try Self.showToFile(server, home: home, output: output)
            #expect(result.status == 0)
            #expect(try String(contentsOfFile: victim, encoding: .utf8) == "theirs\n")
            #expect(Self.fileMode(victim) & 0o7777 == 0o644)
            #expect(Self.fileMode(output) & S_IFMT == S_IFREG)
            #expect(Self.fileMode(output) & 0o7777 == 0o600)
        }
    }

    @Test func showOutputThatCannotBeWrittenExits73NamingTheFile() async throws {
        try await Self.withEmulator { server, home in
            let output = home + "/missing/tunnel.json"
            let result = try Self.showToFile(server, home: home, output: output)
            #expect(result.status == 73)
            #expect(result.standardError.contains(output))
        }
    }
}
