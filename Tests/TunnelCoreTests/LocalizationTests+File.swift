import Testing

@testable import TunnelCore

/// `FileText`'s samples and case numbers; `LocalizationTests` checks every sample in both languages.
extension LocalizationTests {
    static let fileSamples: [FileText] = [
        .validationSummary(file: "t.json", errors: 2, warnings: 3),
        .validationSummary(file: "t.json", errors: 0, warnings: 0),
    ]

    /// The case of a `FileText`, by number: a new case does not compile until it is numbered here.
    static func caseNumber(_ text: FileText) -> Int {
        switch text {
        case .validationSummary: 0
        }
    }

    @Test func everyFileCaseHasASample() {
        #expect(Set(Self.fileSamples.map(Self.caseNumber)) == Set(0...0))
    }
}
