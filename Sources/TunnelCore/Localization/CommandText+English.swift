/// The English catalog of the command line's messages.
extension CommandText {
    var english: String {
        switch self {
        case .error(let reason): "error: \(reason)"
        case .warning(let reason): "warning: \(reason)"
        case .missingCredentials(let configFile):
            "no BCE credentials: pass --access-key-id and --secret-access-key, set BCE_ACCESS_KEY_ID and "
                + "BCE_SECRET_ACCESS_KEY, or add a profile to \(configFile)"
        case .incompleteCredentials(let source, let missing):
            "incomplete BCE credentials in \(source): \(missing) is missing"
        case .incompleteProfile(let path, let profile, let key):
            "\(path): profile \"\(profile)\" has no \(key); set it (or use BCE_ACCESS_KEY_ID and BCE_SECRET_ACCESS_KEY)"
        case .malformedConfigFile(let path, let problem): "\(path): \(problem)"
        case .unknownProfile(let path, let name, let available):
            available.map { "\(path) has no profile named \"\(name)\" (profiles: \($0))" }
                ?? "no profile named \"\(name)\": \(path) is missing or has no profiles"
        case .unknownRegion(let region, let source, let known):
            "unknown region \"\(region)\" from \(source); use one of \(known)"
        case .invalidEndpoint(let url, let source, let reason):
            "invalid endpoint \"\(url)\" from \(source): \(Self.english(reason))"
        case .endpointReason(let reason): Self.english(reason)
        case .unsafeConfigFile(let path, let problem, let fix): "\(path): \(problem); run: \(fix)"
        case .insecureEndpoint(let url):
            "refusing plain HTTP to \(url): the request carries the pre-shared key; use https://, a loopback "
                + "address, or pass --allow-insecure-http"
        case .source(let source): Self.english(source)
        case .configFile(let problem): Self.english(problem)
        case .noResponseWithin(let time): "no response within \(time)"
        case .connectionFailed(let reason): "connection failed: \(reason)"
        case .cancelled: "cancelled"
        case .requestNotSent(let reason): "the request could not be sent: \(reason)"
        case .tlsFailed(let host, let reason):
            "certificate or TLS handshake problem with \(host) (\(Self.english(reason))): not sent and not retried; check that the "
                + "endpoint is BCE's and that nothing on the way intercepts TLS"
        case .serviceError(let code, let httpStatus, let message, let requestId):
            "\(code) (HTTP \(httpStatus)): \(message)" + (requestId.map { " [request id \($0)]" } ?? "")
        case .emptyErrorBody(let httpStatus): "the server answered HTTP \(httpStatus) with no error body"
        case .listRefused(let reason): "BCE refused to list the tunnels: \(reason)"
        case .bceUnreachable(let attempts, let reason):
            "BCE could not be reached after \(attempts) attempt\(attempts == 1 ? "" : "s"): \(reason)"
        case .noSuchTunnel(let tunnel, let vpn, let available):
            "VPN \(vpn) has no tunnel \(tunnel) (\(available.map { "it has " + $0 } ?? "it has none"))"
        case .tunnelListUnreadable(let reason): "the tunnel list from BCE could not be read: \(reason)"
        case .answerNotJSON(let reason): "not JSON: \(reason)"
        case .answerWithoutList: "no \"vpnConns\" list in the answer"
        case .answerEntry(let index, let reason): "vpnConns[\(index)]: \(reason)"
        case .nothingSentInvalid(let file, let errors):
            "nothing sent: \(file) has \(errors) error\(errors == 1 ? "" : "s")"
        case .maskedSecretUnreadable(let file, let reason):
            "error: secretKey is masked in \(file) and the current key could not be read (\(reason)); "
                + "write the key into the file"
        case .credentialsRefused(let code, let message): "error: BCE refused the credentials: \(code): \(message)"
        case .requestIdLine(let id): "request id: \(id ?? "(none returned)")"
        case .fixKeyPair: "nothing sent: fix the access key pair (see --help for where it comes from)"
        case .applied(let requestId, let attempts):
            "Applied\(attempts == 1 ? "" : " after \(attempts) attempts"). Request id: \(requestId ?? "(none returned)")"
        case .keptFailing(let attempts, let reason): "error: BCE kept failing after \(attempts) attempts: \(reason)"
        case .updateRefused(let code, let message): "error: BCE refused the update: \(code): \(message)"
        case .fieldLine(let field): "field: \(field)"
        case .submitUnreachable(let url, let attempts, let reason):
            "error: \(url) could not be reached after \(attempts) attempt\(attempts == 1 ? "" : "s"): \(reason)"
        case .retryHint(let clientToken):
            "nothing is lost: run again with --client-token \(clientToken) so BCE applies it at most once"
        case .cancelledRetryHint(let clientToken):
            "cancelled; nothing is lost: run again with --client-token \(clientToken) so BCE applies it at most once"
        case .maskedSecretKept(let file): "note: secretKey is masked in \(file); keeping the tunnel's current key"
        case .noChanges(let tunnel):
            "no changes: \(tunnel) on BCE already has these values; nothing sent (--force sends anyway)"
        case .changesTo(let tunnel, let name): "Changes to \(tunnel) (\(name)):"
        case .noChangesLine: "no changes"
        case .currentUnreadable(let reason):
            "note: the current tunnel could not be read, so no diff is shown: \(reason)"
        case .sendingUpdate(let tunnel, let url, let clientToken):
            "Sending the update of \(tunnel) to \(url) (client token \(clientToken))"
        case .invalidClientToken(let token, let rule): "error: --client-token (\(token)) \(rule)"
        case .cannotConfirm:
            "error: standard input is not a terminal, so the update cannot be confirmed; pass --yes to send it"
        case .confirmApply(let tunnel): "Apply this update of \(tunnel) now? [y/N] "
        case .nothingSent: "nothing sent"
        case .notSigned(let reason): "vpn-tunnel: not signed: \(reason)"
        case .noPeerConfigWithErrors: "vpn-tunnel: no peer configuration for a tunnel with errors"
        case .peerConfigRefused(let reason): "vpn-tunnel: \(reason)"
        case .noGatewayAddress:
            "vpn-tunnel: BCE's gateway address is not in a tunnel file: give it with --bce-gateway-ip A.B.C.D "
                + "(the tunnel's localIp, the VPN's EIP), or pass --gateway-from-bce to read it from BCE"
        case .noGatewayInAnswer(let tunnel, let localIp):
            "vpn-tunnel: BCE gave no IPv4 localIp for \(tunnel) (\(localIp ?? "none")): give it with --bce-gateway-ip"
        case .gatewayUnreadable(let reason): "vpn-tunnel: could not read the gateway address: \(reason)"
        case .couldNotRead(let tunnel, let reason): "vpn-tunnel: could not read \(tunnel) from BCE: \(reason)"
        case .cancelledReading(let tunnel):
            "vpn-tunnel: cancelled while reading \(tunnel) from BCE; nothing was changed"
        case .demoDidNotStart(let reason): "vpn-tunnel demo: the emulator did not start: \(reason)"
        case .demoFailed(let reason): "vpn-tunnel demo: \(reason)"
        case .emulatorFailed(let reason): "vpn-tunnel emulator: \(reason)"
        case .emulatorStateUnreadable(let path, let reason):
            "\(path): cannot be read: \(FileText.fileReason(reason).english)"
        case .emulatorStateMalformed(let path, let reason): "\(path): is not an emulator state file: \(reason)"
        case .emulatorStateUnwritable(let path, let reason):
            "\(path): cannot be written: \(FileText.fileReason(reason).english)"
        case .emulatorBanner(let url, let accessKeyId, let secret, let stateFile, let vpnId, let vpnConnId):
            """
            BCE VPN API emulator listening on \(url)
            Access key id:     \(accessKeyId)
            Secret access key: \(secret ?? "(as given with --secret-access-key)")
            \(stateFile.map { "State file:        \($0)" } ?? "State:             in memory (--state FILE keeps it)")

            Try:
              export BCE_ACCESS_KEY_ID=\(accessKeyId) BCE_SECRET_ACCESS_KEY=\(secret ?? "<your secret>")
              vpn-tunnel show --endpoint \(url) --vpn-id \(vpnId) --vpn-conn-id \(vpnConnId) > t.json
              vpn-tunnel submit --endpoint \(url) --file t.json
              vpn-tunnel status --endpoint \(url) --vpn-id \(vpnId) --vpn-conn-id \(vpnConnId) --watch
            Stop with Ctrl-C.

            """
        case .watching(let tunnel, let vpn, let host, let timeout):
            "Watching \(tunnel) of \(vpn) on \(host) for up to \(timeout) (Ctrl-C stops):"
        case .eitherOption(let first, let second): "Give \(first) or \(second), not both."
        case .optionsTogether(let first, let second): "\(first) and \(second) go together: give both or neither"
        case .notIPv4(let option, let value): "\(option) (\(value)) must be an IPv4 address."
        case .notUTCTime(let value): "--date (\(value)) must be a UTC time such as 2024-01-02T03:04:05Z."
        case .clientTokenRule(let token, let rule): "--client-token (\(token)) \(rule)."
        case .expirationRange(let value): "--expiration (\(value)) must be from 1 to 604800 seconds."
        case .watchNeedsTunnel: "--watch needs --vpn-conn-id: it follows one tunnel"
        case .timeoutNotATime(let value): "--timeout (\(value)) is not a time such as 90s, 5m or 1h (at most 24h)"
        case .portRange(let value): "--port (\(value)) is not between 0 and 65535"
        case .notNegative(let option, let value): "\(option) (\(value)) must not be negative"
        case .notAProbability(let option, let value): "\(option) (\(value)) is not a probability between 0 and 1"
        case .transitionMsRange(let value): "--transition-ms (\(value)) is not between 0 and 3600000 (an hour)"
        case .transitionStatusWord(let value): "--transition-status (\(value)) is not a word of ASCII letters"
        }
    }

