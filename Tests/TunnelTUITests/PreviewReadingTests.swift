import Testing
import TunnelClient
import TunnelCore
import TunnelTUI
import TunnelTesting

/// The preview reads well at 80x24: the body indented, the bytes sent one key away, long lines broken between
/// tokens, and Ctrl-R keeping the place.
@Suite struct PreviewReadingTests {
    static let note = "-- body indented for reading; w shows the exact bytes sent --"

    /// The seed example's body as `RequestBody.encode(_:indent: 2)` writes it, the key masked.
    static let indentedSeedBody = """
        {
          "vpnId": "vpn-s1bpb19cmd8n",
          "secretKey": "********",
          "localSubnets": [
            "192.168.0.0/20"
          ],
          "remoteIp": "10.107.245.188",
          "remoteSubnets": [
            "192.168.100.0/24"
          ],
          "description": "111",
          "vpnConnName": "vpncon",
          "ikeConfig": {
            "ikeVersion": "v1",
            "ikeMode": "main",
            "ikeEncAlg": "aes",
            "ikeAuthAlg": "sha1",
            "ikePfs": "group2",
            "ikeLifeTime": 200
          },
          "ipsecConfig": {
            "ipsecEncAlg": "aes",
            "ipsecAuthAlg": "sha1",
            "ipsecPfs": "group2",
            "ipsecLifetime": 28800
          }
        }
        """

    @Test func theBodyIsIndentedAndWShowsTheBytesSentAndBack() throws {
        let editor = EditorHarness()
        editor.press(.ctrl("p"))
        let update = try #require(editor.model.report.update)
        let request = editor.service.preparedRequest(
            for: update, clientToken: TunnelFixtures.seedExample.clientToken, date: EditorHarness.fixedDate)
        let readable = editor.previewRows()
        // The request line and the headers as sent, then the note, then the body one member a line.
        #expect(readable[0] == "PUT /v1/vpn/vpnconn/vpnconn-ku4cxya6nisq?clientToken=")
        #expect(readable[1] == "> 1849ef6b-f73c-4f5d-b88b-259ca47af849 HTTP/1.1")
        #expect(readable[2] == "Host: bcc.bj.baidubce.com")
        let note = try #require(readable.firstIndex(of: Self.note))
        #expect(readable[note - 1] == "")
        #expect(Array(readable[(note + 1)...]) == Self.indentedSeedBody.split(separator: "\n").map(String.init))
        #expect(editor.lines[23] == "Up/Down scroll  Ctrl-S submit  Ctrl-R reveal key  w wire bytes  Esc back")

        editor.press(.char("w"))
        let wire = editor.previewRows()
        #expect(!wire.contains(Self.note))
        #expect(editor.lines[23] == "Up/Down scroll  Ctrl-S submit  Ctrl-R reveal key  w indented  Esc back")
        // The head is the same; the body is the bytes sent (the key masked), on one line broken between tokens.
        let blank = try #require(wire.firstIndex(of: ""))
        #expect(Array(wire[..<blank]) == Array(readable[..<blank]))
        let body = wire[(blank + 1)...].map { $0.hasPrefix("> ") ? String($0.dropFirst(2)) : $0 }.joined()
        let sent = String(decoding: request.body, as: UTF8.self)
        #expect(body == sent.replacing(#""secretKey":"ddd22@www""#, with: #""secretKey":"********""#))
        #expect(body.contains(#""vpnId":"vpn-s1bpb19cmd8n","secretKey":"********""#))
        #expect(wire.count - blank - 1 > 1)

        editor.press(.char("w"))
        #expect(editor.previewRows() == readable)
        #expect(editor.lines[23].contains("w wire bytes"))
    }

