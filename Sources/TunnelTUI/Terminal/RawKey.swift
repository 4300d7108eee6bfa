/// What the terminal library hands over before decoding: a character, or one of its numeric key codes.
public enum RawKey: Sendable, Hashable {
    /// A character (`get_wch` returned OK), including control characters.
    case character(UInt32)
    /// A function-key code (`get_wch` returned KEY_CODE_YES): see `KeyCode`.
    case keyCode(Int32)
}

/// The ncurses key codes the editor understands.
///
/// These values are part of the ncurses ABI (curses.h, `KEY_DOWN` = 0402 …); `NcursesTerminal` checks them against
/// the library's own macros at start-up. The paste markers are codes this program registers with `define_key`.
public enum KeyCode {
    public static let down: Int32 = 0o402
    public static let up: Int32 = 0o403
    public static let left: Int32 = 0o404
    public static let right: Int32 = 0o405
    public static let home: Int32 = 0o406
    public static let backspace: Int32 = 0o407
    public static let f0: Int32 = 0o410
    public static let delete: Int32 = 0o512
    public static let pageDown: Int32 = 0o522
    public static let pageUp: Int32 = 0o523
    public static let enter: Int32 = 0o527
    public static let backTab: Int32 = 0o541
    public static let end: Int32 = 0o550
    public static let resize: Int32 = 0o632
    /// Registered for `ESC[200~`, the start of a bracketed paste (above ncurses' `KEY_MAX`, 0777).
    public static let pasteBegin: Int32 = 0o1001
    /// Registered for `ESC[201~`, the end of a bracketed paste.
    public static let pasteEnd: Int32 = 0o1002
}
