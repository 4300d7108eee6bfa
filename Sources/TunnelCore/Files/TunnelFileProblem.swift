/// One thing wrong with a tunnel file's structure: a key no tunnel has, or a value of the wrong JSON type.
public struct TunnelFileProblem: Sendable, Hashable {
    /// What went wrong, in a sentence that names the key: `unknown key "remoteSubnet" (did you mean …?)`.
    public let reason: String
    /// Where in the text, when the problem has a place.
    public let position: TextPosition?

    public init(_ reason: String, at position: TextPosition? = nil) {
        self.reason = reason
        self.position = position
    }

    /// `t.json:7:5: unknown key …`: the file, the line and column when known, then the reason. Not yet sanitized.
    func located(in path: String?) -> String {
        let place = place(in: path)
        return place.isEmpty ? reason : "\(place): \(reason)"
    }

    /// One line for `validate`, beside the value problems' `path: severity: value rule` lines and in the compilers'
    /// form that editors jump to: `t.json:7:5: error: unknown key "ikeLifetime" in ikeConfig (did you mean …?)`.
    ///
    /// Through `Sanitizer`: the path and the key names come from the operator's files.
    public func line(in path: String?) -> String {
        let place = place(in: path)
        return Sanitizer.visible(place.isEmpty ? "error: \(reason)" : "\(place): error: \(reason)")
    }

    /// `t.json:7:5`, `7:5` without a path, `t.json` without a position.
    private func place(in path: String?) -> String {
        var place = path ?? ""
        if let position { place += (place.isEmpty ? "" : ":") + "\(position.line):\(position.column)" }
        return place
    }
}
