/// The Simplified Chinese catalog.
///
/// Terms, and where each comes from. Baidu's own Chinese API pages come first; where they name no term, the one
/// used is said, with the page it was taken from:
///
/// | term | API name | source |
/// |---|---|---|
/// | VPN隧道, VPN隧道名称, VPN隧道ID | vpnConnName, vpnConnId | 百度智能云「更新VPN隧道」https://cloud.baidu.com/doc/VPC/s/rk2ynjopp ("VPN隧道名称", "vpn隧道的ID") |
/// | VPN网关ID | vpnId | the same page says "VPN隧道所属VPN的ID"; "VPN网关" is the product's name on Baidu's VPN pages |
/// | 共享秘钥 | secretKey | the same page: "共享秘钥，8~17位字符" (Baidu's spelling, kept; other clouds write 预共享密钥) |
/// | 本端网络, 对端网络 | localSubnets, remoteSubnets | the same page: "本端网络cidr列表", "对端网络cidr列表" |
/// | 用户网关ID | cgwId | the same page: "用户网关ID" |
/// | 描述 | description | the same page |
/// | IKE配置, IPSec配置 | ikeConfig, ipsecConfig | the same page ("IKE配置", "IPSec配置") |
/// | VPN隧道列表 | (the list call) | 百度智能云「查询VPN隧道」https://cloud.baidu.com/doc/VPC/s/Bk2ynne1n |
/// | 对端网关IP | remoteIp | not on Baidu's Chinese pages (the 2025 update page replaced remoteIp by cgwId); the term of Tencent Cloud's VPN console, 「对端网关 IP」 https://tencentcloud.com/zh/document/product/1037/39635 |
/// | IKE版本, 协商模式, 主模式, 野蛮模式, 加密算法, 认证算法, DH分组, SA生命周期 | ikeVersion … ipsecLifetime | not found in Baidu's Chinese pages (its IkeConfig/IpsecConfig appendix has no Chinese copy we could read); the usual terms of Chinese VPN consoles, as Huawei Cloud's 「VPN协商参数有哪些」 https://support.huaweicloud.com/vpn_faq/vpn_faq_00040.md lists them |
///
/// API names (`ikeEncAlg`, `vpnConnId`), values (`aes256`, `group14`), `BCE` and key names (`Ctrl-P`) stay as they
/// are, as Baidu's documents show them beside the Chinese.
extension Text {
    var chinese: String {
        switch self {
        case .formTitle: "vpn-tunnel：编辑 IPsec VPN 隧道"
        case .section(let section): Self.chinese(section)
        case .fieldLabel(let field): Self.chineseLabel(field)
        case .readFromBCE: "(读取自 BCE)"
        case .secondsRange(let lower, let upper): "\(lower)-\(upper) 秒"
        case .terminalTooSmall(let need, let have): "终端太小：需要 \(need)，当前 \(have)"
        case .tunnelStatus(let tunnel, let file, let fromService, let edited):
            Self.chineseStatus(tunnel: tunnel, file: file, fromService: fromService, edited: edited)
        case .problemCount(let errors, let warnings):
            errors == 0 && warnings == 0
                ? "没有问题"
                : [errors > 0 ? "\(errors) 个错误" : nil, warnings > 0 ? "\(warnings) 个警告" : nil]
                    .compactMap { $0 }.joined(separator: "，")
        case .scrolledOut(let above, let below):
            above && below ? "(上下还有内容)" : above ? "(上方还有内容)" : below ? "(下方还有内容)" : ""
        case .problemLine(let isError, let row, let value, let rule):
            (isError ? "! " : "警告：")
                + (row.map { "第 \($0 + 1) 行\(value.isEmpty ? "" : " \(value)")：" } ?? "") + rule
        case .rule(let rule): Self.chinese(rule)
        case .choiceLabel(let choice): Self.chineseLabel(choice)
        case .choiceLine(let value, let label, let isWeak): "\(value) - \(label)" + (isWeak ? " (弱)" : "")
        case .choiceNotSet: "(未设置)"
        case .choiceNone: "(请选择)"
        case .noProblemsToGoTo: "没有可跳转的问题"
        case .fieldLocked(let path): "\(path) 读取自 BCE，指明本次更新替换的隧道：不能编辑"
        case .fixErrorsBeforePreview(let count): "请先修正 \(count) 个错误再预览"
        case .fixErrorsBeforeSubmitting(let count): "请先修正 \(count) 个错误再提交"
        case .notSent(let reason): "未发送：\(reason)"
        case .cannotSend(let reason): "无法发送：\(reason)"
        case .draftsOff(let reason): "草稿已关闭：\(reason)"
        case .digitsOnly(let path, let character):
            "\(path) 只能输入数字：" + (character.map { "已拒绝 \"\($0)\"" } ?? "已拒绝粘贴的内容")
        case .refusedNotUTF8: "已拒绝：终端发送的字节不是 UTF-8（请把终端的字符集设为 UTF-8）"
        case .refusedLocaleNotUTF8: "已拒绝：locale 不是 UTF-8，只能输入 ASCII（请用 LANG=C.UTF-8 启动）"
        case .demoEmulator(let url): "演示：由本地模拟器 \(url) 代替 BCE"
        case .chineseNeedsUTF8(let locale):
            "中文界面需要 UTF-8 locale，\(locale) 不是：以英文显示（LANG=zh_CN.UTF-8 显示中文）"
        case .key(let key): Self.chinese(key)
        case .helpTitle(let version): "帮助：按键（vpn-tunnel \(version)）"
        case .helpSection(let section): Self.chinese(section)
        case .previewTitle(let revealsSecrets):
            "预览：将要发送的请求（secretKey \(revealsSecrets ? "已显示" : "已隐藏")）"
        case .noChangesOnBCE: "与 BCE 上的隧道相比没有变化。"
        case .changesOnBCE: "与 BCE 上的隧道相比的变化："
        case .change(let change): Self.chinese(change)
        case .bodyIndented(let wireKey): "-- 请求体已缩进以便阅读；\(wireKey) 显示实际发送的字节 --"
        case .boxTitle(let title): Self.chinese(title)
        case .sendingUpdate(let tunnel): "正在向 BCE 发送 \(tunnel) 的更新"
        case .escCancels: "Esc 取消。"
        case .quitWithUnsentEdits: "有未发送的修改，确定退出？"
        case .draftKept: "草稿会保留（不含共享秘钥），下次编辑此隧道时提供恢复。"
        case .noDraftKept: "不保留草稿：修改将丢失。"
        case .quitKeys: "y 退出，Esc 留下。"
        case .savedDraftExists: "此隧道有一份已保存的草稿。"
        case .savedDraftSame: "草稿中的值与当前相同。"
        case .savedDraftDiffers(let fields): "不同之处：\(fields)"
        case .secretKeyToRetype: "secretKey（需重新输入）"
        case .restoreKeys: "r 恢复草稿，d 丢弃草稿。"
        case .confirmSend(let tunnel, let host): "将 \(tunnel) 的这次更新发送到 \(host)？"
        case .noHost: "(无主机)"
        case .targetsOtherTunnel(let tunnel, let fileTunnel): "现在的目标是隧道 \(tunnel)，而不是文件中的 \(fileTunnel)。"
        case .namesOtherGateway(let gateway, let fileGateway):
            "现在指定的 VPN 网关是 \(gateway)，而不是文件中的 \(fileGateway)。"
        case .readingToCompare(let tunnel): "正在从 BCE 读取 \(tunnel) 以便比较..."
        case .escGoesBack: "Esc 返回。"
        case .nothingToSend(let tunnel): "没有变化：BCE 上的 \(tunnel) 已是这些值，无需发送。"
        case .changesOnService(let tunnel, let fields): "对 BCE 上 \(tunnel) 的修改：\(fields)"
        case .couldNotReadToCompare(let tunnel, let reason): "无法从 BCE 读取 \(tunnel) 进行比较：\(reason)"
        case .noFieldChangedSinceLoaded: "自载入以来没有字段改变。"
        case .changedSinceLoaded(let fields): "自载入以来的修改：\(fields)"
        case .sentWithWarnings(let count): "发送时带有 \(count) 个警告："
        case .moreWarnings(let count): "还有 \(count) 个（在表单中按 Ctrl-G 逐个查看）"
        case .enterSends: "Enter 发送，Esc 返回。"
        case .applied: "已生效：BCE 接受了此次更新。"
        case .requestId(let id, let attempts):
            "请求 ID：\(id ?? "(未返回)")" + (attempts > 1 ? "（共尝试 \(attempts) 次）" : "")
        case .rejected(let httpStatus): "被拒绝：BCE 拒绝了此次更新（HTTP \(httpStatus)）。"
        case .errorCode(let code): "错误码：\(code)"
        case .errorMessage(let message): "错误信息：\(message)"
        case .errorField(let field): "字段：\(field)"
        case .rejectedRequestId(let id): "请求 ID：\(id)"
        case .formUnchanged: "表单未改变。"
        case .unreachable(let attempts, let reason): "无法连接 BCE（尝试 \(attempts) 次）：\(reason)"
        case .unreachableRetry: "表单未改变；Ctrl-S 用同一个 clientToken 重试。"
        case .cancelledMayHaveReached: "已取消。请求可能已经到达 BCE。"
        case .cancelledRetry: "Ctrl-S 用同一个 clientToken 重试，BCE 最多执行一次。"
        case .peerConfigTitle(let format, let revealsSecrets):
            "对端配置：\(format)（共享秘钥\(revealsSecrets ? "已显示" : "已隐藏")）"
        case .peerConfigSavePrompt: "保存到（权限 0600）："
        case .peerConfigRows(let first, let last, let count): "第 \(first)-\(last) 行，共 \(count) 行"
        case .peerConfigNothingToSave(let reason): "没有可保存的内容：\(reason)"
        case .peerConfigNotSaved(let reason): "未保存：\(reason)"
        case .peerConfigSaved(let path): "已保存到 \(path)（权限 0600）"
        case .peerConfigNeedsGateway:
            """
            没有对端配置：不知道 BCE 的 VPN 网关地址（隧道的 localIp）。
            从 BCE 读取的隧道带有该地址（edit --vpn-id V --vpn-conn-id C）；文件则请用
            edit --bce-gateway-ip A.B.C.D 指定，或使用 vpn-tunnel peer-config。
            """
        case .noPeerConfigForForm(let format): "表单当前的内容无法生成 \(format) 配置："
        case .fixOnTheForm(let several): "请在表单中修正\(several ? "这些问题" : "此问题")（Esc 返回）。"
        case .tabShowsAnotherFormat: "Tab 切换到其他格式。"
        case .peerConfigError(let error): Self.chinese(error)
        case .peerRefusal(let refusal): Self.chinese(refusal)
        case .cannotWatch(let reason): "无法监视隧道：\(reason)"
        case .cannotWatchWithoutIds: "无法监视隧道：需要 vpnId 和 vpnConnId，而此表单还没有"
        case .watchingUntilUp(let tunnel, let timeout): "正在监视 \(tunnel)，直到它连通（最长 \(timeout)）："
        case .earlierChangesHidden(let count): "  (之前的 \(count) 次变化未显示)"
        case .watchNoAnswer(let time, let reason): "\(time)  无应答：\(reason)"
        case .watchAsking(let frame): "正在查询 BCE \(frame)  Esc 停止监视；表单保持不变。"
        case .watchUp(let elapsed): "\(elapsed) 后连通：active / reachable"
        case .watchTimedOut(let elapsed, let lastSeen, let lastFailure):
            "\(elapsed) 后仍未连通（已超时）：\(lastSeen.map { "最后状态 \($0)" } ?? "未读到状态")"
                + (lastFailure.map { "；最后一次查询无应答：\($0)" } ?? "")
        case .watchStopped(let elapsed, let lastSeen):
            "\(elapsed) 后停止监视" + (lastSeen.map { "，最后状态 \($0)" } ?? "")
        case .watchTunnelWentAway(let reason): "隧道已不存在：\(reason)"
        case .watchRefused(let reason): "BCE 拒绝列出隧道：\(reason)"
        case .watchEnded(let summary): summary + "。"
        case .readingTunnel(let tunnel, let gateway, let from): "正在从 \(from) 读取 \(gateway) 的隧道 \(tunnel)"
        case .escCancel: "Esc 取消"
        case .notATerminal: "标准输入和输出必须是终端"
        case .unknownTerminalType(let name): "终端类型 \(name) 未知，且 xterm-256color 和 vt100 都无法使用"
        case .terminalCannotMoveCursor(let name):
            "终端类型 \(name)（TERM）不能移动光标，无法绘制表单；请改用 vpn-tunnel validate、preview 或 submit --file"
        case .help(let text): text.chinese
        case .command(let text): text.chinese
        case .file(let text): text.chinese
        }
    }

