import Hummingbird

/// The request context of the emulator's routes: the request id and body the middleware read once, and a way to
/// drop the connection for fault injection.
public struct EmulatorRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The `x-bce-request-id` of this call.
    public var requestId = ""
    /// The whole request body, read once by the middleware (the signature check needs its length anyway).
    public var body: [UInt8] = []
    let closeConnection: @Sendable () async -> Void
    /// Whether the call came from this machine (a loopback address, or no address: an in-process test channel).
    let isFromLoopback: Bool

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        let channel = source.channel
        closeConnection = { try? await channel.close() }
        let address = channel.remoteAddress?.ipAddress
        isFromLoopback = address.map { $0.hasPrefix("127.") || $0 == "::1" || $0.hasPrefix("::ffff:127.") } ?? true
    }
}
