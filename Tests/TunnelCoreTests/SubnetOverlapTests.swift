import Testing

@testable import TunnelCore

/// Repeats and overlaps of long subnet lists: one warning per row at most, found by sorting rather than by
/// comparing every pair.
@Suite struct SubnetOverlapTests {
    static func remoteProblems(local: [String], remote: [String]) -> [ValidationProblem] {
        var draft = Fixtures.cleanDraft
        draft.localSubnets = local
        draft.remoteSubnets = remote
        return TunnelValidator().validate(draft).problems(for: .remoteSubnets)
    }

    @Test func aRowThatOverlapsSeveralGetsOneWarningWithTheCount() {
        let problems = Self.remoteProblems(
            local: ["10.0.0.0/8", "10.1.0.0/16", "10.1.2.0/24", "172.16.0.0/12"],
            remote: ["10.1.2.0/25", "192.168.0.0/24", "10.2.0.0/16"])
        #expect(problems.map(\.path.description) == ["remoteSubnets[0]", "remoteSubnets[2]"])
        #expect(
            problems.map(\.rule) == [
                "overlaps 3 rows of localSubnets, the first localSubnets[0] (10.0.0.0/8); "
                    + "traffic between them may not be routed",
                "overlaps localSubnets[0] (10.0.0.0/8); traffic between them may not be routed",
            ])
        #expect(problems.allSatisfy { $0.severity == .warning })
    }

    @Test func overlapsPastTheBoundAreOneSummaryLine() {
        let remote = (0..<250).map { "10.0.\($0).0/24" }
        let problems = Self.remoteProblems(local: ["192.168.0.0/16", "10.0.0.0/8", "10.0.0.0/8"], remote: remote)
        let rows = problems.filter { $0.path.index != nil }
        #expect(rows.map(\.path.index) == Array(0..<TunnelValidator.Limits.overlapWarnings))
        #expect(
            rows.allSatisfy {
                $0.rule == "overlaps 2 rows of localSubnets, the first localSubnets[1] (10.0.0.0/8); "
                    + "traffic between them may not be routed"
            })
        let summary = problems.filter { $0.path.index == nil }
        #expect(
            summary.map(\.line) == [
                "remoteSubnets: warning: has 250 rows that overlap localSubnets; warnings name the first 100"
            ])
    }

    @Test func twoThousandIdenticalRowsASideGiveOneWarningPerRow() {
        var draft = Fixtures.cleanDraft
        draft.localSubnets = Array(repeating: "10.0.0.0/8", count: 2000)
        draft.remoteSubnets = Array(repeating: "10.0.0.0/8", count: 2000)
        let problems = TunnelValidator().validate(draft).problems
        let local = problems.filter { $0.path.field == .localSubnets }
        let remote = problems.filter { $0.path.field == .remoteSubnets }
        #expect(local.count == 1999)
        #expect(local.allSatisfy { $0.rule == "repeats localSubnets[0]" })
        // Each remote row after the first repeats it; the first 100 overlap 2000 local rows; one summary.
        #expect(remote.count == 1999 + TunnelValidator.Limits.overlapWarnings + 1)
        #expect(remote.filter { $0.rule.hasPrefix("overlaps 2000 rows of localSubnets") }.count == 100)
    }

    /// The index's counts and first rows, against every pair compared, over random lists whose networks nest.
    @Test func overlapCountsAgreeWithComparingEveryPair() {
        // A fixed linear congruential sequence (Knuth's MMIX constants): the same lists on every run.
        var state: UInt64 = 7
        func next(below bound: UInt64) -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (state >> 33) % bound
        }
        for _ in 0..<200 {
            func list() -> [IPv4CIDR?] {
                (0..<next(below: 30)).map { _ in
                    if next(below: 10) == 0 { return nil }
                    let prefix = Int(next(below: 33))
                    // Addresses from a small range, so that networks nest and repeat often.
                    let address = UInt32(0x0A00_0000) | UInt32(next(below: 1024)) << 14
                    return IPv4CIDR(IPv4Address(address), prefix: prefix)
                }
            }
            let local = list()
            let index = SubnetIndex(local)
            for case let cidr? in list() {
                let overlapping = local.indices.filter { local[$0]?.overlaps(cidr) == true }
                let found = index.overlaps(with: cidr)
                #expect(found?.rows == (overlapping.isEmpty ? nil : overlapping.count))
                #expect(found?.first == overlapping.first)
            }
            let repeats = local.indices.compactMap { row -> Int? in
                guard let cidr = local[row] else { return nil }
                let first = local.indices.first {
                    local[$0]?.network == cidr.network && local[$0]?.prefix == cidr.prefix
                }
                return first == row ? nil : row
            }
            #expect(index.repeats.map(\.row) == repeats)
        }
    }
}
