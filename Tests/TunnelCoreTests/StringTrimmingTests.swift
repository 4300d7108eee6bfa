import Foundation
import Testing
import TunnelCore

/// The trimming that stands in for Foundation's `trimmingCharacters(in:)`, checked against Foundation itself.
@Suite struct StringTrimmingTests {
    /// Spaces of several kinds, newlines, a tab, U+0085, U+200B and a combining mark after a space.
    static let samples = [
        "", "   ", "plain", "  both ends \t", "\n\r\nlines\n", "\u{00A0}nbsp\u{3000}", "\u{2028}separators\u{2029}",
        "\u{0085}next line\u{000B}\u{000C}", "\u{200B}zero width\u{200B}", " \u{0301}combining", "inner  space",
        "\u{FEFF}bom\u{FEFF}", "\t\n", "ak2 ",
    ]

    @Test("whitespace and newlines go as with CharacterSet.whitespacesAndNewlines", arguments: samples)
    func whitespaceAndNewlines(text: String) {
        #expect(text.trimmingWhitespaceAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test("spaces and tabs go as with CharacterSet.whitespaces, newlines stay", arguments: samples)
    func whitespace(text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
    }
}
