import TunnelCore

/// Why a submit sends no update at all: each case says what to print and how the command ends.
public enum SubmitRefusal: Error, Sendable, Equatable {
    /// The tunnel file has errors (printed one by one before this).
    case invalid(file: String, errors: Int)
    /// The file masks the pre-shared key, which means "keep the current one", and the current one cannot be read.
    case maskedSecretUnreadable(file: String, reason: String)
    /// Reading the tunnel showed that BCE does not accept these credentials: an update would be refused the same way.
    case credentialsRefused(BCEServiceError)

    /// The lines for standard error in English, with foreign text made visible.
    public var lines: [String] { lines(in: .en) }

    /// The lines for standard error in `language`, with foreign text made visible; BCE's code and message as BCE
    /// wrote them.
    public func lines(in language: Language) -> [String] {
        let texts: [CommandText] =
            switch self {
            case .invalid(let file, let errors): [.nothingSentInvalid(file: file, errors: errors)]
            case .maskedSecretUnreadable(let file, let reason): [.maskedSecretUnreadable(file: file, reason: reason)]
            case .credentialsRefused(let error):
                [
                    .credentialsRefused(code: error.code, message: error.message), .requestIdLine(error.requestId),
                    .fixKeyPair,
                ]
            }
        return texts.map { Sanitizer.visible(language.text(.command($0))) }
    }

    public var exitStatus: Int32 {
        switch self {
        case .invalid, .maskedSecretUnreadable: ExitStatus.dataError
        case .credentialsRefused: ExitStatus.failure
        }
    }
}
