/// A request exactly as it will be sent: the one value the preview shows and the transport sends.
public struct PreparedRequest: Sendable, Hashable {
    public var method: String
    public var endpoint: Endpoint
    /// The path, not encoded: `/v1/vpn/vpnconn/vpnconn-ku4cxya6nisq`.
    public var path: String
    public var query: [QueryParameter]
    /// In wire order.
    public var headers: [HTTPHeader]
    public var body: [UInt8]

    public init(
        method: String, endpoint: Endpoint, path: String, query: [QueryParameter] = [], headers: [HTTPHeader] = [],
        body: [UInt8] = []
    ) {
        self.method = method
        self.endpoint = endpoint
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// The request line's target: the encoded path and the encoded query.
    public var requestTarget: String {
        let encodedPath = URIEncoding.encode(path, keepingSlash: true)
        guard !query.isEmpty else { return encodedPath }
        let encodedQuery = query.map { "\(URIEncoding.encode($0.name))=\(URIEncoding.encode($0.value))" }
        return encodedPath + "?" + encodedQuery.joined(separator: "&")
    }

    /// The whole URL: `https://bcc.bj.baidubce.com/v1/vpn/vpnconn/…?clientToken=…`.
    public var url: String { endpoint.baseURL + requestTarget }

    /// The value of a header, matched without regard to case.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveEquals(name) }?.value
    }

    /// Replaces the value of a header in place, or appends the header when it is not there yet.
    public mutating func setHeader(_ name: String, _ value: String) {
        if let index = headers.firstIndex(where: { $0.name.caseInsensitiveEquals(name) }) {
            headers[index].value = value
        } else {
            headers.append(HTTPHeader(name, value))
        }
    }
}

extension String {
    /// ASCII case-insensitive equality, enough for header names and cheaper than `lowercased()`.
    func caseInsensitiveEquals(_ other: String) -> Bool {
        utf8.count == other.utf8.count
            && zip(utf8, other.utf8).allSatisfy { $0.asciiLowercased == $1.asciiLowercased }
    }
}

extension UInt8 {
    var asciiLowercased: UInt8 { self >= 0x41 && self <= 0x5A ? self | 0x20 : self }
}
