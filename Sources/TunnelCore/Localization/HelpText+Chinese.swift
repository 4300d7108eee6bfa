/// The Simplified Chinese catalog of `--help`; the terms are those of `Text+Chinese.swift`.
///
/// Each paragraph is one line here: the command line breaks it by display width for the terminal it prints to
/// (swift-argument-parser counts a Chinese character as one column). A line that must stay whole (a command to
/// copy) is a line of its own; an exit-code table keeps its codes and their columns.
extension HelpText {
    var chinese: String {
        switch self {
        case .languageOption: "消息、帮助和编辑器的语言：zh（简体中文）或 en；默认取自 LC_ALL、LC_MESSAGES 或 LANG。"
        case .abstract(let command): Self.chineseAbstract(command)
        case .discussion(let command): Self.chineseDiscussion(command)
        case .option(let option): Self.chinese(option)
        case .secretAccessKeyDiscussion: "最好用环境变量或 profile 给出：其他用户能看到命令行。"
        case .credentials:
            "凭证：先取各参数，其次 --profile，再次 BCE_ACCESS_KEY_ID / BCE_SECRET_ACCESS_KEY / "
                + "BCE_SECURITY_TOKEN / BCE_REGION，最后是 ~/.bce/config.json 的当前 profile。"
        case .exitCodes(let table): Self.chinese(table)
        }
    }

    /// One line each, at most 54 columns: the parser shows it after a command's name in `vpn-tunnel --help`.
    private static func chineseAbstract(_ command: Command) -> String {
        switch command {
        case .root: "编辑、检查、预览并应用百度智能云 IPsec VPN 隧道更新。"
        case .validate: "按更新接口的每条规则检查隧道文件。"
        case .preview: "打印更新隧道的确切 HTTP 请求，用 BCE auth v1 签名。"
        case .submit: "校验隧道文件，用更新VPN隧道接口将其应用到 BCE。"
        case .status: "列出 VPN 的隧道及其状态，或监视一条隧道直到连通。"
        case .show: "以隧道文件打印 VPN 的隧道（共享秘钥默认隐藏）。"
        case .peerConfig: "打印对端设备（strongSwan、Cisco、华为等）的配置。"
        case .emulator: "在 127.0.0.1 上模拟 BCE VPN API（同样验签、校验）。"
        case .edit: "在全屏表单中编辑隧道，预览确切的请求并提交。"
        case .demo: "用本地模拟器试用编辑器：编辑、预览、提交、看结果。"
        }
    }

