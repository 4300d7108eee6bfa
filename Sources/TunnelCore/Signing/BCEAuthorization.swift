/// The parts of a BCE auth v1 Authorization header:
/// `bce-auth-v1/{accessKeyId}/{timestamp}/{expiration}/{signedHeaders}/{signature}`.
public struct BCEAuthorization: Sendable, Hashable {
    public static let version = "bce-auth-v1"

    public let accessKeyId: String
    public let timestamp: String
    public let expirationSeconds: Int
    /// Lowercase header names; empty when the client relied on the server's default set.
    public let signedHeaders: [String]
    public let signature: String

    public init(
        accessKeyId: String, timestamp: String, expirationSeconds: Int, signedHeaders: [String], signature: String
    ) {
        self.accessKeyId = accessKeyId
        self.timestamp = timestamp
        self.expirationSeconds = expirationSeconds
        self.signedHeaders = signedHeaders
        self.signature = signature
    }

    /// Parses a header value; nil when it is not of the auth v1 form.
    public init?(parsing header: String) {
        let parts = header.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == Self.version, !parts[1].isEmpty, let expiration = Int(parts[3]),
            expiration > 0, parts[5].utf8.count == 64, BCETimestamp.date(from: String(parts[2])) != nil
        else { return nil }
        accessKeyId = String(parts[1])
        timestamp = String(parts[2])
        expirationSeconds = expiration
        signedHeaders = parts[4].isEmpty ? [] : parts[4].split(separator: ";").map { $0.lowercased() }
        signature = String(parts[5])
    }

    /// The header value: the authorization string prefix, the signed headers and the signature.
    public var headerValue: String {
        "\(Self.version)/\(accessKeyId)/\(timestamp)/\(expirationSeconds)/"
            + signedHeaders.joined(separator: ";") + "/" + signature
    }
}
