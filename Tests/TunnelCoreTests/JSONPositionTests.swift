import Testing

@testable import TunnelCore

/// Positions in long one-line documents (BCE answers a tunnel list as one line): exact, in characters of the line,
/// whatever the text before them holds.
@Suite struct JSONPositionTests {
    /// Strings whose characters are not their bytes: a combining accent, CJK, a ZWJ emoji sequence, a flag (two
    /// regional indicators), and an escape.
    static let awkward = ["e\u{301}", "测试", "👩‍💻", "🇨🇳🇯🇵", "tab\\there"]

    /// The line and column of a byte offset, counted the slow and obvious way.
    static func position(ofByte offset: Int, in text: String) -> TextPosition {
        let end = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        let before = text[..<end]
        let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
        return TextPosition(line: before.count { $0 == "\n" } + 1, column: text[lineStart..<end].count + 1)
    }

    /// A one-line array of about 80 KB: numbers and awkward strings, then `bad` at its end.
    static func oneLineArray(endingWith bad: String) -> (text: String, errorOffset: Int) {
        var text = "["
        for index in 0..<15_000 {
            text += index % 7 == 0 ? "\"\(awkward[index % awkward.count])\"," : "\(index),"
        }
        let errorOffset = text.utf8.count
        text += bad + "]"
        return (text, errorOffset)
    }

    @Test(arguments: [
        ("01", "a number may not start with 0"),
        ("tru", "expected a value, found \"t\""),
        ("\"a\u{1}\"", "a string may not contain a raw control character (use \\n, \\t or \\u)"),
    ])
    func anErrorAtTheEndOfAnEightyKilobyteLineHasItsExactPosition(bad: String, reason: String) throws {
        let (text, start) = Self.oneLineArray(endingWith: bad)
        #expect(text.utf8.count > 80_000)
        // The control character's error is at the character itself, two bytes into the token.
        let offset = bad.hasPrefix("\"") ? start + 2 : start
        #expect {
            try JSONParser.parse(text)
        } throws: { error in
            let error = error as? JSONSyntaxError
            return error?.reason == reason && error?.position == Self.position(ofByte: offset, in: text)
        }
    }

    @Test func keysAlongALongLineHaveTheirExactPositions() throws {
        var text = "{"
        var keyOffsets: [Int] = []
        for index in 0..<4_000 {
            if index > 0 { text += index % 3 == 0 ? ", " : "," }
            keyOffsets.append(text.utf8.count)
            text += "\"k\(index)\":\"\(Self.awkward[index % Self.awkward.count])\""
            if index == 2_000 { text += "\n" }
        }
        text += "}"
        guard case .object(let members) = try JSONParser.parse(text) else {
            Issue.record("not an object")
            return
        }
        #expect(members.count == 4_000)
        for index in stride(from: 0, to: 4_000, by: 97) + [1_999, 2_000, 2_001, 3_999] {
            #expect(members[index].position == Self.position(ofByte: keyOffsets[index], in: text), "key k\(index)")
        }
    }

    @Test func aDuplicateKeyFarIntoABigObjectIsFoundWithItsPosition() {
        var text = "{"
        for index in 0..<5_000 { text += "\"k\(index)\":\"\(Self.awkward[index % Self.awkward.count])\"," }
        let duplicate = text.utf8.count
        text += "\"k4321\":1}"
        #expect {
            try JSONParser.parse(text)
        } throws: { error in
            let error = error as? JSONSyntaxError
            return error?.reason == #"the key "k4321" appears twice in one object"#
                && error?.position == Self.position(ofByte: duplicate, in: text)
        }
    }

    @Test func aTunnelFileOnOneLineReportsAnUnknownKeyAfterLongListsAtItsColumn() throws {
        let subnets = (0..<2_000).map { "\"10.\($0 / 256).\($0 % 256).0/24\"" }.joined(separator: ",")
        let head =
            #"{"vpnConnId":"vpnconn-ku4cxya6nisq","description":"北京 e\#u{301} 👩‍💻","localSubnets":["#
            + subnets + #"],"remoteSubnets":["# + subnets + "],"
        let text = head + #""remoteSubnet":[]}"#
        let reading = TunnelFileReader.read(try JSONParser.parse(text), ignoringUnknownKeys: false)
        let problem = try #require(reading.problems.first { $0.reason.hasPrefix("unknown key \"remoteSubnet\"") })
        #expect(problem.position == TextPosition(line: 1, column: head.count + 1))
    }
}
