import Testing
import TunnelCore
import TunnelTUI
import TunnelTesting

/// The editor's screens at exactly 80x24 in English and in Simplified Chinese: the form, an open list of choices,
/// the preview, the confirmation and the help, as the operator sees them. Chinese takes two columns a character:
/// every row must still fit, with no character cut in half and the values in one column.
@Suite struct LanguageScreenTests {
    static let size = TerminalSize(columns: 80, rows: 24)

    /// The editor on the seed example, in a language.
    static func editor(_ language: Language, origin: FormModel.Origin = .file("seed-example.json")) -> EditorHarness {
        let tunnel = TunnelFixtures.seedExample
        return EditorHarness(
            model: FormModel(draft: tunnel, origin: origin, size: size, language: language),
            service: FakeTunnelService(tunnel: tunnel))
    }

    /// Each screen the operator reads, reached by keys.
    static func screens(_ language: Language) -> [String: String] {
        var screens: [String: String] = [:]
        let form = editor(language)
        screens["form"] = form.text
        form.focus(.ikePfs)
        form.press(.enter)
        screens["dropdown"] = form.text
        let preview = editor(language)
        preview.press(.ctrl("p"))
        screens["preview"] = preview.text
        let confirmation = editor(language, origin: .service(TunnelFixtures.seedExample))
        confirmation.focus(.description)
        confirmation.type("!")
        confirmation.press(.ctrl("s"))
        screens["confirmation"] = confirmation.text
        let help = editor(language)
        help.press(.f1)
        screens["help"] = help.text
        return screens
    }

    @Test(arguments: Language.allCases)
    func everyRowFitsWithNoCharacterCut(_ language: Language) {
        for (name, text) in Self.screens(language) {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == 24, "\(name)")
            for line in lines {
                #expect(TextWidth.columns(of: line) <= 80, "\(name) in \(language): \(line)")
                #expect(!line.contains("\u{FFFD}"), "\(name) in \(language): \(line)")
            }
        }
    }

    @Test(arguments: Language.allCases.flatMap { language in (expected[language] ?? [:]).keys.map { ($0, language) } })
    func theScreen(_ name: String, _ language: Language) {
        let shown = Self.screens(language)[name] ?? ""
        #expect(shown == Self.expected[language]?[name], "\(name) in \(language):\n\(shown)")
    }

    @Test func everyScreenIsAssertedInBothLanguages() {
        #expect(Set((Self.expected[.en] ?? [:]).keys).union(["form"]) == Set(Self.screens(.en).keys))
        #expect(Set((Self.expected[.zh] ?? [:]).keys).union(["preview"]) == Set(Self.screens(.zh).keys))
    }

    /// The request is the same bytes in every language: only the title, the note before the body and the key line
    /// are translated.
    @Test func theChinesePreviewTranslatesOnlyItsChrome() {
        let english = (Self.screens(.en)["preview"] ?? "").split(separator: "\n", omittingEmptySubsequences: false)
        let chinese = (Self.screens(.zh)["preview"] ?? "").split(separator: "\n", omittingEmptySubsequences: false)
        #expect(chinese.count == 24 && english.count == 24)
        let chrome = [
            0: "预览：将要发送的请求（secretKey 已隐藏）", 11: "-- 请求体已缩进以便阅读；w 显示实际发送的字节 --",
            23: "Up/Down 滚动  Ctrl-S 提交  Ctrl-R 显示秘钥  w 原始字节  Esc 返回",
        ]
        for (row, line) in chinese.enumerated() {
            #expect(line == chrome[row].map { Substring($0) } ?? english[row], "row \(row)")
        }
    }

    /// A refused key is said in the status line in the form's language, with the field's API path.
    @Test(arguments: [
        (Language.en, #"ikeConfig.ikeLifeTime takes digits only: "x" refused"#),
        (.zh, #"ikeConfig.ikeLifeTime 只能输入数字：已拒绝 "x""#),
    ])
    func aRefusedKeyIsSaidInTheLanguage(_ language: Language, _ notice: String) {
        let form = Self.editor(language)
        form.focus(.ikeLifeTime)
        form.type("x")
        #expect(form.lines[22].hasPrefix(notice), "\(form.lines[22])")
    }

    /// The values start in one column, right of the widest label of the language.
    @Test func theChineseLabelsLineUp() {
        let form = Self.editor(.zh)
        let rows = form.lines.filter { $0.contains("(vpnId)") || $0.contains("(ipsecLifetime)") }
        #expect(rows.count == 2)
        let columns = rows.map { row -> Int in
            let value = row.firstRange(of: "vpn-s1bpb19cmd8n") ?? row.firstRange(of: "28800")
            return value.map { TextWidth.columns(of: row[..<$0.lowerBound]) } ?? -1
        }
        #expect(columns[0] == columns[1])
        #expect(columns[0] == 2 + FormLayout(size: Self.size, language: .zh).labelWidth + 1)
    }
}
