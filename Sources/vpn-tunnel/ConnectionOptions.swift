import ArgumentParser
import TunnelClient
import TunnelCore

/// Where to send requests and as whom: shared by every command that talks to BCE.
struct ConnectionOptions: ParsableArguments {
    @Option(help: .localized(.option(.profile)))
    var profile: String?

    @Option(help: .localized(.option(.region)))
    var region: String?

    @Option(help: .localized(.option(.endpoint), valueName: "url"))
    var endpoint: String?

    @Flag(help: .localized(.option(.allowInsecureHttp)))
    var allowInsecureHttp = false

    @Option(help: .localized(.option(.accessKeyId)))
    var accessKeyId: String?

    @Option(help: .localized(.option(.secretAccessKey), discussion: .secretAccessKeyDiscussion))
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
            for warning in connection.warnings { StandardError.write(.warning(reason: warning)) }
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
                for warning in connection.warnings { StandardError.write(.warning(reason: warning)) }
            }
            return target
        } catch {
            StandardError.write(.error(reason: error.text(in: CommandLanguage.current)))
            throw ExitCode(error.exitCode)
        }
    }

}
