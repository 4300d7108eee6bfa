import TunnelCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension BCEConfigFile {
    /// The most a config file may hold: the `bce` command line writes a few hundred bytes per profile.
    static let sizeLimit = 1 << 20

    /// The file's bytes, once the file and its folder are known to be changeable by `userId` alone; nil when there
    /// is no file. The warning is set when group or others may read the file (it holds a secret access key).
    ///
    /// The file is read through `SafeFile` (no link followed, only a regular file) and its owner and mode are those
    /// of the descriptor that was read, so no other file can be swapped in between the check and the read.
    static func readTrusted(
        path: String, userId: uid_t, language: Language
    ) throws(ConnectionError) -> (bytes: [UInt8], warning: String?)? {
        let bytes: [UInt8]
        let status: stat
        do {
            (bytes, status) = try SafeFile.readWithStatus(path, limit: sizeLimit)
        } catch {
            if error.isMissing { return nil }
            throw .malformedConfigFile(path: path, problem: error.reason(in: language))
        }
        try check(status, path: path, userId: userId, fixMode: "600", language: language)
        try checkFolder(of: path, userId: userId, language: language)
        let mode = status.st_mode & 0o777
        let warning =
            mode & 0o044 == 0
            ? nil : language.text(.command(.configFile(.readableByOthers(path: path, mode: octal(mode)))))
        return (bytes, warning)
    }

    /// The folder holding the file (`~/.bce`): whoever may write to it may replace the file.
    private static func checkFolder(of path: String, userId: uid_t, language: Language) throws(ConnectionError) {
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        let checked = folder.isEmpty ? "/" : folder
        var status = stat()
        guard stat(checked, &status) == 0 else {
            let reason = String(cString: strerror(errno)).lowercased()
            throw .malformedConfigFile(
                path: path, problem: language.text(.command(.configFile(.folderUnreadable(reason: reason)))))
        }
        try check(status, path: checked, userId: userId, fixMode: "700", language: language)
    }

    /// Refuses a file or folder that `userId` does not own or that group or others may write.
    private static func check(
        _ status: stat, path: String, userId: uid_t, fixMode: String, language: Language
    ) throws(ConnectionError) {
        guard status.st_uid == userId else {
            throw .unsafeConfigFile(
                path: path,
                problem: language.text(.command(.configFile(.ownedByAnother(owner: status.st_uid, user: userId)))),
                fix: "chown \(userId) \(path) && chmod \(fixMode) \(path)")
        }
        let mode = status.st_mode & 0o777
        let (group, others) = (mode & 0o020 != 0, mode & 0o002 != 0)
        guard !group && !others else {
            throw .unsafeConfigFile(
                path: path,
                problem: language.text(
                    .command(.configFile(.writableByOthers(mode: octal(mode), group: group, others: others)))),
                fix: "chmod \(fixMode) \(path)")
        }
    }

    /// `0644`: a mode as `ls -l` users and `chmod` read it.
    private static func octal(_ mode: mode_t) -> String {
        let digits = String(mode, radix: 8)
        return String(repeating: "0", count: max(4 - digits.count, 0)) + digits
    }
}
