/// A tunnel file that could not be read, with where and why: every structural problem found, or the one syntax or
/// file-system problem that stopped the reading.
public struct TunnelFileError: Error, Sendable, Hashable, CustomStringConvertible, Translatable {
    /// Every problem, in the order of the text; never empty.
    public let problems: [TunnelFileProblem]
    /// The file's path, when it was read from a file.
    public var path: String?
    /// Whether the file could not be read at all (missing, unreadable), as opposed to read but wrong.
    public var isUnreadable: Bool

    public init(
        _ reason: TunnelFileProblem.Reason, at position: TextPosition? = nil, path: String? = nil,
        isUnreadable: Bool = false
    ) {
        self.init(problems: [TunnelFileProblem(reason, at: position)], path: path, isUnreadable: isUnreadable)
    }

    /// An error of one problem whose reason is `reason`'s words, in every language.
    public init(_ reason: String, at position: TextPosition? = nil, path: String? = nil, isUnreadable: Bool = false) {
        self.init(.stated(reason), at: position, path: path, isUnreadable: isUnreadable)
    }

    /// One error for every problem of a file; `problems` must not be empty.
    public init(problems: [TunnelFileProblem], path: String? = nil, isUnreadable: Bool = false) {
        precondition(!problems.isEmpty, "a TunnelFileError needs at least one problem")
        self.problems = problems
        self.path = path
        self.isUnreadable = isUnreadable
    }

    /// The first problem's reason in English: a sentence that names the key or the syntax problem.
    public var reason: String { problems[0].reason }
    /// Where in the text the first problem is, when it has a place.
    public var position: TextPosition? { problems[0].position }

    /// `t.json:7:5: unknown key "ikeLifetime" in ikeConfig (did you mean "ikeLifeTime"?)`, one line per problem.
    ///
    /// Each line through `Sanitizer`: the path and the key names in the reason come from the operator's files, and a
    /// line feed in them must not start a line that looks like one of these.
    public func text(in language: Language) -> String {
        problems.map { Sanitizer.visible($0.located(in: path, language: language)) }.joined(separator: "\n")
    }

    public var description: String { text(in: .en) }
}
