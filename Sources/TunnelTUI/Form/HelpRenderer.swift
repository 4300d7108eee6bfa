import TunnelCore

/// Draws the help screen, printed from the key map (what it says a key does is what the key does).
enum HelpRenderer {
    static let sections: [(Text.HelpSection, KeyContext)] = [
        (.everyField, .textField),
        (.secretKey, .secretField),
        (.subnetLists, .listField),
        (.choices, .choiceField),
        (.openList, .choiceOpen),
        (.preview, .preview(revealsSecrets: false, showsWire: false)),
        (.peerConfig, .peerConfig(revealsSecrets: false)),
        (.savingPeerConfig, .peerConfigSave),
    ]

    /// Keys of an open list of choices beyond those of its key map; the list handles these itself. The keys are
    /// named in the catalog when they are a description rather than key names.
    static let choiceKeys: [(Text.KeyText?, String, Text.KeyText)] = [
        (nil, "Home, End, PgUp, PgDn", .firstOrLastChoice),
        (.letterOrDigit, "", .jumpToChoice),
    ]

    /// Editing keys of text fields; the text field handles these itself.
    static let editingKeys: [(String, Text.KeyText)] = [
        ("Left, Right, Home, End", .moveCursor),
        ("Backspace, Delete", .deleteCharacter),
        ("Ctrl-W, Alt-Backspace", .deleteWord),
        ("Ctrl-U, Ctrl-K", .deleteToEnds),
    ]

    static func lines(in language: Language) -> [String] {
        var lines: [String] = []
        for (title, context) in sections {
            lines.append(language.text(.helpSection(title)))
            // An action is listed once with all its keys; keys handed to a widget each do their own thing.
            var seen = Set<FormAction>()
            for binding in KeyMap.bindings(for: context)
            where binding.action == .widget || seen.insert(binding.action).inserted {
                lines.append("  " + pad(binding.allKeyNames, 28) + describe(binding, in: language))
            }
            if context == .choiceOpen {
                for (described, keys, what) in choiceKeys {
                    let names = described.map { language.text(.key($0)) } ?? keys
                    lines.append("  " + pad(names, 28) + language.text(.key(what)))
                }
            }
            lines.append("")
        }
        lines.append(language.text(.helpSection(.textFields)))
        for (keys, what) in editingKeys { lines.append("  " + pad(keys, 28) + language.text(.key(what))) }
        return lines
    }

    static func render(scroll: Int, language: Language, into buffer: inout ScreenBuffer) {
        let size = buffer.size
        buffer.write(language.text(.helpTitle(version: ToolVersion.current)), row: 0, column: 0, style: .title)
        let all = lines(in: language)
        let height = max(size.rows - 2, 0)
        let top = min(scroll, max(all.count - height, 0))
        for (offset, line) in all.dropFirst(top).prefix(height).enumerated() {
            buffer.write(line, row: 1 + offset, column: 0)
        }
        buffer.write(
            KeyMap.hintLine(for: .help, width: size.columns, language: language), row: size.rows - 1, column: 0)
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(width - TextWidth.columns(of: text), 1))
    }

    private static func describe(_ binding: KeyBinding, in language: Language) -> String {
        if let hint = binding.hint { return language.text(.key(hint)) }
        let what: Text.KeyText? =
            switch binding.action {
            case .repaint: .redraw
            case .previousField: .previousField
            case .nextField: .nextField
            case .previousRow: .previousRow
            case .nextRow: .nextRow
            case .scrollUp: .scrollUp
            case .pageUp: .pageUp
            case .pageDown: .pageDown
            case .scrollToTop: .toTop
            case .scrollToBottom: .toEnd
            case .quit: .quit
            case .suspend: .suspend
            case .watch: .watchTunnel
            default: nil
            }
        return what.map { language.text(.key($0)) } ?? ""
    }
}
