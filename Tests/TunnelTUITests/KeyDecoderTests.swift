import Testing
import TunnelTUI

@Suite struct KeyDecoderTests {
    // Raw values are what ncurses' get_wch returns (curses.h key codes, ASCII control characters).
    @Test(arguments: [
        (RawKey.character(0x61), KeyEvent.char("a")),
        (.character(0x4E2D), .char("中")),
        (.character(0x10), .ctrl("p")),
        (.character(0x13), .ctrl("s")),
        (.character(0x11), .ctrl("q")),
        (.character(0x0C), .ctrl("l")),
        (.character(0x09), .tab),
        (.character(0x0D), .enter),
        (.character(0x0A), .enter),
        (.character(0x7F), .backspace),
        (.character(0x08), .backspace),
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
        #expect(decoder.feed(.character(0x1B)).isEmpty)
        #expect(decoder.isWaitingAfterEscape)
        #expect(decoder.timeout() == [.escape])
        #expect(decoder.timeout().isEmpty)
    }

    @Test func escapeThenKeyIsAlt() {
        var decoder = KeyDecoder()
        _ = decoder.feed(.character(0x1B))
        #expect(decoder.feed(.character(0x7F)) == [.altBackspace])
        _ = decoder.feed(.character(0x1B))
        #expect(decoder.feed(.character(0x62)) == [.alt("b")])
        _ = decoder.feed(.character(0x1B))
        #expect(decoder.feed(.keyCode(0o403)) == [.escape, .up])
    }

    @Test func bracketedPasteBecomesOneEventAndNeverFiresBindings() {
        var decoder = KeyDecoder()
        var events: [KeyEvent] = []
        let raw: [RawKey] =
            [.keyCode(KeyCode.pasteBegin)] + "10.0.0.0/8,".unicodeScalars.map { .character($0.value) }
            + [.character(0x0D), .character(0x13), .character(0x11)]
            + "192.168.1.0/24".unicodeScalars.map { .character($0.value) } + [.keyCode(KeyCode.pasteEnd)]
        for key in raw { events += decoder.feed(key) }
        #expect(events == [.paste("10.0.0.0/8,\n192.168.1.0/24")])
        #expect(decoder.feed(.character(0x13)) == [.ctrl("s")])
    }
}
