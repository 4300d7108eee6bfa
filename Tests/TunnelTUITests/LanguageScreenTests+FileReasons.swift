import Testing
import TunnelCore
import TunnelTUI
import TunnelTesting

/// A file's reason inside the editor's Chinese sentence: the reason is said in Chinese too, the system's own words
/// (`strerror`) as the system gives them.
extension LanguageScreenTests {
    @Test func aPeerConfigurationThatCannotBeSavedSaysWhyInChinese() {
        let editor = EditorHarness(
            model: FormModel(
                draft: TunnelFixtures.seedExample, origin: .file("seed-example.json"), size: Self.size,
                bceGatewayIp: "198.51.100.10", language: .zh))
        editor.press(.ctrl("o"), .char("s"), .ctrl("u"))
        editor.type("/nonexistent/x.conf")
        editor.press(.enter)
        #expect(editor.lines[22] == "未保存：/nonexistent/x.conf 创建临时文件时失败：No such file or directory", "\(editor.text)")
    }
}
