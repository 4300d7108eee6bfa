import Crypto

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Signs requests with BCE auth v1.
///
/// Each step of the algorithm is its own function so the tests can check it against the published intermediate
/// values; `sign` and `authorization` do the same steps in one pass through `AuthorizationWriter`, and the tests
/// check the two give the same bytes. The clock is a parameter, never read here.
public struct BCESigner: Sendable {
    /// How long a signature stays valid, in seconds.
    public var expirationSeconds: Int

    public init(expirationSeconds: Int = 1800) {
        self.expirationSeconds = expirationSeconds
    }

    /// Stamps the request with `x-bce-date` (and the security token of temporary credentials), then adds its
    /// Authorization header.
    public func sign(_ request: PreparedRequest, credentials: BCECredentials, date: Date) -> PreparedRequest {
        sign(request, credentials: BCESigningCredentials(credentials), date: date)
    }

    /// `sign` with credentials prepared once for many requests, as a client signing every attempt does.
    public func sign(_ request: PreparedRequest, credentials: BCESigningCredentials, date: Date) -> PreparedRequest {
        let timestamp = BCETimestamp.string(from: date)
        var token = credentials.credentials.securityToken
        if token?.isEmpty == true { token = nil }
        // One new header list, sized once: the old Authorization dropped, x-bce-date (and the token) replaced in
        // place or appended, as `setHeader` would, then the new Authorization.
        var headers: [HTTPHeader] = []
        headers.reserveCapacity(request.headers.count + 3)
        var hasDate = false
        var hasToken = token == nil
        for header in request.headers {
            if header.name.caseInsensitiveEquals("authorization") { continue }
            if !hasDate && header.name.caseInsensitiveEquals("x-bce-date") {
                headers.append(HTTPHeader(header.name, timestamp))
                hasDate = true
            } else if !hasToken, let token, header.name.caseInsensitiveEquals("x-bce-security-token") {
                headers.append(HTTPHeader(header.name, token))
                hasToken = true
            } else {
                headers.append(header)
            }
        }
        if !hasDate { headers.append(HTTPHeader("x-bce-date", timestamp)) }
        if !hasToken, let token { headers.append(HTTPHeader("x-bce-security-token", token)) }
        let authorization = AuthorizationWriter.authorization(
            method: request.method, path: request.path, query: request.query, headers: headers, signing: nil,
            accessKeyId: credentials.credentials.accessKeyId, timestamp: timestamp,
            expirationSeconds: expirationSeconds, secretKey: credentials.secretKey)
        headers.append(HTTPHeader("Authorization", authorization))
        return PreparedRequest(
            method: request.method, endpoint: request.endpoint, path: request.path, query: request.query,
            headers: headers, body: request.body)
    }

    /// The Authorization value of a request as it stands.
    ///
    /// `signedHeaders` names the headers to sign (a server verifying a request passes the client's list); nil
    /// signs `host`, `content-length`, `content-type`, `content-md5` and every `x-bce-*` header
    /// (`DefaultSignedHeaders`).
    public func authorization(
        for request: PreparedRequest, credentials: BCECredentials, timestamp: String, signedHeaders: [String]?
    ) -> String {
        authorization(
            for: request, credentials: BCESigningCredentials(credentials), timestamp: timestamp,
            signedHeaders: signedHeaders)
    }

    /// `authorization` with credentials prepared once for many requests.
    public func authorization(
        for request: PreparedRequest, credentials: BCESigningCredentials, timestamp: String, signedHeaders: [String]?
    ) -> String {
        AuthorizationWriter.authorization(
            method: request.method, path: request.path, query: request.query, headers: request.headers,
            signing: signedHeaders, accessKeyId: credentials.credentials.accessKeyId, timestamp: timestamp,
            expirationSeconds: expirationSeconds, secretKey: credentials.secretKey)
    }

