import Foundation
import Testing
import TunnelClient
import TunnelCore

@Suite("ConnectionResolver")
struct ConnectionResolverTests {
    static let profiles = """
        {"current":"default","profiles":[
          {"name":"default","access_key_id":"file-ak","secret_access_key":"file-sk","region":"gz","endpoint":""},
          {"name":"lab","access_key_id":"lab-ak","secret_access_key":"lab-sk","security_token":"lab-st",
           "endpoint":"http://127.0.0.1:8080"},
          {"name":"empty","access_key_id":"","secret_access_key":""},
          {"name":"bare","access_key_id":"b-ak","secret_access_key":"b-sk","endpoint":"bcc.su.baidubce.com"}
        ]}
        """

    /// Resolves `settings` with `HOME` in a fresh folder holding `config` (none when nil) and `environment`.
    func resolve(
        _ settings: ConnectionSettings = ConnectionSettings(), environment: [String: String] = [:],
        config: String? = Self.profiles
    ) throws(ConnectionError) -> ResolvedConnection {
        let home = try! TemporaryHome(config: config)
        defer { home.remove() }
        var environment = environment
        environment["HOME"] = home.path
        return try ConnectionResolver(environment: environment).resolve(settings)
    }

    let environment = [
        "BCE_ACCESS_KEY_ID": "env-ak", "BCE_SECRET_ACCESS_KEY": "env-sk", "BCE_SECURITY_TOKEN": "env-st",
    ]

