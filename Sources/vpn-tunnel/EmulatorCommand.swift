import ArgumentParser
import TunnelCore
import TunnelEmulator

/// `vpn-tunnel emulator`: a local BCE VPN API on 127.0.0.1, for demos and for trying the tool without an account.
struct EmulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emulator",
        abstract: CommandLanguage.help(.abstract(.emulator), at: .abstract),
        discussion: CommandLanguage.help(.discussion(.emulator), at: .discussion)
    )

    @Option(help: .localized(.option(.port), parserNote: true))
    var port: Int = 0

    @Option(help: .localized(.option(.emulatorState), valueName: "file"))
    var state: String?

    @Option(help: .localized(.option(.seed), valueName: "file"))
    var seed: String?

    @Option(help: .localized(.option(.acceptedAccessKeyId)))
    var accessKeyId: String?

    @Option(help: .localized(.option(.acceptedSecretAccessKey)))
    var secretAccessKey: String?

    @Option(help: .localized(.option(.latency), valueName: "ms", parserNote: true))
    var latency: Int = 0

    @Option(help: .localized(.option(.failFirst), valueName: "n", parserNote: true))
    var failFirst: Int = 0

    @Option(help: .localized(.option(.failRate), valueName: "p", parserNote: true))
    var failRate: Double = 0

    @Option(help: .localized(.option(.dropConnections), valueName: "p", parserNote: true))
    var dropConnections: Double = 0

    @Option(help: .localized(.option(.randomSeed), valueName: "n"))
    var randomSeed: UInt64?

    @OptionGroup
    var transition: TransitionOptions

    var faults: FaultConfiguration {
        FaultConfiguration(
            latencyMilliseconds: latency, failFirst: failFirst, failRate: failRate, dropRate: dropConnections)
    }

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError(.portRange(value: port)) }
        if (accessKeyId == nil) != (secretAccessKey == nil) {
            throw ValidationError(.optionsTogether("--access-key-id", "--secret-access-key"))
        }
        if let problem = faults.validationError(in: CommandLanguage.current) { throw ValidationError(problem) }
    }

    @OptionGroup var language: LanguageOption

    func run() async throws {
        let credentials =
            accessKeyId.map { BCECredentials(accessKeyId: $0, secretAccessKey: secretAccessKey ?? "") }
            ?? EmulatorCredentials.demo
        let emulator: TunnelEmulator
        do {
            emulator = try TunnelEmulator(
                configuration: EmulatorConfiguration(
                    port: port, credentials: credentials, faults: faults, stateFile: state,
                    initialState: try seed.map { path throws(EmulatorStateError) in try EmulatorState.read(path: path)
                    },
                    randomSeed: randomSeed, transition: transition.transition, onRequest: { Self.log($0) }))
        } catch {
            StandardError.write(.emulatorFailed(reason: error.message(in: CommandLanguage.current)))
            throw ExitCode(66)
        }
        let snapshot = await emulator.store.snapshot()
        let banner = banner(
            credentials: credentials, vpnId: snapshot.vpns.first?.vpnId ?? "VPN_ID",
            vpnConnId: snapshot.vpnConns.first?.vpnConnId ?? "VPN_CONN_ID")
        try await emulator.runUntilSignalled { port in
            StandardStream.output.write(banner(port))
        }
    }

    /// What the operator needs to point a client at the emulator. The demo secret is public and printed; a secret
    /// given on the command line is the operator's own and stays masked.
    private func banner(credentials: BCECredentials, vpnId: String, vpnConnId: String) -> @Sendable (Int) -> String {
        let secret = credentials == EmulatorCredentials.demo ? credentials.secretAccessKey : nil
        let (language, state) = (CommandLanguage.current, state)
        return { port in
            language.text(
                .command(
                    .emulatorBanner(
                        url: "http://127.0.0.1:\(port)", accessKeyId: credentials.accessKeyId, secret: secret,
                        stateFile: state, vpnId: vpnId, vpnConnId: vpnConnId)))
        }
    }

    /// One line per call: method, path, clientToken, status, request id (never a body: it holds the secretKey).
    @Sendable private static func log(_ request: RecordedRequest) {
        let token = request.clientToken.map { " clientToken=\($0)" } ?? ""
        let outcome = request.dropped ? "dropped (would have been \(request.status))" : "\(request.status)"
        let line = "\(request.method) \(request.path)\(token) -> \(outcome) x-bce-request-id: \(request.requestId)"
        // Unbuffered, so the lines show up as they happen even when stdout is a pipe; through `Sanitizer`, since
        // the path and the token are the client's text.
        StandardStream.output.write(Sanitizer.visible(line) + "\n")
    }
}
