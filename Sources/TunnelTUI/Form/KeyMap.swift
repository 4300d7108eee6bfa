import TunnelCore

/// The one table of key bindings: the form dispatches keys through it and the hint line and help are printed
/// from it, so what the screen says a key does is what it does.
public enum KeyMap {
    /// Bindings of a context, most important first (the hint line keeps as many as fit, in this order).
    public static func bindings(for context: KeyContext) -> [KeyBinding] {
        // Tables made once: every key looks its context up here.
        switch context {
        case .textField, .numberField: formCommon
        case .secretField: secretField
        case .listField: listField
        case .choiceField: choiceField
        case .choiceOpen: choiceOpen
        case .preview(let revealsSecrets, let showsWire): previews[(revealsSecrets ? 2 : 0) + (showsWire ? 1 : 0)]
        case .help: help
        case .peerConfig(let revealsSecrets): revealsSecrets ? peerConfigRevealed : peerConfigMasked
        case .peerConfigSave: peerConfigSave
        case .confirmSubmit(let canSend): canSend ? confirmSubmit : confirmWithoutSending
        case .sending: sending
        case .result(let succeeded): succeeded ? resultApplied : resultFailed
        case .watching(let running): running ? watchRunning : watchEnded
        case .confirmQuit: confirmQuit
        case .offerRestore: offerRestore
        case .tooSmall: tooSmall
        }
    }

    private static let secretField = [KeyBinding([.ctrl("r")], .toggleReveal, hint: .reveal)] + formCommon
    private static let listField =
        [
            KeyBinding([.enter, .ctrl("n")], .addRow, hint: .newRow),
            KeyBinding([.ctrl("d")], .removeRow, hint: .deleteRow),
            KeyBinding([.up], .previousRow, hint: nil),
            KeyBinding([.down], .nextRow, hint: nil),
        ] + formCommon.filter { $0.action != .nextField && $0.action != .previousField } + [
            KeyBinding([.tab], .nextField, hint: .next),
            KeyBinding([.backTab], .previousField, hint: .previous),
        ]
    private static let choiceField = [KeyBinding([.enter, .char(" ")], .openChoice, hint: .choose)] + formCommon
    private static let choiceOpen = [
        KeyBinding([.up, .down], .widget, hint: .move, shownKeys: 2),
        KeyBinding([.enter], .widget, hint: .pick),
        KeyBinding([.escape], .widget, hint: .keep),
    ]
    /// The preview's tables, masked then revealed, each with the indented body then the wire bytes: Ctrl-R and
    /// `w` are named after what they switch to.
    private static let previews = [false, true].flatMap { revealsSecrets in
        [false, true].map { showsWire in preview(revealsSecrets: revealsSecrets, showsWire: showsWire) }
    }
    private static func preview(revealsSecrets: Bool, showsWire: Bool) -> [KeyBinding] {
        [
            KeyBinding([.down], .scrollDown, hint: .scroll, label: "Up/Down"),
            KeyBinding([.up], .scrollUp, hint: nil),
            KeyBinding([.ctrl("s")], .submit, hint: .submit),
            KeyBinding([.ctrl("r")], .toggleReveal, hint: revealsSecrets ? .hide : .revealKey),
            KeyBinding([.char("w")], .toggleWireBytes, hint: showsWire ? .indented : .wireBytes),
        ] + scrolling(back: .ctrl("p"))
    }
    /// The keys of a screen that scrolls over the form (the preview, the peer configuration): back with Esc or the
    /// key that opened it, pages, ends, and the keys that work everywhere.
    private static func scrolling(back: KeyEvent) -> [KeyBinding] {
        [KeyBinding([.escape, back], .back, hint: .back)] + scrollingKeys
    }
    private static let scrollingKeys = [
        KeyBinding([.pageUp], .pageUp, hint: nil),
        KeyBinding([.pageDown, .char(" ")], .pageDown, hint: nil),
        KeyBinding([.home], .scrollToTop, hint: nil),
        KeyBinding([.end], .scrollToBottom, hint: nil),
        KeyBinding([.ctrl("l")], .repaint, hint: nil),
        KeyBinding([.ctrl("z")], .suspend, hint: nil),
        KeyBinding([.ctrl("q"), .f10], .quit, hint: nil),
    ]
    private static let peerConfigMasked = peerConfig(revealsSecrets: false)
    private static let peerConfigRevealed = peerConfig(revealsSecrets: true)
    private static func peerConfig(revealsSecrets: Bool) -> [KeyBinding] {
        [
            KeyBinding([.down], .scrollDown, hint: .scroll, label: "Up/Down"),
            KeyBinding([.up], .scrollUp, hint: nil),
            KeyBinding([.tab, .char("f")], .nextFormat, hint: .format),
            KeyBinding([.char("s")], .save, hint: .save),
            KeyBinding([.ctrl("r")], .toggleReveal, hint: revealsSecrets ? .hide : .revealKey),
        ] + scrolling(back: .ctrl("o"))
    }
    /// Other keys edit the path.
    private static let peerConfigSave = [
        KeyBinding([.enter], .confirm, hint: .writeFile),
        KeyBinding([.escape], .back, hint: .cancel),
    ]
    private static let help = [
        KeyBinding([.down], .scrollDown, hint: .scroll, label: "Up/Down"),
        KeyBinding([.up], .scrollUp, hint: nil),
        KeyBinding([.pageDown, .char(" ")], .pageDown, hint: .page, label: "PgUp/PgDn"),
        KeyBinding([.pageUp], .pageUp, hint: nil),
        KeyBinding([.home], .scrollToTop, hint: nil),
        KeyBinding([.end], .scrollToBottom, hint: nil),
        KeyBinding([.escape, .f1, .char("q")], .back, hint: .back),
        KeyBinding([.ctrl("l")], .repaint, hint: nil),
    ]
    /// Enter is still bound: it rings the bell rather than doing nothing unseen.
    private static let confirmWithoutSending = [
        KeyBinding([.escape], .back, hint: .back), KeyBinding([.enter], .confirm, hint: nil),
    ]
    private static let confirmSubmit = [
        KeyBinding([.enter], .confirm, hint: .send),
        KeyBinding([.escape], .back, hint: .back),
    ]
    private static let sending = [KeyBinding([.escape], .back, hint: .cancel)]
    private static let resultApplied = [KeyBinding([.enter, .escape], .back, hint: .back)]
    private static let resultFailed = [
        KeyBinding([.enter, .escape], .back, hint: .backToForm),
        KeyBinding([.ctrl("s")], .retry, hint: .retry),
    ]
    private static let watchRunning = [KeyBinding([.escape], .back, hint: .stopWatching)]
    private static let watchEnded = [
        KeyBinding([.enter, .escape], .back, hint: .backToForm, shownKeys: 2),
        KeyBinding([.ctrl("t")], .watch, hint: .watchAgain),
    ]
    private static let confirmQuit = [
        KeyBinding([.char("y")], .quit, hint: .quit),
        KeyBinding([.escape, .char("n")], .back, hint: .stay),
    ]
    private static let offerRestore = [
        KeyBinding([.char("r"), .enter], .restoreDraft, hint: .restoreDraft),
        KeyBinding([.char("d")], .discardDraft, hint: .discardDraft),
    ]
    private static let tooSmall = [KeyBinding([.ctrl("q"), .f10], .quit, hint: .quit)]

