import Foundation
import Testing
import TunnelCore

/// Text from a file or BCE that holds terminal controls: every message and every JSON text the core writes shows
/// them as visible escapes, so printing one cannot drive the terminal.
@Suite struct ForeignTextTests {
    /// A window title, a screen clear, a CR, a C1 CSI and a bidi override: what a hostile description may hold.
    static let hostile = "ok\r\u{1b}]0;pwned\u{07}\u{1b}[2J\u{9b}1m\u{202e}evil"

    /// Whether `text` holds any scalar a terminal would act on.
    static func holdsControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { Sanitizer.isControl($0) }
    }

    // MARK: JSON

    @Test func jsonEscapesC0DelC1AndBidiControls() throws {
        var writer = JSONWriter()
        writer.strings(["a\u{1b}b", "del\u{7f}", "c1\u{9b}\u{85}", "bidi\u{202e}\u{2066}\u{200f}\u{61c}", "上海 é"])
        let json = String(decoding: writer.bytes, as: UTF8.self)
        #expect(
            json
                == #"["a\u001bb","del\u007f","c1\u009b\u0085","bidi\u202e\u2066\u200f\u061c","上海 é"]"#)
        #expect(
            try JSONParser.parse(json)
                == .array([
                    .string("a\u{1b}b"), .string("del\u{7f}"), .string("c1\u{9b}\u{85}"),
                    .string("bidi\u{202e}\u{2066}\u{200f}\u{61c}"), .string("上海 é"),
                ]))
    }

    @Test func aTunnelFileWithAHostileDescriptionHoldsNoControlAndReadsBack() throws {
        var draft = Fixtures.seedDraft
        draft.description = Self.hostile
        let file = TunnelFile.encode(draft, revealingSecrets: true)
        #expect(!Self.holdsControl(file.replacing("\n", with: "")))
        #expect(file.contains(#""description": "ok\r\u001b]0;pwned\u0007\u001b[2J\u009b1m\u202eevil""#))
        #expect(try TunnelFile.parse(file).description == Self.hostile)
    }

    // MARK: Messages

    @Test func aValidationProblemShowsAHostileValueAndRuleAsEscapes() {
        var draft = Fixtures.seedDraft
        draft.vpnConnName = "a\u{1b}]0;pwned\u{07}"
        let problem = TunnelValidator().validate(draft).problems(for: .vpnConnName)
        let lines = problem.map(\.line) + problem.map(\.message) + problem.map(\.description)
        #expect(!lines.isEmpty)
        #expect(!lines.contains(where: Self.holdsControl))
        #expect(lines.allSatisfy { $0.contains(#"a\x1b]0;pwned\x07"#) })
    }

    @Test func aDiffShowsHostileValuesAndRowsAsEscapes() {
        let current = Fixtures.seedDraft
        var edited = current
        edited.description = Self.hostile
        edited.vpnConnName = "x\u{202e}y"
        edited.remoteSubnets = ["10.0.0.0/8\u{1b}[2J"]
        let lines = TunnelDiff(from: current, to: edited).lines
        #expect(lines.count == 3)
        #expect(!lines.contains(where: Self.holdsControl))
        #expect(lines.contains(#"description: 111 -> ok\x0d\x1b]0;pwned\x07\x1b[2J\x9b1m\u{202e}evil"#))
        #expect(lines.contains(#"vpnConnName: vpncon -> x\u{202e}y"#))
        #expect(lines.contains { $0.hasPrefix(#"remoteSubnets: -192.168.100.0/24 +10.0.0.0/8\x1b[2J"#) })
    }

    @Test func aHostileKeyNameInAFileIsShownAsEscapes() {
        #expect {
            try TunnelFile.parse(#"{"vpnConnId": "vpnconn-1", "\u001b]0;pwned\u0007": 1}"#)
        } throws: { error in
            let text = "\(error)"
            return !Self.holdsControl(text) && text.contains(#"unknown key "\x1b]0;pwned\x07""#)
        }
    }

    @Test func aSyntaxErrorQuotingAControlShowsItAsAnEscape() {
        let error = JSONSyntaxError("unknown escape \\\u{1b}", at: TextPosition(line: 1, column: 3))
        #expect(error.description == #"line 1, column 3: unknown escape \\x1b"#)
        let located = TunnelFileError("unknown escape \\\u{1b}", at: TextPosition(line: 1, column: 3), path: "t\r.json")
        #expect(located.description == #"t\x0d.json:1:3: unknown escape \\x1b"#)
    }

    @Test func anErrorsMessageShowsItsControlsAsEscapes() {
        struct Refusal: Error, LocalizedError {
            var errorDescription: String? { "refused: \u{1b}]0;pwned\u{07}" }
        }
        #expect(Refusal().localizedMessage == #"refused: \x1b]0;pwned\x07"#)
    }

    @Test func aPreviewShowsNoControlFromTheDraft() throws {
        var draft = Fixtures.seedDraft
        draft.description = Self.hostile
        let request = UpdateRequestBuilder.build(
            draft: draft, clientToken: "token\u{1b}]0;t\u{07}", endpoint: try Endpoint.region("bj"))
        for revealing in [false, true] {
            let http = RequestRenderer.http(request, revealingSecrets: revealing)
            let curl = RequestRenderer.curl(request, revealingSecrets: revealing)
            #expect(!Self.holdsControl(http.replacing("\n", with: "")))
            #expect(!Self.holdsControl(curl.replacing("\n", with: "")))
            #expect(http.contains(#"\u009b1m\u202eevil"#))
        }
    }

    // MARK: Masks

    @Test func aMaskedSecretIsTheSameForEveryLength() {
        var short = Fixtures.seedDraft
        short.secretKey = "abcd@123"
        var long = Fixtures.seedDraft
        long.secretKey = "abcdefgh@12345678"
        #expect(TunnelFile.encode(short, revealingSecrets: false) == TunnelFile.encode(long, revealingSecrets: false))
        #expect(SecretMask.text == "********")
        #expect(TunnelFile.maskedSecret == SecretMask.text)
    }
}