    /// Vendor product names (`strongSwan (swanctl.conf)`) and the reasons of a swanctl text read back, which only
    /// the emulator reads, stay as they are.
    private static func chinese(_ error: PeerConfigError) -> String {
        switch error {
        case .invalidTunnel(let problems):
            let errors = problems.filter { $0.severity == .error }
            let first = errors.first.map { "：\($0.message(in: .zh))" } ?? ""
            let more = errors.count > 1 ? "（另有 \(errors.count - 1) 个）" : ""
            return "隧道有 \(errors.count) 个错误\(first)\(more)"
        case .unsupported(let field, let value, let format, let reason):
            return "\(field.path) (\(value)) 在 \(format.title) 中没有对应项：\(chinese(reason))"
        case .lifetimeOutOfRange(let field, let value, let format, let range):
            return "\(field.path) (\(value)) 超出 \(format.title) 接受的范围 \(range.lowerBound) 到 \(range.upperBound) 秒"
        case .invalidGatewayAddress(let text):
            return "BCE 的 VPN 网关地址 (\(text)) 不是 IPv4 地址"
        case .unreadableSwanctl(let line, let reason):
            return "swanctl.conf 第 \(line) 行：\(reason)"
        }
    }

    private static func chinese(_ refusal: PeerRefusal) -> String {
        switch refusal {
        case .noName: "导出表中没有它的名称"
        case .libreswanWithoutGroup2: "libreswan 4 默认编译不含 DH分组2 (modp1024)，除非设置 USE_DH2；请选 group14"
        case .libreswanWithoutGroups22To24: "libreswan 已移除 DH分组22 到 24 (modp2048s256)，依据 RFC 8247；请选 group14"
        }
    }

