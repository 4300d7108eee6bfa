/// The body of BCE's list-VPNs answer: `{"marker","isTruncated","nextMarker","maxKeys","vpns":[…]}`.
public struct VpnListAnswer: Codable, Sendable, Hashable {
    /// A VPN as listed: its record plus the ids of its tunnels.
    public struct Item: Codable, Sendable, Hashable {
        public var vpnId: String
        public var vpnName: String
        public var vpcId: String
        public var description: String
        public var status: String
        public var eip: String
        public var bandwidthInMbps: Int
        public var productType: String
        public var expiredTime: String
        public var vpnConnNum: Int
        public var vpnConns: [String]

        public init(_ record: VpnRecord, vpnConns: [String]) {
            vpnId = record.vpnId
            vpnName = record.vpnName
            vpcId = record.vpcId
            description = record.description
            status = record.status
            eip = record.eip
            bandwidthInMbps = record.bandwidthInMbps
            productType = record.productType
            expiredTime = record.expiredTime
            vpnConnNum = vpnConns.count
            self.vpnConns = vpnConns
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
