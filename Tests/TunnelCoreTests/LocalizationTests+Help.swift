import Testing

@testable import TunnelCore

/// `HelpText`'s samples and case numbers; `LocalizationTests` checks every sample in both languages.
extension LocalizationTests {
    static let helpSamples: [HelpText] =
        [.languageOption, .secretAccessKeyDiscussion, .credentials]
        + HelpText.Command.allCases.map { HelpText.abstract($0) }
        + HelpText.Command.allCases.map { HelpText.discussion($0) }
        + HelpText.Option.allCases.map { HelpText.option($0) }
        + HelpText.ExitCodeTable.allCases.map { HelpText.exitCodes($0) }

    /// The case of a `HelpText`, by number: a new case does not compile until it is numbered here.
    static func caseNumber(_ text: HelpText) -> Int {
        switch text {
        case .languageOption: 0
        case .abstract: 1
        case .discussion: 2
        case .option: 3
        case .secretAccessKeyDiscussion: 4
        case .credentials: 5
        case .exitCodes: 6
        }
    }

    @Test func everyHelpCaseHasASample() {
        #expect(Set(Self.helpSamples.map(Self.caseNumber)) == Set(0...6))
    }

    /// The rows of an exit-code table (`  65  the tunnel file is invalid`), by their codes.
    static func exitCodes(in text: String) -> [String] {
        text.split(separator: "\n").filter { $0.hasPrefix("  ") }.compactMap { row in
            let code = row.drop { $0 == " " }.prefix { "0123456789, ".contains($0) }
            return code.isEmpty ? nil : String(code.reversed().drop { $0 == " " }.reversed())
        }
    }

    /// The flags a text names (`--watch`, `--vpn-conn-id`).
    static func flags(in text: String) -> Set<String> {
        Set(
            text.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0 == "-")) }).filter {
                $0.hasPrefix("--") && $0.count > 2
            }.map { String($0) })
    }

    /// The codes and flags are the same in both languages, in the same order for the codes: only the sentences
    /// beside them are translated.
    @Test(arguments: helpSamples)
    func helpKeepsItsCodesAndFlags(_ text: HelpText) {
        let english = Language.en.text(.help(text))
        let chinese = Language.zh.text(.help(text))
        #expect(Self.exitCodes(in: chinese) == Self.exitCodes(in: english), "\(text)")
        #expect(Self.flags(in: chinese) == Self.flags(in: english), "\(text)")
    }

    /// A table's rows keep their columns: the sentence starts where the English one does.
    @Test(arguments: HelpText.ExitCodeTable.allCases)
    func exitCodeTablesKeepTheirColumns(_ table: HelpText.ExitCodeTable) {
        func column(_ text: String) -> [Int] {
            text.split(separator: "\n").map { (row: Substring) in
                row.prefix { $0 == " " || $0.isNumber || $0 == "," }.count
            }
        }
        #expect(
            column(Language.zh.text(.help(.exitCodes(table))))
                == column(Language.en.text(.help(.exitCodes(table)))))
    }

    /// The tables inside a discussion are the tables' own texts, in the same language.
    @Test func discussionsIncludeTheTablesWhole() {
        for language in Language.allCases {
            let submit = language.text(.help(.discussion(.submit)))
            #expect(submit.contains(language.text(.help(.exitCodes(.connection)))))
            #expect(submit.contains(language.text(.help(.exitCodes(.watch)))))
            #expect(submit.contains(language.text(.help(.credentials))))
            #expect(language.text(.help(.discussion(.show))).contains(language.text(.help(.exitCodes(.fetch)))))
        }
        #expect(Language.zh.text(.help(.discussion(.status))).contains("  64  --watch 没有 --vpn-conn-id"))
    }

    /// A command's abstract is one line in both languages (the parser lists it beside the command's name).
    @Test(arguments: HelpText.Command.allCases)
    func abstractsAreOneLine(_ command: HelpText.Command) {
        for language in Language.allCases {
            #expect(!language.text(.help(.abstract(command))).contains("\n"))
        }
    }

    @Test func englishHelpIsTheOriginalText() {
        #expect(Language.en.text(.help(.option(.yes))) == "Send without asking.")
        #expect(
            Language.en.text(.help(.exitCodes(.fetch))).hasPrefix("  65  the VPN or the tunnel does not exist\n"))
        #expect(Language.zh.text(.help(.option(.yes))) == "不询问，直接发送。")
    }
}
