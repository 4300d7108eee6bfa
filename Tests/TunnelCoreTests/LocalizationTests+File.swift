import Testing

@testable import TunnelCore

/// `FileText`'s samples and case numbers; `LocalizationTests` checks every sample in both languages.
extension LocalizationTests {
    static let fileSamples: [FileText] =
        [
            .validationSummary(file: "t.json", errors: 2, warnings: 3),
            .validationSummary(file: "t.json", errors: 0, warnings: 0),
            .validationSummary(file: "t.json", errors: 1, warnings: 1),
            .problemTotals(errors: 2, warnings: 3), .problemTotals(errors: 0, warnings: 0),
            .problemTotals(errors: 1, warnings: 0),
            .valueProblem(
                path: "ikeConfig.ikeLifeTime", isError: true, value: "30", isDescribed: false, rule: "rule-text"),
            .valueProblem(
                path: "secretKey", isError: false, value: "9 characters, hidden", isDescribed: true, rule: "rule-text"),
            .valueProblem(path: "vpnId", isError: true, value: "", isDescribed: false, rule: "rule-text"),
            .problemSentence(isError: true, message: "message-text"),
            .problemSentence(isError: false, message: "message-text"),
            .structuralProblem(place: "t.json:7:5", reason: "reason-text"),
            .structuralProblem(place: "", reason: "reason-text"),
            .atPosition(line: 3, column: 12, reason: "reason-text"),
            .outputNotWritten(reason: "reason-text"), .noStateFolder, .hiddenValue(characters: 9),
            .hiddenValue(characters: 1),
        ]
        + tunnelFileReasons.map { FileText.tunnelFileProblem($0) }
        + jsonSyntaxReasons.map { FileText.jsonSyntax($0) }
        + safeFileReasons.map { FileText.fileReason($0) }
        + safeFileReasons.map { FileText.unsafeFile(path: "/state/draft.json", $0) }

    /// Every reason of a tunnel file's structure, each hint's form among them.
    static let tunnelFileReasons: [TunnelFileProblem.Reason] =
        JSONValue.Kind.allCases.map { TunnelFileProblem.Reason.notAnObject(found: $0) } + [
            .objectExpected(key: "ikeConfig", found: .string),
            .stringExpected(path: "localSubnets[2]", found: .number),
            .cidrListExpected(path: "remoteSubnets", found: .object),
            .secondsExpected(path: "ipsecConfig.ipsecLifetime", found: .boolean),
            .unknownKey("colour", in: .tunnel, hint: nil), .unknownKey("colour", in: .ike, hint: nil),
            .unknownKey(
                "remoteSubnet", in: .tunnel, hint: KeyHint(key: "remoteSubnets", section: .tunnel, isExact: false)),
            .unknownKey("ikeLifeTime", in: .tunnel, hint: KeyHint(key: "ikeLifeTime", section: .ike, isExact: true)),
            .unknownKey("vpnId", in: .ipsec, hint: KeyHint(key: "vpnId", section: .tunnel, isExact: true)),
            .unknownKey("ikeLifetime", in: .tunnel, hint: KeyHint(key: "ikeLifeTime", section: .ike, isExact: false)),
            .unknownKey("vpnld", in: .ike, hint: KeyHint(key: "vpnId", section: .tunnel, isExact: false)),
            .syntax(.leadingZero), .noSuchFile, .unreadable, .isADirectory,
        ]

    /// Every JSON syntax reason but the two that quote a lone `]` (`bracketQuotingReasons`), with each thing found.
    static let jsonSyntaxReasons: [JSONSyntaxError.Reason] = [
        .trailing(.character("x")), .trailing(.byte(0x1b)), .trailing(.end), .expectedValue(.character("}")),
        .expectedValueAtEnd, .tooDeep(maximum: 512), .expectedKey(.byte(0xe4)), .duplicateKey("vpnId"),
        .expectedColon(key: "vpnId", .character("1")), .objectNotClosed,
        .expectedCommaOrBrace(key: "vpnId", .end), .numberNeedsDigits, .leadingZero, .digitsAfterPoint,
        .digitsInExponent, .invalidUTF8, .stringNotClosed, .rawControl, .escapeAtEnd, .unpairedHighSurrogate,
        .invalidLowSurrogate, .invalidUnicodeEscape, .unknownEscape("q"), .hexDigits,
    ]

    /// The reasons that quote `]` alone: whole sentences, which the bracket count of `everyTextIsWholeInEveryLanguage`
    /// would take for cut ones.
    static let bracketQuotingReasons: [JSONSyntaxError.Reason] = [
        .arrayNotClosed, .expectedCommaOrBracket(.character("}")),
    ]

