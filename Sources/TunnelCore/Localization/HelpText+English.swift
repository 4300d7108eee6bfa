/// The English catalog of `--help`.
extension HelpText {
    var english: String {
        switch self {
        case .languageOption:
            "The language of messages, help and the editor: zh (Simplified Chinese) or en; default: from LC_ALL, "
                + "LC_MESSAGES or LANG."
        }
    }
}
