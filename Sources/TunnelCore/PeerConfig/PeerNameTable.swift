/// One vendor's names for BCE's values: the one table an export and its reading back use.
///
/// Every catalog value of every setting the vendor's renderer uses has a row: a name, a line left out, or a refusal
/// with the reason. A value without a row is refused too, so nothing is ever guessed.
public struct PeerNameTable: Sendable {
    /// What a vendor does with one BCE value.
    public enum Entry: Sendable, Hashable {
        /// The vendor's word for it.
        case name(String)
        /// The vendor expresses the value by leaving the setting out (no PFS group when PFS is `disabled`).
        case omitted
        /// The vendor has no equivalent: why, with the document that says so.
        case refused(PeerRefusal)
    }

    /// One row: a setting's BCE value, for one IKE version only when the vendor names it differently per version.
    public struct Row: Sendable, Hashable {
        public let setting: PeerSetting
        public let value: String
        /// `v1` or `v2` when the row holds for that IKE version only.
        public let ikeVersion: String?
        public let entry: Entry

        public init(_ setting: PeerSetting, _ value: String, _ entry: Entry, ikeVersion: String? = nil) {
            self.setting = setting
            self.value = value
            self.ikeVersion = ikeVersion
            self.entry = entry
        }
    }

    /// IKEv2 has no modes: every vendor leaves BCE's `ikeMode` out of an IKEv2 configuration.
    public static let modesLeftOutOfIKEv2 = AlgorithmCatalog.allChoices(for: .ikeMode).map { choice in
        Row(.ikeMode, choice.value, .omitted, ikeVersion: "v2")
    }

    public let format: PeerConfigFormat
    public let rows: [Row]
    /// The IKE SA lifetimes in seconds the vendor accepts, per IKE version (`v1`, `v2`).
    public let ikeLifetimes: [String: ClosedRange<Int>]
    /// The IPsec SA lifetimes in seconds the vendor accepts.
    public let ipsecLifetimes: ClosedRange<Int>

    public init(
        format: PeerConfigFormat, rows: [Row], ikeLifetimes: [String: ClosedRange<Int>],
        ipsecLifetimes: ClosedRange<Int>
    ) {
        self.format = format
        self.rows = rows
        self.ikeLifetimes = ikeLifetimes
        self.ipsecLifetimes = ipsecLifetimes
    }

    /// The entry for a setting's value under an IKE version, or nil when the table has no row for it.
    public func entry(_ setting: PeerSetting, _ value: String, ikeVersion: String) -> Entry? {
        rows.first { $0.setting == setting && $0.value == value && ($0.ikeVersion ?? ikeVersion) == ikeVersion }?
            .entry
    }

    /// The vendor's name for a setting of a tunnel; nil when the vendor leaves it out; a refusal otherwise.
    public func name(
        _ setting: PeerSetting, in ike: IkeConfig, _ ipsec: IpsecConfig
    ) throws(PeerConfigError) -> String? {
        guard let value = setting.value(in: ike, ipsec) else { return nil }
        switch entry(setting, value, ikeVersion: ike.ikeVersion) {
        case .name(let name): return name
        case .omitted: return nil
        case .refused(let reason):
            throw .unsupported(field: setting.field, value: value, format: format, reason: reason)
        case nil:
            throw .unsupported(
                field: setting.field, value: value, format: format, reason: .noName)
        }
    }

    /// The BCE value a vendor's name stands for: the same rows read the other way.
    public func value(_ setting: PeerSetting, named name: String, ikeVersion: String) -> String? {
        rows.first {
            $0.setting == setting && $0.entry == .name(name) && ($0.ikeVersion ?? ikeVersion) == ikeVersion
        }?.value
    }

    /// The BCE value a vendor expresses by leaving the setting out (`disabled` for the IPsec PFS group), if any.
    public func omittedValue(_ setting: PeerSetting) -> String? {
        rows.first { $0.setting == setting && $0.entry == .omitted }?.value
    }

    /// Checks both lifetimes against the vendor's ranges.
    public func checkLifetimes(_ ike: IkeConfig, _ ipsec: IpsecConfig) throws(PeerConfigError) {
        if let range = ikeLifetimes[ike.ikeVersion], !range.contains(ike.ikeLifeTime) {
            throw .lifetimeOutOfRange(field: .ikeLifeTime, value: ike.ikeLifeTime, format: format, range: range)
        }
        if !ipsecLifetimes.contains(ipsec.ipsecLifetime) {
            throw .lifetimeOutOfRange(
                field: .ipsecLifetime, value: ipsec.ipsecLifetime, format: format, range: ipsecLifetimes)
        }
    }
}