    @Test("flags win over the environment and the file")
    func flagsFirst() throws {
        let resolved = try resolve(
            ConnectionSettings(accessKeyId: "flag-ak", secretAccessKey: "flag-sk"), environment: environment
        )
        #expect(
            resolved.credentials
                == BCECredentials(accessKeyId: "flag-ak", secretAccessKey: "flag-sk", securityToken: nil))
        #expect(resolved.credentialSource == "the command line")
    }

    @Test("the environment wins over the file's current profile, with its security token")
    func environmentSecond() throws {
        let resolved = try resolve(environment: environment)
        #expect(
            resolved.credentials
                == BCECredentials(accessKeyId: "env-ak", secretAccessKey: "env-sk", securityToken: "env-st"))
        #expect(resolved.credentialSource == "the environment")
        // The region still comes from the file: the environment gave none.
        #expect(resolved.endpoint.host == "bcc.gz.baidubce.com")
    }

    @Test("the current profile is used when nothing else gives credentials")
    func currentProfile() throws {
        let resolved = try resolve()
        #expect(resolved.credentials.accessKeyId == "file-ak")
        #expect(resolved.credentials.secretAccessKey == "file-sk")
        #expect(resolved.credentialSource.hasPrefix("profile \"default\" in "))
        #expect(resolved.endpoint.host == "bcc.gz.baidubce.com")
        #expect(resolved.warnings.isEmpty)
    }

    @Test("--profile wins over the environment")
    func explicitProfile() throws {
        let resolved = try resolve(ConnectionSettings(profile: "lab"), environment: environment)
        #expect(
            resolved.credentials
                == BCECredentials(accessKeyId: "lab-ak", secretAccessKey: "lab-sk", securityToken: "lab-st"))
        #expect(resolved.endpoint.baseURL.hasPrefix("http://127.0.0.1:8080"))
    }

    @Test("a profile's bare host name gets https")
    func bareHost() throws {
        let resolved = try resolve(ConnectionSettings(profile: "bare"))
        #expect(resolved.endpoint.scheme == "https")
        #expect(resolved.endpoint.host == "bcc.su.baidubce.com")
    }

    @Test(
        "regions map to bcc.{region}.baidubce.com; --endpoint wins",
        arguments: [
            (ConnectionSettings(region: "hkg"), [String: String](), "bcc.hkg.baidubce.com"),
            (ConnectionSettings(), ["BCE_REGION": "sin"], "bcc.sin.baidubce.com"),
            (ConnectionSettings(region: "cd"), ["BCE_REGION": "sin"], "bcc.cd.baidubce.com"),
            (ConnectionSettings(region: "cd", endpoint: "https://api.example.test"), [:], "api.example.test"),
        ])
    func regions(settings: ConnectionSettings, environment: [String: String], host: String) throws {
        var settings = settings
        settings.accessKeyId = "ak"
        settings.secretAccessKey = "sk"
        let resolved = try resolve(settings, environment: environment, config: nil)
        #expect(resolved.endpoint.host == host)
        #expect(resolved.endpoint.scheme == "https")
    }

    @Test("bj is the default region")
    func defaultRegion() throws {
        let resolved = try resolve(environment: environment, config: nil)
        #expect(resolved.endpoint.host == "bcc.bj.baidubce.com")
    }

    @Test(
        "plain http is refused unless loopback or allowed",
        arguments: [
            ("http://10.1.2.3:8080", false, false),
            ("http://10.1.2.3:8080", true, true),
            ("http://127.0.0.1:8080", false, true),
            ("http://localhost:9000", false, true),
            ("http://127.0.0.2:9000", false, true),
            ("http://[::1]:9000", false, true),
            ("https://10.1.2.3", false, true),
            // Names are never resolved for this check: only `localhost` itself is loopback.
            ("http://vm:8080", false, false),
            ("http://localhost.localdomain:8080", false, false),
            ("http://localhost.:8080", false, false),
            ("http://127.0.0.1.nip.io:8080", false, false),
            ("http://vm:8080", true, true),
        ])
    func insecure(url: String, allowed: Bool, accepted: Bool) throws {
        let settings = ConnectionSettings(
            endpoint: url, allowsInsecureHTTP: allowed, accessKeyId: "ak", secretAccessKey: "sk"
        )
        do {
            _ = try resolve(settings, config: nil)
            #expect(accepted)
        } catch {
            #expect(!accepted)
            #expect(error.exitCode == 64)
            #expect(error.localizedDescription.contains("--allow-insecure-http"))
        }
    }

    /// This machine's host names that resolve to a loopback address, from `/etc/hosts`; `localhost` excluded.
    static var namesResolvingToLoopback: [String] {
        let hosts = (try? String(contentsOfFile: "/etc/hosts", encoding: .utf8)) ?? ""
        return hosts.split(separator: "\n").flatMap { line -> [String] in
            let fields = line.prefix { $0 != "#" }.split(whereSeparator: \.isWhitespace).map(String.init)
            guard fields.count >= 2, IPv4Address(fields[0]).map({ $0.value >> 24 == 127 }) == true else { return [] }
            return fields.dropFirst().filter { $0.lowercased() != "localhost" }
        }
    }

    @Test("a host name other than localhost is remote even when it resolves to a loopback address here")
    func namesResolvingToLoopbackAreRemote() throws {
        // `vm` stands in when the hosts file names no other; the rule never looks a name up.
        for name in Self.namesResolvingToLoopback + ["vm"] {
            let url = "http://\(name):8080"
            #expect(throws: ConnectionError.insecureEndpoint(url)) {
                try ConnectionResolver.sendingEndpoint(url: url)
            }
            let settings = ConnectionSettings(endpoint: url, accessKeyId: "ak", secretAccessKey: "sk")
            #expect(throws: ConnectionError.insecureEndpoint(url)) { try resolve(settings, config: nil) }
            #expect(try ConnectionResolver.sendingEndpoint(url: url, allowsInsecureHTTP: true).host == name)
        }
    }

    @Test("the one check that makes a sending endpoint: loopback literals and localhost over http, else https")
    func sendingEndpoints() throws {
        for url in ["http://localhost:1", "http://127.0.0.2:8080", "http://[::1]:2", "https://bcc.bj.baidubce.com"] {
            #expect(try ConnectionResolver.sendingEndpoint(url: url).baseURL == url)
        }
        #expect(
            throws: ConnectionError.invalidEndpoint(
                "ftp://x", source: "the emulator", reason: .notHTTP)
        ) {
            try ConnectionResolver.sendingEndpoint(url: "ftp://x", source: "the emulator")
        }
        // Any scheme but https counts as plain, however the endpoint was made.
        #expect(throws: ConnectionError.insecureEndpoint("HTTP://10.0.0.1")) {
            try ConnectionResolver.sendingEndpoint(
                Endpoint(scheme: "HTTP", host: "10.0.0.1"), allowsInsecureHTTP: false)
        }
    }

    @Test("a config file that others may change is refused, even when flags give everything else; exit 78")
    func unsafeConfigFile() throws {
        let home = try TemporaryHome(config: Self.profiles, mode: 0o666)
        defer { home.remove() }
        chmod(home.configPath, 0o666)  // whatever the umask made of it
        do {
            _ = try ConnectionResolver(environment: ["HOME": home.path]).resolve(ConnectionSettings())
            Issue.record("expected the file to be refused")
        } catch {
            #expect(error.exitCode == 78)
            #expect(
                error.localizedDescription.hasPrefix("\(home.configPath): mode 0666 lets group and others change it"))
            #expect(error.localizedDescription.hasSuffix("run: chmod 600 \(home.configPath)"))
        }
    }

    @Test(
        "missing or half credentials: one line naming what to set, exit 64",
        arguments: [
            (ConnectionSettings(), [String: String](), "no BCE credentials"),
            (ConnectionSettings(accessKeyId: "ak"), [:], "--secret-access-key is missing"),
            (ConnectionSettings(secretAccessKey: "sk"), [:], "--access-key-id is missing"),
            (ConnectionSettings(), ["BCE_ACCESS_KEY_ID": "ak"], "BCE_SECRET_ACCESS_KEY is missing"),
        ])
    func missing(settings: ConnectionSettings, environment: [String: String], expected: String) {
        do {
            _ = try resolve(settings, environment: environment, config: nil)
            Issue.record("expected an error")
        } catch {
            #expect(error.exitCode == 64)
            #expect(error.localizedDescription.contains(expected))
            #expect(!error.localizedDescription.contains("\n"))
        }
    }

    @Test("a profile without keys names the file, profile and key; exit 78")
    func emptyProfile() {
        do {
            _ = try resolve(ConnectionSettings(profile: "empty"))
            Issue.record("expected an error")
        } catch {
            #expect(error.exitCode == 78)
            #expect(error.localizedDescription.contains("config.json: profile \"empty\" has no access_key_id"))
        }
    }

    @Test("an unknown --profile lists the profiles there are; exit 64")
    func unknownProfile() {
        do {
            _ = try resolve(ConnectionSettings(profile: "nope"))
            Issue.record("expected an error")
        } catch {
            #expect(error.exitCode == 64)
            #expect(
                error.localizedDescription.contains("no profile named \"nope\" (profiles: default, lab, empty, bare)"))
        }
    }

    @Test("--profile without a config file says the file is missing; exit 64")
    func profileWithoutFile() {
        do {
            _ = try resolve(ConnectionSettings(profile: "prod"), environment: environment, config: nil)
            Issue.record("expected an error")
        } catch {
            #expect(error.exitCode == 64)
            #expect(error.localizedDescription.contains("no profile named \"prod\""))
            #expect(error.localizedDescription.contains(".bce/config.json is missing"))
        }
    }

    @Test("a malformed file stops only a command that needs it; exit 78")
    func malformedFile() throws {
        let broken = #"{"current":"default","profiles":[{"name":"default","access_key_id":1}]}"#
        do {
            _ = try resolve(config: broken)
            Issue.record("expected an error")
        } catch {
            #expect(error.exitCode == 78)
            #expect(error.localizedDescription.contains("profiles[0].access_key_id must be a string"))
        }
        let resolved = try resolve(
            ConnectionSettings(region: "bj", accessKeyId: "ak", secretAccessKey: "sk"), config: broken
        )
        #expect(resolved.credentials.accessKeyId == "ak")
    }

    @Test("secrets never appear in the credentials' description")
    func masked() throws {
        let resolved = try resolve(environment: environment)
        #expect(!String(describing: resolved.credentials).contains("env-sk"))
    }
}

