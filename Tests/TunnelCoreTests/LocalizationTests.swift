import Testing

@testable import TunnelCore

/// The catalogs: every text in both languages, whole, with its arguments; and which language a run speaks.
///
/// A text missing from a catalog does not compile (each catalog is an exhaustive `switch`); these tests check what
/// the compiler cannot: that no text is empty, that Chinese is Chinese, and that no argument is lost in translation.
@Suite struct LocalizationTests {
    /// One sample of every case of `Text`, with arguments that can be found in the output.
    static let samples: [Text] =
        [
            .formTitle, .readFromBCE, .secondsRange(lower: 60, upper: 86400),
            .terminalTooSmall(need: "80x24", have: "70x20"),
            .tunnelStatus(tunnel: "vpnconn-abcd", file: "t.json", fromService: false, edited: true),
            .tunnelStatus(tunnel: "", file: nil, fromService: true, edited: false),
            .problemCount(errors: 2, warnings: 1), .problemCount(errors: 0, warnings: 0),
            .scrolledOut(above: true, below: false), .scrolledOut(above: true, below: true),
            .problemLine(isError: false, row: 1, value: "10.0.0.1/8", rule: "rule-text"),
            .choiceLine(value: "aes256", label: "AES-256", isWeak: true), .choiceNotSet, .choiceNone,
            .noProblemsToGoTo, .fieldLocked(path: "vpnConnId"), .fixErrorsBeforePreview(count: 3),
            .fixErrorsBeforeSubmitting(count: 3), .notSent(reason: "reason-text"),
            .digitsOnly(path: "ikeConfig.ikeLifeTime", character: "x"),
            .digitsOnly(path: "ikeConfig.ikeLifeTime", character: nil),
            .refusedNotUTF8, .refusedLocaleNotUTF8, .cannotSend(reason: "reason-text"),
            .draftsOff(reason: "reason-text"),
            .change(TunnelDiff.Change(field: .ikeLifeTime, values: .text(before: "28800", after: "3600"))),
            .change(TunnelDiff.Change(field: .secretKey, values: .secret)),
            .change(
                TunnelDiff.Change(
                    field: .localSubnets,
                    values: .list(
                        before: ["10.0.1.0/24"], after: ["10.0.2.0/24"], removed: ["10.0.1.0/24"],
                        added: ["10.0.2.0/24"]))),
            .demoEmulator(url: "http://127.0.0.1:8080"), .chineseNeedsUTF8(locale: "LANG=C"),
            .helpTitle(version: "9.9.9"), .previewTitle(revealsSecrets: true), .noChangesOnBCE, .changesOnBCE,
            .bodyIndented(wireKey: "w"), .sendingUpdate(tunnel: "vpnconn-abcd"), .escCancels,
            .quitWithUnsentEdits, .draftKept, .noDraftKept, .quitKeys, .savedDraftExists, .savedDraftSame,
            .savedDraftDiffers(fields: "vpnConnName"), .secretKeyToRetype, .restoreKeys,
            .confirmSend(tunnel: "vpnconn-abcd", host: "bcc.bj.baidubce.com"), .noHost,
            .targetsOtherTunnel(tunnel: "vpnconn-abcd", fileTunnel: "vpnconn-efgh"),
            .namesOtherGateway(gateway: "vpn-abcd", fileGateway: "vpn-efgh"),
            .readingToCompare(tunnel: "vpnconn-abcd"), .escGoesBack, .nothingToSend(tunnel: "vpnconn-abcd"),
            .changesOnService(tunnel: "vpnconn-abcd", fields: "description"),
            .couldNotReadToCompare(tunnel: "vpnconn-abcd", reason: "reason-text"), .noFieldChangedSinceLoaded,
            .changedSinceLoaded(fields: "description"), .sentWithWarnings(count: 3), .moreWarnings(count: 2),
            .enterSends, .applied, .requestId("req-1", attempts: 2), .requestId(nil, attempts: 1),
            .rejected(httpStatus: 400), .errorCode("InvalidParam"), .errorMessage("message-text"),
            .errorField("remoteIp"), .rejectedRequestId("req-1"), .formUnchanged,
            .unreachable(attempts: 3, reason: "reason-text"), .unreachableRetry, .cancelledMayHaveReached,
            .cancelledRetry, .readingTunnel(tunnel: "vpnconn-abcd", gateway: "vpn-abcd", from: "https://host"),
            .escCancel, .notATerminal, .unknownTerminalType(name: "xterm-kitty"),
            .terminalCannotMoveCursor(name: "dumb"),
            .peerConfigTitle(format: "strongSwan (swanctl.conf)", revealsSecrets: false),
            .peerConfigTitle(format: "Cisco IOS", revealsSecrets: true), .peerConfigSavePrompt,
            .peerConfigRows(first: 2, last: 22, count: 40), .peerConfigNothingToSave(reason: "reason-text"),
            .peerConfigNotSaved(reason: "reason-text"), .peerConfigSaved(path: "bce-abcd.swanctl.conf"),
            .peerConfigNeedsGateway, .noPeerConfigForForm(format: "libreswan (ipsec.conf)"),
            .fixOnTheForm(several: false),
            .fixOnTheForm(several: true), .tabShowsAnotherFormat, .peerConfigError(.invalidTunnel([])),
            .peerConfigError(.unsupported(field: .ikePfs, value: "group2", format: .libreswan, reason: .noName)),
            .peerConfigError(
                .lifetimeOutOfRange(field: .ikeLifeTime, value: 60, format: .juniperSRX, range: 180...86400)),
            .peerConfigError(.invalidGatewayAddress("gateway-text")),
            .peerConfigError(.unreadableSwanctl(line: 12, reason: "reason-text")),
            .cannotWatch(reason: "reason-text"), .cannotWatchWithoutIds,
            .watchingUntilUp(tunnel: "vpnconn-abcd", timeout: "5m00s"), .earlierChangesHidden(count: 3),
            .watchNoAnswer(time: "   12s", reason: "reason-text"), .watchAsking(frame: "|"),
            .watchUp(elapsed: "12s"),
            .watchTimedOut(elapsed: "5m00s", lastSeen: "configuring / unreachable", lastFailure: "reason-text"),
            .watchTimedOut(elapsed: "5m00s", lastSeen: nil, lastFailure: nil),
            .watchStopped(elapsed: "12s", lastSeen: "active / unreachable"),
            .watchStopped(elapsed: "12s", lastSeen: nil),
            .watchTunnelWentAway(reason: "reason-text"), .watchRefused(reason: "reason-text"),
            // The summary is already in the box's language (`watchUp` and the others above).
            .watchEnded(summary: "连通"),
        ]
        + PeerRefusal.allCases.map { Text.peerRefusal($0) }
        + [
            ValidationRule.required, .idFormat(prefix: "vpn-", lower: 4, upper: 32),
            .tooLong(count: 70, maximum: 65), .empty, .printableASCII, .mustStartWithLetter, .nameCharacter("#"),
            .descriptionTooLong(maximum: 200), .secretKeyLength(lower: 8, upper: 17),
            .secretKeyCharacters(symbols: "!@#$%^*()_"), .secretKeyMissing(letter: true, digit: false, symbol: true),
            .ipv4Address, .atLeastOneCIDR, .emptyRow, .cidrFormat, .hostBits(network: "10.0.0.0/8"),
            .repeats(path: "localSubnets[0]"), .overlaps(first: "localSubnets[0] (10.0.0.0/8)", rows: 1),
            .overlaps(first: "localSubnets[0] (10.0.0.0/8)", rows: 3), .manyOverlaps(count: 120, named: 100),
            .ikeModeRequiredWithIKEv1, .noEffectWithIKEv2, .requiredChoice(allowed: "aes, aes192"),
            .oneOf(allowed: "aes, aes192"), .extendedTier, .lifetimeRequired(lower: 60, upper: 86400),
            .wholeSeconds(lower: 60, upper: 86400), .belowMinimum(seconds: 60), .aboveMaximum(seconds: 86400),
            .secretKeyToRetype, .nonPublicAddress(.notHost, block: "0.0.0.0/8"),
        ].map { Text.rule($0) }
        + [
            IPv4Address.SpecialRange.private, .carrierGradeNAT, .loopback, .linkLocal, .ietfProtocol, .documentation,
            .benchmarking, .multicast, .reserved,
        ].map { Text.rule(.nonPublicAddress($0, block: "198.18.0.0/15")) }
        + weakChoices.map { Text.rule(.weakChoice(value: $0.value)) }
        + TunnelField.Section.allCases.map { Text.section($0) } + TunnelField.allCases.map { Text.fieldLabel($0) }
        + Text.KeyText.allCases.map { Text.key($0) } + Text.HelpSection.allCases.map { Text.helpSection($0) }
        + Text.BoxTitle.allCases.map { Text.boxTitle($0) }
        + TunnelField.allCases.flatMap { AlgorithmCatalog.allChoices(for: $0) }.map { Text.choiceLabel($0) }
        + helpSamples.map { Text.help($0) } + commandSamples.map { Text.command($0) }
        + fileSamples.map { Text.file($0) }

