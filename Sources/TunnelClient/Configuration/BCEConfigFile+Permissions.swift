#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension BCEConfigFile {
    /// The file's bytes, once the file and its folder are known to be changeable by `userId` alone; nil when there
    /// is no file. The warning is set when group or others may read the file (it holds a secret access key).
    ///
    /// The checks look at the file that was opened (`fstat` on its descriptor, opened without following a symbolic
    /// link), so the file cannot be swapped between the check and the read.
    static func readTrusted(path: String, userId: uid_t) throws(ConnectionError) -> (bytes: [UInt8], warning: String?)?
    {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let error = errno
            if error == ENOENT { return nil }
            if error == ELOOP {
                throw .unsafeConfigFile(
                    path: path,
                    problem: "is a symbolic link, which may lead to a file that sends the pre-shared key elsewhere",
                    fix: "cp --remove-destination \"$(readlink -f \(path))\" \(path)")
            }
            throw .malformedConfigFile(
                path: path, problem: "cannot be read (\(describe(error))); check its owner and permissions")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw .malformedConfigFile(path: path, problem: "cannot be read (\(describe(errno)))")
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw .malformedConfigFile(path: path, problem: "is not a regular file")
        }
        try check(status, path: path, userId: userId, fixMode: "600")
        try checkFolder(of: path, userId: userId)
        let mode = status.st_mode & 0o777
        let warning =
            mode & 0o044 == 0
            ? nil : "\(path) is readable by others (mode \(octal(mode))); run: chmod 600 \(path)"
        guard let bytes = readAll(descriptor) else {
            throw .malformedConfigFile(path: path, problem: "cannot be read (\(describe(errno)))")
        }
        return (bytes, warning)
    }

    /// The folder holding the file (`~/.bce`): whoever may write to it may replace the file.
    private static func checkFolder(of path: String, userId: uid_t) throws(ConnectionError) {
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        var status = stat()
        guard stat(folder.isEmpty ? "/" : folder, &status) == 0 else {
            throw .malformedConfigFile(path: path, problem: "its folder cannot be read (\(describe(errno)))")
        }
        try check(status, path: folder.isEmpty ? "/" : folder, userId: userId, fixMode: "700")
    }

    /// Refuses a file or folder that `userId` does not own or that group or others may write.
    private static func check(
        _ status: stat, path: String, userId: uid_t, fixMode: String
    ) throws(ConnectionError) {
        let danger = "could point endpoint at a host of theirs and receive the pre-shared key"
        guard status.st_uid == userId else {
            throw .unsafeConfigFile(
                path: path,
                problem: "is owned by uid \(status.st_uid), not by you (uid \(userId)): its owner \(danger)",
                fix: "chown \(userId) \(path) && chmod \(fixMode) \(path)")
        }
        let mode = status.st_mode & 0o777
        let writers =
            switch (mode & 0o020 != 0, mode & 0o002 != 0) {
            case (true, true): "group and others"
            case (true, false): "its group"
            case (false, true): "others"
            case (false, false): ""
            }
        guard writers.isEmpty else {
            throw .unsafeConfigFile(
                path: path, problem: "mode \(octal(mode)) lets \(writers) change it: they \(danger)",
                fix: "chmod \(fixMode) \(path)")
        }
    }

    /// Every byte left in the file; nil when a read fails.
    private static func readAll(_ descriptor: Int32) -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            bytes += chunk[..<count]
        }
    }

    /// `0644`: a mode as `ls -l` users and `chmod` read it.
    private static func octal(_ mode: mode_t) -> String {
        let digits = String(mode, radix: 8)
        return String(repeating: "0", count: max(4 - digits.count, 0)) + digits
    }

    private static func describe(_ error: Int32) -> String {
        String(cString: strerror(error)).lowercased()
    }
}
