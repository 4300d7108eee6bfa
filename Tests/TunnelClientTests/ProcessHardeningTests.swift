import Foundation
import Testing
import TunnelClient

/// Core dumps off: a crash must not write the keys in memory to disk.
@Suite struct ProcessHardeningTests {
    /// Calls it in the test process itself: only the process can ask whether it is dumpable (PR_GET_DUMPABLE; from
    /// outside, as root, /proc tells nothing). Harmless for the other tests: none of them writes a core file.
    @Test func afterDisablingCoreDumpsTheLimitIsZeroAndTheProcessIsNotDumpable() throws {
        #expect(ProcessHardening.disableCoreDumps())
        #expect(!ProcessHardening.mayDumpCore)
        #if os(Linux)
            // The kernel's own account: soft and hard limits both 0, so no child can raise it again.
            let limits = try String(contentsOfFile: "/proc/self/limits", encoding: .utf8)
            let core = try #require(limits.split(separator: "\n").first { $0.hasPrefix("Max core file size") })
            #expect(core.split(separator: " ").dropFirst(4).prefix(2) == ["0", "0"])
        #endif
    }
}