/// What the editor and `preview` build a request for: a connection, or the named endpoint and why not.
@Suite struct RequestTargetTests {
    func target(_ settings: ConnectionSettings, environment: [String: String] = [:]) throws(ConnectionError)
        -> RequestTarget
    {
        let home = try! TemporaryHome(config: nil)
        defer { home.remove() }
        return try ConnectionResolver(environment: environment.merging(["HOME": home.path]) { $1 }).target(settings)
    }

    @Test func missingCredentialsGiveTheNamedEndpointAndTheReason() throws {
        let target = try target(ConnectionSettings(region: "gz"))
        guard case .unsigned(let endpoint, .missingCredentials) = target else {
            Issue.record("expected an unsigned target: \(target)")
            return
        }
        #expect(endpoint.host == "bcc.gz.baidubce.com")
    }

    @Test func aRefusedEndpointIsShownButNotSentTo() throws {
        let settings = ConnectionSettings(endpoint: "http://vm:8080", accessKeyId: "ak", secretAccessKey: "sk")
        guard case .unsigned(let endpoint, .insecureEndpoint) = try target(settings) else {
            Issue.record("an http endpoint that is not loopback must not resolve to a connection")
            return
        }
        #expect(endpoint.hostHeader == "vm:8080")
    }

    @Test func credentialsGiveAConnection() throws {
        let target = try target(ConnectionSettings(accessKeyId: "ak", secretAccessKey: "sk"))
        guard case .connection(let connection) = target else {
            Issue.record("expected a connection: \(target)")
            return
        }
        #expect(connection.credentials.accessKeyId == "ak")
        #expect(target.endpoint.host == "bcc.bj.baidubce.com")
    }

    @Test(arguments: [ConnectionSettings(region: "mars"), ConnectionSettings(endpoint: "ftp://x")])
    func whatTheOperatorMustFixIsThrownEvenWithoutCredentials(settings: ConnectionSettings) {
        #expect(throws: ConnectionError.self) { try target(settings) }
    }
}
