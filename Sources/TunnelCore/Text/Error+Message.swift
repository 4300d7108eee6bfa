#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension Error {
    /// The error in words for the operator, as Foundation's `localizedDescription` has it: a `LocalizedError`'s
    /// `errorDescription`, else "The operation could not be completed. (domain error code.)".
    ///
    /// Written here because `localizedDescription` comes from NSError bridging, which only the whole of Foundation
    /// has; FoundationEssentials, all that the editor links (README, Speed), has `LocalizedError` but not the property.
    ///
    /// Through `Sanitizer`: an error's text often quotes a server's answer, a file or a path, and this is what the
    /// commands and the editor print.
    public var localizedMessage: String {
        if let description = (self as? any LocalizedError)?.errorDescription { return Sanitizer.visible(description) }
        return "The operation could not be completed. (\(_domain) error \(_code).)"
    }
}
