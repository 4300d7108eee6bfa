import TunnelCore

/// A request as it arrived on the wire, before any routing: what the signature is checked against.
public struct IncomingRequest: Sendable, Hashable {
    public var method: String
    /// The request target's path, still percent-encoded.
    public var rawPath: String
    /// The part after `?`, still percent-encoded; empty when there is none.
    public var rawQuery: String
    /// The `Host` header (HTTP/1.1) or `:authority`.
    public var host: String
    /// Every header but `Host`, in wire order.
    public var headers: [HTTPHeader]
    public var body: [UInt8]

    public init(method: String, rawPath: String, rawQuery: String, host: String, headers: [HTTPHeader], body: [UInt8]) {
        self.method = method
        self.rawPath = rawPath
        self.rawQuery = rawQuery
        self.host = host
        self.headers = headers
        self.body = body
    }

    /// The decoded path: `/v1/vpn/vpnconn/vpnconn-x`.
    public var path: String { URIEncoding.decode(rawPath) ?? rawPath }

    /// The query parameters, decoded, in wire order. `+` stays a plus: BCE's UriEncode sends a space as `%20`.
    public var query: [QueryParameter] {
        rawQuery.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            let value = parts.count > 1 ? String(parts[1]) : ""
            return QueryParameter(URIEncoding.decode(name) ?? name, URIEncoding.decode(value) ?? value)
        }
    }

    /// The value of the first query parameter with that name.
    public func queryValue(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }

    /// The value of a header, by case-insensitive name.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The request rebuilt as the client's `PreparedRequest` was before sending, so the core's signer can sign it
    /// again: same method, decoded path and query, headers with `Host` first, body.
    public func preparedRequest() -> PreparedRequest {
        let endpoint = (try? Endpoint(url: "http://" + host)) ?? (try! Endpoint(url: "http://127.0.0.1"))
        return PreparedRequest(
            method: method, endpoint: endpoint, path: path, query: query,
            headers: [HTTPHeader("Host", host)] + headers, body: body)
    }
}
