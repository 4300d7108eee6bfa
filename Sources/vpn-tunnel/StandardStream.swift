#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output or standard error, written at once with write(2): unbuffered even into a pipe, as Foundation's
/// `FileHandle` writes, so lines on the two streams stay in the order they were written.
///
/// Not `FileHandle` itself: it is only in the whole of Foundation, which the editor does not link (README, Speed).
enum StandardStream {
    case output
    case error

    /// Writes all of `text`; a stream that cannot be written to (closed, a broken pipe) loses it.
    func write(_ text: String) {
        var text = text
        let fileDescriptor = self == .output ? STDOUT_FILENO : STDERR_FILENO
        text.withUTF8 { writeAll(UnsafeRawBufferPointer($0), to: fileDescriptor) }
    }
}

/// Calls write(2) until every byte is out, again after a signal interrupted it.
private func writeAll(_ bytes: UnsafeRawBufferPointer, to fileDescriptor: Int32) {
    var offset = 0
    while offset < bytes.count {
        let written = write(fileDescriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written > 0 {
            offset += written
        } else if written < 0 && errno == EINTR {
            continue
        } else {
            return
        }
    }
}
