import Testing
import TunnelClient
import TunnelCore
import TunnelTesting

/// The client layer's errors say themselves in each language: English as it always read (the description the
/// command line and older tests see), Chinese around BCE's own code and message, which stay as BCE wrote them.
@Suite struct ClientErrorLanguageTests {
    static let refusal = BCEServiceError(
        httpStatus: 403, code: "AccessDenied", message: "Access denied", requestId: "req-1")

    static let errors: [any Error & Translatable] = [
        refusal, TunnelFetchError.service(refusal), TunnelFetchError.unreachable(reason: "timed out", attempts: 3),
        TunnelFetchError.notFound(vpnConnId: "vpnconn-abcd", vpnId: "vpn-abcd", available: []),
        TransportError.timedOut(after: .seconds(10)), TransportError.tlsFailed(host: "h", reason: .noCertificate),
        ConnectionError.missingCredentials(configFile: "/c.json"),
        ConnectionError.unknownRegion("mars", source: "the environment", known: ["bj"]),
        ConnectionError.invalidEndpoint("x", source: "profile \"lab\" in /c.json", reason: .noHost),
    ]

    @Test(arguments: errors)
    func englishIsTheDescriptionAndChineseIsChinese(_ error: any Error & Translatable) {
        #expect(error.text(in: .en) == error.localizedDescription)
        let chinese = error.text(in: .zh)
        #expect(chinese != error.text(in: .en))
        #expect(chinese.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(chinese)")
    }

    @Test func bceWordsStayAsBCEWroteThem() {
        #expect(
            TunnelFetchError.service(Self.refusal).text(in: .zh)
                == "BCE 拒绝列出隧道：错误码 AccessDenied（HTTP 403）：Access denied [请求 ID req-1]")
        #expect(
            TunnelFetchError.service(Self.refusal).text(in: .en)
                == "BCE refused to list the tunnels: AccessDenied (HTTP 403): Access denied [request id req-1]")
    }

    @Test func whereASettingCameFromIsSaidInTheLanguage() {
        let fromProfile = ConnectionError.unknownRegion("mars", source: "profile \"lab\" in /c.json", known: ["bj"])
        #expect(fromProfile.text(in: .zh) == "未知地域 \"mars\"（来自配置文件 /c.json 的 profile \"lab\"）；请使用其中之一：bj")
        let fromFlags = ConnectionError.incompleteCredentials(
            source: "the command line", missing: "--secret-access-key")
        #expect(fromFlags.text(in: .zh) == "命令行中的 BCE 凭证不完整：缺少 --secret-access-key")
    }

    @Test func anEmptyErrorBodyIsSaidInTheClientsLanguage() {
        let english = BCEServiceError(response: HTTPResponse(status: 502))
        #expect(english.message == "the server answered HTTP 502 with no error body")
        let chinese = BCEServiceError(response: HTTPResponse(status: 502), language: .zh)
        #expect(chinese.message == "服务器以 HTTP 502 应答，没有错误信息")
    }

    @Test func aSubmitReportIsInTheLanguageAsked() {
        let report = SubmitOutcome.rejected(Self.refusal, attempts: 1).report(
            clientToken: "t", baseURL: "u", language: .zh)
        #expect(report.errors == ["错误：BCE 拒绝了此次更新：AccessDenied：Access denied", "请求 ID：req-1"])
        #expect(
            SubmitRefusal.invalid(file: "t.json", errors: 2).lines(in: .zh) == ["未发送：t.json 有 2 个错误"])
    }
}
