/// A tunnel file read as far as its structure allows, so that `validate` can report every problem in one run.
///
/// A member that does not fit (an unknown key, a value of the wrong JSON type) is left out of the draft, its field
/// stays empty, and it is recorded as a problem with its place; the rest of the file is read as usual.
public struct TunnelFileReading: Sendable, Hashable {
    /// The draft without the rejected members.
    public let draft: TunnelDraft
    /// Every structural problem, in the order of the text; empty for a sound file.
    public let problems: [TunnelFileProblem]
    /// The fields whose value problems the structural problems already explain: a field whose member was rejected,
    /// and a field missing from the file that a rejected key was taken for (`remoteSubnet` for `remoteSubnets`).
    /// The validator would only call them "required".
    public let explainedFields: Set<TunnelField>
    /// The file's path, when it was read from a file.
    public var path: String?

    /// The draft of a sound file; otherwise one error that lists every structural problem, which is what every
    /// reader but `validate` wants.
    public func soundDraft() throws(TunnelFileError) -> TunnelDraft {
        guard problems.isEmpty else { throw TunnelFileError(problems: problems, path: path) }
        return draft
    }

    /// `problems` without those of the explained fields, so a rejected member is reported once, as what it is.
    public func unexplained(_ problems: [ValidationProblem]) -> [ValidationProblem] {
        guard !explainedFields.isEmpty else { return problems }
        return problems.filter { !explainedFields.contains($0.path.field) }
    }
}
