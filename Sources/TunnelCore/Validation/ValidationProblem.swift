/// One thing wrong with, or worth a second look in, a tunnel draft.
public struct ValidationProblem: Sendable, Hashable, CustomStringConvertible {
    /// How much a problem matters: an error blocks sending, a warning does not.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    public let path: FieldPath
    /// The value as the operator gave it, already masked for secret fields.
    public let value: String
    /// For a secret, its length: the only thing said of its value (`value` is then `9 characters, hidden`).
    public let hiddenLength: Int?
    public let severity: Severity
    /// A value that would satisfy the rule, when there is an obvious one (a CIDR's network address).
    public let suggestion: String?
    /// The rule as a key of the catalogs, so that each language writes it whole.
    public let ruleKey: ValidationRule

    /// The rule, as the rest of a sentence about the field: `is below the minimum of 60 seconds`.
    ///
    /// Written when asked, not when the problem is found: validation runs on every key, and most problems it finds
    /// are the same ones again, of which the screen shows a few.
    public var rule: String { Language.en.text(.rule(ruleKey)) }

    public init(path: FieldPath, value: String, rule: ValidationRule, severity: Severity, suggestion: String? = nil) {
        self.path = path
        self.value = value
        self.severity = severity
        self.suggestion = suggestion
        ruleKey = rule
        hiddenLength = nil
    }

    /// A problem of a secret value, which is said by its length only.
    public init(path: FieldPath, hiddenLength: Int, rule: ValidationRule, severity: Severity) {
        self.path = path
        value = Language.en.text(.file(.hiddenValue(characters: hiddenLength)))
        self.severity = severity
        suggestion = nil
        ruleKey = rule
        self.hiddenLength = hiddenLength
    }

    /// The value as a language shows it: a secret's length in its words.
    public func value(in language: Language) -> String {
        guard let hiddenLength, language != .en else { return value }
        return language.text(.file(.hiddenValue(characters: hiddenLength)))
    }

    /// The rule in a language: `低于最小值 60 秒`.
    public func rule(in language: Language) -> String { language == .en ? rule : language.text(.rule(ruleKey)) }

    /// The whole sentence in a language, as `message` is in English.
    public func message(in language: Language) -> String {
        let shown = value.isEmpty ? "" : " (\(value(in: language)))"
        return Sanitizer.visible("\(path)\(shown) \(rule(in: language))")
    }

    /// The whole sentence: `ikeConfig.ikeLifeTime (30) is below the minimum of 60 seconds`.
    ///
    /// Through `Sanitizer`, here and in `line`: the value, and a character a rule quotes, come from a file or BCE.
    public var message: String { message(in: .en) }

    /// `error: ikeConfig.ikeLifeTime (30) is below the minimum of 60 seconds`.
    public var description: String { description(in: .en) }

    /// `description` in a language: `错误：ikeConfig.ikeLifeTime (30) 低于最小值 60 秒`.
    public func description(in language: Language) -> String {
        language.text(.file(.problemSentence(isError: severity == .error, message: message(in: language))))
    }

    /// One line for the command line, path first: `ikeConfig.ikeLifeTime: error: "30" is below the minimum…`.
    public var line: String { line(in: .en) }

    /// `line` in a language: `ikeConfig.ikeLifeTime: 错误："30" 低于最小值 60 秒`.
    ///
    /// A secret's value is a description (`9 characters, hidden`), so it is shown in parentheses, not quotes.
    public func line(in language: Language) -> String {
        let line = FileText.valueProblem(
            path: "\(path)", isError: severity == .error, value: value(in: language),
            isDescribed: path.field.isSecret || path.field == .description, rule: rule(in: language))
        return Sanitizer.visible(language.text(.file(line)))
    }
}
