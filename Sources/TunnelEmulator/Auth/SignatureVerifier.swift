import TunnelCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Checks the BCE auth v1 `Authorization` of a request as BCE does, by signing the request again with the core's
/// signer and the secret key of the access key id it names.
public struct SignatureVerifier: Sendable {
    public var credentials: BCECredentials
    /// How far in the future a timestamp may be (clock skew) before the request is refused.
    public var maxFutureSkew: TimeInterval

    public init(credentials: BCECredentials, maxFutureSkew: TimeInterval = 15 * 60) {
        self.credentials = credentials
        self.maxFutureSkew = maxFutureSkew
    }

    /// Throws the error BCE answers when the request is not signed by the configured credentials at a time
    /// close enough to `now`.
    public func verify(_ request: PreparedRequest, now: Date) throws(EmulatorError) {
        guard let header = request.header("Authorization"), !header.isEmpty else {
            throw .signatureDoesNotMatch("The request has no Authorization header")
        }
        guard let authorization = BCEAuthorization(parsing: header) else {
            throw .invalidAuthHeader("The Authorization header is not a bce-auth-v1 authorization string")
        }
        guard authorization.accessKeyId == credentials.accessKeyId else {
            throw .invalidAccessKeyId(authorization.accessKeyId)
        }
        guard let signedAt = BCETimestamp.date(from: authorization.timestamp) else {
            throw .invalidAuthHeader("The timestamp \(authorization.timestamp) is not yyyy-MM-ddTHH:mm:ssZ")
        }
        if now.timeIntervalSince(signedAt) > TimeInterval(authorization.expirationSeconds) {
            throw .requestExpired(
                "The request signed at \(authorization.timestamp) expired after \(authorization.expirationSeconds)s")
        }
        if signedAt.timeIntervalSince(now) > maxFutureSkew {
            throw .requestExpired(
                "The request timestamp \(authorization.timestamp) is more than \(Int(maxFutureSkew / 60)) minutes"
                    + " in the future")
        }
        let expected = BCESigner(expirationSeconds: authorization.expirationSeconds).authorization(
            for: request, credentials: credentials, timestamp: authorization.timestamp,
            signedHeaders: authorization.signedHeaders.isEmpty ? nil : authorization.signedHeaders)
        guard let expectedSignature = BCEAuthorization(parsing: expected)?.signature,
            Self.constantTimeEqual(expectedSignature, authorization.signature)
        else {
            throw .signatureDoesNotMatch(
                "The request signature we calculated does not match the signature you provided."
                    + " Check your secret access key and signing method.")
        }
    }

    /// Compares two signatures without stopping at the first difference, so timing tells nothing about them.
    static func constantTimeEqual(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8)
        let right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
