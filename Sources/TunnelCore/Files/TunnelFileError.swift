/// A tunnel file that could not be read, with where and why.
public struct TunnelFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, in a sentence that names the key or the syntax problem.
    public let reason: String
    /// Where in the text, when the problem has a place.
    public let position: TextPosition?
    /// The file's path, when it was read from a file.
    public var path: String?
    /// Whether the file could not be read at all (missing, unreadable), as opposed to read but wrong.
    public var isUnreadable: Bool

    public init(_ reason: String, at position: TextPosition? = nil, path: String? = nil, isUnreadable: Bool = false) {
        self.reason = reason
        self.position = position
        self.path = path
        self.isUnreadable = isUnreadable
    }

    /// `t.json:7:5: unknown key "ikeLifetime" in ikeConfig (did you mean "ikeLifeTime"?)`.
    ///
    /// Through `Sanitizer`: the path and the key names in the reason come from the operator's files.
    public var description: String {
        var place = path ?? ""
        if let position { place += (place.isEmpty ? "" : ":") + "\(position.line):\(position.column)" }
        return Sanitizer.visible(place.isEmpty ? reason : "\(place): \(reason)")
    }
}
