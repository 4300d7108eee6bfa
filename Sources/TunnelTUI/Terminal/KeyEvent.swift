import TunnelCore

/// One thing the operator did at the keyboard (or to the terminal window), already decoded from the terminal's input.
public enum KeyEvent: Sendable, Hashable {
    /// A printable character, typed as text.
    case char(Character)
    /// Ctrl with a letter, lowercase: `.ctrl("p")` is Ctrl-P.
    case ctrl(Character)
    /// Alt (Meta) with a printable character, sent by terminals as ESC followed by the character.
    case alt(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case backspace
    /// Alt-Backspace: delete the word before the cursor.
    case altBackspace
    case delete
    case tab
    /// Shift-Tab (ncurses `KEY_BTAB`).
    case backTab
    case enter
    case escape
    /// A function key F1–F12.
    case function(Int)
    /// Text pasted while bracketed paste was on: it never fires key bindings.
    case paste(String)
    /// The terminal changed size.
    case resize
    /// Typed or pasted text that cannot be taken: not UTF-8, or non-ASCII where the locale cannot carry it.
    case refusedText(TextRefusal)

    /// F1, the help key.
    public static let f1 = KeyEvent.function(1)
    /// F10, the other quit key.
    public static let f10 = KeyEvent.function(10)

    /// How the key is written in hints and help: `Ctrl-P`, `Shift-Tab`, `F1`.
    public var name: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "Ctrl-" + c.uppercased()
        case .alt(let c): "Alt-" + String(c)
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .backspace: "Backspace"
        case .altBackspace: "Alt-Backspace"
        case .delete: "Delete"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .enter: "Enter"
        case .escape: "Esc"
        case .function(let n): "F\(n)"
        case .paste: "paste"
        case .resize: "resize"
        case .refusedText: "refused text"
        }
    }
}

/// Why typed text was refused; the message tells the operator what to change.
public enum TextRefusal: Sendable, Hashable {
    /// The terminal sent bytes that are not UTF-8 (a terminal set to another character set).
    case notUTF8
    /// Non-ASCII text, where the locale cannot carry it (`LANG=C`, or a locale this machine lacks).
    case localeNotUTF8

    /// The message, as a key of the catalogs.
    public var text: Text {
        switch self {
        case .notUTF8: .refusedNotUTF8
        case .localeNotUTF8: .refusedLocaleNotUTF8
        }
    }
}