    /// The case of a text, by number: the `switch` has no `default`, so a new case does not compile until it is
    /// numbered here, and `everyCaseHasASample` then asks for its sample.
    static func caseNumber(_ text: Text) -> Int {
        switch text {
        case .formTitle: 0
        case .section: 1
        case .fieldLabel: 2
        case .readFromBCE: 3
        case .secondsRange: 4
        case .terminalTooSmall: 5
        case .tunnelStatus: 6
        case .problemCount: 7
        case .scrolledOut: 8
        case .problemLine: 9
        case .choiceLabel: 10
        case .choiceLine: 11
        case .choiceNotSet: 12
        case .choiceNone: 13
        case .noProblemsToGoTo: 14
        case .fieldLocked: 15
        case .fixErrorsBeforePreview: 16
        case .fixErrorsBeforeSubmitting: 17
        case .notSent: 18
        case .demoEmulator: 19
        case .chineseNeedsUTF8: 20
        case .key: 21
        case .helpTitle: 22
        case .helpSection: 23
        case .previewTitle: 24
        case .noChangesOnBCE: 25
        case .changesOnBCE: 26
        case .bodyIndented: 27
        case .boxTitle: 28
        case .sendingUpdate: 29
        case .escCancels: 30
        case .quitWithUnsentEdits: 31
        case .draftKept: 32
        case .noDraftKept: 33
        case .quitKeys: 34
        case .savedDraftExists: 35
        case .savedDraftSame: 36
        case .savedDraftDiffers: 37
        case .secretKeyToRetype: 38
        case .restoreKeys: 39
        case .confirmSend: 40
        case .noHost: 41
        case .targetsOtherTunnel: 42
        case .namesOtherGateway: 43
        case .readingToCompare: 44
        case .escGoesBack: 45
        case .nothingToSend: 46
        case .changesOnService: 47
        case .couldNotReadToCompare: 48
        case .noFieldChangedSinceLoaded: 49
        case .changedSinceLoaded: 50
        case .sentWithWarnings: 51
        case .moreWarnings: 52
        case .enterSends: 53
        case .applied: 54
        case .requestId: 55
        case .rejected: 56
        case .errorCode: 57
        case .errorMessage: 58
        case .errorField: 59
        case .rejectedRequestId: 60
        case .formUnchanged: 61
        case .unreachable: 62
        case .unreachableRetry: 63
        case .cancelledMayHaveReached: 64
        case .cancelledRetry: 65
        case .readingTunnel: 66
        case .escCancel: 67
        case .rule: 68
        case .digitsOnly: 69
        case .refusedNotUTF8: 70
        case .refusedLocaleNotUTF8: 71
        case .change: 72
        case .cannotSend: 73
        case .draftsOff: 74
        case .peerConfigTitle: 75
        case .peerConfigSavePrompt: 76
        case .peerConfigRows: 77
        case .peerConfigNothingToSave: 78
        case .peerConfigNotSaved: 79
        case .peerConfigSaved: 80
        case .peerConfigNeedsGateway: 81
        case .noPeerConfigForForm: 82
        case .fixOnTheForm: 83
        case .tabShowsAnotherFormat: 84
        case .peerConfigError: 85
        case .peerRefusal: 86
        case .cannotWatch: 87
        case .cannotWatchWithoutIds: 88
        case .watchingUntilUp: 89
        case .earlierChangesHidden: 90
        case .watchNoAnswer: 91
        case .watchAsking: 92
        case .watchUp: 93
        case .watchTimedOut: 94
        case .watchStopped: 95
        case .watchTunnelWentAway: 96
        case .watchRefused: 97
        case .watchEnded: 98
        case .help: 99
        case .command: 100
        case .file: 101
        case .notATerminal: 102
        case .unknownTerminalType: 103
        case .terminalCannotMoveCursor: 104
        }
    }

