/// Makes text that the program did not write (a description, a key name from a file, BCE's error message) safe to
/// print on a terminal: every character a terminal would act on instead of drawing is shown as a visible escape.
///
/// A terminal obeys what it is sent: ESC starts a sequence that can set the window title, clear the screen or
/// recolour what follows; CR and BS move back over text already printed; BEL rings; C1 controls are the same
/// sequences in one byte; bidi overrides and isolates reorder the rest of the line, so a message can read as
/// something other than what it holds. Each such scalar becomes `\xHH` (C0, DEL, C1) or `\u{HHHH}` (the others),
/// which can be read, copied and searched for.
///
/// A backslash is left as it is: the escapes are for a person reading, not for parsing back, and quoted paths and
/// descriptions stay searchable. Because of that, sanitizing text twice changes nothing more than once.
public enum Sanitizer {
    /// `text` with every control scalar shown as a visible escape; text without one is returned as it is.
    ///
    /// With `keepingNewlines`, a line feed stays a line feed (a multi-line block such as a request preview);
    /// otherwise it is escaped too, so that a value cannot start a line that looks like the program's own.
    public static func visible(_ text: some StringProtocol, keepingNewlines: Bool = false) -> String {
        guard needsEscaping(text, keepingNewlines: keepingNewlines) else { return String(text) }
        var shown = ""
        shown.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if isControl(scalar) && !(keepingNewlines && scalar == "\n") {
                shown += escape(scalar)
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    /// Whether a terminal acts on `scalar` instead of drawing it: C0 controls (tab and line feed included: in a
    /// one-line message they are controls too), DEL, C1 controls, the bidi marks, embeddings, overrides and isolates
    /// (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and the line and paragraph separators (U+2028, U+2029).
    ///
    /// The one definition of the rule: the JSON writer escapes the same scalars and the screen draws them as
    /// placeholders.
    @inline(__always)
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return true }
        if value < 0x7F { return false }
        if value <= 0x9F { return true }
        switch value {
        case 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// Whether any scalar of `text` must be escaped; printable ASCII, the common case, is checked byte by byte.
    private static func needsEscaping(_ text: some StringProtocol, keepingNewlines: Bool) -> Bool {
        let asciiOnly = text.utf8.allSatisfy { $0 < 0x80 }
        if asciiOnly {
            return text.utf8.contains { ($0 < 0x20 && !(keepingNewlines && $0 == 0x0A)) || $0 == 0x7F }
        }
        return text.unicodeScalars.contains { isControl($0) && !(keepingNewlines && $0 == "\n") }
    }

    /// `\x1b` for a scalar up to U+00FF, `\u{202e}` above.
    private static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return scalar.value <= 0xFF ? "\\x" + (hex.count == 1 ? "0" + hex : hex) : "\\u{" + hex + "}"
    }
}
