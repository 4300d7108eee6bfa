import Testing

@testable import TunnelCore

/// `CommandText`'s samples and case numbers; `LocalizationTests` checks every sample in both languages.
extension LocalizationTests {
    static let commandSamples: [CommandText] = [
        .demoDidNotStart(reason: "reason-text")
    ]

    /// The case of a `CommandText`, by number: a new case does not compile until it is numbered here.
    static func caseNumber(_ text: CommandText) -> Int {
        switch text {
        case .demoDidNotStart: 0
        }
    }

    @Test func everyCommandCaseHasASample() {
        #expect(Set(Self.commandSamples.map(Self.caseNumber)) == Set(0...0))
    }
}
