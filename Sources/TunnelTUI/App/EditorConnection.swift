import TunnelClient
import TunnelCore

/// What the editor sends its updates through, or why it cannot send any.
public enum EditorConnection: Sendable {
    /// Ctrl-S sends through this service, after a confirmation that names its host.
    case service(any TunnelService)
    /// Nothing can be sent: Ctrl-S shows `reason`. The preview is built unsigned for `endpoint`, the URL the operator
    /// asked for, so the request can still be read; no client exists that could send it.
    case previewOnly(endpoint: Endpoint, reason: String)

    /// What the form's Ctrl-S does with this connection.
    var sendTarget: SendTarget {
        switch self {
        case .service(let service): .host(service.destination)
        case .previewOnly(_, let reason): .unavailable(reason: reason)
        }
    }
}
