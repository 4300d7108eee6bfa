import Foundation
import Testing

/// How a run of the command line picks its language: `--lang` anywhere among the arguments, else the locale
/// variables; Chinese under a locale that cannot carry UTF-8 gives English and one line saying why.
///
/// The texts themselves are checked elsewhere; here a run is Chinese when `validate`'s output holds Chinese.
@Suite struct LanguageChoiceTests {
    static let seedExample = CommandRunner.path("assets/examples/seed-example.json")

    /// Arguments around `validate --file F`, the environment, and whether the output is Chinese.
    static let runs: [(before: [String], after: [String], environment: [String: String], chinese: Bool)] = [
        ([], ["--lang", "zh"], ["LANG": "C.UTF-8"], true),
        ([], ["--lang=zh"], ["LC_ALL": "C.UTF-8"], true),
        (["--lang", "zh"], [], ["LANG": "C.UTF-8"], true),
        // This machine lacks zh_CN.UTF-8, as a server an SSH client forwards it to often does: still Chinese.
        ([], [], ["LANG": "zh_CN.UTF-8"], true),
        ([], [], ["LC_MESSAGES": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"], true),
        ([], [], ["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"], false),
        ([], ["--lang", "en"], ["LANG": "zh_CN.UTF-8"], false),
        ([], [], [:], false),
    ]

    @Test(arguments: runs)
    func theLanguageOfARun(
        _ run: (before: [String], after: [String], environment: [String: String], chinese: Bool)
    ) throws {
        let result = try CommandRunner.run(
            run.before + ["validate", "--file", Self.seedExample] + run.after, environment: run.environment)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(Self.holdsChinese(result.standardOutput) == run.chinese, "\(result.standardOutput)")
        #expect(result.standardError.isEmpty)
    }

    @Test func chineseUnderALocaleWithoutUTF8IsEnglishWithOneLineSayingWhy() throws {
        let result = try CommandRunner.run(
            ["validate", "--file", Self.seedExample, "--lang", "zh"], environment: ["LANG": "C"])
        #expect(result.status == 0)
        #expect(!Self.holdsChinese(result.standardOutput))
        #expect(
            result.standardError
                == "Chinese needs a UTF-8 locale and LANG=C is not one: shown in English (LANG=zh_CN.UTF-8 shows "
                + "Chinese)\n")
    }

    @Test func aLanguageTheProgramDoesNotSpeakIsAUsageError() throws {
        let result = try CommandRunner.run(["validate", "--file", Self.seedExample, "--lang", "fr"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("'fr' is invalid for '--lang <zh|en>'"))
    }

    static func holdsChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }
}

extension LanguageChoiceTests {
    /// The editor cannot start without a terminal (standard input is /dev/null here): it says why in the run's
    /// language, before any screen is drawn.
    @Test(arguments: [
        ("en", "vpn-tunnel: standard input and output must be a terminal\n"), ("zh", "vpn-tunnel: 标准输入和输出必须是终端\n"),
    ])
    func theEditorSaysWhyItCannotStart(_ run: (language: String, said: String)) throws {
        let result = try CommandRunner.run(
            ["edit", "--file", Self.seedExample, "--lang", run.language], environment: ["LANG": "C.UTF-8"])
        #expect(result.status == 64)
        #expect(result.standardError == run.said)
    }
}
