import TunnelCore

/// Where to send requests and how to sign them, with where each came from.
public struct ResolvedConnection: Sendable, Hashable {
    public let endpoint: SendingEndpoint
    public let credentials: BCECredentials
    /// `the command line`, `the environment`, `profile "prod" in /home/op/.bce/config.json`.
    public let credentialSource: String
    /// Things the operator should fix that do not stop the command (a config file others can read).
    public let warnings: [String]

    public init(endpoint: SendingEndpoint, credentials: BCECredentials, credentialSource: String, warnings: [String]) {
        self.endpoint = endpoint
        self.credentials = credentials
        self.credentialSource = credentialSource
        self.warnings = warnings
    }
}