    private static func chinese(_ change: TunnelDiff.Change) -> String {
        let path = change.field.path
        let (before, after, rows) = change.shownValues
        switch change.values {
        case .text: return "\(path)：\(before ?? "(空)") -> \(after ?? "(空)")"
        case .list: return "\(path)：\(rows ?? "顺序改变")（原为 \(before ?? "(无)")，现为 \(after ?? "(无)")）"
        case .secret: return "\(path)：已更改（值已隐藏）"
        }
    }

    /// `vpnconn-… （来自 t.json，已编辑）`.
    private static func chineseStatus(tunnel: String, file: String?, fromService: Bool, edited: Bool) -> String {
        let source = file.map { "来自 \($0)" } ?? (fromService ? "来自 BCE" : nil)
        let notes = [source, edited ? "已编辑" : nil].compactMap { $0 }
        return (tunnel.isEmpty ? "新隧道" : tunnel) + (notes.isEmpty ? "" : "（" + notes.joined(separator: "，") + "）")
    }

    /// The rest of a sentence that starts with the field's path and value: `ikeConfig.ikeLifeTime (30) 低于最小值 60 秒`.
    private static func chinese(_ rule: ValidationRule) -> String {
        switch rule {
        case .required: "为必填项"
        case .idFormat(let prefix, let lower, let upper): "必须是 \"\(prefix)\" 后接 \(lower) 到 \(upper) 个小写字母或数字"
        case .empty: "为空"
        case .printableASCII: "只能是不含空格的可打印 ASCII 字符"
        case .tooLong(let count, let maximum): "长 \(count) 个字符；最多 \(maximum) 个"
        case .mustStartWithLetter: "必须以字母开头"
        case .nameCharacter(let bad): "含有 \"\(bad)\"；只允许字母、数字和 - _ / ."
        case .descriptionTooLong(let maximum): "太长；最多 \(maximum) 个字符"
        case .secretKeyLength(let lower, let upper): "长度必须为 \(lower) 到 \(upper) 个字符"
        case .secretKeyCharacters(let symbols): "只能包含字母、数字和符号 \(symbols)"
        case .secretKeyMissing(let letter, let digit, let symbol):
            "必须包含"
                + [letter ? "字母" : nil, digit ? "数字" : nil, symbol ? "符号 (!@#$%^*()_)" : nil]
                .compactMap { $0 }.joined(separator: "、")
        case .ipv4Address: "必须是 IPv4 地址，例如 203.0.113.10"
        case .nonPublicAddress(let kind, let block): Self.chinese(kind, block: block) + "；对端网关通常使用公网地址"
        case .atLeastOneCIDR: "至少要有一个 CIDR"
        case .emptyRow: "为空；请输入 CIDR（例如 192.168.0.0/24）或删除此行"
        case .cidrFormat: "必须是 IPv4 CIDR，例如 192.168.0.0/24（前缀 0 到 32）"
        case .hostBits(let network): "设置了主机位；网络地址是 \(network)"
        case .repeats(let path): "与 \(path) 重复"
        case .overlaps(let first, let rows):
            (rows == 1 ? "与 \(first) 重叠" : "与 localSubnets 的 \(rows) 行重叠，第一行是 \(first)") + "；两者之间的流量可能无法路由"
        case .manyOverlaps(let count, let named): "有 \(count) 行与 localSubnets 重叠；警告只列出前 \(named) 行"
        case .ikeModeRequiredWithIKEv1: "在 IKEv1 下为必填项（main 或 aggressive）"
        case .noEffectWithIKEv2: "在 IKEv2 下不起作用"
        case .requiredChoice(let allowed): "为必填项；请从 \(allowed) 中选择"
        case .oneOf(let allowed): "必须是 \(allowed) 之一"
        case .extendedTier: "属于扩展算法（Terraform provider 接受，但文档中没有）；需允许扩展算法才能使用"
        case .weakChoice(let value): Self.chineseWeakness(value)
        case .lifetimeRequired(let lower, let upper): "为必填项（\(lower) 到 \(upper) 秒）"
        case .wholeSeconds(let lower, let upper): "必须是 \(lower) 到 \(upper) 之间的整数秒"
        case .belowMinimum(let seconds): "低于最小值 \(seconds) 秒"
        case .aboveMaximum(let seconds): "超过最大值 \(seconds) 秒"
        case .secretKeyToRetype: "需要重新输入：它曾被修改，而保存的草稿从不包含秘钥"
        }
    }