    /// Algorithm names, written the same in every language.
    static let namesOfAlgorithms: Set<String> = [
        "IKEv1", "IKEv2", "AES-128", "AES-192", "AES-256", "3DES", "SHA-1", "MD5", "SHA-256", "SHA-384", "SHA-512",
    ]

    /// Every weak value of the catalog: each has its own reason in both languages, not the catch-all.
    static let weakChoices = TunnelField.allCases.flatMap { AlgorithmCatalog.allChoices(for: $0) }.filter(\.isWeak)

    @Test(arguments: weakChoices)
    func everyWeakValueSaysWhatToPickInstead(_ choice: AlgorithmChoice) {
        #expect(Language.en.text(.rule(.weakChoice(value: choice.value))).contains("; prefer "))
        #expect(Language.zh.text(.rule(.weakChoice(value: choice.value))).contains("；建议用 "))
    }

    @Test func everyCaseHasASample() {
        #expect(Set(Self.samples.map(Self.caseNumber)) == Set(0...104))
    }

    @Test(arguments: samples, Language.allCases)
    func everyTextIsWholeInEveryLanguage(_ text: Text, _ language: Language) {
        let shown = language.text(text)
        #expect(!shown.isEmpty, "\(text) is empty in \(language)")
        // Brackets open and close within one text: a sentence was not cut into fragments.
        for (open, close) in [("(", ")"), ("（", "）"), ("[", "]")] {
            #expect(
                shown.components(separatedBy: open).count == shown.components(separatedBy: close).count,
                "\(text) in \(language): \(shown)")
        }
        #expect(!shown.contains("\\("), "an unfilled placeholder in \(shown)")
        // Every argument reaches the sentence, in every language.
        for argument in Self.arguments(of: text) {
            #expect(shown.contains(argument), "\(text) in \(language) lost \(argument): \(shown)")
        }
    }

    @Test(arguments: samples)
    func chineseIsChinese(_ text: Text) {
        let english = Language.en.text(text)
        let chinese = Language.zh.text(text)
        if case .choiceLabel(let choice) = text, Self.namesOfAlgorithms.contains(chinese) {
            #expect(chinese == english || choice.value == "3des")
            return
        }
        #expect(chinese != english, "\(text) is not translated: \(chinese)")
        // A changed value's line holds only the path and the values: its Chinese is the punctuation.
        if case .change(let change) = text, case .text = change.values { return }
        #expect(chinese.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(chinese)")
    }

    /// The texts and numbers a sample carries, as they must appear in its sentence (a catalog entry, as
    /// `.choiceLabel`'s or a weak value's, is a key to a text rather than a part of it).
    static func arguments(of text: Text) -> [String] {
        if case .choiceLabel = text { return [] }
        if case .rule(.weakChoice) = text { return [] }
        return leaves(of: text).compactMap { value in
            switch value {
            case let string as String where !string.isEmpty: string
            case let number as Int where number > 1: String(number)
            default: nil
            }
        }
    }

    /// The values inside a case's payload, through nested cases, tuples and optionals.
    static func leaves(of value: Any) -> [Any] {
        if value is String || value is Int { return [value] }
        return Mirror(reflecting: value).children.flatMap { leaves(of: $0.value) }
    }

    @Test func englishIsTheProgramsOriginalText() {
        #expect(TunnelField.remoteSubnets.label == "Remote subnets")
        #expect(Language.en.text(.problemCount(errors: 1, warnings: 2)) == "1 error, 2 warnings")
        #expect(
            Language.en.text(.problemLine(isError: true, row: 2, value: "", rule: "is empty"))
                == "! row 3: is empty")
        #expect(Language.en.text(.requestId(nil, attempts: 1)) == "Request id: (none returned)")
    }

    @Test func baiduTermsLabelTheFields() {
        let labels = [TunnelField.secretKey, .localSubnets, .remoteSubnets, .remoteIp, .cgwId, .vpnConnName].map {
            Language.zh.text(.fieldLabel($0))
        }
        #expect(labels == ["共享秘钥", "本端网络", "对端网络", "对端网关IP", "用户网关ID", "VPN隧道名称"])
    }

    static let selections: [(Language?, [String: String], Bool, Language, Bool)] = [
        // (--lang, environment, locale carries UTF-8) → (language, with a note)
        (nil, ["LANG": "zh_CN.UTF-8"], true, .zh, false),
        (nil, ["LANG": "en_US.UTF-8"], true, .en, false),
        (nil, [:], true, .en, false),
        (nil, ["LC_ALL": "zh_TW.utf8", "LANG": "en_US.UTF-8"], true, .zh, false),
        (nil, ["LC_ALL": "", "LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"], true, .zh, false),
        (nil, ["LC_MESSAGES": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"], true, .en, false),
        (nil, ["LANG": "C.UTF-8"], true, .en, false),
        (.zh, ["LANG": "C.UTF-8"], true, .zh, false),
        (.en, ["LANG": "zh_CN.UTF-8"], true, .en, false),
        (.zh, ["LANG": "C"], false, .en, true),
        (nil, ["LANG": "zh_CN.GB2312"], false, .en, true),
        (.zh, [:], false, .en, true),
        (.en, ["LANG": "C"], false, .en, false),
    ]

    @Test(arguments: selections)
    func languageSelection(_ row: (Language?, [String: String], Bool, Language, Bool)) {
        let (flag, environment, carriesUTF8, language, hasNote) = row
        let selection = LanguageSelection(flag: flag, environment: environment, carriesUTF8: carriesUTF8)
        #expect(selection.language == language)
        #expect((selection.note != nil) == hasNote)
    }

    @Test func theNoteSaysWhyInOneLine() {
        let selection = LanguageSelection(flag: nil, environment: ["LANG": "zh_CN.GB2312"], carriesUTF8: false)
        let note = selection.note ?? ""
        #expect(note.contains("LANG=zh_CN.GB2312"))
        #expect(note.contains("UTF-8"))
        #expect(!note.contains("\n"))
    }
}
