import Foundation
import Testing
import TunnelCore
import TunnelTesting

/// The one writer and reader of the program's own files, against what another user could plant in a folder.
@Suite struct SafeFileTests {
    @Test func aWriteReplacesALinkAtTheTargetAndLeavesItsTargetAlone() throws {
        let folder = try ScratchFolder("safe-file")
        let victim = try folder.victim()
        let target = folder.path + "/out.json"
        try FileManager.default.createSymbolicLink(atPath: target, withDestinationPath: victim)
        try SafeFile.write(Array("mine\n".utf8), to: target, mode: 0o600)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "theirs\n")
        #expect(ScratchFolder.mode(victim) & 0o7777 == 0o644)
        #expect(ScratchFolder.mode(target) & S_IFMT == S_IFREG)
        #expect(ScratchFolder.mode(target) & 0o7777 == 0o600)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "mine\n")
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["out.json", "victim"])
    }

    @Test func aWriteReplacesAnExistingFileWithTheRequestedMode() throws {
        let folder = try ScratchFolder("safe-file")
        let target = try folder.victim("out.json")
        try SafeFile.write(Array("mine\n".utf8), to: target, mode: 0o600)
        #expect(ScratchFolder.mode(target) & 0o7777 == 0o600)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "mine\n")
    }

    @Test func aWriteIntoAMissingFolderFailsNamingThePath() {
        let target = "/nonexistent-\(UUID())/out.json"
        #expect(throws: SafeFileError.self) { try SafeFile.write([1], to: target, mode: 0o600) }
        do {
            try SafeFile.write([1], to: target, mode: 0o600)
        } catch {
            #expect(error.path == target)
        }
    }

    @Test func aReadDoesNotFollowALink() throws {
        let folder = try ScratchFolder("safe-file")
        let link = folder.path + "/link.json"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: try folder.victim())
        #expect(throws: SafeFileError(path: link, reason: "is a symbolic link, which is not followed")) {
            try SafeFile.read(link, limit: 1024)
        }
    }

    /// Opening a FIFO for reading waits for a writer unless O_NONBLOCK is given: this returns at once or never.
    @Test(.timeLimit(.minutes(1))) func aReadRefusesAFIFOWithoutWaitingForAWriter() throws {
        let folder = try ScratchFolder("safe-file")
        let fifo = folder.path + "/fifo.json"
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: SafeFileError(path: fifo, reason: "is not a regular file")) {
            try SafeFile.read(fifo, limit: 1024)
        }
    }

    @Test func aReadRefusesAFileOverTheLimitAndTakesOneAtIt() throws {
        let folder = try ScratchFolder("safe-file")
        let file = folder.path + "/big.json"
        try Data(repeating: 0x20, count: 1025).write(to: URL(fileURLWithPath: file))
        #expect(throws: SafeFileError(path: file, reason: "is larger than the limit of 1024 bytes")) {
            try SafeFile.read(file, limit: 1024)
        }
        #expect(try SafeFile.read(file, limit: 1025).count == 1025)
    }

    @Test func aMissingFileIsToldApart() throws {
        let folder = try ScratchFolder("safe-file")
        do {
            _ = try SafeFile.read(folder.path + "/none.json", limit: 1024)
            Issue.record("a missing file was read")
        } catch {
            #expect(error.isMissing)
            #expect(error.reason == "no such file")
        }
    }

    @Test func aPrivateDirectoryIsCreatedOwnerOnlyWithItsParents() throws {
        let folder = try ScratchFolder("safe-file")
        let directory = folder.path + "/state/vpn-tunnel"
        try PrivateDirectory.prepare(directory)
        #expect(ScratchFolder.mode(directory) & S_IFMT == S_IFDIR)
        #expect(ScratchFolder.mode(directory) & 0o7777 == 0o700)
        // Prepared again, it is still accepted.
        try PrivateDirectory.prepare(directory)
    }

    @Test func aDirectoryOpenToOthersIsRefusedWithItsMode() throws {
        let folder = try ScratchFolder("safe-file")
        let directory = folder.path + "/vpn-tunnel"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        chmod(directory, 0o777)
        #expect(
            throws: SafeFileError(
                path: directory, reason: "has mode 777, open to group or others (chmod 700 it to allow it)")
        ) { try PrivateDirectory.prepare(directory) }
        chmod(directory, 0o750)
        #expect(throws: SafeFileError.self) { try PrivateDirectory.prepare(directory) }
    }

    @Test func aLinkToADirectoryIsRefused() throws {
        let folder = try ScratchFolder("safe-file")
        let real = folder.path + "/real"
        try FileManager.default.createDirectory(atPath: real, withIntermediateDirectories: false)
        chmod(real, 0o700)
        let link = folder.path + "/vpn-tunnel"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        #expect(throws: SafeFileError(path: link, reason: "is a symbolic link; a private directory is required")) {
            try PrivateDirectory.prepare(link)
        }
    }

    /// Giving a folder to another user takes root; as any other user the case cannot be set up, and is skipped.
    @Test(.enabled(if: geteuid() == 0, "chown to another user needs root"))
    func aDirectoryOfAnotherUserIsRefused() throws {
        let folder = try ScratchFolder("safe-file")
        let directory = folder.path + "/vpn-tunnel"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        chmod(directory, 0o700)
        #expect(chown(directory, 65534, 65534) == 0)
        #expect(throws: SafeFileError(path: directory, reason: "belongs to user id 65534, not to you (0)")) {
            try PrivateDirectory.prepare(directory)
        }
    }
}
