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
        let prefix = Self.authStringPrefix(
            accessKeyId: credentials.accessKeyId, timestamp: timestamp, expirationSeconds: expirationSeconds)
        let key = Self.signingKey(secretAccessKey: credentials.secretAccessKey, authStringPrefix: prefix)
        let headers = Self.canonicalHeaders(request.headers, signing: signedHeaders.map(Set.init))
        let canonical = Self.canonicalRequest(
            method: request.method, canonicalURI: Self.canonicalURI(request.path),
            canonicalQuery: Self.canonicalQueryString(request.query), canonicalHeaders: headers.canonical)
        let signature = Self.signature(signingKey: key, canonicalRequest: canonical)
        return prefix + "/" + headers.signedHeaders + "/" + signature
    }

    /// The authorization string prefix: `bce-auth-v1/{accessKeyId}/{timestamp}/{expirationPeriodInSeconds}`.
    public static func authStringPrefix(accessKeyId: String, timestamp: String, expirationSeconds: Int) -> String {
        "\(BCEAuthorization.version)/\(accessKeyId)/\(timestamp)/\(expirationSeconds)"
    }

    /// The signing key: lowercase hex of HMAC-SHA256 keyed with the secret access key over the prefix.
    public static func signingKey(secretAccessKey: String, authStringPrefix: String) -> String {
        hmacHex(key: secretAccessKey.utf8, message: authStringPrefix.utf8)
    }

    /// CanonicalURI: the path UriEncoded with `/` kept; an empty path is `/`.
    public static func canonicalURI(_ path: String) -> String {
        path.isEmpty ? "/" : URIEncoding.encode(path, keepingSlash: true)
    }

    /// CanonicalQueryString: `UriEncode(name)=UriEncode(value)` for every parameter but `authorization`, the
    /// whole strings sorted bytewise and joined by `&`.
    public static func canonicalQueryString(_ query: [QueryParameter]) -> String {
        query.lazy.filter { !$0.name.caseInsensitiveEquals("authorization") }
            .map { URIEncoding.encode($0.name) + "=" + URIEncoding.encode($0.value) }
            .sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) })
            .joined(separator: "&")
    }

    /// CanonicalHeaders: `UriEncode(lowercase name):UriEncode(trimmed value)` for each signed header with a value,
    /// sorted and joined by newlines; and the sorted names joined by `;`, for the Authorization header.
    public static func canonicalHeaders(
        _ headers: [HTTPHeader], signing names: Set<String>? = nil
    ) -> (canonical: String, signedHeaders: String) {
        var lines: [(name: String, line: String)] = []
        lines.reserveCapacity(headers.count)
        for header in headers {
            let name = header.name.lowercased()
            let included = names.map { $0.contains(name) } ?? isSignedByDefault(name)
            guard included else { continue }
            let value = header.value.trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty else { continue }
            lines.append((name, URIEncoding.encode(name) + ":" + URIEncoding.encode(value)))
        }
        lines.sort { $0.line.utf8.lexicographicallyPrecedes($1.line.utf8) }
        let canonical = lines.map(\.line).joined(separator: "\n")
        let signedHeaders = lines.map(\.name).sorted().joined(separator: ";")
        return (canonical, signedHeaders)
    }

    static func isSignedByDefault(_ lowercasedName: String) -> Bool {
        defaultSignedHeaders.contains(lowercasedName) || lowercasedName.hasPrefix("x-bce-")
    }

    /// The canonical request: method, CanonicalURI, CanonicalQueryString and CanonicalHeaders, one per line.
    public static func canonicalRequest(
        method: String, canonicalURI: String, canonicalQuery: String, canonicalHeaders: String
    ) -> String {
        method.uppercased() + "\n" + canonicalURI + "\n" + canonicalQuery + "\n" + canonicalHeaders
    }

    /// The signature: lowercase hex of HMAC-SHA256 keyed with the signing key's 64 hex characters.
    public static func signature(signingKey: String, canonicalRequest: String) -> String {
        hmacHex(key: signingKey.utf8, message: canonicalRequest.utf8)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private static func hmacHex(key: String.UTF8View, message: String.UTF8View) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Array(message), using: SymmetricKey(data: Array(key)))
        return code.withUnsafeBytes { digest in
            String(unsafeUninitializedCapacity: 64) { buffer in
                for (index, byte) in digest.enumerated() {
                    buffer[index * 2] = hexDigits[Int(byte >> 4)]
                    buffer[index * 2 + 1] = hexDigits[Int(byte & 0x0F)]
                }
                return 64
            }
        }
    }
}
