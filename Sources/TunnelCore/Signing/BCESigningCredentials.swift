/// Credentials ready to sign with: the access key pair, and the HMAC key state of its secret computed once.
///
/// The first HMAC of every signature is keyed with the secret access key; hashing its two padded blocks again for
/// each request would cost two of the signature's eleven SHA-256 blocks. A client makes one of these when it is
/// given credentials and signs every attempt with it.
public struct BCESigningCredentials: Sendable {
    public let credentials: BCECredentials
    let secretKey: HMACSHA256.Key

    public init(_ credentials: BCECredentials) {
        self.credentials = credentials
        var secret = credentials.secretAccessKey
        secretKey = secret.withUTF8 { HMACSHA256.Key(UnsafeRawBufferPointer($0)) }
    }
}
