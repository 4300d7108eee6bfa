import Foundation
import Testing
import TunnelTUI

/// `--help` of every command in both languages: English exactly as it was before the texts moved into the catalog
/// (the golden files), Chinese whole, within 80 columns, and listing every option the English lists.
///
/// What swift-argument-parser writes itself stays English in both: `USAGE:` and its synopsis, the headings
/// (`OVERVIEW:`, `OPTIONS:`, `SUBCOMMANDS:`), the `--version` and `--help` lines, the `(default: …)` and
/// `(values: …)` after an option, and the root's `See 'vpn-tunnel help <subcommand>' …`.
@Suite struct HelpLanguageTests {
    /// Every command (the root is ""), with the name of its golden file under `Tests/golden/help/`.
    static let commands: [(arguments: [String], golden: String)] =
        [([], "root")]
        + ["validate", "preview", "submit", "status", "show", "peer-config", "emulator", "edit", "demo"].map {
            ([$0], $0)
        }

    static func golden(_ name: String) throws -> String {
        try String(contentsOfFile: CommandRunner.path("Tests/golden/help/\(name).txt"), encoding: .utf8)
    }

    /// `--help` as a user at an 80-column terminal reads it; standard output is a file, so the width is `COLUMNS`.
    static func help(_ arguments: [String], _ environment: [String: String]) throws -> CommandRunner.Result {
        try CommandRunner.run(arguments + ["--help"], environment: environment.merging(["COLUMNS": "80"]) { $1 })
    }

    @Test(arguments: commands)
    func englishIsTheGolden(_ command: (arguments: [String], golden: String)) throws {
        let plain = try Self.help(command.arguments, [:])
        #expect(plain.status == 0)
        #expect(plain.standardOutput == (try Self.golden(command.golden)))
        // `--lang en` wins over a Chinese locale.
        let asked = try Self.help(command.arguments + ["--lang", "en"], ["LANG": "zh_CN.UTF-8"])
        #expect(asked.standardOutput == (try Self.golden(command.golden)))
        #expect(asked.standardError.isEmpty)
    }

