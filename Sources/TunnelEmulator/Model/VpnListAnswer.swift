/// The body of BCE's list-VPNs answer: `{"marker","isTruncated","nextMarker","maxKeys","vpns":[…]}`.
public struct VpnListAnswer: Codable, Sendable, Hashable {
    /// A VPN as listed: its record's members, then how many tunnels it has and their ids.
    public struct Item: Codable, Sendable, Hashable {
        public var record: VpnRecord
        public var vpnConns: [String]

        public init(_ record: VpnRecord, vpnConns: [String]) {
            self.record = record
            self.vpnConns = vpnConns
        }

        private enum CodingKeys: String, CodingKey {
            case vpnConnNum, vpnConns
        }

        /// The record's members and these two in one object, as BCE lists a VPN.
        public func encode(to encoder: any Encoder) throws {
            try record.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(vpnConns.count, forKey: .vpnConnNum)
            try container.encode(vpnConns, forKey: .vpnConns)
        }

        public init(from decoder: any Decoder) throws {
            record = try VpnRecord(from: decoder)
            vpnConns = try decoder.container(keyedBy: CodingKeys.self).decode([String].self, forKey: .vpnConns)
        }
    }

    public var marker: String
    public var isTruncated: Bool
    /// Present only when there is a next page.
    public var nextMarker: String?
    public var maxKeys: Int
    public var vpns: [Item]

    public init(marker: String, isTruncated: Bool, nextMarker: String?, maxKeys: Int, vpns: [Item]) {
        self.marker = marker
        self.isTruncated = isTruncated
        self.nextMarker = nextMarker
        self.maxKeys = maxKeys
        self.vpns = vpns
    }
}
