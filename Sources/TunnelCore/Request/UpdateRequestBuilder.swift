/// Builds the unsigned requests of the VPN tunnel API, with the common headers every call carries.
public enum UpdateRequestBuilder {
    /// The content type of every JSON request, exactly as the SDKs send and sign it.
    public static let contentType = "application/json;charset=utf-8"
    /// Identifies this tool to the service; not signed.
    public static let userAgent = "vpn-tunnel/0.1"

    /// `PUT /v1/vpn/vpnconn/{vpnConnId}?clientToken=…` with the update's body.
    public static func build(_ update: TunnelUpdate, clientToken: String, endpoint: Endpoint) -> PreparedRequest {
        request(
            method: "PUT", path: "/v1/vpn/vpnconn/\(update.vpnConnId)",
            query: [QueryParameter("clientToken", clientToken)], body: RequestBody.encode(update), endpoint: endpoint)
    }

    /// Any call of the API: Host, User-Agent, and Content-Type and Content-Length unless it is a GET, HEAD or
    /// DELETE without a body.
    public static func request(
        method: String, path: String, query: [QueryParameter], body: [UInt8], endpoint: Endpoint
    ) -> PreparedRequest {
        var headers = [HTTPHeader("Host", endpoint.hostHeader)]
        // HTTP clients send no Content-Length (nor a type) on a GET, HEAD or DELETE without a body; signing one
        // would make the server compute a different signature from what arrives.
        let bodiless = body.isEmpty && ["GET", "HEAD", "DELETE"].contains(method)
        if !bodiless {
            headers.append(HTTPHeader("Content-Type", contentType))
            headers.append(HTTPHeader("Content-Length", String(body.count)))
        }
        headers.append(HTTPHeader("User-Agent", userAgent))
        return PreparedRequest(
            method: method, endpoint: endpoint, path: path, query: query, headers: headers, body: body)
    }
}

extension UpdateRequestBuilder {
    /// The request a draft would make as it stands, valid or not: for previewing a tunnel that still has errors.
    public static func build(draft: TunnelDraft, clientToken: String, endpoint: Endpoint) -> PreparedRequest {
        request(
            method: "PUT", path: "/v1/vpn/vpnconn/\(draft.vpnConnId)",
            query: [QueryParameter("clientToken", clientToken)], body: RequestBody.encode(draft: draft),
            endpoint: endpoint)
    }
}
