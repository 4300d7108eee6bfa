import TunnelCore

/// Where things go on the form for a terminal size: columns, the body's lines, what scrolls.
///
/// At 80x24 the 19 fields and 3 section headings fill the 22 body rows exactly (problems shown under their fields
/// make the body scroll); taller terminals get a title and a blank line between sections, wider ones longer boxes.
public struct FormLayout: Sendable {
    /// One line of the form's body.
    public enum Line: Sendable, Equatable {
        case section(TunnelField.Section)
        /// A field's line; `row` is the list row for a list field, 0 otherwise.
        case field(TunnelField, row: Int)
        /// A line of a problem's text under its field, wrapped to the room beside the labels.
        case problem(TunnelField, text: String, severity: ValidationProblem.Severity)
        case blank

        /// The field a line belongs to.
        public var field: TunnelField? {
            switch self {
            case .field(let field, _), .problem(let field, _, _): field
            case .section, .blank: nil
            }
        }
    }

    public let size: TerminalSize
    public let language: Language

    public init(size: TerminalSize, language: Language = .en) {
        self.size = size
        self.language = language
        labelWidth = Self.labelWidths[language] ?? 31
    }

    /// Whether there is room for a title line and spacing.
    public var isRoomy: Bool { size.rows >= 30 }
    /// The first row of the body.
    public var bodyTop: Int { isRoomy ? 2 : 0 }
    /// Rows for the body: everything but the title, the status line and the hint line.
    public var bodyRows: Int { max(size.rows - bodyTop - 2, 1) }
    public var statusRow: Int { size.rows - 2 }
    public var hintRow: Int { size.rows - 1 }

    /// Room for the longest label of the language and a space (`Remote subnets (remoteSubnets)` in English).
    public let labelWidth: Int

    /// Each language's widest label in columns, and a space after it: measured once.
    private static let labelWidths = Dictionary(
        uniqueKeysWithValues: Language.allCases.map { language in
            (language, (FormModel.fields.map { TextWidth.columns(of: label(of: $0, in: language)) }.max() ?? 0) + 1)
        })

    /// `Peer IP (remoteIp)`, `对端网关IP (remoteIp)`: the label with the API's own name.
    static func label(of field: TunnelField, in language: Language) -> String {
        "\(language.text(.fieldLabel(field))) (\(field.rawValue))"
    }
    public var valueColumn: Int { 2 + labelWidth + 1 }

    /// Columns of a field's value box.
    public func valueWidth(for field: TunnelField) -> Int {
        let available = max(size.columns - valueColumn - 2, 4)
        if field == .ikeLifeTime || field == .ipsecLifetime { return min(10, available) }
        return min(available, 48)
    }

    /// The body's lines for a form's state.
    public func lines(for model: FormModel) -> [Line] {
        var lines: [Line] = []
        // Fields, three headings and the blanks between them: one allocation in the common case.
        lines.reserveCapacity(FormModel.fields.count + 8)
        var section: TunnelField.Section?
        for field in FormModel.fields {
            if field.section != section {
                if section != nil && isRoomy { lines.append(.blank) }
                section = field.section
                lines.append(.section(field.section))
            }
            let rows = model.editors.rowCount(of: field)
            for row in 0..<rows { lines.append(.field(field, row: row)) }
            for problem in model.visibleProblems(for: field) {
                let wrapped = TextWrap.lines(
                    Self.text(of: problem, in: language), width: max(size.columns - valueColumn - 3, 10))
                for (index, part) in wrapped.enumerated() {
                    lines.append(.problem(field, text: index == 0 ? part : "  " + part, severity: problem.severity))
                }
            }
        }
        return lines
    }

    /// The text shown for a problem: `! must contain a digit`, `! [2] 10.0.0.1/8 is not …`, `warning: …`.
    public static func text(of problem: ValidationProblem, in language: Language = .en) -> String {
        language.text(
            .problemLine(
                isError: problem.severity == .error, row: problem.path.index, value: problem.value,
                rule: problem.rule(in: language)))
    }
}