    static let safeFileReasons: [SafeFileError.Reason] =
        [
            .noSuchFile, .symbolicLink, .notRegularFile, .tooLarge(limit: 262144), .notADirectory(isLink: true),
            .notADirectory(isLink: false), .foreignOwner(owner: 65534, user: 1000), .openToOthers(mode: "755"),
        ] + SafeFileError.Step.allCases.map { .failed($0, message: "Permission denied") }

    /// The case of a `FileText`, by number: a new case does not compile until it is numbered here.
    static func caseNumber(_ text: FileText) -> Int {
        switch text {
        case .validationSummary: 0
        case .problemTotals: 1
        case .valueProblem: 2
        case .problemSentence: 3
        case .structuralProblem: 4
        case .tunnelFileProblem: 5
        case .jsonSyntax: 6
        case .atPosition: 7
        case .fileReason: 8
        case .unsafeFile: 9
        case .outputNotWritten: 10
        case .noStateFolder: 11
        case .hiddenValue: 12
        }
    }

    @Test func everyFileCaseHasASample() {
        #expect(Set(Self.fileSamples.map(Self.caseNumber)) == Set(0...12))
    }

    @Test(arguments: bracketQuotingReasons)
    func aReasonQuotingABracketIsTranslatedWhole(_ reason: JSONSyntaxError.Reason) {
        let english = reason.text(in: .en)
        let chinese = reason.text(in: .zh)
        #expect(english.contains("\"]\"") && chinese.contains("\"]\""))
        #expect(chinese.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(chinese)")
        #expect(chinese != english)
    }

    @Test func theCommandLinesFormsKeepTheirPlaceForEditors() {
        let structural = TunnelFileProblem(.noSuchFile, at: TextPosition(line: 7, column: 5))
        #expect(structural.line(in: "t.json", language: .en) == "t.json:7:5: error: no such file")
        #expect(structural.line(in: "t.json", language: .zh) == "t.json:7:5: 错误：文件不存在")
        let problem = ValidationProblem(
            path: FieldPath(.ikeLifeTime), value: "30", rule: .belowMinimum(seconds: 60), severity: .error)
        #expect(problem.line(in: .en) == problem.line)
        #expect(problem.line(in: .zh) == "ikeConfig.ikeLifeTime: 错误：\"30\" 低于最小值 60 秒")
        #expect(problem.description(in: .zh) == "错误：ikeConfig.ikeLifeTime (30) 低于最小值 60 秒")
        #expect(ValidationReport.summary(errors: 1, warnings: 0) == "1 error, 0 warnings")
        #expect(ValidationReport.summary(errors: 1, warnings: 0, in: .zh) == "1 个错误，0 个警告")
    }

    @Test func aFileErrorSaysItselfInTheCallersLanguage() {
        let refused: any Error = SafeFileError(path: "/state", reason: .openToOthers(mode: "777"))
        #expect("\(refused)" == "/state has mode 777, open to group or others (chmod 700 it to allow it)")
        #expect(refused.message(in: .zh) == "/state 的权限为 777，同组用户或其他用户可以访问（chmod 700 之后方可使用）")
        // Named by its English words, it is the same error.
        #expect(
            refused as? SafeFileError
                == SafeFileError(
                    path: "/state", reason: "has mode 777, open to group or others (chmod 700 it to allow it)"))
        let failed = SafeFileError(
            path: "/out/t.json", reason: .failed(.createTemporary, message: "No such file or directory"))
        #expect(failed.text(in: .zh) == "/out/t.json 创建临时文件时失败：No such file or directory")
        let syntax: any Error = JSONSyntaxError(
            .expectedColon(key: "vpnId", .character("1")), at: TextPosition(line: 3, column: 12))
        #expect(syntax.message(in: .en) == #"line 3, column 12: expected ":" after the key "vpnId", found "1""#)
        #expect(syntax.message(in: .zh) == #"第 3 行第 12 列：键 "vpnId" 之后应为 ":"，却遇到 "1""#)
    }

    @Test func anUnknownKeySaysWhereItBelongsInChinese() {
        let reasons = Self.tunnelFileReasons.filter {
            if case .unknownKey = $0 { true } else { false }
        }.map { Language.zh.text(.file(.tunnelFileProblem($0))) }
        #expect(
            reasons == [
                #"未知的键 "colour""#, #"ikeConfig 中未知的键 "colour""#,
                #"未知的键 "remoteSubnet"（是否想写 "remoteSubnets"？）"#, #"未知的键 "ikeLifeTime"（应写在 ikeConfig 中）"#,
                #"ipsecConfig 中未知的键 "vpnId"（应写在顶层）"#,
                #"未知的键 "ikeLifetime"（是否想写 ikeConfig 中的 "ikeLifeTime"？）"#,
                #"ikeConfig 中未知的键 "vpnld"（是否想写顶层的 "vpnId"？）"#,
            ])
    }
}
