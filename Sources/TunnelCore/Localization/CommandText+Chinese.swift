/// The Simplified Chinese catalog of the command line's messages; the terms are those of `Text+Chinese.swift`, and
/// for credentials Baidu's own: its API pages' authentication section says "Access Key由Access Key ID和Secret Access
/// Key组成" (so those names stay as they are, 访问密钥 for the pair, 凭证 for credentials in general), and its
/// region names read 北京地域 (so 地域 for region). Flags, variables, paths, BCE's codes and messages stay as they are.
extension CommandText {
    var chinese: String {
        switch self {
        case .error(let reason): "错误：\(reason)"
        case .warning(let reason): "警告：\(reason)"
        case .missingCredentials(let configFile):
            "没有 BCE 凭证：请传入 --access-key-id 和 --secret-access-key，或设置 BCE_ACCESS_KEY_ID 和 "
                + "BCE_SECRET_ACCESS_KEY，或在 \(configFile) 中添加 profile"
        case .incompleteCredentials(let source, let missing): "\(source)中的 BCE 凭证不完整：缺少 \(missing)"
        case .incompleteProfile(let path, let profile, let key):
            "\(path)：profile \"\(profile)\" 没有 \(key)；请设置它（或使用 BCE_ACCESS_KEY_ID 和 BCE_SECRET_ACCESS_KEY）"
        case .malformedConfigFile(let path, let problem): "配置文件 \(path)：\(problem)"
        case .unknownProfile(let path, let name, let available):
            available.map { "\(path) 中没有名为 \"\(name)\" 的 profile（已有：\($0)）" }
                ?? "没有名为 \"\(name)\" 的 profile：\(path) 不存在或没有 profile"
        case .unknownRegion(let region, let source, let known):
            "未知地域 \"\(region)\"（来自\(source)）；请使用其中之一：\(known)"
        case .invalidEndpoint(let url, let source, let reason):
            "endpoint \"\(url)\" 无效（来自\(source)）：\(Self.chinese(reason))"
        case .endpointReason(let reason): Self.chinese(reason)
        case .unsafeConfigFile(let path, let problem, let fix): "\(path)：\(problem)；请运行：\(fix)"
        case .insecureEndpoint(let url):
            "拒绝以明文 HTTP 发送到 \(url)：请求带有共享秘钥；请使用 https://、环回地址，或传入 --allow-insecure-http"
        case .source(let source): Self.chinese(source)
        case .configFile(let problem): Self.chinese(problem)
        case .noResponseWithin(let time): "\(time) 内没有响应"
        case .connectionFailed(let reason): "连接失败：\(reason)"
        case .cancelled: "已取消"
        case .requestNotSent(let reason): "请求无法发送：\(reason)"
        case .tlsFailed(let host, let reason):
            "与 \(host) 的证书或 TLS 握手有问题（\(Self.chinese(reason))）：未发送，也不重试；请确认 endpoint 是 BCE 的，且途中没有"
                + "拦截 TLS 的设备"
        case .serviceError(let code, let httpStatus, let message, let requestId):
            "错误码 \(code)（HTTP \(httpStatus)）：\(message)" + (requestId.map { " [请求 ID \($0)]" } ?? "")
        case .emptyErrorBody(let httpStatus): "服务器以 HTTP \(httpStatus) 应答，没有错误信息"
        case .listRefused(let reason): "BCE 拒绝列出隧道：\(reason)"
        case .bceUnreachable(let attempts, let reason): "无法连接 BCE（尝试 \(attempts) 次）：\(reason)"
        case .noSuchTunnel(let tunnel, let vpn, let available):
            "VPN \(vpn) 没有隧道 \(tunnel)（\(available.map { "它有：" + $0 } ?? "它没有隧道")）"
        case .tunnelListUnreadable(let reason): "无法读取 BCE 返回的隧道列表：\(reason)"
        case .answerNotJSON(let reason): "不是 JSON：\(reason)"
        case .answerWithoutList: "应答中没有 \"vpnConns\" 列表"
        case .answerEntry(let index, let reason): "vpnConns[\(index)] 有问题：\(reason)"
        case .nothingSentInvalid(let file, let errors): "未发送：\(file) 有 \(errors) 个错误"
        case .maskedSecretUnreadable(let file, let reason):
            "错误：\(file) 中的 secretKey 已隐藏，而当前的共享秘钥无法读取（\(reason)）；请把共享秘钥写入文件"
        case .credentialsRefused(let code, let message): "错误：BCE 拒绝了凭证：\(code)：\(message)"
        case .requestIdLine(let id): "请求 ID：\(id ?? "(未返回)")"
        case .fixKeyPair: "未发送：请修正访问密钥（其来源见 --help）"
        case .applied(let requestId, let attempts):
            "已生效\(attempts == 1 ? "" : "（共尝试 \(attempts) 次）")。请求 ID：\(requestId ?? "(未返回)")"
        case .keptFailing(let attempts, let reason): "错误：BCE 在 \(attempts) 次尝试后仍然失败：\(reason)"
        case .updateRefused(let code, let message): "错误：BCE 拒绝了此次更新：\(code)：\(message)"
        case .fieldLine(let field): "字段：\(field)"
        case .submitUnreachable(let url, let attempts, let reason): "错误：无法连接 \(url)（尝试 \(attempts) 次）：\(reason)"
        case .retryHint(let clientToken):
            "没有任何损失：请用 --client-token \(clientToken) 再运行一次，BCE 最多执行一次"
        case .cancelledRetryHint(let clientToken):
            "已取消；没有任何损失：请用 --client-token \(clientToken) 再运行一次，BCE 最多执行一次"
        case .maskedSecretKept(let file): "注意：\(file) 中的 secretKey 已隐藏；保留隧道当前的共享秘钥"
        case .noChanges(let tunnel): "没有变化：BCE 上的 \(tunnel) 已是这些值；未发送（--force 仍会发送）"
        case .changesTo(let tunnel, let name): "\(tunnel)（\(name)）的变化："
        case .noChangesLine: "没有变化"
        case .currentUnreadable(let reason): "注意：无法读取当前的隧道，因此不显示变化：\(reason)"
        case .sendingUpdate(let tunnel, let url, let clientToken):
            "正在向 \(url) 发送 \(tunnel) 的更新（clientToken \(clientToken)）"
        case .invalidClientToken(let token, let rule): "错误：--client-token (\(token)) \(rule)"
        case .cannotConfirm: "错误：标准输入不是终端，无法确认此次更新；请传入 --yes 发送"
        case .confirmApply(let tunnel): "现在应用 \(tunnel) 的此次更新？[y/N] "
        case .nothingSent: "未发送"
        case .notSigned(let reason): "vpn-tunnel: 未签名：\(reason)"
        case .noPeerConfigWithErrors: "vpn-tunnel: 隧道有错误，不生成对端配置"
        case .peerConfigRefused(let reason): "vpn-tunnel: 无法生成对端配置：\(reason)"
        case .noGatewayAddress:
            "vpn-tunnel: 隧道文件中没有 BCE 的 VPN 网关地址：请用 --bce-gateway-ip A.B.C.D 指定（隧道的 localIp，"
                + "即 VPN 的 EIP），或传入 --gateway-from-bce 从 BCE 读取"
        case .noGatewayInAnswer(let tunnel, let localIp):
            "vpn-tunnel: BCE 没有给出 \(tunnel) 的 IPv4 localIp（\(localIp ?? "无")）：请用 --bce-gateway-ip 指定"
        case .gatewayUnreadable(let reason): "vpn-tunnel: 无法读取 VPN 网关地址：\(reason)"
        case .couldNotRead(let tunnel, let reason): "vpn-tunnel: 无法从 BCE 读取 \(tunnel)：\(reason)"
        case .cancelledReading(let tunnel): "vpn-tunnel: 从 BCE 读取 \(tunnel) 时已取消；没有任何改变"
        case .demoDidNotStart(let reason): "vpn-tunnel demo: 模拟器未能启动：\(reason)"
        case .demoFailed(let reason): "vpn-tunnel demo: 出错：\(reason)"
        case .emulatorFailed(let reason): "vpn-tunnel emulator: 未能启动：\(reason)"
        case .emulatorStateUnreadable(let path, let reason): "\(path)：无法读取：\(FileText.fileReason(reason).chinese)"
        case .emulatorStateMalformed(let path, let reason): "\(path)：不是模拟器的状态文件：\(reason)"
        case .emulatorStateUnwritable(let path, let reason): "\(path)：无法写入：\(FileText.fileReason(reason).chinese)"
        case .emulatorBanner(let url, let accessKeyId, let secret, let stateFile, let vpnId, let vpnConnId):
            """
            BCE VPN API 模拟器正在监听 \(url)
            Access Key ID：     \(accessKeyId)
            Secret Access Key： \(secret ?? "(即 --secret-access-key 给出的)")
            \(stateFile.map { "状态文件：          \($0)" } ?? "状态：              只在内存中（--state FILE 可保存）")

            试试：
              export BCE_ACCESS_KEY_ID=\(accessKeyId) BCE_SECRET_ACCESS_KEY=\(secret ?? "<你的密钥>")
              vpn-tunnel show --endpoint \(url) --vpn-id \(vpnId) --vpn-conn-id \(vpnConnId) > t.json
              vpn-tunnel submit --endpoint \(url) --file t.json
              vpn-tunnel status --endpoint \(url) --vpn-id \(vpnId) --vpn-conn-id \(vpnConnId) --watch
            按 Ctrl-C 停止。

            """
        case .watching(let tunnel, let vpn, let host, let timeout):
            "正在 \(host) 上监视 \(vpn) 的隧道 \(tunnel)，最长 \(timeout)（Ctrl-C 停止）："
        case .eitherOption(let first, let second): "请给出 \(first) 或 \(second)，不要同时给出。"
        case .optionsTogether(let first, let second): "\(first) 和 \(second) 须一起给出：两个都给或都不给"
        case .notIPv4(let option, let value): "\(option) (\(value)) 必须是 IPv4 地址。"
        case .notUTCTime(let value): "--date (\(value)) 必须是 UTC 时间，例如 2024-01-02T03:04:05Z。"
        case .clientTokenRule(let token, let rule): "--client-token (\(token)) \(rule)。"
        case .expirationRange(let value): "--expiration (\(value)) 必须在 1 到 604800 秒之间。"
        case .watchNeedsTunnel: "--watch 需要 --vpn-conn-id：它只监视一条隧道"
        case .timeoutNotATime(let value): "--timeout (\(value)) 不是时间，应形如 90s、5m 或 1h（最长 24h）"
        case .portRange(let value): "--port (\(value)) 不在 0 到 65535 之间"
        case .notNegative(let option, let value): "\(option) (\(value)) 不能是负数"
        case .notAProbability(let option, let value): "\(option) (\(value)) 不是 0 到 1 之间的概率"
        case .transitionMsRange(let value): "--transition-ms (\(value)) 不在 0 到 3600000（一小时）之间"
        case .transitionStatusWord(let value): "--transition-status (\(value)) 不是由 ASCII 字母组成的单词"
        }
    }