    private static func chinese(_ kind: IPv4Address.SpecialRange, block: String) -> String {
        switch kind {
        case .notHost: "位于 \(block)，不是主机地址"
        case .private: "是私有地址 (\(block))"
        case .carrierGradeNAT: "是运营商级 NAT 地址 (\(block))"
        case .loopback: "是环回地址 (\(block))"
        case .linkLocal: "是链路本地地址 (\(block))"
        case .ietfProtocol: "是 IETF 协议地址 (\(block))"
        case .documentation: "是文档示例地址 (\(block))"
        case .benchmarking: "是基准测试地址 (\(block))"
        case .multicast: "是组播地址 (\(block))"
        case .reserved: "是保留地址 (\(block))"
        }
    }

    private static func chineseWeakness(_ value: String) -> String {
        switch value {
        case "3des": "较弱（3DES，64 位分组）；建议用 aes256"
        case "md5": "较弱（MD5 已被攻破）；建议用 sha1，允许时用 sha2_256"
        case "group2": "较弱（1024 位 DH 分组 2）；建议用 group14"
        case "group5": "较弱（1536 位 DH 分组 5）；建议用 group14"
        default: "较弱"
        }
    }

    private static func chineseLabel(_ field: TunnelField) -> String {
        switch field {
        case .vpnConnId: "VPN隧道ID"
        case .clientToken: "幂等性Token"
        case .vpnId: "VPN网关ID"
        case .vpnConnName: "VPN隧道名称"
        case .description: "描述"
        case .secretKey: "共享秘钥"
        case .remoteIp: "对端网关IP"
        case .cgwId: "用户网关ID"
        case .localSubnets: "本端网络"
        case .remoteSubnets: "对端网络"
        case .ikeVersion: "IKE版本"
        case .ikeMode: "协商模式"
        case .ikeEncAlg, .ipsecEncAlg: "加密算法"
        case .ikeAuthAlg, .ipsecAuthAlg: "认证算法"
        case .ikePfs, .ipsecPfs: "DH分组"
        case .ikeLifeTime, .ipsecLifetime: "SA生命周期"
        }
    }

