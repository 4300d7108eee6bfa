import Testing

@testable import TunnelCore

@Suite struct JSONParserTests {
    @Test func keepsKeyOrderAndNumberText() throws {
        let value = try JSONParser.parse(#" {"b": 1, "a": [true, false, null, -0.5e+3, "\u00e9\ud83d\ude00"]} "#)
        guard case .object(let members) = value else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["b", "a"])
        #expect(value["b"] == .number("1"))
        #expect(value["a"] == .array([.bool(true), .bool(false), .null, .number("-0.5e+3"), .string("é😀")]))
    }

    @Test(arguments: [
        ("", 1, 1, "expected a value, found the end of the document"),
        ("{\"a\":1,}", 1, 8, #"expected a key in double quotes, found "}""#),
        ("[1 2]", 1, 4, #"expected "," or "]" in the array, found "2""#),
        ("{\"a\":01}", 1, 6, "a number may not start with 0"),
        ("{\"a\":1}x", 1, 8, #"unexpected "x" after the end of the document"#),
        ("{\n\"a\":1,\n\"a\":2}", 3, 1, #"the key "a" appears twice in one object"#),
        ("\"tab\there\"", 1, 5, "a string may not contain a raw control character (use \\n, \\t or \\u)"),
        ("{\"测试\" 1}", 1, 7, #"expected ":" after the key "测试", found "1""#),
        ("\"\\x\"", 1, 4, "unknown escape \\x"),
        ("[\"\\ud800\"]", 1, 9, "a high surrogate \\u escape must be followed by a low one"),
        ("tru", 1, 1, "expected a value, found \"t\""),
    ])
    func syntaxErrors(text: String, line: Int, column: Int, reason: String) {
        #expect {
            try JSONParser.parse(text)
        } throws: { error in
            let error = error as? JSONSyntaxError
            return error?.position == TextPosition(line: line, column: column) && error?.reason == reason
        }
    }

    @Test func deepNestingIsRefused() {
        let text = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
    }

    @Test func writerIndentsInOrder() {
        var writer = JSONWriter(indent: 2)
        writer.beginObject()
        writer.member("z", "1")
        writer.member("list", ["a", "b"])
        writer.key("empty")
        writer.beginObject()
        writer.endObject()
        writer.member("n", 5)
        writer.endObject()
        #expect(
            String(decoding: writer.bytes, as: UTF8.self)
                == "{\n  \"z\": \"1\",\n  \"list\": [\n    \"a\",\n    \"b\"\n  ],\n  \"empty\": {},\n  \"n\": 5\n}")
    }
}
