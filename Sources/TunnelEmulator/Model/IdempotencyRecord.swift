/// What the emulator remembers of a call that carried a clientToken, to answer a retry the same way.
public struct IdempotencyRecord: Codable, Sendable, Hashable {
    public var clientToken: String
    /// `PUT /v1/vpn/vpnconn/vpnconn-…`: a token names one request, so the same token on another call is a mismatch.
    public var operation: String
    /// The request body as received; a retry must send the same one.
    public var body: String
    public var answer: EmulatorAnswer

    public init(clientToken: String, operation: String, body: String, answer: EmulatorAnswer) {
        self.clientToken = clientToken
        self.operation = operation
        self.body = body
        self.answer = answer
    }
}
