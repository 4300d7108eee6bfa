import Testing
import TunnelCore

/// Text the program did not write, as the terminal gets it: every control shown as a visible escape, everything
/// else (accents, Chinese, emoji, a backslash) unchanged.
@Suite struct SanitizerTests {
    @Test(
        arguments: [
            // A window-title OSC ended by BEL, then a screen clear and colours: the classic terminal injection.
            ("x\u{1b}]0;pwned\u{07}y", #"x\x1b]0;pwned\x07y"#),
            ("\u{1b}[2J\u{1b}[31mred\u{1b}[0m", #"\x1b[2J\x1b[31mred\x1b[0m"#),
            // CR moves back over what was printed; LF would start a line that looks like the program's own.
            ("ok\rfake", #"ok\x0dfake"#),
            ("one\ntwo", #"one\x0atwo"#),
            ("tab\there", #"tab\x09here"#),
            ("bell\u{07}", #"bell\x07"#),
            ("del\u{7f}", #"del\x7f"#),
            ("nul\u{0}", #"nul\x00"#),
            // C1: U+009B is CSI in one byte; U+0085 NEL.
            ("c1\u{9b}31m", #"c1\x9b31m"#),
            ("nel\u{85}", #"nel\x85"#),
            // Bidi overrides, embeddings, isolates and marks reorder what follows.
            ("abc\u{202e}fed", #"abc\u{202e}fed"#),
            ("\u{202a}\u{202b}\u{202c}\u{202d}", #"\u{202a}\u{202b}\u{202c}\u{202d}"#),
            ("\u{2066}\u{2067}\u{2068}\u{2069}", #"\u{2066}\u{2067}\u{2068}\u{2069}"#),
            ("\u{200e}\u{200f}\u{61c}", #"\u{200e}\u{200f}\u{61c}"#),
            ("line\u{2028}para\u{2029}", #"line\u{2028}para\u{2029}"#),
        ])
    func controlsBecomeVisibleEscapes(text: String, shown: String) {
        #expect(Sanitizer.visible(text) == shown)
    }

    @Test(arguments: [
        "", "plain ASCII: vpn-s1bpb19cmd8n 10.0.0.0/8 !@#$%^*()_", "上海到北京的隧道", "Zürich café ñandú",
        "e\u{301}", "emoji 🔐", #"a backslash \x1b stays"#, "zero width joiner 👩‍💻",
    ])
    func ordinaryTextIsUnchanged(text: String) {
        #expect(Sanitizer.visible(text) == text)
    }

    @Test func newlinesCanBeKeptForAMultiLineBlock() {
        #expect(Sanitizer.visible("a\nb\u{1b}c\r\n", keepingNewlines: true) == "a\nb\\x1bc\\x0d\n")
    }

    @Test func sanitizingTwiceChangesNothingMore() {
        let once = Sanitizer.visible("x\u{1b}]0;t\u{07}\u{202e}")
        #expect(Sanitizer.visible(once) == once)
    }

    @Test func noControlSurvives() {
        let everyControl = String(String.UnicodeScalarView((0..<0x2070).compactMap(Unicode.Scalar.init)))
        let shown = Sanitizer.visible(everyControl)
        #expect(!shown.unicodeScalars.contains { Sanitizer.isControl($0) })
    }
}
