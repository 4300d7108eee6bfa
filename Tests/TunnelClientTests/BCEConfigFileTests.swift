import Foundation
import Testing

@testable import TunnelClient

@Suite("BCEConfigFile")
struct BCEConfigFileTests {
    let path = "/home/op/.bce/config.json"

    @Test("reads the bce command line's profiles")
    func parses() throws {
        let text = """
            {"current":"prod","profiles":[
              {"name":"default","mode":"AK","access_key_id":"ak1","secret_access_key":"sk1","security_token":"",
               "region":"bj","endpoint":"","language":""},
              {"name":"prod","access_key_id":" ak2 ","secret_access_key":"sk2","security_token":"st2","region":"gz"}
            ]}
            """
        let file = try BCEConfigFile.parse(Array(text.utf8), path: path)
        #expect(file.current == "prod")
        #expect(file.profiles.map(\.name) == ["default", "prod"])
        #expect(
            file.profile(named: "prod")
                == BCEConfigFile.Profile(
                    name: "prod", accessKeyId: "ak2", secretAccessKey: "sk2", securityToken: "st2", region: "gz"
                )
        )
    }

    @Test("current defaults to the profile named default")
    func defaultCurrent() throws {
        let file = try BCEConfigFile.parse(Array(#"{"profiles":[{"name":"default"}]}"#.utf8), path: path)
        #expect(file.current == "default")
    }

    @Test(
        "a malformed file names the file and what to fix",
        arguments: [
            ("{\"profiles\": [", "is not valid JSON"),
            ("[]", "must hold a JSON object"),
            (#"{"current":"default"}"#, "has no \"profiles\" list"),
            (#"{"profiles":{}}"#, "\"profiles\" must be a list"),
            (#"{"profiles":["default"]}"#, "profiles[0] must be an object"),
            (#"{"profiles":[{"name":"a"},{"access_key_id":"x"}]}"#, "profiles[1].name is missing"),
            (#"{"profiles":[{"name":"a","access_key_id":42}]}"#, "profiles[0].access_key_id must be a string"),
            (#"{"current":7,"profiles":[]}"#, "current must be a string"),
        ])
    func malformed(text: String, expected: String) throws {
        do {
            _ = try BCEConfigFile.parse(Array(text.utf8), path: path)
            Issue.record("expected an error for \(text)")
        } catch {
            let message = error.localizedDescription
            #expect(message.hasPrefix(path + ": "))
            #expect(message.contains(expected))
            #expect(!message.contains("\n"))
            #expect(error.exitCode == 78)
        }
    }

    @Test("no file is not an error")
    func missingFile() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        #expect(try BCEConfigFile.load(path: home.configPath) == nil)
    }

    @Test("warns when group or others may read the file", arguments: [(0o600, false), (0o640, true), (0o644, true)])
    func permissions(mode: Int, warns: Bool) throws {
        let home = try TemporaryHome(config: #"{"profiles":[]}"#, mode: mode)
        defer { home.remove() }
        chmod(home.configPath, mode_t(mode))
        let loaded = try #require(try BCEConfigFile.load(path: home.configPath))
        #expect((loaded.warning != nil) == warns)
        if let warning = loaded.warning {
            #expect(warning.contains(home.configPath))
            #expect(warning.contains("chmod 600"))
        }
    }

    /// The one line a refused file gives: the path, the problem and the command that fixes it; exit 78.
    func expectRefusal(
        _ path: String, userId: uid_t = geteuid(), startsWith problem: String, fix: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        do {
            _ = try BCEConfigFile.load(path: path, userId: userId)
            Issue.record("expected \(path) to be refused", sourceLocation: sourceLocation)
        } catch {
            let message = error.localizedDescription
            #expect(error.exitCode == 78, sourceLocation: sourceLocation)
            #expect(message.hasPrefix(problem), "\(message)", sourceLocation: sourceLocation)
            #expect(message.contains("pre-shared key"), "\(message)", sourceLocation: sourceLocation)
            #expect(message.hasSuffix("; run: \(fix)"), "\(message)", sourceLocation: sourceLocation)
            #expect(!message.contains("\n"), sourceLocation: sourceLocation)
        }
    }

    @Test(
        "refuses a file that group or others may change, as OpenSSH refuses such a key",
        arguments: [(0o666, "group and others"), (0o660, "its group"), (0o602, "others"), (0o620, "its group")])
    func writableFile(mode: Int, writers: String) throws {
        let home = try TemporaryHome(config: #"{"profiles":[]}"#)
        defer { home.remove() }
        chmod(home.configPath, mode_t(mode))
        let octal = "0" + String(mode, radix: 8)
        expectRefusal(
            home.configPath, startsWith: "\(home.configPath): mode \(octal) lets \(writers) change it",
            fix: "chmod 600 \(home.configPath)")
    }

    @Test("refuses a file another user owns")
    func otherOwner() throws {
        let home = try TemporaryHome(config: #"{"profiles":[]}"#)
        defer { home.remove() }
        // Giving the file away takes root: it is checked as another user instead, for whom this one is "another".
        let other = geteuid() &+ 1
        expectRefusal(
            home.configPath, userId: other,
            startsWith: "\(home.configPath): is owned by uid \(geteuid()), not by you (uid \(other))",
            fix: "chown \(other) \(home.configPath) && chmod 600 \(home.configPath)")
    }

    @Test(
        "refuses a file whose folder group or others may write: they may replace the file",
        arguments: [(0o777, "group and others"), (0o770, "its group"), (0o703, "others")])
    func writableFolder(mode: Int, writers: String) throws {
        let home = try TemporaryHome(config: #"{"profiles":[]}"#)
        defer { home.remove() }
        let folder = home.path + "/.bce"
        chmod(folder, mode_t(mode))
        expectRefusal(
            home.configPath, startsWith: "\(folder): mode 0\(String(mode, radix: 8)) lets \(writers) change it",
            fix: "chmod 700 \(folder)")
    }

    @Test("refuses a symbolic link, as every file the program reads: one line, exit 78")
    func symbolicLink() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        let target = home.path + "/real-config.json"
        _ = FileManager.default.createFile(atPath: target, contents: Data(#"{"profiles":[]}"#.utf8))
        chmod(target, 0o600)
        try FileManager.default.createSymbolicLink(atPath: home.configPath, withDestinationPath: target)
        #expect(
            throws: ConnectionError.malformedConfigFile(
                path: home.configPath, problem: "is a symbolic link, which is not followed")
        ) {
            try BCEConfigFile.load(path: home.configPath)
        }
    }
}
