import Testing
import TunnelCore
import TunnelTUI
import TunnelTesting

@Suite struct FieldEditorsTests {
    /// Each field finds its own editor: two fields sharing a slot would hand one the other's editor.
    @Test func everyFieldHasItsOwnEditor() {
        let draft = TunnelFixtures.seedExample
        let model = FormModel(draft: draft, origin: .empty, size: TerminalSize(columns: 80, rows: 24))
        for field in FormModel.fields {
            #expect(model.editors[field] == FieldEditor.make(for: field, draft: draft, includesExtended: false))
        }
        #expect(model.editors[.clientToken] == nil)
    }

    /// The fast paths for printable ASCII measure and draw as the character-by-character ones do.
    @Test(arguments: ["vpnconn-ku4cxya6nisq", "a\u{301}b", "上海 ab", "x上上上上上", ""])
    func asciiAndOtherTextMeasureAlike(text: String) {
        let byCharacter = text.reduce(0) { $0 + TextWidth.columns(of: $1) }
        #expect(TextWidth.columns(of: text) == byCharacter)
        var whole = ScreenBuffer(size: TerminalSize(columns: 12, rows: 1))
        var apart = whole
        whole.write(text, row: 0, column: 1, maxColumns: 9)
        var column = 1
        for character in text {
            column += apart.write(String(character), row: 0, column: column, maxColumns: 10 - column)
        }
        #expect(whole == apart)
    }
}
