import Foundation
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

    /// Why drafts are off, as the editor's status line says it (`EditorLauncher` passes the reason in the editor's
    /// language).
    @Test func whyDraftsAreOffInChinese() throws {
        #expect(
            throws: DraftStore.Unavailable(reason: "neither XDG_STATE_HOME nor HOME is set"),
            performing: { try DraftStore.standard(environment: [:]).get() })
        let reason = DraftStore.standard(environment: [:]).failure?.reason(in: .zh)
        #expect(reason == "XDG_STATE_HOME 和 HOME 都没有设置")
        let folder = try ScratchFolder("draft-language")
        let directory = folder.path + "/vpn-tunnel"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        chmod(directory, 0o777)
        let open = DraftStore.standard(environment: ["XDG_STATE_HOME": folder.path]).failure
        #expect(open?.reason(in: .zh) == "\(directory) 的权限为 777，同组用户或其他用户可以访问（chmod 700 之后方可使用）")
        #expect(open?.reason == "\(directory) has mode 777, open to group or others (chmod 700 it to allow it)")
    }
}

extension Result {
    fileprivate var failure: Failure? {
        guard case .failure(let error) = self else { return nil }
        return error
    }
}
