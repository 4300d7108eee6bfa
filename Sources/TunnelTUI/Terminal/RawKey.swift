/// What the terminal library hands over before decoding: one byte of input, or one of its numeric key codes.
///
/// Text arrives as bytes (ncurses' `wgetch`) and `KeyDecoder` assembles UTF-8 itself: ncurses' own multibyte
/// reading (`wget_wch`) waits for more bytes after any byte the locale cannot decode, which under `LANG=C` (or a
/// Latin-1 terminal) swallowed every later key, Ctrl-Q included.
public enum RawKey: Sendable, Hashable {
    /// A byte of input, including control characters and the bytes of a UTF-8 sequence.
    case byte(UInt8)
    /// A function-key code (`wgetch` returned a value above 255): see `KeyCode`.
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
