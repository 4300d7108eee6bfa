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
        abstract: CommandLanguage.help(.abstract(.preview), at: .abstract),
        discussion: CommandLanguage.help(.discussion(.preview), at: .discussion)
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case http
        case curl
    }

    @OptionGroup var tunnel: TunnelFileOptions

    @OptionGroup var connection: ConnectionOptions

    @Option(help: .localized(.option(.previewDate)))
    var date: String?

    @Option(help: .localized(.option(.previewClientToken)))
    var clientToken: String?

    @Option(help: .localized(.option(.expiration), parserNote: true))
    var expiration: Int = 1800

    @Flag(help: .localized(.option(.previewRevealSecrets)))
    var revealSecrets = false

    @Option(help: .localized(.option(.requestFormat), parserNote: true))
    var format: Format = .http

    func validate() throws {
        if connection.region != nil && connection.endpoint != nil {
            throw ValidationError(.eitherOption("--region", "--endpoint"))
        }
        if let date, BCETimestamp.date(from: date) == nil {
            throw ValidationError(.notUTCTime(value: date))
        }
        if let clientToken, let rule = ClientToken.rule(for: clientToken) {
            throw ValidationError(.clientTokenRule(token: clientToken, rule: CommandLanguage.text(.rule(rule))))
        }
        if !(1...604_800).contains(expiration) {
            throw ValidationError(.expirationRange(value: expiration))
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
            StandardError.write(.notSigned(reason: reason.text(in: CommandLanguage.current)))
        }
        switch format {
        case .http: print(RequestRenderer.http(request, revealingSecrets: revealSecrets))
        case .curl: print(RequestRenderer.curl(request, revealingSecrets: revealSecrets), terminator: "")
        }
        if report.hasErrors { throw ExitCode(ExitStatus.dataError) }
    }
}
