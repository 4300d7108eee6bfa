/// What the operator said on the command line about where and as whom to connect; nil means "not given".
public struct ConnectionSettings: Sendable, Hashable {
    /// A profile of `~/.bce/config.json`; nil means the file's `current` profile.
    public var profile: String?
    public var region: String?
    /// A full URL (`https://bcc.bj.baidubce.com`, `http://127.0.0.1:8080`); wins over every region.
    public var endpoint: String?
    /// Allows plain `http://` to a host that is not loopback.
    public var allowsInsecureHTTP: Bool
    public var accessKeyId: String?
    public var secretAccessKey: String?

    public init(
        profile: String? = nil, region: String? = nil, endpoint: String? = nil, allowsInsecureHTTP: Bool = false,
        accessKeyId: String? = nil, secretAccessKey: String? = nil
    ) {
        self.profile = profile
        self.region = region
        self.endpoint = endpoint
        self.allowsInsecureHTTP = allowsInsecureHTTP
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
    }
}
