import Foundation

/// A fresh folder for one test, removed afterwards, and what the safety tests plant in it: a file that belongs to
/// someone else, and the mode of whatever stands at a path.
public final class ScratchFolder {
    public let path: String

    /// A new folder under the temporary directory, named after `prefix`.
    public init(_ prefix: String) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID())").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// A file someone else cares about (`theirs`, mode 0644), which no write of the program may change.
    public func victim(_ name: String = "victim") throws -> String {
        let file = path + "/" + name
        try Data("theirs\n".utf8).write(to: URL(fileURLWithPath: file))
        chmod(file, 0o644)
        return file
    }

    /// The type and permission bits of what stands at `path`, not following a link.
    public static func mode(_ path: String) -> mode_t {
        var status = stat()
        lstat(path, &status)
        return status.st_mode
    }
}
