import HTTPTypes
import Hummingbird
import TunnelCore

extension IncomingRequest {
    /// The request as Hummingbird received it, with its body already read.
    init(_ request: Request, body: [UInt8]) {
        let hostName = HTTPField.Name("Host")!
        self.init(
            method: request.method.rawValue, rawPath: request.uri.path, rawQuery: request.uri.query ?? "",
            host: request.head.authority ?? request.headers[hostName] ?? "",
            headers: request.headers.filter { $0.name != hostName }.map {
                HTTPHeader($0.name.rawName, $0.value)
            },
            body: body)
    }
}
