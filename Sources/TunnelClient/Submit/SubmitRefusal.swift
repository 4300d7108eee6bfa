import TunnelCore

/// Why a submit sends no update at all: each case says what to print and how the command ends.
public enum SubmitRefusal: Error, Sendable, Equatable {
    /// The tunnel file has errors (printed one by one before this).
    case invalid(file: String, errors: Int)
    /// The file masks the pre-shared key, which means "keep the current one", and the current one cannot be read.
    case maskedSecretUnreadable(file: String, reason: String)
    /// Reading the tunnel showed that BCE does not accept these credentials: an update would be refused the same way.
    case credentialsRefused(BCEServiceError)

    /// The lines for standard error, with foreign text made visible.
    public var lines: [String] {
        switch self {
        case .invalid(let file, let errors):
            return [Sanitizer.visible("nothing sent: \(file) has \(errors) error\(errors == 1 ? "" : "s")")]
        case .maskedSecretUnreadable(let file, let reason):
            return [
                Sanitizer.visible(
                    "error: secretKey is masked in \(file) and the current key could not be read (\(reason)); "
                        + "write the key into the file")
            ]
        case .credentialsRefused(let error):
            return [
                Sanitizer.visible("error: BCE refused the credentials: \(error.code): \(error.message)"),
                "request id: \(error.requestId.map { Sanitizer.visible($0) } ?? "(none returned)")",
                "nothing sent: fix the access key pair (see --help for where it comes from)",
            ]
        }
    }

    public var exitStatus: Int32 {
        switch self {
        case .invalid, .maskedSecretUnreadable: ExitStatus.dataError
        case .credentialsRefused: ExitStatus.failure
        }
    }
}
