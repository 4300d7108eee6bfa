#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes and reads the program's own files (drafts, the emulator's state, `show --output`) in folders where
/// someone else may have planted a link, a FIFO or a huge file.
///
/// Writing never opens the target or a predictable name: the bytes go to a new file with an unpredictable name in
/// the same folder, created with `O_EXCL | O_NOFOLLOW` (a planted link or file makes the open fail instead of being
/// followed or truncated), flushed with `fsync`, renamed over the target (a link there is replaced, its target left
/// alone) and the folder is synced so that the rename survives a crash too. Reading opens without following a link
/// and without blocking, and takes only a regular file under a size limit.
public enum SafeFile {
    /// How many unpredictable names are tried before giving up (another one existing is already unlikely).
    private static let nameAttempts = 8

    /// Replaces `path` with `bytes` atomically; a new file gets `mode` (less the umask).
    public static func write(_ bytes: [UInt8], to path: String, mode: mode_t) throws(SafeFileError) {
        let (folder, name) = split(path)
        var temporary = ""
        var descriptor: Int32 = -1
        for _ in 0..<nameAttempts {
            temporary = folder + "/." + name + "." + randomSuffix() + ".tmp"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw .system(.createTemporary, path: path) }
        do throws(SafeFileError) {
            defer { close(descriptor) }
            try writeAll(bytes, to: descriptor, path: path)
            guard fsync(descriptor) == 0 else { throw .system(.fsync, path: path) }
            guard rename(temporary, path) == 0 else { throw .system(.rename, path: path) }
        } catch {
            unlink(temporary)
            throw error
        }
        try syncFolder(folder, of: path)
    }

    /// The bytes of `path` when it is a regular file (not a link, a FIFO or a device) of at most `limit` bytes.
    public static func read(_ path: String, limit: Int) throws(SafeFileError) -> [UInt8] {
        try readWithStatus(path, limit: limit).bytes
    }

    /// `read(_:limit:)` with the `fstat` of the file it read: its owner and mode, for a caller that trusts the bytes
    /// only when those are right (checked on the descriptor read, no file can be swapped in between).
    public static func readWithStatus(_ path: String, limit: Int) throws(SafeFileError) -> (
        bytes: [UInt8], status: stat
    ) {
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer; a regular file ignores it.
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT: throw SafeFileError(path: path, reason: .noSuchFile)
            case ELOOP: throw SafeFileError(path: path, reason: .symbolicLink)
            default: throw .system(.open, path: path)
            }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .system(.fstat, path: path) }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw SafeFileError(path: path, reason: .notRegularFile)
        }
        guard status.st_size <= limit else { throw tooLarge(path, limit: limit) }
        // The file may grow while it is read: the limit holds for what is read, not only for what fstat said.
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = readSome(descriptor, into: &chunk)
            if count < 0 {
                if errno == EINTR { continue }
                throw .system(.read, path: path)
            }
            if count == 0 { return (bytes, status) }
            guard bytes.count + count <= limit else { throw tooLarge(path, limit: limit) }
            bytes += chunk[0..<count]
        }
    }

    /// The folder of `path` (`.` for a bare name) and its last component.
    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }

    /// Sixteen hex digits from the system's random source: a name nobody can plant a link at in advance.
    private static func randomSuffix() -> String {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next() as UInt64
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(SafeFileError) {
        var written = 0
        while written < bytes.count {
            let result = writeSome(bytes[written...], to: descriptor)
            if result < 0 {
                if errno == EINTR { continue }
                throw .system(.write, path: path)
            }
            written += result
        }
    }

    /// Syncs the folder so that the rename itself is on disk.
    private static func syncFolder(_ folder: String, of path: String) throws(SafeFileError) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .system(.openFolder, path: path) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw .system(.syncFolder, path: path) }
    }

    private static func tooLarge(_ path: String, limit: Int) -> SafeFileError {
        SafeFileError(path: path, reason: .tooLarge(limit: limit))
    }
}

// The system calls under names of their own: inside `SafeFile`, `read` and `write` name its own functions.

/// One read(2) into `buffer`: the count read, 0 at the end, -1 on an error.
private func readSome(_ descriptor: Int32, into buffer: inout [UInt8]) -> Int {
    buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
}

/// One write(2) of `bytes`: the count written, -1 on an error.
private func writeSome(_ bytes: ArraySlice<UInt8>, to descriptor: Int32) -> Int {
    bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
}
