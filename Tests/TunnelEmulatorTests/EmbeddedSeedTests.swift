import Foundation
import Testing

@testable import TunnelEmulator

@Suite("The built-in seed")
struct EmbeddedSeedTests {
    /// The file the built-in seed is written from (by scripts/embed-seed.py).
    static let seedFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("assets/emulator/seed.json")

    @Test("EmbeddedSeed holds assets/emulator/seed.json byte for byte")
    func embeddedSeedIsTheAsset() throws {
        let file = try Data(contentsOf: Self.seedFile)
        #expect(
            EmbeddedSeed.json.utf8.elementsEqual(file),
            "EmbeddedSeed.swift differs from assets/emulator/seed.json: run scripts/embed-seed.py")
    }

    @Test("The built-in seed is the asset's state, with the demo's tunnel in it")
    func seedDecodesToTheAsset() throws {
        let seed = try EmulatorState.seed()
        #expect(seed == (try EmulatorState.read(path: Self.seedFile.path)))
        #expect(seed.vpnConns.contains { $0.vpnConnId == "vpnconn-ku4cxya6nisq" })
    }
}
