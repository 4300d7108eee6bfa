import TunnelCore

/// The peer configuration screen's content and position: the configuration of the form as it stands, in one
/// vendor's language, or why there is none.
public struct PeerConfigState: Sendable, Hashable {
    public var format: PeerConfigFormat
    /// The configuration's lines, or the lines that say what blocks it.
    public var lines: [String]
    /// Whether `lines` is a configuration that can be saved.
    public var isConfiguration: Bool
    /// The first screen row shown (rows, not lines: long lines take several).
    public var scroll: Int
    public var revealsSecrets: Bool
    /// The path being typed after the save key; nil while not saving.
    public var savePath: TextField?
    /// What the last save did, shown above the key line.
    public var notice: Notice?

    public init(
        format: PeerConfigFormat = .swanctl, lines: [String] = [], isConfiguration: Bool = false, scroll: Int = 0,
        revealsSecrets: Bool = false, savePath: TextField? = nil, notice: Notice? = nil
    ) {
        self.format = format
        self.lines = lines
        self.isConfiguration = isConfiguration
        self.scroll = scroll
        self.revealsSecrets = revealsSecrets
        self.savePath = savePath
        self.notice = notice
    }

    /// The lines shown, broken into screen rows of `width` columns.
    public func rows(width: Int) -> [String] { lines.flatMap { TextWrap.tokenLines($0, width: width) } }

    /// The key bindings of this state: typing a path, or reading.
    public var keyContext: KeyContext {
        savePath == nil ? .peerConfig(revealsSecrets: revealsSecrets) : .peerConfigSave
    }

    /// The file name offered when saving: the tunnel's and the format's (`bce-ku4cxya6nisq.swanctl.conf`).
    static func suggestedFileName(vpnConnId: String, format: PeerConfigFormat) -> String {
        let suffix = vpnConnId.hasPrefix("vpnconn-") ? String(vpnConnId.dropFirst("vpnconn-".count)) : vpnConnId
        let name = suffix.isEmpty ? "tunnel" : suffix
        let extensions: [PeerConfigFormat: String] = [
            .swanctl: "swanctl.conf", .libreswan: "conf", .ciscoIOS: "ios.txt", .juniperSRX: "junos.txt",
            .huawei: "vrp.txt",
        ]
        return "bce-\(name).\(extensions[format] ?? "txt")"
    }
}
