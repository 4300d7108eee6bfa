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
    /// has; FoundationEssentials, all that the editor links (issue 5), has `LocalizedError` but not the property.
    public var localizedMessage: String {
        if let description = (self as? any LocalizedError)?.errorDescription { return description }
        return "The operation could not be completed. (\(_domain) error \(_code).)"
    }
}
