#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The idempotence token of a request: one per intended change, reused by every retry of it.
///
/// The one rule for a token, used by the validator, the commands that take `--client-token` and the emulator.
public enum ClientToken {
    /// The longest token the API takes, in characters (all of them ASCII).
    public static let maximumLength = 64

    /// Why `token` cannot be sent as a client token, as the rest of a sentence about it (`is 70 characters long;
    /// the maximum is 64`); nil when it can.
    public static func problem(with token: String) -> String? { rule(for: token).map { Language.en.text(.rule($0)) } }

    /// The rule `token` breaks, as a key of the catalogs; nil when it can be sent.
    public static func rule(for token: String) -> ValidationRule? {
        if token.isEmpty { return .empty }
        if !token.utf8.allSatisfy({ $0 >= 0x21 && $0 <= 0x7E }) { return .printableASCII }
        if token.utf8.count > maximumLength { return .tooLong(count: token.utf8.count, maximum: maximumLength) }
        return nil
    }

    /// A fresh token: a random UUID in lowercase, as the SDKs make them.
    public static func generate() -> String {
        UUID().uuidString.lowercased()
    }
}
