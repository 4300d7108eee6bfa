/// A value, most often an error, that says itself in each language.
///
/// An error passed up from another layer (a file that cannot be written, a refused connection) is shown inside a
/// sentence of the caller's language: `Error.message(in:)` asks for it in that language when the error can say it.
public protocol Translatable {
    func text(in language: Language) -> String
}

extension Error {
    /// The error in words in `language`, through `Sanitizer`; an error that is not `Translatable` (one from a
    /// library or the system) gives its own words, `localizedMessage`.
    public func message(in language: Language) -> String {
        guard let translatable = self as? any Translatable else { return localizedMessage }
        return Sanitizer.visible(translatable.text(in: language))
    }
}
