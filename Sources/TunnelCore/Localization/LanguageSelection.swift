/// Which language the interface speaks, from `--lang` and the locale variables.
public struct LanguageSelection: Sendable, Hashable {
    public let language: Language
    /// One line saying why the language asked for is not the one used (Chinese under a locale without UTF-8).
    public let note: String?

    /// The locale variables that name the language of messages, in the order the C library reads them.
    public static let variables = ["LC_ALL", "LC_MESSAGES", "LANG"]

    /// The language for a run.
    ///
    /// - Parameters:
    ///   - flag: the `--lang` value, which wins over the environment.
    ///   - environment: the locale variables; the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not
    ///     empty decides: `zh…` (`zh_CN.UTF-8`, `zh_TW.utf8`, `zh`) is Chinese, anything else English.
    ///   - carriesUTF8: whether the terminal's locale carries UTF-8 (`TerminalLocale.establish()`): Chinese cannot
    ///     be drawn without it, so the interface is then English, with a note that says so.
    public init(flag: Language?, environment: [String: String], carriesUTF8: Bool) {
        let wanted = flag ?? Self.language(fromLocale: environment)
        guard wanted == .zh, !carriesUTF8 else {
            (language, note) = (wanted, nil)
            return
        }
        let locale =
            Self.variables.lazy.compactMap { name in environment[name].map { "\(name)=\($0)" } }.first {
                !$0.hasSuffix("=")
            } ?? "no locale set"
        language = .en
        note = Language.en.text(.chineseNeedsUTF8(locale: Sanitizer.visible(locale)))
    }

    /// The language the locale variables name.
    public static func language(fromLocale environment: [String: String]) -> Language {
        guard let name = variables.lazy.compactMap({ environment[$0] }).first(where: { !$0.isEmpty }) else {
            return .en
        }
        return name.lowercased().hasPrefix("zh") ? .zh : .en
    }
}
