/// One thing wrong with a tunnel file's structure: a key no tunnel has, or a value of the wrong JSON type.
public struct TunnelFileProblem: Sendable, Hashable {
    /// What went wrong, as a key of the catalogs (`FileText+English.swift`, `FileText+Chinese.swift`).
    public enum Reason: Sendable, Hashable {
        /// The whole file is not an object.
        case notAnObject(found: JSONValue.Kind)
        /// `ikeConfig` (the key) holds something other than an object.
        case objectExpected(key: String, found: JSONValue.Kind)
        /// `vpnId`, or a row `localSubnets[0]` (the path), holds something other than a string.
        case stringExpected(path: String, found: JSONValue.Kind)
        case cidrListExpected(path: String, found: JSONValue.Kind)
        case secondsExpected(path: String, found: JSONValue.Kind)
        /// A key no object of `section` has, and what it was probably meant to be.
        case unknownKey(String, in: TunnelField.Section, hint: KeyHint?)
        case syntax(JSONSyntaxError.Reason)
        case noSuchFile
        case unreadable
        /// The path names a directory.
        case isADirectory
        /// A reason given in words, shown as given in every language: how a caller (a test) names a problem by
        /// what it says.
        case stated(String)
    }

    public let reasonKey: Reason
    /// Where in the text, when the problem has a place.
    public let position: TextPosition?

    public init(_ reason: Reason, at position: TextPosition? = nil) {
        reasonKey = reason
        self.position = position
    }

    /// A problem whose reason is `reason`'s words, in every language.
    public init(_ reason: String, at position: TextPosition? = nil) {
        self.init(.stated(reason), at: position)
    }

    /// What went wrong, in an English sentence that names the key: `unknown key "remoteSubnet" (did you mean …?)`.
    public var reason: String { reason(in: .en) }

    /// What went wrong in `language`; not yet sanitized.
    public func reason(in language: Language) -> String { language.text(.file(.tunnelFileProblem(reasonKey))) }

    /// `t.json:7:5: unknown key …`: the file, the line and column when known, then the reason. Not yet sanitized.
    func located(in path: String?, language: Language = .en) -> String {
        let place = place(in: path)
        return place.isEmpty ? reason(in: language) : "\(place): \(reason(in: language))"
    }

    /// One line for `validate`, beside the value problems' `path: severity: value rule` lines and in the compilers'
    /// form that editors jump to: `t.json:7:5: error: unknown key "ikeLifetime" in ikeConfig (did you mean …?)`.
    ///
    /// Through `Sanitizer`: the path and the key names come from the operator's files.
    public func line(in path: String?, language: Language = .en) -> String {
        Sanitizer.visible(
            language.text(.file(.structuralProblem(place: place(in: path), reason: reason(in: language)))))
    }

    /// `t.json:7:5`, `7:5` without a path, `t.json` without a position.
    private func place(in path: String?) -> String {
        var place = path ?? ""
        if let position { place += (place.isEmpty ? "" : ":") + "\(position.line):\(position.column)" }
        return place
    }
}
