#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Replaces a file so that a crash at any moment leaves either the old or the new content whole.
///
/// The bytes go to a temporary file in the same folder, are flushed with `fsync`, the file is renamed over the old
/// one and the folder is synced so the rename is on disk too. Hand-written because Foundation's atomic write
/// renames but never calls `fsync`, and no allowed package does this.
enum DurableFile {
    /// A failed system call, with the call's name and the system's message.
    struct Failure: Error {
        let reason: String
    }

    static func replace(_ path: String, with bytes: [UInt8]) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + ".\(getpid()).tmp"
        do throws(Failure) {
            try writeAndSync(bytes, to: temporary)
            guard rename(temporary, path) == 0 else { throw failure("rename") }
        } catch {
            unlink(temporary)
            throw error
        }
        try syncFolder(folder)
    }

    private static func writeAndSync(_ bytes: [UInt8], to path: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { throw failure("open") }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + written, bytes.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw failure("write")
            }
            written += result
        }
        guard fsync(descriptor) == 0 else { throw failure("fsync") }
    }

    private static func syncFolder(_ folder: String) throws(Failure) {
        let descriptor = open(folder, O_RDONLY)
        guard descriptor >= 0 else { throw failure("open folder") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw failure("fsync folder") }
    }

    private static func failure(_ call: String) -> Failure {
        Failure(reason: "\(call): \(String(cString: strerror(errno)))")
    }
}
