import Crypto
import Foundation

/// Signs requests with BCE auth v1.
///
/// Each step of the algorithm is its own function so the tests can check it against the published intermediate
/// values; the clock is a parameter, never read here.
public struct BCESigner: Sendable {
    /// How long a signature stays valid, in seconds.
    public var expirationSeconds: Int

    public init(expirationSeconds: Int = 1800) {
        self.expirationSeconds = expirationSeconds
    }

    /// The headers signed when the client does not list its own: these, and every `x-bce-*` header.
    public static let defaultSignedHeaders: Set<String> = ["host", "content-length", "content-type", "content-md5"]

    /// Stamps the request with `x-bce-date` (and the security token of temporary credentials), then adds its
    /// Authorization header.
    public func sign(_ request: PreparedRequest, credentials: BCECredentials, date: Date) -> PreparedRequest {
        var signed = request
        let timestamp = BCETimestamp.string(from: date)
        signed.headers.removeAll { $0.name.caseInsensitiveEquals("authorization") }
        signed.setHeader("x-bce-date", timestamp)
        if let token = credentials.securityToken, !token.isEmpty {
            signed.setHeader("x-bce-security-token", token)
        }
        let authorization = self.authorization(
            for: signed, credentials: credentials, timestamp: timestamp, signedHeaders: nil)
        signed.headers.append(HTTPHeader("Authorization", authorization))
        return signed
    }

    /// The Authorization value of a request as it stands.
    ///
    /// `signedHeaders` names the headers to sign (a server verifying a request passes the client's list); nil
    /// signs `defaultSignedHeaders` and every `x-bce-*` header.
    public func authorization(
        for request: PreparedRequest, credentials: BCECredentials, timestamp: String, signedHeaders: [String]?
    ) -> String {
        // Everything is built as bytes in a few buffers: signing runs for every attempt and every preview frame,
        // and intermediate strings and arrays cost more than the two HMACs themselves.
        var prefix: [UInt8] = []
        prefix.reserveCapacity(96)
        prefix.append(contentsOf: BCEAuthorization.version.utf8)
        prefix.append(UInt8(ascii: "/"))
        prefix.append(contentsOf: credentials.accessKeyId.utf8)
        prefix.append(UInt8(ascii: "/"))
        prefix.append(contentsOf: timestamp.utf8)
        prefix.append(UInt8(ascii: "/"))
        prefix.append(contentsOf: String(expirationSeconds).utf8)
        let key = Self.hmacHexBytes(key: Array(credentials.secretAccessKey.utf8), message: prefix)

        var canonical: [UInt8] = []
        canonical.reserveCapacity(512)
        for byte in request.method.utf8 { canonical.append(byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte) }
        canonical.append(0x0A)
        if request.path.isEmpty {
            canonical.append(UInt8(ascii: "/"))
        } else {
            URIEncoding.append(request.path, keepingSlash: true, to: &canonical)
        }
        canonical.append(0x0A)
        Self.appendCanonicalQuery(request.query, to: &canonical)
        canonical.append(0x0A)
        var headers = CanonicalHeaders(request.headers, signing: signedHeaders)
        headers.appendLines(to: &canonical)
        let signature = Self.hmacHexBytes(key: key, message: canonical)

        var result = prefix
        result.reserveCapacity(prefix.count + 160)
        result.append(UInt8(ascii: "/"))
        headers.appendNames(to: &result)
        result.append(UInt8(ascii: "/"))
        result.append(contentsOf: signature)
        return String(decoding: result, as: UTF8.self)
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
