import Foundation
import Testing
import TunnelCore
import TunnelEmulator
import TunnelTesting

/// The `--state` file in a folder where someone else may have planted a link or a FIFO.
@Suite struct StateFileSafetyTests {
    /// A fresh folder per test, removed afterwards; the state file in it.
    private static func folder() throws -> ScratchFolder { try ScratchFolder("state-safety") }
    private static func stateFile(in folder: ScratchFolder) -> String { folder.path + "/state.json" }

    /// The temporary name the state used to be written through: the folder, a dot, the name and the process id.
    @Test func aLinkPlantedAtThePredictableTemporaryNameIsNotFollowed() throws {
        let folder = try Self.folder()
        let victim = try folder.victim()
        let predictable = folder.path + "/.state.json.\(getpid()).tmp"
        try FileManager.default.createSymbolicLink(atPath: predictable, withDestinationPath: victim)

        try StateFile(path: Self.stateFile(in: folder)).write(try EmulatorState.seed())

        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "theirs\n")
        #expect(ScratchFolder.mode(victim) & 0o7777 == 0o644)
        #expect(ScratchFolder.mode(Self.stateFile(in: folder)) & S_IFMT == S_IFREG)
        #expect(ScratchFolder.mode(Self.stateFile(in: folder)) & 0o7777 == 0o600)
        #expect(try StateFile(path: Self.stateFile(in: folder)).read() == (try EmulatorState.seed()))
    }

    @Test func aLinkAtTheStatePathIsNotReadThrough() throws {
        let folder = try Self.folder()
        try FileManager.default.createSymbolicLink(
            atPath: Self.stateFile(in: folder), withDestinationPath: try folder.victim())
        #expect(
            throws: EmulatorStateError.unreadable(
                path: Self.stateFile(in: folder), reason: .symbolicLink)
        ) { try EmulatorFixture.emulator(stateFile: Self.stateFile(in: folder)) }
    }

    /// Reading a FIFO without O_NONBLOCK waits for a writer: the emulator starts (or refuses) at once, or never.
    @Test(.timeLimit(.minutes(1))) func aFIFOAtTheStatePathIsRefusedWithoutWaiting() throws {
        let folder = try Self.folder()
        #expect(mkfifo(Self.stateFile(in: folder), 0o600) == 0)
        #expect(
            throws: EmulatorStateError.unreadable(path: Self.stateFile(in: folder), reason: .notRegularFile)
        ) {
            try EmulatorFixture.emulator(stateFile: Self.stateFile(in: folder))
        }
    }

    @Test func anOversizedStateFileIsRefused() throws {
        let folder = try Self.folder()
        #expect(FileManager.default.createFile(atPath: Self.stateFile(in: folder), contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: Self.stateFile(in: folder)))
        // A sparse file: its size says too large without writing the bytes.
        try handle.truncate(atOffset: UInt64(EmulatorState.sizeLimit + 1))
        try handle.close()
        #expect(
            throws: EmulatorStateError.unreadable(
                path: Self.stateFile(in: folder), reason: .tooLarge(limit: EmulatorState.sizeLimit))
        ) { try EmulatorFixture.emulator(stateFile: Self.stateFile(in: folder)) }
    }
}