    @Test func ctrlRKeepsTheScrollPositionAndItsHintSaysHideWhileTheSecretsShow() throws {
        var draft = TunnelFixtures.seedExample
        draft.localSubnets = (0..<100).map { "10.0.\($0).0/24" }
        let editor = EditorHarness(draft: draft)
        editor.press(.ctrl("p"))
        editor.press([KeyEvent](repeating: .down, count: 7))
        #expect(editor.previewScroll == 7)
        let masked = editor.lines
        #expect(masked[23].contains("Ctrl-R reveal key"))
        editor.press(.ctrl("r"))
        #expect(editor.previewScroll == 7)
        #expect(editor.lines[0].contains("secretKey shown"))
        #expect(editor.lines[23] == "Up/Down scroll  Ctrl-S submit  Ctrl-R hide  w wire bytes  Esc back")
        editor.press(.ctrl("r"))
        #expect(editor.previewScroll == 7)
        #expect(editor.lines == masked)

        // The bytes sent, at their last row: far below the number of lines, as the body is one long line.
        editor.press(.char("w"), .end)
        let last = try #require(editor.previewScroll)
        let lastRows = editor.lines
        guard case .preview(let state) = editor.model.mode else { throw PreviewNotShown() }
        #expect(last >= state.wireLines.count)
        #expect(lastRows[22].hasSuffix("}}"))
        editor.press(.ctrl("r"))
        #expect(editor.previewScroll == last)
        #expect(editor.lines[23].contains("Ctrl-R hide  w indented"))
        editor.press(.ctrl("r"))
        #expect(editor.previewScroll == last)
        #expect(editor.lines == lastRows)
    }

