import Foundation
import Testing
import TunnelCore

/// `localizedMessage`, which stands in for Foundation's `localizedDescription`, checked against Foundation itself.
@Suite struct ErrorMessageTests {
    struct Described: LocalizedError {
        var errorDescription: String? { "profile \"lab\" has no access_key_id" }
    }
    struct Undescribed: LocalizedError {}
    enum Plain: Error { case first, second }

    @Test(
        "reads as localizedDescription",
        arguments: [
            Described(), Undescribed(), Plain.first, Plain.second, EndpointError("ftp://x", .notHTTP),
        ] as [any Error])
    func sameAsFoundation(error: any Error) {
        #expect(error.localizedMessage == error.localizedDescription)
    }

    @Test func localizedErrorGivesItsDescription() {
        #expect(Described().localizedMessage == "profile \"lab\" has no access_key_id")
    }
}
