/// What the commands print as they run, as keys: progress, results, refusals, and the reasons the client layer gives
/// (credentials, endpoints, the network, BCE's answers). BCE's own messages are quoted as BCE wrote them.
///
/// The client layer's errors say themselves through these keys (their English `description` is `Language.en`'s
/// text), so a reason passed up from another layer reads in the caller's language.
public enum CommandText: Sendable, Hashable {
    // MARK: Prefixes of a whole line
    /// `error: …`: a reason already in the line's language.
    case error(reason: String)
    /// `warning: …`.
    case warning(reason: String)

    // MARK: Credentials and endpoints (`ConnectionError`)
    case missingCredentials(configFile: String)
    case incompleteCredentials(source: String, missing: String)
    case incompleteProfile(path: String, profile: String, key: String)
    /// `path: problem`; the problem is the file's own (`is not valid JSON: …`).
    case malformedConfigFile(path: String, problem: String)
    /// No profile of that name; `available` is nil when the file has none.
    case unknownProfile(path: String, name: String, available: String?)
    case unknownRegion(region: String, source: String, known: String)
    case invalidEndpoint(url: String, source: String, reason: EndpointError.Reason)
    /// Why an endpoint cannot be used, as the rest of a sentence about it: `has no host`.
    case endpointReason(EndpointError.Reason)
    case unsafeConfigFile(path: String, problem: String, fix: String)
    case insecureEndpoint(url: String)
    /// Where a setting came from, as a message names it.
    case source(ConnectionSource)
    /// What is wrong with `~/.bce/config.json`, as the rest of a sentence about it.
    case configFile(ConfigFileProblem)

    // MARK: The network (`TransportError`)
    case noResponseWithin(time: String)
    case connectionFailed(reason: String)
    case cancelled
    case requestNotSent(reason: String)
    case tlsFailed(host: String, reason: TLSReason)

    /// Why a TLS handshake failed: the program's own words for three certificate checks, else the TLS library's.
    public enum TLSReason: Sendable, Hashable {
        case certificateNotValidated
        case noCertificate
        case hostNameMismatch
        /// BoringSSL's or NIO's own words (`certificate verify failed`), shown as they wrote them.
        case library(String)
    }

    // MARK: BCE's answers (`BCEServiceError`, `TunnelFetchError`)
    /// `InvalidParameter (HTTP 400): secretKey is invalid [request id 1214cca7-…]`: BCE's code and message.
    case serviceError(code: String, httpStatus: Int, message: String, requestId: String?)
    /// In place of BCE's message when an error answer has no body.
    case emptyErrorBody(httpStatus: Int)
    case listRefused(reason: String)
    case bceUnreachable(attempts: Int, reason: String)
    /// The VPN has no such tunnel; `available` is nil when it has none.
    case noSuchTunnel(tunnel: String, vpn: String, available: String?)
    case tunnelListUnreadable(reason: String)
    /// Why BCE's list answer is not a tunnel list.
    case answerNotJSON(reason: String)
    case answerWithoutList
    case answerEntry(index: Int, reason: String)

    // MARK: Submit
    case nothingSentInvalid(file: String, errors: Int)
    case maskedSecretUnreadable(file: String, reason: String)
    case credentialsRefused(code: String, message: String)
    /// `request id: …`, or that BCE returned none.
    case requestIdLine(String?)
    case fixKeyPair
    case applied(requestId: String?, attempts: Int)
    case keptFailing(attempts: Int, reason: String)
    case updateRefused(code: String, message: String)
    case fieldLine(field: String)
    case submitUnreachable(url: String, attempts: Int, reason: String)
    /// How to send the same update again, at most once: the same client token.
    case retryHint(clientToken: String)
    case cancelledRetryHint(clientToken: String)
    case maskedSecretKept(file: String)
    case noChanges(tunnel: String)
    case changesTo(tunnel: String, name: String)
    /// The diff's one line when an update forced with `--force` changes nothing.
    case noChangesLine
    case currentUnreadable(reason: String)
    case sendingUpdate(tunnel: String, url: String, clientToken: String)
    case invalidClientToken(token: String, rule: String)
    case cannotConfirm
    /// The question before sending, answered `y` or `yes`.
    case confirmApply(tunnel: String)
    case nothingSent

    // MARK: Preview, peer-config, edit, demo, emulator, output
    case notSigned(reason: String)
    case noPeerConfigWithErrors
    /// The vendor cannot express the tunnel (`PeerConfigError`'s sentence).
    case peerConfigRefused(reason: String)
    case noGatewayAddress
    case noGatewayInAnswer(tunnel: String, localIp: String?)
    case gatewayUnreadable(reason: String)
    case couldNotRead(tunnel: String, reason: String)
    case cancelledReading(tunnel: String)
    case demoDidNotStart(reason: String)
    case demoFailed(reason: String)
    case emulatorFailed(reason: String)
    /// A seed or state file of the emulator that cannot be read, is not one, or cannot be written; a malformed
    /// file's reason is the JSON decoder's own.
    case emulatorStateUnreadable(path: String, reason: SafeFileError.Reason)
    case emulatorStateMalformed(path: String, reason: String)
    case emulatorStateUnwritable(path: String, reason: SafeFileError.Reason)
    /// What `emulator` prints once it listens: where, as whom, and commands to try. `secret` is nil when it is the
    /// operator's own (not printed); `stateFile` nil when the state is kept in memory.
    case emulatorBanner(
        url: String, accessKeyId: String, secret: String?, stateFile: String?, vpnId: String, vpnConnId: String)

    // MARK: Watching
    case watching(tunnel: String, vpn: String, host: String, timeout: String)

    // MARK: Options the parser checks (`ValidationError`)
    case eitherOption(String, String)
    case optionsTogether(String, String)
    case notIPv4(option: String, value: String)
    case notUTCTime(value: String)
    case clientTokenRule(token: String, rule: String)
    case expirationRange(value: Int)
    case watchNeedsTunnel
    case timeoutNotATime(value: String)
    case portRange(value: Int)
    case notNegative(option: String, value: String)
    case notAProbability(option: String, value: String)
    case transitionMsRange(value: Int)
    case transitionStatusWord(value: String)
}

/// What can be wrong with the `bce` command line's config file, as the rest of a sentence that names the file.
public enum ConfigFileProblem: Sendable, Hashable {
    /// The JSON parser's own reason.
    case notJSON(reason: String)
    case notAnObject
    case noProfiles
    case profilesNotAList
    case entryNotAnObject(location: String)
    case profileWithoutName(location: String)
    case notAString(keyPath: String)
    /// The folder holding the file; the system's reason.
    case folderUnreadable(reason: String)
    case ownedByAnother(owner: UInt32, user: UInt32)
    case writableByOthers(mode: String, group: Bool, others: Bool)
    /// A warning, naming the file and the command that fixes it.
    case readableByOthers(path: String, mode: String)
}

/// Where a connection setting came from.
public enum ConnectionSource: Sendable, Hashable {
    case commandLine
    case environment
    case defaultRegion
    case emulator
    case profile(name: String, path: String)
}
