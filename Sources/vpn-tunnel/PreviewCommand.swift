import ArgumentParser
import TunnelClient
import TunnelCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `vpn-tunnel preview --file F`: the exact request an update would send, signed when credentials are set.
struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Print the exact HTTP request that would update the tunnel, signed with BCE auth v1.",
        discussion: """
            Credentials and endpoint as for submit: the flags, then --profile, then BCE_ACCESS_KEY_ID / \
            BCE_SECRET_ACCESS_KEY / BCE_SECURITY_TOKEN / BCE_REGION, then the current profile of ~/.bce/config.json; \
            without credentials (or for an endpoint submit would refuse) the request is printed unsigned, with the \
            reason. The pre-shared key, the signature and the security token are masked unless --reveal-secrets. An \
            invalid tunnel is still previewed, after its problems (exit status 65).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case http
        case curl
    }

    @OptionGroup var tunnel: TunnelFileOptions

    @OptionGroup var connection: ConnectionOptions

    @Option(help: "The signing time, as 2024-01-02T03:04:05Z (default: now).")
    var date: String?

    @Option(help: "The idempotence token (default: the file's clientToken, or a new UUID).")
    var clientToken: String?

    @Option(help: "How long the signature stays valid, in seconds.")
    var expiration: Int = 1800

    @Flag(help: "Show the pre-shared key, the signature and the security token.")
    var revealSecrets = false

    @Option(help: "http: the request as it goes on the wire; curl: a curl command sending the same bytes.")
    var format: Format = .http

    func validate() throws {
        if connection.region != nil && connection.endpoint != nil {
            throw ValidationError("Give --region or --endpoint, not both.")
        }
        if let date, BCETimestamp.date(from: date) == nil {
            throw ValidationError("--date (\(date)) must be a UTC time such as 2024-01-02T03:04:05Z.")
        }
        if let clientToken, let rule = ClientToken.problem(with: clientToken) {
            throw ValidationError(Sanitizer.visible("--client-token (\(clientToken)) \(rule)."))
        }
        if !(1...604_800).contains(expiration) {
            throw ValidationError("--expiration (\(expiration)) must be from 1 to 604800 seconds.")
        }
    }

    @OptionGroup var language: LanguageOption

    func run() throws {
        let draft = try tunnel.readDraft()
        let report = tunnel.validator.validate(draft)
        for problem in report.problems { StandardError.write(problem.line(in: CommandLanguage.current)) }

        let target = try connection.target()
        let token = clientToken ?? (draft.clientToken.isEmpty ? ClientToken.generate() : draft.clientToken)
        var request = UpdateRequestBuilder.build(draft: draft, clientToken: token, endpoint: target.endpoint)
        let signingDate = date.flatMap(BCETimestamp.date(from:)) ?? Date()
        switch target {
        case .connection(let resolved):
            request = BCESigner(expirationSeconds: expiration).sign(
                request, credentials: resolved.credentials, date: signingDate)
        case .unsigned(_, let reason):
            request.setHeader("x-bce-date", BCETimestamp.string(from: signingDate))
            StandardError.write("vpn-tunnel: not signed: \(reason.localizedMessage)")
        }
        switch format {
        case .http: print(RequestRenderer.http(request, revealingSecrets: revealSecrets))
        case .curl: print(RequestRenderer.curl(request, revealingSecrets: revealSecrets), terminator: "")
        }
        if report.hasErrors { throw ExitCode(ExitStatus.dataError) }
    }
}
