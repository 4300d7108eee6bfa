/// An access key pair, and the session token of a temporary (STS) credential.
public struct BCECredentials: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    public var accessKeyId: String
    public var secretAccessKey: String
    public var securityToken: String?

    public init(accessKeyId: String, secretAccessKey: String, securityToken: String? = nil) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.securityToken = securityToken
    }

    /// Names the access key only: credentials printed by accident must not leak the secret.
    public var description: String {
        "BCECredentials(accessKeyId: \(accessKeyId), secretAccessKey: <hidden>"
            + (securityToken == nil ? ")" : ", securityToken: <hidden>)")
    }

    public var debugDescription: String { description }
}
