import ArgumentParser
import TunnelCore
import TunnelTUI

extension Language: ExpressibleByArgument {}

/// `--lang zh|en`, on every command: the language of messages, `--help` and the editor, else the one the locale
/// names (`LANG=zh_CN.UTF-8` is Chinese).
///
/// The parser only accepts it here: `--help` is written before any option is read, so the language is decided from
/// the raw arguments first, once, by `CommandLanguage`.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: .localized(.languageOption, valueName: "zh|en", parserNote: true))
    var language: Language?
}

/// The language of this run, decided once before the arguments are parsed, from `--lang` and the locale variables.
enum CommandLanguage {
    static let selection: LanguageSelection = {
        let flag = requested(in: CommandLine.arguments)
        let environment = ProcessEnvironment.values(LanguageSelection.variables)
        // Only Chinese needs the terminal's locale (to know it carries UTF-8); English leaves the C library's
        // locale as it was.
        let wanted = flag ?? LanguageSelection.language(fromLocale: environment)
        return LanguageSelection(
            flag: flag, environment: environment, carriesUTF8: wanted == .zh ? TerminalLocale.establish() : true)
    }()

    static var current: Language { selection.language }

    static func text(_ text: Text) -> String { current.text(text) }

    /// The value of `--lang` (`--lang zh` or `--lang=zh`) among the arguments; a value the parser would refuse is
    /// left for it to name.
    static func requested(in arguments: [String]) -> Language? {
        for (index, argument) in arguments.enumerated().dropFirst() {
            if argument == "--" { return nil }
            if argument == "--lang", index + 1 < arguments.count { return Language(rawValue: arguments[index + 1]) }
            if argument.hasPrefix("--lang=") { return Language(rawValue: String(argument.dropFirst(7))) }
        }
        return nil
    }
}
