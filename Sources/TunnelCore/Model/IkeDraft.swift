/// The IKE settings as the operator is editing them: text that may not be valid yet.
public struct IkeDraft: Sendable, Hashable, Codable {
    public var ikeVersion: String
    public var ikeMode: String
    public var ikeEncAlg: String
    public var ikeAuthAlg: String
    public var ikePfs: String
    /// Seconds, as typed.
    public var ikeLifeTime: String

    public init(
        ikeVersion: String = "", ikeMode: String = "", ikeEncAlg: String = "", ikeAuthAlg: String = "",
        ikePfs: String = "", ikeLifeTime: String = ""
    ) {
        self.ikeVersion = ikeVersion
        self.ikeMode = ikeMode
        self.ikeEncAlg = ikeEncAlg
        self.ikeAuthAlg = ikeAuthAlg
        self.ikePfs = ikePfs
        self.ikeLifeTime = ikeLifeTime
    }
}
