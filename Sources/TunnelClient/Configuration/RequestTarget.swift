import TunnelCore

/// Where a request is built for: the resolved connection, when requests can be signed and sent; else the endpoint
/// the operator named, with why nothing can be signed or sent there. The editor and `preview` still show the
/// request in the second case, unsigned; no client can be made from it.
public enum RequestTarget: Sendable {
    case connection(ResolvedConnection)
    case unsigned(Endpoint, reason: ConnectionError)

    /// The endpoint the request is built for.
    public var endpoint: Endpoint {
        switch self {
        case .connection(let connection): connection.endpoint.endpoint
        case .unsigned(let endpoint, _): endpoint
        }
    }
}

extension ConnectionResolver {
    /// The connection the settings resolve to, or, when credentials are missing or the endpoint may not be sent
    /// to, the endpoint they name (`--endpoint`, else `--region`'s, else Beijing's) and why. Anything else to fix
    /// (an unknown region or profile, a malformed URL, a config file that is broken or that others can change) is
    /// thrown, as every command refuses it.
    public func target(_ settings: ConnectionSettings) throws(ConnectionError) -> RequestTarget {
        do {
            return .connection(try resolve(settings))
        } catch {
            switch error {
            case .missingCredentials, .incompleteCredentials, .insecureEndpoint:
                return .unsigned(try Self.namedEndpoint(settings), reason: error)
            default: throw error
            }
        }
    }

    /// The endpoint the command line names, checked only for its form: for showing a request, never for sending
    /// one. A malformed URL or an unknown region is the operator's to fix, as when sending.
    public static func namedEndpoint(_ settings: ConnectionSettings) throws(ConnectionError) -> Endpoint {
        if let url = settings.endpoint {
            do {
                return try Endpoint(url: url)
            } catch {
                throw .invalidEndpoint(url, source: ConnectionError.sourceName(.commandLine), reason: error.reasonKey)
            }
        }
        let region = settings.region ?? "bj"
        do {
            return try Endpoint.region(region)
        } catch {
            throw .unknownRegion(region, source: ConnectionError.sourceName(.commandLine), known: Endpoint.regions)
        }
    }
}
