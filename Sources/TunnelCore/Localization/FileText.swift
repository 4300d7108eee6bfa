/// Reading, checking and writing files, as keys: a tunnel file's problems and summary, JSON syntax errors, and why a
/// file could not be written safely.
public enum FileText: Sendable, Hashable {
    /// `validate`'s last line: `t.json: 1 error, 0 warnings`, or `t.json: no problems`.
    case validationSummary(file: String, errors: Int, warnings: Int)
}
