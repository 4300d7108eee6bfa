/// The command line's `--help`, as keys: each command's abstract and discussion, and the help of each option.
///
/// swift-argument-parser writes the headings (`USAGE:`, `OPTIONS:`) and the `--help` line itself; everything the
/// program gives it comes from here, in the language `--lang` or the locale names.
public enum HelpText: Sendable, Hashable {
    /// `--lang`, on every command.
    case languageOption
}