    private static func chinese(_ reason: TLSReason) -> String {
        switch reason {
        case .certificateNotValidated: "无法验证证书"
        case .noCertificate: "服务器未发送证书"
        case .hostNameMismatch: "主机名与证书不符"
        case .library(let words): words
        }
    }

    private static func chinese(_ reason: EndpointError.Reason) -> String {
        switch reason {
        case .unknownRegion(let known): "不是已知的地域；请从 \(known.joined(separator: "、")) 中选择"
        case .notHTTP: "必须以 https:// 或 http:// 开头"
        case .notSchemeAndHost: "只能是协议和主机，可带端口，不能有其他内容"
        case .badPort: "端口不是 1 到 65535 之间的数字"
        case .noHost: "缺少主机"
        }
    }

    private static func chinese(_ problem: ConfigFileProblem) -> String {
        let danger = "可以把 endpoint 指向自己的主机，从而收到共享秘钥"
        switch problem {
        case .notJSON(let reason): return "不是有效的 JSON：\(reason)"
        case .notAnObject: return "必须是含有 \"current\" 和 \"profiles\" 的 JSON 对象"
        case .noProfiles: return "没有 \"profiles\" 列表"
        case .profilesNotAList: return "\"profiles\" 必须是 profile 的列表"
        case .entryNotAnObject(let location): return "\(location) 必须是对象"
        case .profileWithoutName(let location): return "缺少 \(location).name；请给 profile 起个名字"
        case .notAString(let keyPath): return "\(keyPath) 必须是字符串"
        case .folderUnreadable(let reason): return "无法读取它所在的文件夹（\(reason)）"
        case .ownedByAnother(let owner, let user):
            return "属于 uid \(owner)，而不是你（uid \(user)）：它的所有者\(danger)"
        case .writableByOthers(let mode, let group, let others):
            let writers = group && others ? "同组用户和其他用户" : group ? "同组用户" : "其他用户"
            return "权限 \(mode) 允许\(writers)修改它：他们\(danger)"
        case .readableByOthers(let path, let mode):
            return "\(path) 可被其他用户读取（权限 \(mode)）；请运行：chmod 600 \(path)"
        }
    }

    private static func chinese(_ source: ConnectionSource) -> String {
        switch source {
        case .commandLine: "命令行"
        case .environment: "环境变量"
        case .defaultRegion: "默认值"
        case .emulator: "模拟器"
        case .profile(let name, let path): "配置文件 \(path) 的 profile \"\(name)\""
        }
    }
}
