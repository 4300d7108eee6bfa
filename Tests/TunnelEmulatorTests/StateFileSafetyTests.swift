import Foundation
import Testing
import TunnelCore
import TunnelEmulator

/// The `--state` file in a folder where someone else may have planted a link or a FIFO.
@Suite struct StateFileSafetyTests {
    /// A fresh folder per test, removed afterwards.
    private final class Folder {
        let path: String
        init() throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("state-safety-\(UUID())").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }

        var stateFile: String { path + "/state.json" }

        /// A file that no state write may change.
        func victim() throws -> String {
            let file = path + "/victim"
            try Data("theirs\n".utf8).write(to: URL(fileURLWithPath: file))
            chmod(file, 0o644)
            return file
        }
    }

    private static func mode(_ path: String) -> mode_t {
        var status = stat()
        lstat(path, &status)
        return status.st_mode
    }

    /// The temporary name the state used to be written through: the folder, a dot, the name and the process id.
    @Test func aLinkPlantedAtThePredictableTemporaryNameIsNotFollowed() throws {
        let folder = try Folder()
        let victim = try folder.victim()
        let predictable = folder.path + "/.state.json.\(getpid()).tmp"
        try FileManager.default.createSymbolicLink(atPath: predictable, withDestinationPath: victim)

        try StateFile(path: folder.stateFile).write(try EmulatorState.seed())

        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "theirs\n")
        #expect(Self.mode(victim) & 0o7777 == 0o644)
        #expect(Self.mode(folder.stateFile) & S_IFMT == S_IFREG)
        #expect(Self.mode(folder.stateFile) & 0o7777 == 0o600)
        #expect(try StateFile(path: folder.stateFile).read() == (try EmulatorState.seed()))
    }

    @Test func aLinkAtTheStatePathIsNotReadThrough() throws {
        let folder = try Folder()
        try FileManager.default.createSymbolicLink(atPath: folder.stateFile, withDestinationPath: try folder.victim())
        #expect(
            throws: EmulatorStateError.unreadable(
                path: folder.stateFile, reason: "is a symbolic link, which is not followed")
        ) { try EmulatorFixture.emulator(stateFile: folder.stateFile) }
    }

    /// Reading a FIFO without O_NONBLOCK waits for a writer: the emulator starts (or refuses) at once, or never.
    @Test(.timeLimit(.minutes(1))) func aFIFOAtTheStatePathIsRefusedWithoutWaiting() throws {
        let folder = try Folder()
        #expect(mkfifo(folder.stateFile, 0o600) == 0)
        #expect(throws: EmulatorStateError.unreadable(path: folder.stateFile, reason: "is not a regular file")) {
            try EmulatorFixture.emulator(stateFile: folder.stateFile)
        }
    }

    @Test func anOversizedStateFileIsRefused() throws {
        let folder = try Folder()
        #expect(FileManager.default.createFile(atPath: folder.stateFile, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: folder.stateFile))
        // A sparse file: its size says too large without writing the bytes.
        try handle.truncate(atOffset: UInt64(EmulatorState.sizeLimit + 1))
        try handle.close()
        #expect(
            throws: EmulatorStateError.unreadable(
                path: folder.stateFile, reason: "is larger than the limit of \(EmulatorState.sizeLimit) bytes")
        ) { try EmulatorFixture.emulator(stateFile: folder.stateFile) }
    }
}
