import Crypto

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Signs requests with BCE auth v1.
///
/// Each step of the algorithm is its own function, checked by the tests against the published intermediate
/// values, and `authorization` is those steps composed, nothing more: the client signs and the emulator verifies
/// through the same functions. The clock is a parameter, never read here.
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
        sign(request, credentials: BCESigningCredentials(credentials), date: date)
    }

    /// `sign` with credentials prepared once for many requests, as a client signing every attempt does.
    public func sign(_ request: PreparedRequest, credentials: BCESigningCredentials, date: Date) -> PreparedRequest {
        let timestamp = BCETimestamp.string(from: date)
        var signed = request
        signed.headers.removeAll { $0.name.caseInsensitiveEquals("authorization") }
        signed.setHeader("x-bce-date", timestamp)
        if let token = credentials.credentials.securityToken, !token.isEmpty {
            signed.setHeader("x-bce-security-token", token)
        }
        let authorization = authorization(
            for: signed, credentials: credentials, timestamp: timestamp, signedHeaders: nil)
        signed.headers.append(HTTPHeader("Authorization", authorization))
        return signed
    }

    /// The Authorization value of a request as it stands: the steps below, composed.
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
        let prefix = Self.authStringPrefix(
            accessKeyId: credentials.credentials.accessKeyId, timestamp: timestamp,
            expirationSeconds: expirationSeconds)
        let signingKey = Self.signingKey(secretKey: credentials.secretKey, authStringPrefix: prefix)
        let headers = Self.canonicalHeaders(request.headers, signing: signedHeaders)
        let canonicalRequest = Self.canonicalRequest(
            method: request.method, canonicalURI: Self.canonicalURI(request.path),
            canonicalQuery: Self.canonicalQueryString(request.query), canonicalHeaders: headers.canonical)
        let signature = Self.signature(signingKey: signingKey, canonicalRequest: canonicalRequest)
        return prefix + "/" + headers.signedHeaders + "/" + signature
    }

    /// The authorization string prefix: `bce-auth-v1/{accessKeyId}/{timestamp}/{expirationPeriodInSeconds}`.
    public static func authStringPrefix(accessKeyId: String, timestamp: String, expirationSeconds: Int) -> String {
        "\(BCEAuthorization.version)/\(accessKeyId)/\(timestamp)/\(expirationSeconds)"
    }

    /// The signing key: lowercase hex of HMAC-SHA256 keyed with the secret access key over the prefix.
    public static func signingKey(secretAccessKey: String, authStringPrefix: String) -> String {
        signingKey(secretKey: BCESigningCredentials.hmac(key: secretAccessKey), authStringPrefix: authStringPrefix)
    }

    /// `signingKey` with the HMAC already keyed with the secret access key.
    static func signingKey(secretKey: HMAC<SHA256>, authStringPrefix: String) -> String {
        var hmac = secretKey
        hmac.update(data: Array(authStringPrefix.utf8))
        return hex(hmac.finalize())
    }

    /// CanonicalURI: the path UriEncoded with `/` kept; an empty path is `/`.
    public static func canonicalURI(_ path: String) -> String {
        path.isEmpty ? "/" : URIEncoding.encode(path, keepingSlash: true)
    }

    /// CanonicalQueryString: `UriEncode(name)=UriEncode(value)` for every parameter but `authorization`, the
    /// whole strings sorted bytewise and joined by `&`.
    public static func canonicalQueryString(_ query: [QueryParameter]) -> String {
        sortedAndJoined(
            query.filter { !$0.name.caseInsensitiveEquals("authorization") }
                .map { URIEncoding.encode($0.name) + "=" + URIEncoding.encode($0.value) },
            separator: "&")
    }

    /// CanonicalHeaders: `UriEncode(lowercase name):UriEncode(trimmed value)` for each signed header with a value,
    /// sorted and joined by newlines; and the sorted names joined by `;`, for the Authorization header.
    ///
    /// `names` chooses the signed headers; nil chooses `defaultSignedHeaders` and every `x-bce-*` header.
    public static func canonicalHeaders(
        _ headers: [HTTPHeader], signing names: [String]? = nil
    ) -> (canonical: String, signedHeaders: String) {
        // Field names are ASCII tokens (RFC 9110), which `lowercased()` lowercases byte by byte as the SDKs do.
        let wanted = names.map { Set($0.map { URIEncoding.encode($0.lowercased()) }) }
        var encodedNames: [String] = []
        var lines: [String] = []
        encodedNames.reserveCapacity(headers.count)
        lines.reserveCapacity(headers.count)
        for header in headers {
            let name = URIEncoding.encode(header.name.lowercased())
            guard wanted?.contains(name) ?? (defaultSignedHeaders.contains(name) || name.hasPrefix("x-bce-")) else {
                continue
            }
            let value = trimmed(header.value)
            guard !value.isEmpty else { continue }
            encodedNames.append(name)
            lines.append(name + ":" + URIEncoding.encode(value))
        }
        return (sortedAndJoined(lines, separator: "\n"), sortedAndJoined(encodedNames, separator: ";"))
    }

    /// The canonical request: method, CanonicalURI, CanonicalQueryString and CanonicalHeaders, one per line.
    public static func canonicalRequest(
        method: String, canonicalURI: String, canonicalQuery: String, canonicalHeaders: String
    ) -> String {
        method.uppercased() + "\n" + canonicalURI + "\n" + canonicalQuery + "\n" + canonicalHeaders
    }

    /// The signature: lowercase hex of HMAC-SHA256 keyed with the signing key's 64 hex characters.
    public static func signature(signingKey: String, canonicalRequest: String) -> String {
        var hmac = BCESigningCredentials.hmac(key: signingKey)
        hmac.update(data: Array(canonicalRequest.utf8))
        return hex(hmac.finalize())
    }

    /// Lowercase hex, the form both of BCE's HMACs take.
    static func hex(_ code: HashedAuthenticationCode<SHA256>) -> String {
        var hex: [UInt8] = []
        hex.reserveCapacity(2 * SHA256.byteCount)
        for byte in code {
            hex.append(hexDigit(byte >> 4))
            hex.append(hexDigit(byte & 0x0F))
        }
        return String(decoding: hex, as: UTF8.self)
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") - 10 + nibble
    }

    /// The parts sorted bytewise and joined by `separator`.
    static func sortedAndJoined(_ parts: [String], separator: String) -> String {
        var result = ""
        result.reserveCapacity(parts.reduce(0) { $0 + $1.utf8.count + separator.utf8.count })
        for (index, part) in parts.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
            if index > 0 { result += separator }
            result += part
        }
        return result
    }

    /// A header value without the spaces and tabs around it.
    static func trimmed(_ value: String) -> String {
        let scalars = value.unicodeScalars
        let isBlank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
            let last = scalars.lastIndex(where: { !isBlank($0) })
        else { return "" }
        return first == scalars.startIndex && last == scalars.index(before: scalars.endIndex)
            ? value : String(scalars[first...last])
    }
}
