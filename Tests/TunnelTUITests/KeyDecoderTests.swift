import Testing
import TunnelTUI

@Suite struct KeyDecoderTests {
    // Raw values are what ncurses' wgetch returns: bytes, and curses.h key codes above 255.
    @Test(arguments: [
        (RawKey.byte(0x61), KeyEvent.char("a")),
        (.byte(0x10), .ctrl("p")),
        (.byte(0x13), .ctrl("s")),
        (.byte(0x11), .ctrl("q")),
        (.byte(0x0C), .ctrl("l")),
        (.byte(0x09), .tab),
        (.byte(0x0D), .enter),
        (.byte(0x0A), .enter),
        (.byte(0x7F), .backspace),
        (.byte(0x08), .backspace),
        (.keyCode(0o403), .up),
        (.keyCode(0o402), .down),
        (.keyCode(0o404), .left),
        (.keyCode(0o405), .right),
        (.keyCode(0o406), .home),
        (.keyCode(0o550), .end),
        (.keyCode(0o407), .backspace),
        (.keyCode(0o512), .delete),
        (.keyCode(0o541), .backTab),
        (.keyCode(0o527), .enter),
        (.keyCode(0o411), .f1),
        (.keyCode(0o422), .f10),
        (.keyCode(0o632), .resize),
    ])
    func decodesSingleKeys(raw: RawKey, expected: KeyEvent) {
        var decoder = KeyDecoder()
        #expect(decoder.feed(raw) == [expected])
    }

    @Test func loneEscapeIsEscOnlyAfterTheDelay() {
        var decoder = KeyDecoder()
        #expect(decoder.feed(.byte(0x1B)).isEmpty)
        #expect(decoder.isWaitingAfterEscape)
        #expect(decoder.timeout() == [.escape])
        #expect(decoder.timeout().isEmpty)
    }

    @Test func escapeThenKeyIsAlt() {
        var decoder = KeyDecoder()
        _ = decoder.feed(.byte(0x1B))
        #expect(decoder.feed(.byte(0x7F)) == [.altBackspace])
        _ = decoder.feed(.byte(0x1B))
        #expect(decoder.feed(.byte(0x62)) == [.alt("b")])
        _ = decoder.feed(.byte(0x1B))
        #expect(decoder.feed(.keyCode(0o403)) == [.escape, .up])
    }

    @Test func bracketedPasteBecomesOneEventAndNeverFiresBindings() {
        var decoder = KeyDecoder()
        var events: [KeyEvent] = []
        let raw: [RawKey] =
            [.keyCode(KeyCode.pasteBegin)] + "10.0.0.0/8,".utf8.map { .byte($0) }
            + [.byte(0x0D), .byte(0x13), .byte(0x11)]
            + "192.168.1.0/24".utf8.map { .byte($0) } + [.keyCode(KeyCode.pasteEnd)]
        for key in raw { events += decoder.feed(key) }
        #expect(events == [.paste("10.0.0.0/8,\n192.168.1.0/24")])
        #expect(decoder.feed(.byte(0x13)) == [.ctrl("s")])
    }

    private func feed(_ bytes: [UInt8], to decoder: inout KeyDecoder) -> [KeyEvent] {
        bytes.flatMap { decoder.feed(.byte($0)) }
    }

    @Test(arguments: ["é", "中", "北京", "𝄞"])
    func utf8TextIsAssembledFromItsBytes(text: String) {
        var decoder = KeyDecoder()
        #expect(feed(Array(text.utf8), to: &decoder) == text.map { .char($0) })
    }

    /// A lead byte whose sequence never completes (a Latin-1 terminal's é) must not hold the keys after it: the
    /// next key, or the end of the wait for the rest, refuses it, and the next key is decoded itself.
    @Test func aBrokenSequenceIsRefusedAndTheNextKeyStillWorks() {
        var decoder = KeyDecoder()
        #expect(decoder.feed(.byte(0xE9)).isEmpty)
        #expect(decoder.isAssemblingText)
        #expect(decoder.timeout() == [.refusedText(.notUTF8)])
        #expect(decoder.timeout().isEmpty)
        #expect(decoder.feed(.byte(0xE9)).isEmpty)
        #expect(decoder.feed(.byte(0x11)) == [.refusedText(.notUTF8), .ctrl("q")])
        #expect(feed([0xE4, 0xB8, 0x61], to: &decoder) == [.refusedText(.notUTF8), .char("a")])
        #expect(decoder.feed(.keyCode(KeyCode.up)) == [.up])
    }

    @Test(arguments: [[0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF]] as [[UInt8]])
    func invalidUTF8IsRefused(bytes: [UInt8]) {
        var decoder = KeyDecoder()
        let events = feed(bytes, to: &decoder) + decoder.feed(.byte(0x61))
        #expect(events.first == .refusedText(.notUTF8))
        #expect(events.last == .char("a"))
        #expect(!events.contains { if case .char(let c) = $0 { c != "a" } else { false } })
    }

    @Test func withoutAUTF8LocaleNonASCIIIsRefusedOncePerCharacter() {
        var decoder = KeyDecoder(acceptsUTF8: false)
        #expect(feed(Array("é北".utf8), to: &decoder) == [.refusedText(.localeNotUTF8), .refusedText(.localeNotUTF8)])
        #expect(feed([0x61, 0x11], to: &decoder) == [.char("a"), .ctrl("q")])
        #expect(decoder.feed(.byte(0x03)) == [.ctrl("c")])
    }

    @Test func c1ControlsAreNotText() {
        var decoder = KeyDecoder()
        #expect(feed([0xC2, 0x9B], to: &decoder).isEmpty)  // U+009B, the C1 control sequence introducer
        #expect(decoder.feed(.byte(0x62)) == [.char("b")])
    }

    @Test func pastedTextIsDecodedAsUTF8OrRefusedWhole() {
        func paste(_ bytes: [UInt8], acceptsUTF8: Bool = true) -> [KeyEvent] {
            var decoder = KeyDecoder(acceptsUTF8: acceptsUTF8)
            var events = decoder.feed(.keyCode(KeyCode.pasteBegin))
            events += bytes.flatMap { decoder.feed(.byte($0)) }
            return events + decoder.feed(.keyCode(KeyCode.pasteEnd))
        }
        #expect(paste(Array("北京 office".utf8)) == [.paste("北京 office")])
        #expect(paste(Array("a\u{85}b".utf8)) == [.paste("ab")])
        #expect(paste([0x61, 0xE9, 0x62]) == [.refusedText(.notUTF8)])
        #expect(paste(Array("北京".utf8), acceptsUTF8: false) == [.refusedText(.localeNotUTF8)])
        #expect(paste(Array("10.0.0.0/8".utf8), acceptsUTF8: false) == [.paste("10.0.0.0/8")])
    }

    @Test(arguments: [
        (["LANG": "zh_CN.UTF-8"], true),
        (["LANG": "en_US.utf8"], true),
        (["LC_ALL": "C.UTF-8", "LANG": "C"], true),
        (["LC_ALL": "C", "LANG": "en_US.UTF-8"], false),
        (["LC_CTYPE": "zh_CN.GB18030", "LANG": "en_US.UTF-8"], false),
        (["LC_ALL": "", "LANG": "de_DE.UTF-8"], true),
        (["LANG": "C"], false),
        ([:], false),
    ])
    func aLocaleAsksForUTF8ByItsFirstSetVariable(environment: [String: String], expected: Bool) {
        #expect(TerminalLocale.requestsUTF8(environment) == expected)
    }
}
