import Crypto

/// Credentials ready to sign with: the access key pair, and an HMAC already keyed with its secret.
///
/// Keying swift-crypto's `HMAC<SHA256>` pads and hashes the key; a copy of a keyed one costs about a third of a
/// new one, and the first HMAC of every signature is keyed with the secret access key. A client makes one of
/// these when it is given credentials and signs every attempt with it.
public struct BCESigningCredentials: Sendable {
    public let credentials: BCECredentials
    let secretKey: HMAC<SHA256>

    public init(_ credentials: BCECredentials) {
        self.credentials = credentials
        secretKey = Self.hmac(key: credentials.secretAccessKey)
    }

    /// An HMAC-SHA256 keyed with the UTF-8 bytes of `key`.
    static func hmac(key: String) -> HMAC<SHA256> {
        HMAC<SHA256>(key: SymmetricKey(data: Array(key.utf8)))
    }
}
