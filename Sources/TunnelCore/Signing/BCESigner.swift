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
        let key = Self.hmacHexBytes(key: Array(credentials.secretAccessKey.utf8), message: Array(prefix.utf8))
        // The canonical request is built as bytes in one buffer: signing runs per attempt and per preview frame,
        // and intermediate strings cost more than the two HMACs themselves.
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
        let headers = Self.canonicalHeaderLines(request.headers, signing: signedHeaders)
        for (index, line) in headers.enumerated() {
            if index > 0 { canonical.append(0x0A) }
            canonical.append(contentsOf: line.line)
        }
        let signature = Self.hmacHexBytes(key: key, message: canonical)
        var names = ""
        for (index, line) in headers.sorted(by: { $0.name.lexicographicallyPrecedes($1.name) }).enumerated() {
            if index > 0 { names += ";" }
            names += String(decoding: line.name, as: UTF8.self)
        }
        return prefix + "/" + names + "/" + String(decoding: signature, as: UTF8.self)
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
        if pairs.count > 1 { pairs.sort { $0.lexicographicallyPrecedes($1) } }
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
        let lines = canonicalHeaderLines(headers, signing: names)
        let canonical = lines.map { String(decoding: $0.line, as: UTF8.self) }.joined(separator: "\n")
        let signedHeaders = lines.map { String(decoding: $0.name, as: UTF8.self) }.sorted().joined(separator: ";")
        return (canonical, signedHeaders)
    }

    /// The signed headers' lowercase names and canonical lines, sorted by line.
    static func canonicalHeaderLines(
        _ headers: [HTTPHeader], signing names: [String]?
    ) -> [(name: [UInt8], line: [UInt8])] {
        let wanted = names.map { $0.map { Array($0.utf8).map(\.asciiLowercased) } }
        var lines: [(name: [UInt8], line: [UInt8])] = []
        lines.reserveCapacity(headers.count)
        for header in headers {
            let name = header.name.utf8.map(\.asciiLowercased)
            let included = wanted.map { $0.contains(name) } ?? isSignedByDefault(name)
            guard included else { continue }
            let value = trimmed(header.value.utf8)
            guard !value.isEmpty else { continue }
            var line: [UInt8] = []
            line.reserveCapacity(name.count + value.count * 3 + 1)
            URIEncoding.append(bytes: name, to: &line)
            line.append(UInt8(ascii: ":"))
            URIEncoding.append(bytes: value, to: &line)
            lines.append((name, line))
        }
        lines.sort { $0.line.lexicographicallyPrecedes($1.line) }
        return lines
    }

    private static let defaultNames: [[UInt8]] = defaultSignedHeaders.map { Array($0.utf8) }
    private static let bcePrefix = Array("x-bce-".utf8)

    static func isSignedByDefault(_ lowercasedName: [UInt8]) -> Bool {
        lowercasedName.starts(with: bcePrefix) || defaultNames.contains(lowercasedName)
    }

    /// A header value without the spaces and tabs around it.
    private static func trimmed(_ value: String.UTF8View) -> ArraySlice<UInt8> {
        let bytes = Array(value)
        var start = 0
        var end = bytes.count
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        return bytes[start..<end]
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

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Lowercase hex of HMAC-SHA256, as 64 ASCII bytes.
    static func hmacHexBytes(key: [UInt8], message: [UInt8]) -> [UInt8] {
        let code = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key))
        return code.withUnsafeBytes { digest in
            [UInt8](unsafeUninitializedCapacity: 64) { buffer, count in
                hexDigits.withUnsafeBufferPointer { hex in
                    for index in 0..<32 {
                        let byte = digest[index]
                        buffer[index * 2] = hex[Int(byte >> 4)]
                        buffer[index * 2 + 1] = hex[Int(byte & 0x0F)]
                    }
                }
                count = 64
            }
        }
    }
}
