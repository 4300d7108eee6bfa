import Foundation
import Testing
import TunnelClient

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
        let loaded = try #require(try BCEConfigFile.load(path: home.configPath))
        #expect((loaded.warning != nil) == warns)
        if let warning = loaded.warning {
            #expect(warning.contains(home.configPath))
            #expect(warning.contains("chmod 600"))
        }
    }
}
