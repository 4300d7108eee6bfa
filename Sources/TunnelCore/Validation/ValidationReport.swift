/// Everything the validator found in a draft, and the typed update when nothing blocks it.
public struct ValidationReport: Sendable, Hashable {
    /// Errors and warnings in form order.
    public let problems: [ValidationProblem]
    /// The valid update; nil when there is any error.
    public let update: TunnelUpdate?

    public init(problems: [ValidationProblem], update: TunnelUpdate?) {
        self.problems = problems
        self.update = update
    }

    public var errors: [ValidationProblem] { problems.filter { $0.severity == .error } }
    public var warnings: [ValidationProblem] { problems.filter { $0.severity == .warning } }
    public var hasErrors: Bool { problems.contains { $0.severity == .error } }

    /// The problems of one field, rows of a list included.
    public func problems(for field: TunnelField) -> [ValidationProblem] {
        problems.filter { $0.path.field == field }
    }

    /// `2 errors, 1 warning`, or `no problems`.
    public var summary: String { summary(in: .en) }

    /// `summary` in a language: `2 个错误，1 个警告`.
    public func summary(in language: Language) -> String {
        let errorCount = errors.count
        return Self.summary(errors: errorCount, warnings: problems.count - errorCount, in: language)
    }

    /// The summary of counts that include problems found elsewhere (a tunnel file's structure), in the same words.
    public static func summary(errors errorCount: Int, warnings warningCount: Int, in language: Language = .en)
        -> String
    {
        language.text(.file(.problemTotals(errors: errorCount, warnings: warningCount)))
    }
}