    /// The authorization string prefix: `bce-auth-v1/{accessKeyId}/{timestamp}/{expirationPeriodInSeconds}`.
    public static func authStringPrefix(accessKeyId: String, timestamp: String, expirationSeconds: Int) -> String {
        "\(BCEAuthorization.version)/\(accessKeyId)/\(timestamp)/\(expirationSeconds)"
    }

    /// The signing key: lowercase hex of HMAC-SHA256 keyed with the secret access key over the prefix.
    public static func signingKey(secretAccessKey: String, authStringPrefix: String) -> String {
        String(
            decoding: hmacHexBytes(key: Array(secretAccessKey.utf8), message: Array(authStringPrefix.utf8)),
            as: UTF8.self)
    }

    /// CanonicalURI: the path UriEncoded with `/` kept; an empty path is `/`.
    public static func canonicalURI(_ path: String) -> String {
        path.isEmpty ? "/" : URIEncoding.encode(path, keepingSlash: true)
    }

    /// CanonicalQueryString: `UriEncode(name)=UriEncode(value)` for every parameter but `authorization`, the
    /// whole strings sorted bytewise and joined by `&`.
    public static func canonicalQueryString(_ query: [QueryParameter]) -> String {
        var bytes: [UInt8] = []
        appendCanonicalQuery(query, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func appendCanonicalQuery(_ query: [QueryParameter], to output: inout [UInt8]) {
        // One parameter (an update's clientToken) needs no sorting and no intermediate buffers.
        if query.count == 1, let only = query.first, !only.name.caseInsensitiveEquals("authorization") {
            URIEncoding.append(only.name, to: &output)
            output.append(UInt8(ascii: "="))
            URIEncoding.append(only.value, to: &output)
            return
        }
        var pairs: [[UInt8]] = []
        pairs.reserveCapacity(query.count)
        for parameter in query where !parameter.name.caseInsensitiveEquals("authorization") {
            var pair: [UInt8] = []
            pair.reserveCapacity(parameter.name.utf8.count + parameter.value.utf8.count + 8)
            URIEncoding.append(parameter.name, to: &pair)
            pair.append(UInt8(ascii: "="))
            URIEncoding.append(parameter.value, to: &pair)
            pairs.append(pair)
        }
        pairs.sort { $0.lexicographicallyPrecedes($1) }
        for (index, pair) in pairs.enumerated() {
            if index > 0 { output.append(UInt8(ascii: "&")) }
            output.append(contentsOf: pair)
        }
    }

    /// CanonicalHeaders: `UriEncode(lowercase name):UriEncode(trimmed value)` for each signed header with a value,
    /// sorted and joined by newlines; and the sorted names joined by `;`, for the Authorization header.
    public static func canonicalHeaders(
        _ headers: [HTTPHeader], signing names: [String]? = nil
    ) -> (canonical: String, signedHeaders: String) {
        var lines = CanonicalHeaders(headers, signing: names)
        var canonical: [UInt8] = []
        lines.appendLines(to: &canonical)
        var signedHeaders: [UInt8] = []
        lines.appendNames(to: &signedHeaders)
        return (String(decoding: canonical, as: UTF8.self), String(decoding: signedHeaders, as: UTF8.self))
    }

    /// The canonical request: method, CanonicalURI, CanonicalQueryString and CanonicalHeaders, one per line.
    public static func canonicalRequest(
        method: String, canonicalURI: String, canonicalQuery: String, canonicalHeaders: String
    ) -> String {
        method.uppercased() + "\n" + canonicalURI + "\n" + canonicalQuery + "\n" + canonicalHeaders
    }

    /// The signature: lowercase hex of HMAC-SHA256 keyed with the signing key's 64 hex characters.
    public static func signature(signingKey: String, canonicalRequest: String) -> String {
        String(
            decoding: hmacHexBytes(key: Array(signingKey.utf8), message: Array(canonicalRequest.utf8)), as: UTF8.self)
    }

    /// Lowercase hex of HMAC-SHA256, as 64 ASCII bytes.
    static func hmacHexBytes(key: [UInt8], message: [UInt8]) -> [UInt8] {
        HMACSHA256.hexCode(key: key, message: message)
    }
}
