extension String {
    /// The text without whitespace and newlines at either end: the characters that Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` removes.
    ///
    /// Written here because only the whole of Foundation has `CharacterSet` trimming, and the editor links
    /// FoundationEssentials alone (the rest of Foundation costs start-up time: README, Speed). The set is Unicode's
    /// White_Space property plus U+200B ZERO WIDTH SPACE, which Foundation counts as whitespace too: checked
    /// against `CharacterSet` over every scalar.
    public func trimmingWhitespaceAndNewlines() -> String {
        trimmingScalars { $0.properties.isWhitespace || $0 == "\u{200B}" }
    }

    /// The text without spaces and tabs at either end, newlines kept: what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` removes (Unicode's space separators, the tab and U+200B).
    public func trimmingWhitespace() -> String {
        trimmingScalars { $0 == "\t" || $0 == "\u{200B}" || $0.properties.generalCategory == .spaceSeparator }
    }

    /// Drops the scalars at either end for which `isTrimmed` holds, as `trimmingCharacters(in:)` does.
    private func trimmingScalars(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
            let last = scalars.lastIndex(where: { !isTrimmed($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
