import CNcursesw
import TunnelCore

/// Measures text in terminal columns, as the terminal will draw it.
///
/// `String.count` counts characters, but a Chinese description takes two columns per character: layout must use
/// columns. `wcwidth` answers from the C library's locale; under the "C" locale (tests, a bare environment) it knows
/// nothing beyond ASCII, so East Asian wide ranges are then taken from a small table of Unicode's wide blocks.
public enum TextWidth {
    /// Columns one character takes: 0, 1 or 2.
    public static func columns(of character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        let value = first.value
        if value >= 0x20 && value < 0x7F { return 1 }
        // The screen draws a control character as a one-column placeholder (`Cell.placeholder(for:)`).
        if Sanitizer.isControl(first) { return 1 }
        let measured = shim_wcwidth(wchar_t(bitPattern: value))
        if measured >= 0 { return Int(min(measured, 2)) }
        return isWide(value) ? 2 : 1
    }

    /// Columns a string takes.
    public static func columns(of text: some StringProtocol) -> Int {
        // Printable ASCII takes a column a byte, and its bytes never join into one character: no need to walk the
        // characters (which is slow) for the common case.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var total = 0
        for character in text { total += columns(of: character) }
        return total
    }

    /// The longest prefix of `text` that fits in `width` columns.
    public static func prefix(of text: String, fitting width: Int) -> String {
        var used = 0
        var result = ""
        for character in text {
            let w = columns(of: character)
            if used + w > width { break }
            used += w
            result.append(character)
        }
        return result
    }

    /// `text` when it fits in `width` columns, else its longest prefix that fits with `...` after it.
    public static func abbreviated(_ text: String, toFit width: Int) -> String {
        if columns(of: text) <= width { return text }
        guard width > 3 else { return String(repeating: ".", count: max(width, 0)) }
        return prefix(of: text, fitting: width - 3) + "..."
    }

    /// Unicode's East Asian Wide and Fullwidth blocks (EastAsianWidth.txt, W and F), coarsely.
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
            0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            true
        default: false
        }
    }
}
