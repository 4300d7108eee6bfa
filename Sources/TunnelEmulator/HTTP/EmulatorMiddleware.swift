import Hummingbird

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What every call goes through before its route: request id, body, latency, signature check, injected faults,
/// BCE-style error answers, and the record of the call.
struct EmulatorMiddleware: RouterMiddleware {
    typealias Context = EmulatorRequestContext

    let store: EmulatorStore
    let verifier: SignatureVerifier
    let latency: Duration
    let clock: @Sendable () -> Date
    let onRequest: @Sendable (RecordedRequest) -> Void

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var request = request
        var context = context
        context.requestId = UUID().uuidString.lowercased()
        do {
            let buffer = try await request.body.collect(upTo: context.maxUploadSize)
            context.body = Array(buffer.readableBytesView)
            request.body = RequestBody(buffer: buffer)
        } catch {
            let tooLarge = EmulatorError(
                status: 413, code: "EntityTooLarge",
                message: "The request body is larger than \(context.maxUploadSize) bytes")
            return ResponseBuilder.error(tooLarge, requestId: context.requestId)
        }
        let incoming = IncomingRequest(request, body: context.body)
        if latency > .zero { try await Task.sleep(for: latency) }

        var faults = FaultDecision()
        let response: Response
        do {
            if incoming.path.hasPrefix(TunnelEmulator.peerPath) {
                // The emulator's own calls: not BCE's, so neither signed nor subject to BCE's faults; from this
                // machine only.
                guard context.isFromLoopback else {
                    throw EmulatorError(
                        status: 403, code: "AccessDenied", message: "The emulator's own calls are for loopback only")
                }
            } else {
                try verifier.verify(incoming.preparedRequest(), now: clock())
                let isUpdate = request.method == .put && incoming.path.hasPrefix("/v1/vpn/vpnconn/")
                faults = await store.nextFaults(isUpdate: isUpdate)
                if faults.fails { throw EmulatorError.internalError }
            }
            response = try await next(request, context)
        } catch let error as EmulatorError {
            response = ResponseBuilder.error(error, requestId: context.requestId)
        } catch let error as HTTPError {
            // The router's own errors: no route for this method and path.
            let unknown = EmulatorError(
                status: Int(error.status.code), code: "InvalidURI",
                message: "There is no \(incoming.method) \(incoming.path) in the VPN API")
            response = ResponseBuilder.error(unknown, requestId: context.requestId)
        }

        let recorded = RecordedRequest(
            method: incoming.method, path: incoming.path, clientToken: incoming.queryValue("clientToken"),
            status: Int(response.status.code), dropped: faults.drops,
            // A replayed answer carries the request id of the first one.
            requestId: response.headers[ResponseBuilder.requestIdHeader] ?? context.requestId)
        await store.record(recorded)
        onRequest(recorded)
        if faults.drops {
            await context.closeConnection()
            throw ConnectionDropped()
        }
        return response
    }
}

/// Thrown after closing a connection on purpose, so nothing is written to it.
struct ConnectionDropped: Error {}
