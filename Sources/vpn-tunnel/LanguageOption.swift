import ArgumentParser
import TunnelCore
import TunnelTUI

extension Language: ExpressibleByArgument {}

/// `--lang zh|en`: the editor's language, else the one the locale names (`LANG=zh_CN.UTF-8` is Chinese).
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "The editor's language: zh (Simplified Chinese) or en; default: from LC_ALL, LC_MESSAGES or LANG.",
            valueName: "zh|en"))
    var language: Language?

    /// The language for this run. The terminal's locale is set first: Chinese needs it to carry UTF-8, and is
    /// otherwise replaced by English with a notice that says why.
    func select() -> LanguageSelection {
        LanguageSelection(
            flag: language, environment: ProcessEnvironment.values(LanguageSelection.variables),
            carriesUTF8: TerminalLocale.establish())
    }
}
