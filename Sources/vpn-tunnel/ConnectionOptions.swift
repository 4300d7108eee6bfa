import ArgumentParser
import TunnelClient
import TunnelCore

/// Where to send requests and as whom: shared by every command that talks to BCE.
struct ConnectionOptions: ParsableArguments {
    @Option(help: "A profile of ~/.bce/config.json (default: the file's \"current\" profile).")
    var profile: String?

    @Option(help: "A BCE region: bj (default), bd, gz, su, hkg, fwh, cd, sin, fsh.")
    var region: String?

    @Option(help: ArgumentHelp("A full API URL; overrides the region.", valueName: "url"))
    var endpoint: String?

    @Flag(help: "Allow plain http:// to a host that is not loopback (the request carries the pre-shared key).")
    var allowInsecureHttp = false

    @Option(help: "Access key id (default: BCE_ACCESS_KEY_ID, then the profile).")
    var accessKeyId: String?

    @Option(
        help: ArgumentHelp(
            "Secret access key (default: BCE_SECRET_ACCESS_KEY, then the profile).",
            discussion: "Prefer the environment or the profile: other users can see command lines."
        )
    )
    var secretAccessKey: String?

    /// The options as the client library takes them.
    var settings: ConnectionSettings {
        ConnectionSettings(
            profile: profile, region: region, endpoint: endpoint, allowsInsecureHTTP: allowInsecureHttp,
            accessKeyId: accessKeyId, secretAccessKey: secretAccessKey
        )
    }

    /// Credentials and endpoint from these options, the environment and the config file.
    ///
    /// Prints any warning and, on failure, one line saying what to fix, then exits 64 (EX_USAGE: missing
    /// credentials, bad flag) or 78 (EX_CONFIG: the config file must be fixed).
    func resolve(
        resolver: ConnectionResolver = ConnectionResolver(language: CommandLanguage.current)
    ) throws -> ResolvedConnection {
        do {
            let connection = try resolver.resolve(settings)
            for warning in connection.warnings { StandardError.write(.warning(reason: Sanitizer.visible(warning))) }
            return connection
        } catch {
            StandardError.write(.error(reason: error.text(in: CommandLanguage.current)))
            throw ExitCode(error.exitCode)
        }
    }

    /// The connection when these options resolve to one, else the endpoint they name and why nothing can be sent
    /// (for the editor and `preview`, which still show the request). Prints any warning; a config file that others
    /// can change is refused with its one line and exit 78, as every command refuses it.
    func target(
        resolver: ConnectionResolver = ConnectionResolver(language: CommandLanguage.current)
    ) throws -> RequestTarget {
        do {
            let target = try resolver.target(settings)
            if case .connection(let connection) = target {
                for warning in connection.warnings { StandardError.write(.warning(reason: Sanitizer.visible(warning))) }
            }
            return target
        } catch {
            StandardError.write(.error(reason: error.text(in: CommandLanguage.current)))
            throw ExitCode(error.exitCode)
        }
    }

    /// The exit codes of a connection problem, for a command's help.
    static let exitCodeHelp = """
          64  missing credentials, unknown profile or region, plain http refused
          78  ~/.bce/config.json is malformed, its profile lacks a key, or others can change it (or ~/.bce)
        """
}
