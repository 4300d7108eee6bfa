/// The Simplified Chinese catalog of `--help`; the terms are those of `Text+Chinese.swift`.
extension HelpText {
    var chinese: String {
        switch self {
        case .languageOption: "消息、帮助和编辑器的语言：zh（简体中文）或 en；默认取自 LC_ALL、LC_MESSAGES 或 LANG。"
        }
    }
}
