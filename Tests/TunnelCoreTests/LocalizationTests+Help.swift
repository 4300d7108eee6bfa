import Testing

@testable import TunnelCore

/// `HelpText`'s samples and case numbers; `LocalizationTests` checks every sample in both languages.
extension LocalizationTests {
    static let helpSamples: [HelpText] = [
        .languageOption
    ]

    /// The case of a `HelpText`, by number: a new case does not compile until it is numbered here.
    static func caseNumber(_ text: HelpText) -> Int {
        switch text {
        case .languageOption: 0
        }
    }

    @Test func everyHelpCaseHasASample() {
        #expect(Set(Self.helpSamples.map(Self.caseNumber)) == Set(0...0))
    }
}
