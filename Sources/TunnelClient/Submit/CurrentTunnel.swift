import TunnelCore

/// The tunnel as BCE has it when a submit starts, or why it could not be read: what the update is compared with,
/// and where a masked pre-shared key is kept from.
public struct CurrentTunnel: Sendable {
    public let result: Result<TunnelDraft, any Error>

    public init(_ result: Result<TunnelDraft, any Error>) {
        self.result = result
    }

    /// BCE's codes for a request whose credentials or signature it does not accept.
    public static let credentialErrorCodes: Set = [
        "SignatureDoesNotMatch", "InvalidAccessKeyId", "RequestExpired", "InvalidHTTPAuthHeader",
    ]

    /// Reads the tunnel in one quick try: the submit that follows has its own retries. Why it could not be read is
    /// said in `language`.
    public static func read(
        vpnId: String, vpnConnId: String, endpoint: SendingEndpoint, credentials: BCECredentials,
        transport: any HTTPTransport, language: Language = .en
    ) async -> CurrentTunnel {
        let reader = BCETunnelClient(
            endpoint: endpoint, credentials: credentials, transport: transport,
            retryPolicy: RetryPolicy(maximumAttempts: 1, attemptTimeout: .seconds(10), totalTimeout: .seconds(10)),
            language: language
        )
        do {
            return CurrentTunnel(.success(try await reader.fetchTunnel(vpnId: vpnId, vpnConnId: vpnConnId)))
        } catch {
            return CurrentTunnel(.failure(error))
        }
    }

    /// The tunnel's pre-shared key, for a file that masks it to mean "keep the current key"; why it cannot be read
    /// is said in `language`.
    public func keptSecret(for file: String, language: Language = .en) throws(SubmitRefusal) -> String {
        switch result {
        case .success(let tunnel): tunnel.secretKey
        case .failure(let error): throw .maskedSecretUnreadable(file: file, reason: error.message(in: language))
        }
    }

    /// Throws when reading showed that BCE refuses these credentials, so that nothing is sent.
    public func checkCredentials() throws(SubmitRefusal) {
        guard case .failure(TunnelFetchError.service(let error)) = result,
            Self.credentialErrorCodes.contains(error.code)
        else { return }
        throw .credentialsRefused(error)
    }

    /// What `edited` changes on the tunnel; nil when the tunnel could not be read.
    public func diff(to edited: TunnelDraft) -> TunnelDiff? {
        guard case .success(let tunnel) = result else { return nil }
        return TunnelDiff(from: tunnel, to: edited)
    }
}
