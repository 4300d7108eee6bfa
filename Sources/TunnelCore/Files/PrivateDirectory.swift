#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A folder only its owner can list or change, for files that must not be read, replaced or planted by others.
///
/// A folder others can write to lets them plant links and files under the names the program uses; one they can
/// read lets them read its files as they are being renamed into place. So a folder is used only when it is a real
/// directory (not a link to one), owned by the effective user, with no group or other permission bits.
public enum PrivateDirectory {
    /// Creates `path` (and its missing parents) with mode 0700, or checks that the existing one is private.
    public static func prepare(_ path: String) throws(SafeFileError) {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o700) != 0 && errno != EEXIST { throw .system(.mkdir, path: current) }
        }
        try check(path)
    }

    /// Checks an existing folder without changing anything: the reason it must not be used, if any.
    public static func check(_ path: String) throws(SafeFileError) {
        var status = stat()
        guard lstat(path, &status) == 0 else { throw .system(.lstat, path: path) }
        let type = status.st_mode & S_IFMT
        guard type == S_IFDIR else {
            throw SafeFileError(path: path, reason: .notADirectory(isLink: type == S_IFLNK))
        }
        let user = geteuid()
        guard status.st_uid == user else {
            throw SafeFileError(path: path, reason: .foreignOwner(owner: Int(status.st_uid), user: Int(user)))
        }
        let permissions = status.st_mode & 0o7777
        guard permissions & 0o077 == 0 else {
            throw SafeFileError(path: path, reason: .openToOthers(mode: String(permissions, radix: 8)))
        }
    }
}
