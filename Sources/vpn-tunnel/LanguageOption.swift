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

    /// The value of `--lang` among the arguments; a value the parser would refuse is left for it to name.
    static func requested(in arguments: [String]) -> Language? {
        languageFlags(in: arguments).value.flatMap(Language.init(rawValue:))
    }

    /// `--lang zh` and `--lang=zh` among the arguments after the program's name, up to `--`: the first one's value,
    /// and the arguments without any of them.
    static func languageFlags(in arguments: [String]) -> (value: String?, others: [String]) {
        var value: String?
        var others: [String] = []
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                others += arguments[index...]
                break
            }
            if argument == "--lang", index + 1 < arguments.count {
                value = value ?? arguments[index + 1]
                index += 2
                continue
            }
            if argument.hasPrefix("--lang=") {
                value = value ?? String(argument.dropFirst(7))
            } else {
                others.append(argument)
            }
            index += 1
        }
        return (value, others)
    }
}
