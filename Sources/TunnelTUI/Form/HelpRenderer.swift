import TunnelCore

/// Draws the help screen, printed from the key map (what it says a key does is what the key does).
enum HelpRenderer {
    static let sections: [(String, KeyContext)] = [
        ("On every field", .textField),
        ("Pre-shared key (secretKey)", .secretField),
        ("Subnet lists", .listField),
        ("Choices", .choiceField),
        ("An open list of choices", .choiceOpen),
        ("Preview", .preview(revealsSecrets: false, showsWire: false)),
        ("Peer configuration", .peerConfig(revealsSecrets: false)),
        ("Saving the peer configuration", .peerConfigSave),
    ]

    /// Keys of an open list of choices beyond those of its key map; the list handles these itself.
    static let choiceKeys = [
        ("Home, End, PgUp, PgDn", "first or last choice"),
        ("a letter or digit", "jump to a choice with a word starting with it"),
    ]

    /// Editing keys of text fields; the text field handles these itself.
    static let editingKeys = [
        ("Left, Right, Home, End", "move the cursor"),
        ("Backspace, Delete", "delete a character"),
        ("Ctrl-W, Alt-Backspace", "delete the word before the cursor"),
        ("Ctrl-U, Ctrl-K", "delete to the start, to the end"),
    ]

    static var lines: [String] {
        var lines: [String] = []
        for (title, context) in sections {
            lines.append(title)
            // An action is listed once with all its keys; keys handed to a widget each do their own thing.
            var seen = Set<FormAction>()
            for binding in KeyMap.bindings(for: context)
            where binding.action == .widget || seen.insert(binding.action).inserted {
                lines.append("  " + pad(binding.allKeyNames, 28) + describe(binding))
            }
            if context == .choiceOpen {
                for (keys, what) in choiceKeys { lines.append("  " + pad(keys, 28) + what) }
            }
            lines.append("")
        }
        lines.append("Text fields")
        for (keys, what) in editingKeys { lines.append("  " + pad(keys, 28) + what) }
        return lines
    }

    static func render(scroll: Int, into buffer: inout ScreenBuffer) {
        let size = buffer.size
        buffer.write("Help: keys (vpn-tunnel \(ToolVersion.current))", row: 0, column: 0, style: .title)
        let all = lines
        let height = max(size.rows - 2, 0)
        let top = min(scroll, max(all.count - height, 0))
        for (offset, line) in all.dropFirst(top).prefix(height).enumerated() {
            buffer.write(line, row: 1 + offset, column: 0)
        }
        buffer.write(KeyMap.hintLine(for: .help, width: size.columns), row: size.rows - 1, column: 0)
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(width - TextWidth.columns(of: text), 1))
    }

    private static func describe(_ binding: KeyBinding) -> String {
        if let hint = binding.hint { return hint }
        switch binding.action {
        case .repaint: return "redraw the screen"
        case .previousField: return "previous field"
        case .nextField: return "next field"
        case .previousRow: return "previous row, or previous field"
        case .nextRow: return "next row, or next field"
        case .scrollUp: return "scroll up"
        case .pageUp: return "page up"
        case .pageDown: return "page down"
        case .scrollToTop: return "to the top"
        case .scrollToBottom: return "to the end"
        case .quit: return "quit"
        case .suspend: return "suspend to the shell (fg resumes)"
        case .watch: return "watch the tunnel on BCE until it is up"
        default: return ""
        }
    }
}
