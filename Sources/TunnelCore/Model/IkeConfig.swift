/// Valid IKE settings, ready to be sent.
public struct IkeConfig: Sendable, Hashable {
    public var ikeVersion: String
    /// Not set (and not sent) when empty.
    public var ikeMode: String?
    public var ikeEncAlg: String
    public var ikeAuthAlg: String
    public var ikePfs: String
    /// Seconds, 60–86400.
    public var ikeLifeTime: Int

    public init(
        ikeVersion: String, ikeMode: String?, ikeEncAlg: String, ikeAuthAlg: String, ikePfs: String,
        ikeLifeTime: Int
    ) {
        self.ikeVersion = ikeVersion
        self.ikeMode = ikeMode
        self.ikeEncAlg = ikeEncAlg
        self.ikeAuthAlg = ikeAuthAlg
        self.ikePfs = ikePfs
        self.ikeLifeTime = ikeLifeTime
    }
}