    @Test(arguments: commands)
    func chineseIsWholeAndFits(_ command: (arguments: [String], golden: String)) throws {
        // This machine has no zh_CN locale: under C.UTF-8 the program itself sets the locale it needs for Chinese.
        let result = try Self.help(command.arguments + ["--lang", "zh"], ["LANG": "C.UTF-8"])
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty, "\(result.standardError)")
        try Self.expectChinese(result.standardOutput, like: try Self.golden(command.golden), command.golden)
    }

    /// The locale alone asks for Chinese.
    @Test func theLocaleAloneAsksForChinese() throws {
        let result = try Self.help(["submit"], ["LANG": "zh_CN.UTF-8"])
        #expect(result.status == 0)
        try Self.expectChinese(result.standardOutput, like: try Self.golden("submit"), "submit")
    }

    /// Each command's Chinese abstract stays on its one line of the root's list (the parser shows it at column 26,
    /// where a second row would be broken by character count).
    @Test func everySubcommandIsOneLineOfTheList() throws {
        let output = try Self.help(["--lang", "zh"], ["LANG": "C.UTF-8"]).standardOutput
        let list = output.components(separatedBy: "SUBCOMMANDS:\n")[1].components(separatedBy: "\n\n")[0]
        let rows = list.split(separator: "\n")
        #expect(rows.count == Self.commands.count - 1, "\(list)")
        #expect(rows.allSatisfy { $0.hasPrefix("  ") && !$0.hasPrefix("   ") })
    }

    /// Narrower and wider terminals: the breaks follow `COLUMNS` as the parser's do.
    @Test(arguments: [50, 60, 100], [[], ["status"]])
    func chineseFollowsTheWidth(_ width: Int, _ command: [String]) throws {
        let result = try CommandRunner.run(
            command + ["--help", "--lang", "zh"], environment: ["LANG": "C.UTF-8", "COLUMNS": "\(width)"])
        let lines = Self.ownLines(result.standardOutput)
        #expect(lines.allSatisfy { TextWidth.columns(of: $0) <= width }, "\(result.standardOutput)")
        // The room is used: paragraphs are not broken for some other width.
        #expect(lines.contains { TextWidth.columns(of: $0) > width - 12 })
    }

    /// A completion script takes each help as one description: no line breaks from the help's layout in it.
    @Test func completionDescriptionsAreOneLine() throws {
        let script = try CommandRunner.run(
            ["--generate-completion-script", "fish", "--lang", "zh"], environment: ["LANG": "C.UTF-8"]
        ).standardOutput
        let described = script.split(separator: "\n").filter { $0.contains(" -d '") }
        #expect(described.contains { $0.contains("隧道") })
        #expect(described.allSatisfy { $0.hasSuffix("'") }, "\(script)")
    }

    /// The English help fails the check for English sentences: the check can fail.
    @Test func theEnglishSentenceCheckFindsEnglish() throws {
        #expect(!Self.englishRuns(in: try Self.golden("submit")).isEmpty)
        #expect(Self.englishRuns(in: "Send without asking.").isEmpty)
        #expect(Self.englishRuns(in: "Send it without asking.") == ["Send it without asking."])
        #expect(Self.englishRuns(in: "`status --watch does it all` 一样").isEmpty)
    }

    static func expectChinese(_ output: String, like english: String, _ name: String) throws {
        #expect(output.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(name)")
        #expect(englishRuns(in: output).isEmpty, "\(name): \(englishRuns(in: output))")
        for line in ownLines(output) {
            #expect(TextWidth.columns(of: line) <= 80, "\(name): \(TextWidth.columns(of: line)) columns: \(line)")
            // Chinese typesetting: no row starts with a closing mark, none ends with an opening bracket.
            #expect(!"，。、；：）".contains(line.drop { $0 == " " }.first ?? "a"), "\(name): \(line)")
            #expect(line.last != "（", "\(name): \(line)")
        }
        #expect(optionLabels(in: output) == optionLabels(in: english), "\(name)")
        #expect(optionLabels(in: output).count >= 3)
    }

    /// The lines of a help but the parser's synopsis (`USAGE: …`), which it writes on one line in any language, and
    /// its line pointing at `help` (as long in English at any width).
    static func ownLines(_ output: String) -> [String] {
        output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter {
            !$0.hasPrefix("USAGE: ") && !$0.hasPrefix("  See 'vpn-tunnel help ")
        }
    }

    /// The flags each option row of a help starts with (`-f, --file <file>`, `--lang <zh|en>`), in order.
    static func optionLabels(in output: String) -> [String] {
        output.split(separator: "\n").filter { $0.hasPrefix("  -") }.map { line in
            line.dropFirst(2).split(separator: " ", omittingEmptySubsequences: false)
                .prefix { $0.hasPrefix("-") || $0.hasPrefix("<") }.joined(separator: " ")
        }
    }

    /// What the parser writes itself in every language: not the program's text.
    static let parserTexts = [
        "Show help information.", "Show the version.",
    ]

    /// Runs of four or more English words in a row, outside what the parser writes, the synopsis and commands in
    /// backticks: a word is letters alone (with a comma or full stop after), so flags (`--watch`), paths, values
    /// and API names with digits or underscores do not count, and a Chinese character ends a run.
    static func englishRuns(in output: String) -> [String] {
        var text = ownLines(output).joined(separator: "\n")
        for parserText in parserTexts { text = text.replacing(parserText, with: "") }
        text = text.replacing(/\((values|default|default as flag): [^)]*\)/, with: "")
        let outsideBackticks = text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset.isMultiple(of: 2) }.map(\.element).joined(separator: " ")
        var runs: [String] = []
        var run: [Substring] = []
        let tokens: [Substring] = outsideBackticks.split(whereSeparator: \.isWhitespace) + [""]
        for token in tokens {
            let word = token.drop { "(\"".contains($0) }.reversed().drop { ",.;:)\"".contains($0) }
            if !word.isEmpty, word.allSatisfy({ $0.isASCII && $0.isLetter }) {
                run.append(token)
                continue
            }
            if run.count >= 4 { runs.append(run.joined(separator: " ")) }
            run = []
        }
        return runs
    }
}