    /// No row ends inside a JSON string that would fit on a row of its own, nor inside the signature or a token of
    /// the request line, masked or revealed, indented or as sent.
    @Test(arguments: [false, true], [false, true])
    func longLinesBreakBetweenTokens(revealed: Bool, wire: Bool) throws {
        var draft = TunnelFixtures.seedExample
        draft.description = "Beijing office to Shanghai DC, backup: primary=10.0.0.1; tested & ok"
        draft.localSubnets = (0..<30).map { "10.0.\($0).0/24" }
        let editor = EditorHarness(draft: draft)
        editor.press(.ctrl("p"))
        if revealed { editor.press(.ctrl("r")) }
        if wire { editor.press(.char("w")) }
        let rows = editor.previewRows()
        #expect(rows.count > 22)
        #expect(
            rows.contains { $0.contains(#""Beijing office to Shanghai DC, backup: primary=10.0.0.1; tested & ok""#) })
        #expect(rows.contains { $0.contains("1849ef6b-f73c-4f5d-b88b-259ca47af849") })
        #expect(rows.contains { $0.contains("2015-08-11T04:17:29Z") })
        if revealed {
            let update = try #require(editor.model.report.update)
            let request = editor.service.preparedRequest(
                for: update, clientToken: draft.clientToken, date: EditorHarness.fixedDate)
            let signature = try #require(request.header("Authorization")?.split(separator: "/").last)
            #expect(signature.count == 64)
            #expect(rows.contains { $0.contains(signature) })
        } else {
            // The mask follows the signed headers' list, on their row or alone on the next.
            #expect(rows.contains { $0.hasSuffix("x-bce-date/********") || $0 == "> ********" })
        }
        guard case .preview(let state) = editor.model.mode else { throw PreviewNotShown() }
        for problem in Self.cutsInsideStrings(rows: rows, lines: state.lines, width: 80) {
            Issue.record("\(problem)")
        }
    }

    /// Where the rows of each line end inside a JSON string short enough for a row of its own. The rows are matched
    /// to the lines they show without relying on the continuation mark (the screen drops trailing spaces).
    static func cutsInsideStrings(rows: [String], lines: [String], width: Int) -> [String] {
        var problems: [String] = []
        var next = 0
        for line in lines {
            let characters = Array(line)
            var consumed = 0
            var cuts: [Int] = []
            while next < rows.count {
                var content = Substring(rows[next])
                if consumed > 0 {
                    let unmarked = content.drop { $0 == " " }
                    if unmarked.hasPrefix(TextWrap.continuationMark),
                        !String(characters[consumed...]).hasPrefix(content)
                    {
                        content = unmarked.dropFirst(TextWrap.continuationMark.count)
                    }
                    // Spaces at the end of the row before, which the screen does not keep.
                    while consumed < characters.count, characters[consumed] == " ",
                        !String(characters[consumed...]).hasPrefix(content)
                    {
                        consumed += 1
                    }
                    cuts.append(consumed)
                }
                next += 1
                consumed += content.count
                if characters.dropFirst(consumed).allSatisfy({ $0 == " " }) { break }
            }
            var inString = false
            var escaped = false
            var opened = 0
            for (position, character) in characters.enumerated() {
                if cuts.contains(position), inString {
                    let close = characters[position...].firstIndex(of: "\"") ?? characters.count
                    if close - opened + 1 <= width - TextWrap.continuationMark.count {
                        problems.append("a row ends inside the string at \(opened) of: \(line)")
                    }
                }
                if inString {
                    if escaped {
                        escaped = false
                    } else if character == "\\" {
                        escaped = true
                    } else if character == "\"" {
                        inString = false
                    }
                } else if character == "\"" {
                    inString = true
                    opened = position
                }
            }
        }
        if next != rows.count { problems.append("\(rows.count - next) rows beyond the lines") }
        return problems
    }

    @Test func theCheckFindsARowEndingInsideAShortString() {
        let line = #"{"a":"x, y","b":1}"#
        let long = String(repeating: "x", count: 90)
        let longLine = #"{"a":""# + long + #""}"#
        let cases: [([String], [String], Int)] = [
            ([#"{"a":"x, "#, #"> y","b":1}"#], [line], 1),
            ([#"{"a":"x, "#, #"y","b":1}"#], [line], 1),
            ([#"{"a":"#, #"> "x, y","b":1}"#], [line], 0),
            ([#"{"a":"# + long.prefix(40), "> " + long.dropFirst(40) + #""}"#], [longLine], 0),
        ]
        for (rows, lines, count) in cases {
            #expect(Self.cutsInsideStrings(rows: rows, lines: lines, width: 80).count == count, "\(rows)")
        }
    }

    @Test(arguments: [
        // Fits: unchanged.
        ("Host: bcc.bj.baidubce.com", 80, ["Host: bcc.bj.baidubce.com"]),
        // After a separator outside strings, never inside one; the string keeps its comma, colon and spaces.
        (#"{"a":"x, y: z","bb":"w"}"#, 13, [#"{"a":"#, #"> "x, y: z","#, #"> "bb":"w"}"#]),
        // A time's colons stay whole; the slash before it is a place to break.
        ("date: 2015-08-11T04:17:29Z/1800", 24, ["date: ", "> 2015-08-11T04:17:29Z/", "> 1800"]),
        // A separator followed by a space: the row ends after the space, the next starts with the token.
        ("a: 1, b: 2, c: 3", 12, ["a: 1, b: 2, ", "> c: 3"]),
        // A token longer than a row is cut where it must be, each continuation marked.
        (String(repeating: "x", count: 25), 10, ["xxxxxxxxxx", "> xxxxxxxx", "> xxxxxxx"]),
        // A continuation keeps the line's indentation; the indentation itself is no place to break.
        (#"    "key": "a value", "k2": 12345"#, 20, [#"    "key": "#, #"    > "a value", "#, #"    > "k2": 12345"#]),
    ])
    func tokenLines(line: String, width: Int, rows: [String]) {
        #expect(TextWrap.tokenLines(line, width: width) == rows)
    }
}

struct PreviewNotShown: Error {}

extension EditorHarness {
    /// The preview's scroll position, nil outside the preview.
    var previewScroll: Int? {
        guard case .preview(let state) = model.mode else { return nil }
        return state.scroll
    }

    /// Every row of the preview, read off the screen a page at a time from the top; the scroll position is put back.
    func previewRows() -> [String] {
        let start = previewScroll ?? 0
        let height = 22
        press(.home)
        var rows: [Int: String] = [:]
        var scroll = -1
        while let now = previewScroll, now != scroll {
            scroll = now
            for offset in 0..<height { rows[now + offset] = lines[1 + offset] }
            press(.pageDown)
        }
        press(.home)
        press([KeyEvent](repeating: .down, count: start))
        var all = (0..<rows.count).map { rows[$0] ?? "" }
        while all.last == "" { all.removeLast() }
        return all
    }
}

extension String {
    /// A row as the memory terminal shows it: without trailing spaces.
    var asShown: String {
        var row = self
        while row.last == " " { row.removeLast() }
        return row
    }
}
