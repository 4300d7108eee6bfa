#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why `SafeFile` or `PrivateDirectory` refused a path or failed on it: the path and the rule or the system's reason.
public struct SafeFileError: Error, Sendable, CustomStringConvertible, Translatable {
    /// Why, as a key of the catalogs (`FileText+English.swift`, `FileText+Chinese.swift`).
    public enum Reason: Sendable, Hashable {
        case noSuchFile
        case symbolicLink
        case notRegularFile
        case tooLarge(limit: Int)
        /// A system call failed; `message` is the system's own words for `errno` (`strerror`), in every language.
        case failed(Step, message: String)
        /// A folder that must be a private directory is a link, or not a directory at all.
        case notADirectory(isLink: Bool)
        case foreignOwner(owner: Int, user: Int)
        /// The folder's permission bits, in octal (`755`).
        case openToOthers(mode: String)
        /// A reason given in words, shown as given in every language: how a caller (a test) names an error by
        /// what it says.
        case stated(String)
    }

    /// What the program was doing when the system said no: a system call's own name, or a step of a safe write.
    public enum Step: Sendable, Hashable, CaseIterable {
        case mkdir, lstat, open, fstat, read, write, fsync, rename
        case createTemporary, openFolder, syncFolder
    }

    public let path: String
    public let reasonKey: Reason
    /// The path does not exist (for a reader that treats a missing file as "nothing saved yet").
    public let isMissing: Bool

    public init(path: String, reason: Reason) {
        self.path = path
        reasonKey = reason
        isMissing = reason == .noSuchFile
    }

    /// An error whose reason is `reason`'s words, in every language.
    public init(path: String, reason: String, isMissing: Bool = false) {
        self.path = path
        reasonKey = .stated(reason)
        self.isMissing = isMissing
    }

    /// The rest of an English sentence about the path: `is a symbolic link, which is not followed`.
    public var reason: String { reason(in: .en) }

    /// The rest of a sentence about the path in `language`.
    public func reason(in language: Language) -> String { language.text(.file(.fileReason(reasonKey))) }

    /// `t.json is a symbolic link, which is not followed`, in `language`.
    public func text(in language: Language) -> String { language.text(.file(.unsafeFile(path: path, reasonKey))) }

    public var description: String { text(in: .en) }

    /// A failed system call, with the system's message for `errno`.
    static func system(_ step: Step, path: String) -> SafeFileError {
        SafeFileError(path: path, reason: .failed(step, message: String(cString: strerror(errno))))
    }
}

extension SafeFileError: Equatable {
    /// Two errors are the same when they say the same in English about the same path: a caller may name the error
    /// it expects by its words (`init(path:reason:isMissing:)` with a `String`).
    public static func == (lhs: SafeFileError, rhs: SafeFileError) -> Bool {
        lhs.path == rhs.path && lhs.reason == rhs.reason && lhs.isMissing == rhs.isMissing
    }
}
