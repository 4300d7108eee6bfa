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

    /// A slot set since a copy was taken is told apart from the copy's, even when set to an equal editor; the
    /// others are not, and equality looks at the editors only.
    @Test func revisionsTellWhichSlotsWereSet() {
        let model = FormModel(
            draft: TunnelFixtures.seedExample, origin: .empty, size: TerminalSize(columns: 80, rows: 24))
        let drawn = model.editors
        var edited = drawn
        edited[.vpnConnName] = edited[.vpnConnName]
        #expect(!edited.holdsSameEditor(for: .vpnConnName, as: drawn))
        #expect(
            FormModel.fields.filter { $0 != .vpnConnName }.allSatisfy { edited.holdsSameEditor(for: $0, as: drawn) })
        #expect(edited == drawn)
        edited[.vpnConnName] = .text(TextField(text: "other"))
        #expect(edited != drawn)
        // Another form's editors never pass for these, whatever was set in either.
        let other = FormModel(
            draft: TunnelFixtures.seedExample, origin: .empty, size: TerminalSize(columns: 80, rows: 24))
        #expect(!FormModel.fields.contains { other.editors.holdsSameEditor(for: $0, as: drawn) })
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
