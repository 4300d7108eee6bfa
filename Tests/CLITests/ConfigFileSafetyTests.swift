import Foundation
import Testing

/// A `~/.bce/config.json` that someone else can change is refused by every command: its `endpoint` could send the
/// pre-shared key to their host.
@Suite struct ConfigFileSafetyTests {
    static let profile =
        #"{"current":"default","profiles":[{"name":"default","access_key_id":"ak","secret_access_key":"sk"}]}"#

    /// A fresh home folder whose `.bce/config.json` has `mode`.
    static func home(mode: mode_t) throws -> String {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("home-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home + "/.bce", withIntermediateDirectories: true)
        try profile.write(toFile: home + "/.bce/config.json", atomically: false, encoding: .utf8)
        chmod(home + "/.bce/config.json", mode)
        return home
    }

    /// Every command that reads the file; the endpoint is a closed loopback port, so that even a build without the
    /// check sends nothing off this machine.
    static let commands = [
        ["submit", "--file", CommandRunner.path("assets/examples/seed-example.json"), "--yes"],
        ["edit", "--file", CommandRunner.path("assets/examples/seed-example.json")],
        ["show", "--vpn-id", "vpn-s1bpb19cmd8n"],
    ].map { $0 + ["--endpoint", "http://127.0.0.1:9"] }

    @Test(arguments: commands)
    func aFileOthersCanWriteIsRefusedWithExit78(arguments: [String]) throws {
        let home = try Self.home(mode: 0o666)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let path = home + "/.bce/config.json"
        let result = try CommandRunner.run(arguments, environment: ["HOME": home])
        #expect(result.status == 78)
        let errors = result.standardError.split(separator: "\n").filter { $0.hasPrefix("error:") }.map(String.init)
        #expect(
            errors
                == [
                    "error: \(path): mode 0666 lets group and others change it: they could point endpoint at a host of "
                        + "theirs and receive the pre-shared key; run: chmod 600 \(path)"
                ])
    }

    @Test func aFileOthersCanReadIsUsedWithAWarning() throws {
        let home = try Self.home(mode: 0o644)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let path = home + "/.bce/config.json"
        // The warning comes once the credentials are read; without a terminal to confirm at, nothing is sent.
        let result = try CommandRunner.run(
            [
                "submit", "--file", CommandRunner.path("assets/examples/seed-example.json"), "--endpoint",
                "http://127.0.0.1:9",
            ],
            environment: ["HOME": home])
        #expect(
            result.standardError.contains("warning: \(path) is readable by others (mode 0644); run: chmod 600 \(path)"))
    }
}
