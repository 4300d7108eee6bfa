import Foundation
import Testing
import TunnelCore
import TunnelEmulator

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Text the program did not write (a description, a key name, BCE's messages, a request path) reaches the
/// terminal only as visible escapes: no command prints a raw control character, and `show` writes none into JSON.
///
/// In the serialized suite of the other emulator tests: a test blocks a thread of the small cooperative pool while
/// the binary runs, and two such tests at once would leave none to the emulator in this process.
extension SubmitCommandTests {
    /// A window title, a screen clear, a CR, a C1 CSI and a bidi override.
    static let hostile = "ok\r\u{1b}]0;pwned\u{07}\u{1b}[2J\u{9b}1m\u{202e}evil"
    /// `hostile` as a JSON string's content.
    static let hostileJSON = #"ok\r\u001b]0;pwned\u0007\u001b[2J\u009b1m\u202eevil"#
    /// `hostile` as the sanitizer shows it.
    static let hostileShown = #"ok\x0d\x1b]0;pwned\x07\x1b[2J\x9b1m\u{202e}evil"#

    /// Whether `text` holds a scalar a terminal would act on, line feeds apart.
    static func holdsControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 != "\n" && Sanitizer.isControl($0) }
    }

    static func seedFile(_ change: (String) -> String) throws -> String {
        let seed = try String(contentsOfFile: CommandRunner.path("assets/examples/seed-example.json"), encoding: .utf8)
        return try ValidateCommandTests.writeTemporary(change(seed))
    }

    @Test func validateShowsHostileValuesAsEscapes() throws {
        let path = try Self.seedFile {
            $0.replacingOccurrences(of: #""vpnConnName": "vpncon""#, with: #""vpnConnName": "a\u001b]0;pwned\u0007""#)
                .replacingOccurrences(of: #""remoteIp": "10.107.245.188""#, with: #""remoteIp": "1.2.3.4\u009b2J""#)
        }
        let result = try CommandRunner.run(["validate", "--file", path])
        #expect(result.status == 65)
        #expect(!Self.holdsControl(result.standardOutput + result.standardError))
        #expect(result.standardOutput.contains(#"vpnConnName: error: "a\x1b]0;pwned\x07""#))
        #expect(result.standardOutput.contains(#"remoteIp: error: "1.2.3.4\x9b2J""#))
    }

    /// A catalog line on standard error names what was typed: the one writer of those lines shows it as escapes,
    /// in each language.
    @Test(arguments: ["en", "zh"])
    func aHostileOptionValueIsShownAsEscapes(_ language: String) throws {
        let result = try CommandRunner.run(
            [
                "submit", "--file", CommandRunner.path("assets/examples/seed-example.json"), "--client-token",
                Self.hostile, "--lang", language,
            ],
            environment: ["LANG": "C.UTF-8"])
        #expect(result.status == 64)
        #expect(!Self.holdsControl(result.standardOutput + result.standardError))
        #expect(result.standardError.contains("--client-token (\(Self.hostileShown))"), "\(result.standardError)")
    }

    @Test func aHostileKeyNameIsShownAsEscapes() throws {
        let hostileKey = try ValidateCommandTests.writeTemporary(
            #"{"vpnConnId": "vpnconn-ku4cxya6nisq", "\u001b]0;pwned\u0007\u202e": 1}"#)
        for command in ["validate", "preview", "submit"] {
            let result = try CommandRunner.run([command, "--file", hostileKey])
            #expect(result.status == 65)
            #expect(!Self.holdsControl(result.standardOutput + result.standardError))
            // validate lists it among the problems on standard output; the others refuse the file on standard error.
            let report = command == "validate" ? result.standardOutput : result.standardError
            #expect(report.contains(#"unknown key "\x1b]0;pwned\x07\u{202e}""#))
        }
    }

    @Test func previewShowsAHostileDescriptionAsJSONEscapes() throws {
        let path = try Self.seedFile {
            $0.replacingOccurrences(of: #""description": "111""#, with: "\"description\": \"\(Self.hostileJSON)\"")
        }
        for format in ["http", "curl"] {
            let result = try CommandRunner.run(["preview", "--file", path, "--format", format])
            #expect(!Self.holdsControl(result.standardOutput + result.standardError))
            #expect(result.standardOutput.contains(Self.hostileJSON))
        }
    }

    @Test func submitShowsTheDiffOfAHostileDescriptionAsEscapesAndShowEscapesIt() async throws {
        try await Self.withEmulator { server, home in
            let file = try Self.editedFile(server, home: home) {
                $0.replacingOccurrences(of: #""description": "111""#, with: "\"description\": \"\(Self.hostileJSON)\"")
            }
            let submitted = try Self.submit(server, file: file, home: home)
            #expect(submitted.status == 0)
            #expect(!Self.holdsControl(submitted.standardOutput + submitted.standardError))
            #expect(submitted.standardOutput.contains("  description: 111 -> \(Self.hostileShown)"))
            #expect(await server.store.tunnel(Self.vpnConnId)?.description == Self.hostile)

            // The tunnel now holds the description: `show` writes it as JSON escapes, one tunnel or the list.
            for only in [["--vpn-conn-id", Self.vpnConnId], []] {
                let shown = try CommandRunner.run(
                    ["show", "--endpoint", server.baseURL, "--vpn-id", "vpn-s1bpb19cmd8n"] + only,
                    environment: Self.credentials.merging(["HOME": home]) { $1 })
                #expect(shown.status == 0)
                #expect(!Self.holdsControl(shown.standardOutput))
                #expect(shown.standardOutput.contains("\"description\": \"\(Self.hostileJSON)\""))
            }
        }
    }

    @Test func bceErrorMessagesAreShownAsEscapes() async throws {
        try await Self.withEmulator { server, home in
            // BCE's answer quotes the unknown VPN id: `show` prints it.
            let shown = try CommandRunner.run(
                ["show", "--endpoint", server.baseURL, "--vpn-id", "vpn-\u{1b}]0;pwned\u{07}"],
                environment: Self.credentials.merging(["HOME": home]) { $1 })
            #expect(shown.status == 65)
            #expect(!Self.holdsControl(shown.standardOutput + shown.standardError))
            #expect(shown.standardError.contains(#"VPN vpn-\x1b]0;pwned\x07 not found"#))

            // A client token with controls in it breaks the one rule for tokens: refused before anything is sent,
            // and quoted as escapes.
            let token = "tok\u{1b}]0;pwned\u{07}"
            let file = try Self.editedFile(server, home: home) {
                $0.replacingOccurrences(of: "\"description\": \"111\"", with: "\"description\": \"first\"")
            }
            let result = try CommandRunner.run(
                ["submit", "--endpoint", server.baseURL, "--file", file, "--yes", "--client-token", token],
                environment: Self.credentials.merging(["HOME": home]) { $1 })
            #expect(result.status == 64)
            #expect(!Self.holdsControl(result.standardOutput + result.standardError))
            #expect(
                result.standardError.contains(
                    #"--client-token (tok\x1b]0;pwned\x07) must be printable ASCII without spaces"#))
            #expect(await server.store.recordedRequests().allSatisfy { $0.method != "PUT" })
        }
    }

    @Test func theEmulatorLogShowsAHostilePathAsEscapesAndTheCommandCannotDumpCore() async throws {
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["emulator", "--port", "0"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        let reader = output.fileHandleForReading
        var printed = ""
        /// Reads the emulator's output until it holds `text` (the pipe blocks until there is more).
        func readUntil(_ text: String) {
            while !printed.contains(text) {
                let chunk = reader.availableData
                if chunk.isEmpty { return }
                printed += String(decoding: chunk, as: UTF8.self)
            }
        }
        readUntil("Stop with Ctrl-C.")
        let limits = try String(contentsOfFile: "/proc/\(process.processIdentifier)/limits", encoding: .utf8)
        let core = limits.split(separator: "\n").first { $0.hasPrefix("Max core file size") }
        #expect(core?.split(separator: " ", omittingEmptySubsequences: true).dropFirst(4).prefix(2) == ["0", "0"])

        let listening = try #require(printed.firstRange(of: "http://127.0.0.1:"))
        let port = printed[listening.upperBound...].prefix { $0.isNumber }
        let url = try #require(URL(string: "http://127.0.0.1:\(port)/v1/vpn/vpnconn/x%1B%5D0;pwned%07%E2%80%AE"))
        _ = try await URLSession.shared.data(from: url)
        readUntil("x-bce-request-id")
        #expect(!Self.holdsControl(printed))
        #expect(printed.contains(#"GET /v1/vpn/vpnconn/x\x1b]0;pwned\x07\u{202e} -> "#))
    }
}
