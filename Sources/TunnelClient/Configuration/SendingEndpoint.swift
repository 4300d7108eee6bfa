import TunnelCore

/// An endpoint that requests may be sent to: HTTPS, or plain HTTP to this machine (a loopback address or
/// `localhost`) or with `--allow-insecure-http`.
///
/// Every request carries the pre-shared key, so `BCETunnelClient` sends only to one of these, and only
/// `ConnectionResolver.sendingEndpoint(_:allowsInsecureHTTP:)` makes one: no code path can build a client that sends
/// to an endpoint that skipped the check. Reads through to the `Endpoint` it holds (`sending.host`).
@dynamicMemberLookup
public struct SendingEndpoint: Sendable, Hashable, CustomStringConvertible {
    public let endpoint: Endpoint

    /// Only the resolver's check calls this.
    init(checked endpoint: Endpoint) {
        self.endpoint = endpoint
    }

    public subscript<Value>(dynamicMember keyPath: KeyPath<Endpoint, Value>) -> Value {
        endpoint[keyPath: keyPath]
    }

    public var description: String { endpoint.baseURL }
}
