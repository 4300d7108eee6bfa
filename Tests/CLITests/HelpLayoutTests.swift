import Testing
import TunnelTUI

@testable import vpn_tunnel

/// `HelpLayout`: Chinese help broken by display width, as the parser will keep it.
@Suite struct HelpLayoutTests {
    @Test func rowsFitTheRoomAndTheParserKeepsThem() {
        let text = String(repeating: "隧道文件的每个问题，", count: 12)
        let laid = HelpLayout.laidOut(text, at: .discussion, screenWidth: 80)
        let rows = laid.split(separator: "\n")
        #expect(rows.count > 2)
        // Within 80 columns, and fewer characters than the parser's limit of 80: it keeps each row whole.
        #expect(rows.allSatisfy { TextWidth.columns(of: $0) <= 80 && $0.count < 80 })
        #expect(rows.joined() == text)
    }

    @Test func closingMarksNeverStartARowNorOpeningOnesEndIt() {
        for width in 40...90 {
            let laid = HelpLayout.laidOut(
                "BCE 的 VPN 网关地址，用于隧道文件的对端配置（Ctrl-O）；从 BCE 读取的隧道自带该地址。更新后的隧道在此期间显示的状态（推测值：BCE 没有说明）。",
                at: .option, screenWidth: width)
            for row in laid.split(separator: "\n") {
                #expect(!HelpLayout.closing.contains(row.first ?? "a"), "\(width): \(row)")
                #expect(!HelpLayout.opening.contains(row.last ?? "a"), "\(width): \(row)")
                #expect(TextWidth.columns(of: row) <= width - HelpLayout.optionColumn, "\(width): \(row)")
            }
        }
    }

    @Test func tableRowsContinueUnderTheirText() {
        let laid = HelpLayout.laidOut(
            "退出码：\n  129, 143  " + String(repeating: "终端挂断或编辑器被终止，", count: 6), at: .discussion, screenWidth: 60)
        let rows = laid.split(separator: "\n")
        #expect(rows[1].hasPrefix("  129, 143  终端"))
        #expect(rows.dropFirst(2).allSatisfy { $0.hasPrefix(String(repeating: " ", count: 12)) })
    }

    @Test func commandsInBackticksStayWhole() {
        let laid = HelpLayout.laidOut(
            String(repeating: "可以往返。", count: 5) + "`show ... --reveal-secrets > t.json`、编辑", at: .discussion,
            screenWidth: 60)
        #expect(laid.contains("\n`show ... --reveal-secrets > t.json`、编辑"))
        #expect(!laid.contains(HelpLayout.noBreakSpace))
    }

    @Test func theParsersNoteStartsALineOfItsOwn() {
        #expect(HelpLayout.laidOut("签名的有效期，单位为秒。", at: .optionWithParserNote, screenWidth: 80) == "签名的有效期，单位为秒。\n")
        #expect(HelpLayout.laidOut("签名的有效期，单位为秒。", at: .option, screenWidth: 80) == "签名的有效期，单位为秒。")
    }
}

extension HelpLayoutTests {
    /// Only a run that may print help lays its texts out: the others would pay for every command's discussion.
    @Test(arguments: [
        (["vpn-tunnel"], true), (["vpn-tunnel", "--lang", "zh"], true), (["vpn-tunnel", "--lang=zh"], true),
        (["vpn-tunnel", "submit", "--help"], true), (["vpn-tunnel", "-h"], true),
        (["vpn-tunnel", "help", "status"], true),
        (["vpn-tunnel", "status", "-help", "--lang", "zh"], true),
        (["vpn-tunnel", "validate", "--file", "t.json", "--lang", "zh"], false), (["vpn-tunnel", "--version"], false),
        (["vpn-tunnel", "--generate-completion-script", "fish", "--help"], false),
    ])
    func onlyARunThatPrintsHelpLaysItOut(_ run: ([String], Bool)) {
        #expect(HelpLayout.shouldPrintHelp(run.0) == run.1)
    }
}