    /// A catalog value's name: algorithm names stay as written (`AES-256`, `SHA-1`); words are translated.
    private static func chineseLabel(_ choice: AlgorithmChoice) -> String {
        switch choice.value {
        case "": "未设置"
        case "main": "主模式"
        case "aggressive": "野蛮模式"
        case "3des": "3DES"
        case "group2": "DH分组2 (1024位)"
        case "group5": "DH分组5 (1536位)"
        case "group14": "DH分组14 (2048位)"
        case "group24": "DH分组24 (2048位，256位子群)"
        case "disabled": "不启用PFS"
        // Names of algorithms, the same in every language; `LocalizationTests` lists which may stay so.
        default: choice.label
        }
    }

    private static func chinese(_ section: TunnelField.Section) -> String {
        switch section {
        case .tunnel: "VPN隧道"
        case .ike: "IKE配置"
        case .ipsec: "IPSec配置"
        }
    }

    private static func chinese(_ key: KeyText) -> String {
        switch key {
        case .reveal: "显示"
        case .newRow: "新增行"
        case .deleteRow: "删除行"
        case .next: "下一项"
        case .previous: "上一项"
        case .choose: "选择"
        case .move: "移动"
        case .pick: "选定"
        case .keep: "保留原值"
        case .scroll: "滚动"
        case .submit: "提交"
        case .hide: "隐藏"
        case .revealKey: "显示秘钥"
        case .indented: "缩进"
        case .wireBytes: "原始字节"
        case .back: "返回"
        case .page: "翻页"
        case .send: "发送"
        case .cancel: "取消"
        case .backToForm: "返回表单"
        case .retry: "重试"
        case .quit: "退出"
        case .stay: "留下"
        case .restoreDraft: "恢复草稿"
        case .discardDraft: "丢弃草稿"
        case .preview: "预览"
        case .help: "帮助"
        case .nextProblem: "下一个问题"
        case .peerConfig: "对端配置"
        case .format: "格式"
        case .save: "保存"
        case .writeFile: "写入文件"
        case .stopWatching: "停止监视"
        case .watchAgain: "再次监视"
        case .watchTunnel: "监视 BCE 上的隧道直到连通"
        case .redraw: "重绘屏幕"
        case .previousField: "上一个字段"
        case .nextField: "下一个字段"
        case .previousRow: "上一行，或上一个字段"
        case .nextRow: "下一行，或下一个字段"
        case .scrollUp: "向上滚动"
        case .pageUp: "向上翻页"
        case .pageDown: "向下翻页"
        case .toTop: "到开头"
        case .toEnd: "到末尾"
        case .suspend: "挂起到 shell（fg 恢复）"
        case .firstOrLastChoice: "第一个或最后一个选项"
        case .jumpToChoice: "跳到有以它开头的词的选项"
        case .moveCursor: "移动光标"
        case .deleteCharacter: "删除一个字符"
        case .deleteWord: "删除光标前的词"
        case .deleteToEnds: "删除到开头、到末尾"
        case .letterOrDigit: "字母或数字"
        }
    }

    private static func chinese(_ section: HelpSection) -> String {
        switch section {
        case .everyField: "所有字段"
        case .secretKey: "共享秘钥 (secretKey)"
        case .subnetLists: "网络列表"
        case .choices: "选项"
        case .openList: "展开的选项列表"
        case .preview: "预览"
        case .peerConfig: "对端配置"
        case .savingPeerConfig: "保存对端配置"
        case .textFields: "文本字段"
        }
    }

    private static func chinese(_ title: BoxTitle) -> String {
        switch title {
        case .submit: "提交"
        case .sending: "发送中"
        case .quit: "退出"
        case .savedDraft: "已保存的草稿"
        case .applied: "已生效"
        case .rejected: "被拒绝"
        case .notSent: "未发送"
        case .cancelled: "已取消"
        case .watching: "监视中"
        case .up: "已连通"
        case .notUp: "未连通"
        }
    }
}
