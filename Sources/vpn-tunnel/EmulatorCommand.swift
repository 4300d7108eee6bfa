import ArgumentParser
import TunnelCore
import TunnelEmulator

/// `vpn-tunnel emulator`: a local BCE VPN API on 127.0.0.1, for demos and for trying the tool without an account.
struct EmulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emulator",
        abstract: "Serve a local BCE VPN API on 127.0.0.1 that checks signatures and validates like BCE.",
        discussion: """
            Serves the list, update, create and delete tunnel calls and list VPNs until interrupted (Ctrl-C). \
            It starts from its built-in seed (or --seed FILE), or from the --state file when that exists, and saves every \
            change to the --state file before answering. Faults (--latency, --fail-first, --fail-rate, \
            --drop-connections) let you watch the client retry.

            After an update a tunnel shows --transition-status (default configuring) for --transition-ms (default \
            3000), then active. Its healthStatus is reachable only while its simulated peer proposes what the \
            tunnel proposes (IKE version, mode and algorithms, IPsec algorithms; lifetimes are not compared). Both \
            are the emulator's guesses at BCE, which documents neither. The seed gives each tunnel a peer \
            ("peers"); set one with PUT /emulator/peer/VPN_CONN_ID and a body {"ikeConfig":{...},"ipsecConfig":{...}} \
            in BCE's names, or the swanctl.conf that peer-config exports (unsigned, loopback only, not part of \
            BCE's API); GET the same path reads it.
            """
    )

    @Option(help: "Port to listen on; 0 picks a free one.")
    var port: Int = 0

    @Option(help: ArgumentHelp("Keep the state in this file across restarts.", valueName: "file"))
    var state: String?

    @Option(help: ArgumentHelp("Start from this seed file instead of the built-in one.", valueName: "file"))
    var seed: String?

    @Option(help: "The access key id to accept (default: the demo one).")
    var accessKeyId: String?

    @Option(help: "The secret access key to accept (default: the demo one).")
    var secretAccessKey: String?

    @Option(help: ArgumentHelp("Delay every answer by this many milliseconds.", valueName: "ms"))
    var latency: Int = 0

    @Option(help: ArgumentHelp("Answer 500 InternalError to the first N update calls.", valueName: "n"))
    var failFirst: Int = 0

    @Option(help: ArgumentHelp("Answer 500 InternalError to calls with this probability (0-1).", valueName: "p"))
    var failRate: Double = 0

    @Option(
        help: ArgumentHelp(
            "With this probability, handle a call but close the connection instead of answering (a lost answer).",
            valueName: "p"))
    var dropConnections: Double = 0

    @Option(help: ArgumentHelp("Seed the fault dice, for a repeatable run.", valueName: "n"))
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
        if let problem = faults.validationError() { throw ValidationError(problem) }
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
