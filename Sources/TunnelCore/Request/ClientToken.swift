#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The idempotence token of a request: one per intended change, reused by every retry of it.
public enum ClientToken {
    /// A fresh token: a random UUID in lowercase, as the SDKs make them.
    public static func generate() -> String {
        UUID().uuidString.lowercased()
    }
}
