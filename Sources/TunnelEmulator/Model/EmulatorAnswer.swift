/// A successful answer of the emulated API: status, JSON body (empty for none) and the request id it carried.
public struct EmulatorAnswer: Codable, Sendable, Hashable {
    public var status: Int
    public var body: String
    public var requestId: String

    public init(status: Int = 200, body: String = "", requestId: String) {
        self.status = status
        self.body = body
        self.requestId = requestId
    }
}
