/// Where requests go: a scheme, a host and an optional port.
public struct Endpoint: Sendable, Hashable, CustomStringConvertible {
    public var scheme: String
    public var host: String
    /// Nil for the scheme's default port.
    public var port: Int?

    public init(scheme: String, host: String, port: Int? = nil) {
        self.scheme = scheme
        self.host = host
        self.port = port == Self.defaultPort(scheme) ? nil : port
    }

    /// The regions whose VPC endpoint is `bcc.{region}.baidubce.com`.
    public static let regions = ["bj", "bd", "gz", "su", "hkg", "fwh", "cd", "sin", "fsh"]

    /// The HTTPS endpoint of a region.
    public static func region(_ region: String) throws(EndpointError) -> Endpoint {
        guard regions.contains(region) else {
            throw EndpointError(region, .unknownRegion(known: regions))
        }
        return Endpoint(scheme: "https", host: "bcc.\(region).baidubce.com")
    }

    /// Parses `https://bcc.bj.baidubce.com` or `http://127.0.0.1:8080` (no path, query or user).
    public init(url: String) throws(EndpointError) {
        let parts = url.split(separator: "://", maxSplits: 1)
        guard parts.count == 2 else { throw EndpointError(url, .notHTTP) }
        let scheme = parts[0].lowercased()
        guard scheme == "https" || scheme == "http" else {
            throw EndpointError(url, .notHTTP)
        }
        var authority = Substring(parts[1])
        if authority.hasSuffix("/") { authority = authority.dropLast() }
        guard !authority.isEmpty, !authority.contains(where: { "/?#@ ".contains($0) }) else {
            throw EndpointError(url, .notSchemeAndHost)
        }
        var host = String(authority)
        var port: Int?
        if let colon = authority.lastIndex(of: ":"), !authority.hasSuffix("]") {
            guard let number = Int(authority[authority.index(after: colon)...]), (1...65535).contains(number) else {
                throw EndpointError(url, .badPort)
            }
            host = String(authority[..<colon])
            port = number
        }
        guard !host.isEmpty else { throw EndpointError(url, .noHost) }
        self.init(scheme: scheme, host: host.lowercased(), port: port)
    }

    static func defaultPort(_ scheme: String) -> Int { scheme == "http" ? 80 : 443 }

    /// The `Host` header: the host, with `:port` when the port is not the scheme's default.
    public var hostHeader: String { port.map { "\(host):\($0)" } ?? host }

    /// The port connections go to.
    public var effectivePort: Int { port ?? Self.defaultPort(scheme) }

    /// `https://bcc.bj.baidubce.com`.
    public var baseURL: String { "\(scheme)://\(hostHeader)" }

    public var description: String { baseURL }

    /// Whether the host is this machine, where plain HTTP leaks nothing: a loopback address literal (127.0.0.0/8,
    /// ::1) or exactly `localhost`. Any other name is remote, even one that resolves to a loopback address now.
    public var isLoopback: Bool {
        if host == "localhost" || host == "[::1]" || host == "::1" { return true }
        guard let address = IPv4Address(host) else { return false }
        return address.value >> 24 == 127
    }
}