    /// Keys that work on any field of the form.
    private static let formCommon: [KeyBinding] = [
        KeyBinding([.ctrl("p")], .preview, hint: .preview),
        KeyBinding([.ctrl("s")], .submit, hint: .submit),
        // Before help and quit: the key line shows what fits at 80 columns in this order, and the peer's side is
        // the half of an update no other key leads to.
        KeyBinding([.ctrl("o")], .peerConfig, hint: .peerConfig),
        KeyBinding([.f1], .help, hint: .help),
        KeyBinding([.ctrl("q"), .f10, .ctrl("c")], .quit, hint: .quit),
        KeyBinding([.tab, .down], .nextField, hint: .next),
        KeyBinding([.backTab, .up], .previousField, hint: .previous),
        KeyBinding([.ctrl("g")], .nextProblem, hint: .nextProblem),
        KeyBinding([.ctrl("t")], .watch, hint: nil),
        KeyBinding([.ctrl("l")], .repaint, hint: nil),
        KeyBinding([.ctrl("z")], .suspend, hint: nil),
    ]

    /// The action bound to a key in a context, if any; unbound keys go to the focused widget.
    public static func action(for key: KeyEvent, in context: KeyContext) -> FormAction? {
        bindings(for: context).first { $0.keys.contains(key) }?.action
    }

    /// The hint line: `Ctrl-P preview  Ctrl-S submit …`, as many bindings as fit in `width` columns.
    public static func hintLine(for context: KeyContext, width: Int, language: Language = .en) -> String {
        var line = ""
        for binding in bindings(for: context) {
            guard let hint = binding.hint else { continue }
            let item = "\(binding.keyNames) \(language.text(.key(hint)))"
            let candidate = line.isEmpty ? item : line + "  " + item
            if TextWidth.columns(of: candidate) > width { break }
            line = candidate
        }
        return line
    }
}
