import Foundation
import Testing
import TunnelCore

/// `vpn-tunnel peer-config`, run as a user runs it, on the seed's example tunnel (IKEv1 main mode, group 2).
@Suite struct PeerConfigCommandTests {
    static let example = CommandRunner.path("assets/examples/seed-example.json")

    static func mode(_ path: String) -> mode_t {
        var status = stat()
        lstat(path, &status)
        return status.st_mode
    }

    static func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peer-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func swanctlWithTheGatewayGiven() throws {
        let result = try CommandRunner.run([
            "peer-config", "--file", Self.example, "--bce-gateway-ip", "198.51.100.10",
        ])
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
        let text = result.standardOutput
        #expect(text.contains("        version = 1\n        aggressive = no\n        remote_addrs = 198.51.100.10\n"))
        #expect(text.contains("        proposals = aes128-sha1-modp1024\n        reauth_time = 200s\n"))
        // Mirrored: the peer's own networks are BCE's remote subnets.
        #expect(
            text.contains("                local_ts = 192.168.100.0/24\n                remote_ts = 192.168.0.0/20\n"))
        #expect(text.contains("            id = 10.107.245.188\n"))
        #expect(text.contains("        secret = \"********\"\n"))
        #expect(!text.contains("ddd22@www"))
        let proposal = try PeerProposal(swanctl: text)
        #expect(proposal.ikeConfig.ikePfs == "group2" && proposal.ipsecConfig.ipsecLifetime == 28800)
    }

    @Test(arguments: PeerConfigFormat.allCases.filter { $0 != .libreswan })
    func revealSecretsShowsTheKey(_ format: PeerConfigFormat) throws {
        let result = try CommandRunner.run([
            "peer-config", "--file", Self.example, "--bce-gateway-ip", "198.51.100.10", "--format", format.rawValue,
            "--reveal-secrets",
        ])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("ddd22@www"))
        #expect(!result.standardOutput.contains("********"))
    }

    @Test func withoutAGatewayAddressItIsRefused() throws {
        let result = try CommandRunner.run(["peer-config", "--file", Self.example])
        #expect(result.status == 64)
        #expect(result.standardOutput.isEmpty)
        #expect(
            result.standardError.contains(
                "BCE's gateway address is not in a tunnel file: give it with --bce-gateway-ip"))
    }

    @Test func aGatewayThatIsNotAnAddressIsRefused() throws {
        let result = try CommandRunner.run([
            "peer-config", "--file", Self.example, "--bce-gateway-ip", "bce.example.com",
        ])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--bce-gateway-ip (bce.example.com) must be an IPv4 address."))
    }

    @Test func aValueTheVendorLacksIsRefusedNamingFieldValueAndVendor() throws {
        let result = try CommandRunner.run([
            "peer-config", "--file", Self.example, "--bce-gateway-ip", "198.51.100.10", "--format", "libreswan",
        ])
        #expect(result.status == 65)
        #expect(result.standardOutput.isEmpty)
        #expect(
            result.standardError.contains(
                "ikeConfig.ikePfs (group2) has no libreswan (ipsec.conf) equivalent: libreswan 4 is built without"))
    }

    @Test func anInvalidTunnelIsRefusedWithItsErrors() throws {
        let seed = try String(contentsOfFile: Self.example, encoding: .utf8)
        let folder = try Self.temporaryFolder()
        let path = folder + "/t.json"
        try seed.replacingOccurrences(of: "\"ikeLifeTime\": 200", with: "\"ikeLifeTime\": 30")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["peer-config", "--file", path, "--bce-gateway-ip", "198.51.100.10"])
        #expect(result.status == 65)
        #expect(
            result.standardError.contains("ikeConfig.ikeLifeTime: error: \"30\" is below the minimum of 60 seconds"))
        #expect(result.standardError.contains("no peer configuration for a tunnel with errors"))
    }

    @Test func outputIsOwnerOnlyAndReplacesALink() throws {
        let folder = try Self.temporaryFolder()
        let victim = folder + "/victim"
        #expect(FileManager.default.createFile(atPath: victim, contents: Data("theirs\n".utf8)))
        chmod(victim, 0o644)
        let output = folder + "/peer.conf"
        try FileManager.default.createSymbolicLink(atPath: output, withDestinationPath: victim)
        let result = try CommandRunner.run([
            "peer-config", "--file", Self.example, "--bce-gateway-ip", "198.51.100.10", "--format", "juniper-srx",
            "--reveal-secrets", "--output", output,
        ])
        #expect(result.status == 0)
        #expect(result.standardOutput.isEmpty)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "theirs\n")
        #expect(Self.mode(output) & S_IFMT == S_IFREG)
        #expect(Self.mode(output) & 0o7777 == 0o600)
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.contains("pre-shared-key ascii-text \"ddd22@www\""))
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let result = try CommandRunner.run([
            "peer-config", "--file", Self.example, "--bce-gateway-ip", "198.51.100.10", "--format", "fortinet",
        ])
        #expect(result.status == 64)
    }
}

extension SubmitCommandTests {
    /// `--gateway-from-bce` reads the tunnel's localIp: the emulator's seed gives the VPN's EIP, 198.51.100.10.
    @Test func peerConfigReadsTheGatewayFromBCE() async throws {
        try await Self.withEmulator { server, home in
            let result = try CommandRunner.run(
                [
                    "peer-config", "--file", PeerConfigCommandTests.example, "--gateway-from-bce", "--endpoint",
                    server.baseURL, "--format", "cisco-ios",
                ], environment: Self.credentials.merging(["HOME": home]) { $1 })
            #expect(result.status == 0, "\(result.standardError)")
            #expect(result.standardOutput.contains("crypto isakmp key ******** address 198.51.100.10\n"))
            #expect(result.standardOutput.contains(" set peer 198.51.100.10\n"))
        }
    }
}