    private static func chineseDiscussion(_ command: Command) -> String {
        switch command {
        case .root:
            "Shell 补全：vpn-tunnel --generate-completion-script bash（或 zsh、fish）打印适用于你的 shell 的脚本；"
                + "放在哪里见 README。"
        case .validate:
            """
            把文件结构上的每个问题（未知的键、类型错误的值）打印为 `file:line:column: error: reason`，再把其值的每个\
            问题打印为 `path: severity: value rule`，一次全部列出；成员已被拒绝的字段，不再对其值另报。退出状态：没有\
            错误时为 0（允许警告），有错误（或文件不是 JSON）时为 65，文件无法读取时为 66，用法错误时为 64。
            """
        case .preview:
            """
            凭证和服务地址的来源与 submit 相同：先取各参数，其次 --profile，再次 BCE_ACCESS_KEY_ID / \
            BCE_SECRET_ACCESS_KEY / BCE_SECURITY_TOKEN / BCE_REGION，最后是 ~/.bce/config.json 的当前 profile；\
            没有凭证时（或服务地址是 submit 会拒绝的），请求不签名打印，并说明原因。共享秘钥、签名和安全令牌都会隐藏，\
            除非给出 --reveal-secrets。无效的隧道也会预览，先列出其问题（退出状态 65）。
            """
        case .submit:
            """
            文件有错误时不发送任何内容。能读到 BCE 上隧道的当前状态时，先显示与它的差异；然后在发送前询问，除非给出 \
            --yes（标准输入不是终端时，没有 --yes 就拒绝发送）。失败的尝试用同一个 clientToken 重试，因此 BCE 最多\
            应用一次更新；之后要重试整个 submit，用 --client-token 传入它打印的令牌。secretKey 为 ********（即 \
            `show` 不带 --reveal-secrets 时写出的值）时，保留隧道当前的共享秘钥。

            \(HelpText.credentials.chinese)

            对 BCE 上的隧道没有任何改变的更新不会发送（说明没有变化，退出码 0），除非给出 --force。

            使用 --watch 时，更新生效后接着监视隧道，与 `status --watch` 相同：打印其 status 和 healthStatus 的\
            每次变化及已用时间，直到它 active 且 reachable、到达 --timeout（默认 5m）或按下 Ctrl-C；然后命令以\
            监视的退出码退出（见下）。

            退出码：
              0   更新已生效，或没有需要改变的
              1   BCE 拒绝了更新或密钥对（打印其应答），或你拒绝了发送
              65  隧道文件无效；未发送任何内容
              66  无法读取隧道文件；未发送任何内容
              69  重试后仍无法连接 BCE，或 BCE 一直失败（5xx）
            \(chinese(ExitCodeTable.connection))

            --watch 的退出码（更新已生效后）：
            \(chinese(ExitCodeTable.watch))
            """
        case .status:
            """
            不带 --watch：VPN 的每条隧道一行（给出 --vpn-conn-id 时只有这一条）：BCE 列出的 id、名称、status 和 \
            healthStatus。

            带 --watch（需要 --vpn-conn-id）：每 2 秒读取一次隧道列表，没有变化时间隔加倍直到 30 秒，有变化后回到 \
            2 秒；每次变化都打印出来，带上自监视开始的时间，如 `12s  configuring / unreachable`，直到隧道 active \
            且 reachable、过了 --timeout 或按下 Ctrl-C。某次轮询没有应答时打印出来，监视继续。

            不带 --watch 的退出码：
              0   打印的每条隧道都 active 且 reachable
              1   其中有一条不是
            \(chinese(ExitCodeTable.fetch))

            带 --watch 的退出码：
            \(chinese(ExitCodeTable.watch))
              64  --watch 没有 --vpn-conn-id，或 --timeout 不是时长
            \(chinese(ExitCodeTable.connection))
            """
        case .show:
            """
            给出 --vpn-conn-id 时输出一个隧道文件，这样 `show ... --reveal-secrets > t.json`、编辑、再 \
            `submit --file t.json` 可以往返。不给时，VPN 的每条隧道打印为隧道文件的 JSON 列表。

            --output FILE 把同样的文本写入 FILE，只有属主可读写（权限 0600），无论共享秘钥是否显示（隧道的地址也\
            不是谁都能看的）；FILE 处的链接会被替换，而不会被跟随。

            退出码：
              0   已打印
            \(chinese(ExitCodeTable.fetch))
              73  无法写入 --output 文件
            \(chinese(ExitCodeTable.connection))
            """
        case .peerConfig:
            """
            对端设备的提议、SA生命周期、IKE版本和协商模式取自隧道文件，使用厂商的名称；它的本端网络是文件的 \
            remoteSubnets，它的对端网络是文件的 localSubnets。它要连接的是 BCE 的 VPN 网关地址，隧道文件中没有：\
            用 --bce-gateway-ip 给出，或用 --gateway-from-bce 从 BCE 读取隧道的 localIp（用文件的 vpnId 和 \
            vpnConnId，连接选项同 show）。厂商没有对应项的值会被拒绝，绝不猜测。共享秘钥会隐藏，除非给出 \
            --reveal-secrets。--output FILE 写入只有属主可读写的文件（权限 0600）；FILE 处的链接会被替换，而不会被\
            跟随。

            退出码：
              0   已打印
              1   （--gateway-from-bce）BCE 拒绝了请求、没有这条隧道，或没有给出 localIp
              64  没有网关地址，或选项有误
              65  隧道有错误，或厂商无法表达它的某个值
              66  无法读取文件
              69  重试后仍无法连接 BCE（--gateway-from-bce）
              73  无法写入 --output 文件
            \(chinese(ExitCodeTable.connection))
            """
        case .emulator:
            """
            响应隧道的列出、更新、创建和删除调用以及 VPN 列表调用，直到被中断（Ctrl-C）。从内置的种子（或 --seed FILE）\
            开始，--state 文件存在时则从它开始；每次改变都在应答前保存到 --state 文件。故障（--latency、\
            --fail-first、--fail-rate、--drop-connections）让你观察客户端如何重试。

            更新后，隧道显示 --transition-status（默认 configuring），持续 --transition-ms（默认 3000），然后变为 \
            active。只有当模拟的对端提议与隧道的提议一致（IKE版本、协商模式和算法，IPSec 算法；不比较SA生命周期）\
            时，其 healthStatus 才是 reachable。两者都是模拟器对 BCE 的推测，BCE 都没有说明。种子为每条隧道设置一个\
            对端（"peers"）；用 PUT /emulator/peer/VPN_CONN_ID 设置，请求体为 BCE 命名的 \
            {"ikeConfig":{...},"ipsecConfig":{...}}，或 peer-config 导出的 swanctl.conf（不签名，只限环回地址，\
            不属于 BCE 的 API）；对同一路径 GET 则读取它。
            """
        case .edit:
            """
            从隧道文件（--file）、BCE 上隧道的当前状态（--vpn-id 和 --vpn-conn-id）或空表单开始。编辑内容在输入时\
            保存到 $XDG_STATE_HOME/vpn-tunnel/（默认 ~/.local/state/vpn-tunnel/，权限 0600，不含共享秘钥），下次\
            编辑同一条隧道时提供恢复。在表单中按 F1 列出所有按键。

            \(HelpText.credentials.chinese)没有凭证，或服务地址被拒绝（明文 http:// 连接环回地址或 localhost \
            以外的主机，且没有 --allow-insecure-http）时，文件仍可编辑和预览（不签名），但不能发送：Ctrl-S 会说明\
            原因。

            退出码：
              0   编辑器已关闭
              1   从 BCE 读取隧道时被取消（Esc）；没有改变任何内容
              65  隧道文件无效；66 无法读取它
              69  无法从 BCE 读取隧道
              129, 143  终端挂断或编辑器被终止（草稿已保存）
            \(chinese(ExitCodeTable.connection))
            """
        case .demo:
            """
            在本进程中启动模拟器，监听 127.0.0.1 的一个空闲端口，使用其演示凭证，读取其中一条隧道并在编辑器中打开。\
            不会有任何数据离开本机。给出 --state 时，模拟器在每次改变后把隧道写入该文件，之后可以查看 submit 做了\
            什么。

            提交生效后，编辑器会监视隧道：先 configuring，持续 --transition-ms，然后 active；只有当模拟器的模拟\
            对端提议与隧道的提议一致时才 reachable。Ctrl-O 显示对端的配置，按 s 保存；用下面的命令把保存的 \
            swanctl.conf 交给模拟的对端（或用 BCE 命名的请求体 {"ikeConfig":{...},"ipsecConfig":{...}}），\
            然后按 Ctrl-T 再次监视：
            curl -X PUT --data-binary @FILE http://127.0.0.1:PORT/emulator/peer/VPN_CONN_ID
            """
        }
    }

