/// The language of every text an operator reads: English, or Simplified Chinese.
public enum Language: String, CaseIterable, Sendable, Hashable {
    case en
    case zh

    /// The text in this language, from its catalog (`Text+English.swift`, `Text+Chinese.swift`).
    ///
    /// Each catalog is one exhaustive `switch` over `Text`: a text added without its line in every catalog does not
    /// compile, so nothing falls back to another language at run time.
    public func text(_ text: Text) -> String {
        switch self {
        case .en: text.english
        case .zh: text.chinese
        }
    }
}
