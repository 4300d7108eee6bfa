/// One call the emulator received, as tests check them: "three attempts carried the same clientToken".
public struct RecordedRequest: Sendable, Hashable {
    public var method: String
    /// The decoded path, without the query.
    public var path: String
    public var clientToken: String?
    /// The status answered, or that would have been when the connection was dropped.
    public var status: Int
    /// The connection was closed instead of answering.
    public var dropped: Bool
    public var requestId: String

    public init(method: String, path: String, clientToken: String?, status: Int, dropped: Bool, requestId: String) {
        self.method = method
        self.path = path
        self.clientToken = clientToken
        self.status = status
        self.dropped = dropped
        self.requestId = requestId
    }
}
