import Testing

@testable import TunnelCore

/// `CommandText`'s samples and case numbers; `LocalizationTests` checks every sample in both languages.
extension LocalizationTests {
    static let commandSamples: [CommandText] =
        [
            .error(reason: "reason-text"), .warning(reason: "reason-text"),
            .missingCredentials(configFile: "/home/op/.bce/config.json"),
            .incompleteCredentials(source: "source-text", missing: "BCE_SECRET_ACCESS_KEY"),
            .incompleteProfile(path: "/home/op/.bce/config.json", profile: "lab", key: "access_key_id"),
            .malformedConfigFile(path: "/home/op/.bce/config.json", problem: "problem-text"),
            .unknownProfile(path: "/home/op/.bce/config.json", name: "prod", available: "default, lab"),
            .unknownProfile(path: "/home/op/.bce/config.json", name: "prod", available: nil),
            .unknownRegion(region: "xx", source: "source-text", known: "bj, gz"),
            .invalidEndpoint(url: "ftp://x", source: "source-text", reason: .notHTTP),
            .endpointReason(.unknownRegion(known: ["bj", "gz"])), .endpointReason(.notHTTP),
            .endpointReason(.notSchemeAndHost), .endpointReason(.badPort), .endpointReason(.noHost),
            .unsafeConfigFile(path: "/home/op/.bce/config.json", problem: "problem-text", fix: "chmod 600 f"),
            .insecureEndpoint(url: "http://10.0.0.1"), .source(.commandLine), .source(.environment),
            .source(.defaultRegion), .source(.emulator),
            .source(.profile(name: "lab", path: "/home/op/.bce/config.json")),
            .noResponseWithin(time: "10s"), .connectionFailed(reason: "reason-text"), .cancelled,
            .requestNotSent(reason: "reason-text"),
            .tlsFailed(host: "bcc.bj.baidubce.com", reason: .library("reason-text")),
            .tlsFailed(host: "bcc.bj.baidubce.com", reason: .certificateNotValidated),
            .tlsFailed(host: "bcc.bj.baidubce.com", reason: .noCertificate),
            .tlsFailed(host: "bcc.bj.baidubce.com", reason: .hostNameMismatch),
            .serviceError(code: "InvalidParameter", httpStatus: 400, message: "message-text", requestId: "req-1"),
            .serviceError(code: "InvalidParameter", httpStatus: 400, message: "message-text", requestId: nil),
            .emptyErrorBody(httpStatus: 502), .listRefused(reason: "reason-text"),
            .bceUnreachable(attempts: 3, reason: "reason-text"),
            .noSuchTunnel(tunnel: "vpnconn-abcd", vpn: "vpn-abcd", available: "vpnconn-efgh"),
            .noSuchTunnel(tunnel: "vpnconn-abcd", vpn: "vpn-abcd", available: nil),
            .tunnelListUnreadable(reason: "reason-text"), .answerNotJSON(reason: "reason-text"), .answerWithoutList,
            .answerEntry(index: 2, reason: "reason-text"), .nothingSentInvalid(file: "t.json", errors: 2),
            .maskedSecretUnreadable(file: "t.json", reason: "reason-text"),
            .credentialsRefused(code: "SignatureDoesNotMatch", message: "message-text"), .requestIdLine("req-1"),
            .requestIdLine(nil), .fixKeyPair, .applied(requestId: "req-1", attempts: 2),
            .applied(requestId: nil, attempts: 1),
            .keptFailing(attempts: 3, reason: "reason-text"),
            .updateRefused(code: "InvalidParameter", message: "message-text"),
            .fieldLine(field: "localSubnets[1]"),
            .submitUnreachable(url: "https://host", attempts: 3, reason: "reason-text"),
            .submitUnreachable(url: "https://host", attempts: 1, reason: "reason-text"),
            .retryHint(clientToken: "tok-1"),
            .cancelledRetryHint(clientToken: "tok-1"), .maskedSecretKept(file: "t.json"),
            .noChanges(tunnel: "vpnconn-abcd"),
            .changesTo(tunnel: "vpnconn-abcd", name: "name-text"), .noChangesLine,
            .currentUnreadable(reason: "reason-text"),
            .sendingUpdate(tunnel: "vpnconn-abcd", url: "https://host", clientToken: "tok-1"),
            .invalidClientToken(token: "tok 1", rule: "rule-text"), .cannotConfirm,
            .confirmApply(tunnel: "vpnconn-abcd"),
            .nothingSent, .notSigned(reason: "reason-text"), .noPeerConfigWithErrors,
            .peerConfigRefused(reason: "reason-text"), .noGatewayAddress,
            .noGatewayInAnswer(tunnel: "vpnconn-abcd", localIp: "ip-text"),
            .noGatewayInAnswer(tunnel: "vpnconn-abcd", localIp: nil),
            .gatewayUnreadable(reason: "reason-text"), .couldNotRead(tunnel: "vpnconn-abcd", reason: "reason-text"),
            .cancelledReading(tunnel: "vpnconn-abcd"), .demoDidNotStart(reason: "reason-text"),
            .demoFailed(reason: "reason-text"),
            .emulatorFailed(reason: "reason-text"),
            .emulatorStateUnreadable(path: "/tmp/state.json", reason: .notRegularFile),
            .emulatorStateMalformed(path: "/tmp/state.json", reason: "reason-text"),
            .emulatorStateUnwritable(path: "/tmp/state.json", reason: .symbolicLink),
            .emulatorBanner(
                url: "http://127.0.0.1:8080", accessKeyId: "ak-text", secret: "sk-text", stateFile: "state.json",
                vpnId: "vpn-abcd", vpnConnId: "vpnconn-abcd"),
            .emulatorBanner(
                url: "http://127.0.0.1:8080", accessKeyId: "ak-text", secret: nil, stateFile: nil, vpnId: "vpn-abcd",
                vpnConnId: "vpnconn-abcd"),
            .watching(tunnel: "vpnconn-abcd", vpn: "vpn-abcd", host: "127.0.0.1:8080", timeout: "5m00s"),
            .eitherOption("--region", "--endpoint"), .optionsTogether("--vpn-id", "--vpn-conn-id"),
            .notIPv4(option: "--bce-gateway-ip", value: "value-text"), .notUTCTime(value: "value-text"),
            // The rule comes already in the line's language.
            .clientTokenRule(token: "tok 1", rule: "不能为空"), .expirationRange(value: 700000), .watchNeedsTunnel,
            .timeoutNotATime(value: "value-text"), .portRange(value: 70000),
            .notNegative(option: "--latency", value: "-5"),
            .notAProbability(option: "--fail-rate", value: "1.5"), .transitionMsRange(value: 4000000),
            .transitionStatusWord(value: "value-text"),
        ]
        + [
            ConfigFileProblem.notJSON(reason: "reason-text"), .notAnObject, .noProfiles, .profilesNotAList,
            .entryNotAnObject(location: "profiles[2]"), .profileWithoutName(location: "profiles[2]"),
            .notAString(keyPath: "profiles[2].region"), .folderUnreadable(reason: "reason-text"),
            .ownedByAnother(owner: 1001, user: 1000), .writableByOthers(mode: "0666", group: true, others: true),
            .writableByOthers(mode: "0620", group: true, others: false),
            .writableByOthers(mode: "0602", group: false, others: true),
            .readableByOthers(path: "/home/op/.bce/config.json", mode: "0644"),
        ].map { CommandText.configFile($0) }

