import Testing
import TunnelCore
import TunnelTUI
import TunnelTesting

/// A reason the client layer passes up, inside a Chinese sentence of the editor, is Chinese too (BCE's own code and
/// message as BCE wrote them).
extension LanguageScreenTests {
    @Test func aTargetThatCannotBeReadIsSaidInChineseWithItsReason() async {
        // The fake has no tunnel: reading the target to compare gets BCE's 404.
        let editor = EditorHarness(
            model: FormModel(
                draft: TunnelFixtures.seedExample, origin: .file("seed-example.json"), size: Self.size, language: .zh))
        editor.focus(.description)
        editor.type("!")
        editor.press(.ctrl("s"))
        await editor.runUntilIdle()
        // The box wraps the sentence inside BCE's answer; its frame is Chinese, its code and message BCE's.
        #expect(editor.lines[7].hasSuffix("| 无法从 BCE 读取 vpnconn-ku4cxya6nisq 进行比较：错误码 NoSuchObject（ |"))
        #expect(editor.lines[8] == "    | HTTP 404）：tunnel vpnconn-ku4cxya6nisq not found                    |")
        #expect(!editor.text.contains("request id"), "\(editor.text)")
    }
}