    private static func english(_ reason: TLSReason) -> String {
        switch reason {
        case .certificateNotValidated: "the certificate could not be validated"
        case .noCertificate: "the server sent no certificate"
        case .hostNameMismatch: "the host name cannot be matched against the certificate"
        case .library(let words): words
        }
    }

    private static func english(_ reason: EndpointError.Reason) -> String {
        switch reason {
        case .unknownRegion(let known): "is not a known region; use one of \(known.joined(separator: ", "))"
        case .notHTTP: "must start with https:// or http://"
        case .notSchemeAndHost: "must be a scheme and a host, with an optional port and nothing else"
        case .badPort: "has a port that is not a number from 1 to 65535"
        case .noHost: "has no host"
        }
    }

    private static func english(_ problem: ConfigFileProblem) -> String {
        let danger = "could point endpoint at a host of theirs and receive the pre-shared key"
        switch problem {
        case .notJSON(let reason): return "is not valid JSON: \(reason)"
        case .notAnObject: return "must hold a JSON object with \"current\" and \"profiles\""
        case .noProfiles: return "has no \"profiles\" list"
        case .profilesNotAList: return "\"profiles\" must be a list of profiles"
        case .entryNotAnObject(let location): return "\(location) must be an object"
        case .profileWithoutName(let location): return "\(location).name is missing; give the profile a name"
        case .notAString(let keyPath): return "\(keyPath) must be a string"
        case .folderUnreadable(let reason): return "its folder cannot be read (\(reason))"
        case .ownedByAnother(let owner, let user):
            return "is owned by uid \(owner), not by you (uid \(user)): its owner \(danger)"
        case .writableByOthers(let mode, let group, let others):
            let writers = group && others ? "group and others" : group ? "its group" : "others"
            return "mode \(mode) lets \(writers) change it: they \(danger)"
        case .readableByOthers(let path, let mode):
            return "\(path) is readable by others (mode \(mode)); run: chmod 600 \(path)"
        }
    }

    private static func english(_ source: ConnectionSource) -> String {
        switch source {
        case .commandLine: "the command line"
        case .environment: "the environment"
        case .defaultRegion: "the default"
        case .emulator: "the emulator"
        case .profile(let name, let path): "profile \"\(name)\" in \(path)"
        }
    }
}