    private static func chinese(_ option: Option) -> String {
        switch option {
        case .file: "隧道文件（JSON：更新请求体加上 vpnConnId）。"
        case .extendedAlgorithms: "接受只有 Terraform 文档列出的扩展算法（sha2_256/384/512、ipsecPfs disabled）。"
        case .profile: "~/.bce/config.json 中的一个 profile（默认：该文件的 \"current\" profile）。"
        case .region: "BCE 地域：bj（默认）、bd、gz、su、hkg、fwh、cd、sin、fsh。"
        case .endpoint: "完整的 API 地址；优先于地域。"
        case .allowInsecureHttp: "允许以明文 http:// 连接非环回地址的主机（请求中带有共享秘钥）。"
        case .accessKeyId: "Access Key ID（默认取自 BCE_ACCESS_KEY_ID，其次是 profile）。"
        case .secretAccessKey: "Secret Access Key（默认取自 BCE_SECRET_ACCESS_KEY，其次是 profile）。"
        case .watch: "轮询直到隧道 active 且 reachable，打印每次变化（见退出码）。"
        case .timeout: "--watch 等待隧道的时长：90s、5m、1h 或秒数。"
        case .transitionMs: "更新后的隧道显示 --transition-status 多久后恢复 active；0 表示不显示。"
        case .transitionStatus: "更新后的隧道在此期间显示的状态（推测值：BCE 没有说明）。"
        case .previewDate: "签名时间，格式如 2024-01-02T03:04:05Z（默认：当前时间）。"
        case .previewClientToken: "幂等令牌（默认：文件的 clientToken，否则新建一个 UUID）。"
        case .expiration: "签名的有效期，单位为秒。"
        case .previewRevealSecrets: "显示共享秘钥、签名和安全令牌。"
        case .requestFormat: "http：线上发送的原样请求；curl：发送同样字节的 curl 命令。"
        case .submitClientToken: "幂等令牌（默认：文件的 clientToken，否则新建一个）。"
        case .yes: "不询问，直接发送。"
        case .force: "即使 BCE 上的隧道已是文件中的值，也发送。"
        case .vpnIdToRead: "要读取其隧道的 VPN 网关（vpn-…）。"
        case .statusVpnConnId: "只看这条隧道（vpnconn-…）；--watch 需要它。"
        case .showVpnConnId: "只看这条隧道（vpnconn-…）。"
        case .revealSecretKey: "明文打印共享秘钥（否则隐藏）。"
        case .output: "写入此文件（权限 0600），而不是标准输出。"
        case .peerFormat: "对端设备的类型：strongSwan、libreswan、Cisco IOS、Juniper SRX 或华为 AR/USG。"
        case .bceGatewayIp: "BCE 的 VPN 网关地址（隧道的 localIp，即 VPN 的 EIP）。"
        case .gatewayFromBCE: "从 BCE 上的隧道读取 BCE 的 VPN 网关地址（其 localIp）。"
        case .port: "监听的端口；0 表示任选一个空闲端口。"
        case .emulatorState: "把状态保存在此文件中，重启后仍在。"
        case .seed: "从此种子文件开始，而不是内置的种子。"
        case .acceptedAccessKeyId: "接受的 Access Key ID（默认：演示用的那个）。"
        case .acceptedSecretAccessKey: "接受的 Secret Access Key（默认：演示用的那个）。"
        case .latency: "每个应答延迟这么多毫秒。"
        case .failFirst: "对前 N 次更新调用应答 500 InternalError。"
        case .failRate: "以此概率（0-1）对调用应答 500 InternalError。"
        case .dropConnections: "以此概率处理调用，但关闭连接而不应答（应答丢失）。"
        case .randomSeed: "故障骰子的种子，使运行可重复。"
        case .editFile: "作为起点的隧道文件。"
        case .editVpnId: "要从 BCE 读取的隧道所属的 VPN 网关（与 --vpn-conn-id 一起）。"
        case .editVpnConnId: "要从 BCE 读取的隧道（与 --vpn-id 一起）。"
        case .editBCEGatewayIp: "BCE 的 VPN 网关地址，用于隧道文件的对端配置（Ctrl-O）；从 BCE 读取的隧道自带该地址。"
        case .demoVpnId: "模拟的 VPN 网关。"
        case .demoVpnConnId: "要编辑的模拟隧道。"
        case .demoState: "把模拟器的状态保存在此文件中（默认：只在内存中）。"
        }
    }

    private static func chinese(_ table: ExitCodeTable) -> String {
        switch table {
        case .connection:
            """
              64  缺少凭证、profile 或地域未知、拒绝明文 http
              78  ~/.bce/config.json 格式错误、其 profile 缺少密钥，或其他用户可以修改它（或 ~/.bce）
            """
        case .watch:
            """
              0   隧道 active 且 reachable
              1   超时前未连通（打印其最后状态）
              65  VPN 没有这条隧道，或隧道在监视期间消失
              69  超时前未连通，且最后一次轮询无应答（网络问题，或 BCE 出错）
              76  BCE 的应答不是隧道列表
              77  BCE 拒绝列出隧道（凭证、权限）
              130 因按下 Ctrl-C 而停止
            """
        case .fetch:
            """
              65  VPN 或隧道不存在
              69  重试后仍无法连接 BCE，或 BCE 一直出错
              76  BCE 的应答不是隧道列表
              77  BCE 拒绝列出隧道（凭证、权限）
            """
        }
    }
}
