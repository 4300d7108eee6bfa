/// Reading, checking and writing files, as keys: a tunnel file's problems and summary, JSON syntax errors, and why a
/// file could not be written safely.
///
/// The command line's forms stay those of compilers in every language (`t.json:7:5: error: …`): the place before
/// the first colon is what editors jump to, so only the words after it are translated.
public enum FileText: Sendable, Hashable {
    // MARK: Validation, as the command line prints it
    /// `validate`'s last line: `t.json: 1 error, 0 warnings`, or `t.json: no problems`.
    case validationSummary(file: String, errors: Int, warnings: Int)
    /// `1 error, 0 warnings`, or `no problems`: both counts, always (the editor's `problemCount` leaves a zero out).
    case problemTotals(errors: Int, warnings: Int)
    /// `ikeConfig.ikeLifeTime: error: "30" is below the minimum of 60 seconds`; a described value (a secret's
    /// `9 characters, hidden`, a description) in parentheses, not quotes.
    case valueProblem(path: String, isError: Bool, value: String, isDescribed: Bool, rule: String)
    /// `error: ikeConfig.ikeLifeTime (30) is below …`: a problem's whole sentence after its severity.
    case problemSentence(isError: Bool, message: String)
    /// A secret's value, said by its length only: `9 characters, hidden`.
    case hiddenValue(characters: Int)
    /// `t.json:7:5: error: unknown key …`, or `error: …` without a place.
    case structuralProblem(place: String, reason: String)

    // MARK: Reading a tunnel file
    case tunnelFileProblem(TunnelFileProblem.Reason)
    case jsonSyntax(JSONSyntaxError.Reason)
    /// `line 3, column 12: expected ":" …`.
    case atPosition(line: Int, column: Int, reason: String)

    // MARK: Files written and read safely
    /// The rest of a sentence about a path: `is a symbolic link, which is not followed`.
    case fileReason(SafeFileError.Reason)
    /// `t.json is a symbolic link, which is not followed`.
    case unsafeFile(path: String, SafeFileError.Reason)
    /// `error: --output …`: the file a command was asked to write could not be written.
    case outputNotWritten(reason: String)
    /// Why the editor keeps no drafts when the environment names no folder for them.
    case noStateFolder
}