    /// The case of a `CommandText`, by number: a new case does not compile until it is numbered here.
    static func caseNumber(_ text: CommandText) -> Int {
        switch text {
        case .error: 0
        case .warning: 1
        case .missingCredentials: 2
        case .incompleteCredentials: 3
        case .incompleteProfile: 4
        case .malformedConfigFile: 5
        case .unknownProfile: 6
        case .unknownRegion: 7
        case .invalidEndpoint: 8
        case .unsafeConfigFile: 9
        case .insecureEndpoint: 10
        case .source: 11
        case .noResponseWithin: 12
        case .connectionFailed: 13
        case .cancelled: 14
        case .requestNotSent: 15
        case .tlsFailed: 16
        case .serviceError: 17
        case .listRefused: 18
        case .bceUnreachable: 19
        case .noSuchTunnel: 20
        case .tunnelListUnreadable: 21
        case .nothingSentInvalid: 22
        case .maskedSecretUnreadable: 23
        case .credentialsRefused: 24
        case .requestIdLine: 25
        case .fixKeyPair: 26
        case .applied: 27
        case .keptFailing: 28
        case .updateRefused: 29
        case .fieldLine: 30
        case .submitUnreachable: 31
        case .retryHint: 32
        case .cancelledRetryHint: 33
        case .maskedSecretKept: 34
        case .noChanges: 35
        case .changesTo: 36
        case .noChangesLine: 37
        case .currentUnreadable: 38
        case .sendingUpdate: 39
        case .invalidClientToken: 40
        case .cannotConfirm: 41
        case .confirmApply: 42
        case .nothingSent: 43
        case .notSigned: 44
        case .noPeerConfigWithErrors: 45
        case .peerConfigRefused: 46
        case .noGatewayAddress: 47
        case .noGatewayInAnswer: 48
        case .gatewayUnreadable: 49
        case .couldNotRead: 50
        case .cancelledReading: 51
        case .demoDidNotStart: 52
        case .demoFailed: 53
        case .emulatorFailed: 54
        case .watching: 55
        case .eitherOption: 56
        case .optionsTogether: 57
        case .notIPv4: 58
        case .notUTCTime: 59
        case .clientTokenRule: 60
        case .expirationRange: 61
        case .watchNeedsTunnel: 62
        case .timeoutNotATime: 63
        case .portRange: 64
        case .transitionMsRange: 65
        case .transitionStatusWord: 66
        case .configFile: 67
        case .emulatorBanner: 68
        case .answerNotJSON: 69
        case .answerWithoutList: 70
        case .answerEntry: 71
        case .emptyErrorBody: 72
        case .notNegative: 73
        case .notAProbability: 74
        case .endpointReason: 75
        case .emulatorStateUnreadable: 76
        case .emulatorStateMalformed: 77
        case .emulatorStateUnwritable: 78
        }
    }

    @Test func everyCommandCaseHasASample() {
        #expect(Set(Self.commandSamples.map(Self.caseNumber)) == Set(0...78))
    }
}
