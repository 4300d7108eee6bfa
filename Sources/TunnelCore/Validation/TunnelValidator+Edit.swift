extension TunnelValidator {
    /// The report for `draft` after an edit of one field, made from the report of the draft before the edit: only
    /// the rules of that field, and of the fields checked together with it, run again.
    ///
    /// Equal to `validate(draft)` (a property test compares the two over random edits). The editor calls it on every
    /// key: validating the whole tunnel ran every rule and touched all of their code for one character.
    ///
    /// - Parameters:
    ///   - field: the only field whose value differs between `draft` and the draft `previous` was made from.
    ///   - previous: `validate` or this method's report of the draft before the edit, with the same options.
    public func validate(_ draft: TunnelDraft, editing field: TunnelField, from previous: ValidationReport)
        -> ValidationReport
    {
        let group = CheckGroup(field)
        var found = ProblemList()
        var parts = previous.update.map(UpdateParts.init) ?? UpdateParts()
        check(group, of: draft, into: &parts, &found)
        let problems = group.replacingProblems(in: previous.problems, with: found.sorted)
        if problems.contains(where: { $0.severity == .error }) {
            return ValidationReport(problems: problems, update: nil)
        }
        // The edit fixed the last error: the values of every other field are needed, so check them all.
        guard let update = parts.update else { return validate(draft) }
        return ValidationReport(problems: problems, update: update)
    }
}
