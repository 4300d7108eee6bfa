import TunnelCore

/// Finds the tunnel field an error message talks about, so the TUI can put BCE's answer next to that field.
public enum FieldMention {
    /// The first field named in `message` as a whole word, by its path (`ikeConfig.ikeLifeTime`) or its own name
    /// (`ikeLifeTime`), with the row when an index follows (`localSubnets[2]`); nil when no field is named.
    public static func field(in message: String) -> FieldPath? {
        let text = Array(message.utf8)
        var best: (offset: Int, length: Int, path: FieldPath)?
        for field in TunnelField.allCases {
            for name in Set([field.path, field.rawValue]) {
                guard let match = firstWholeWord(Array(name.utf8), in: text) else { continue }
                let path = FieldPath(field, index: field.isList ? index(in: text, after: match + name.utf8.count) : nil)
                let isBetter =
                    best.map { match < $0.offset || (match == $0.offset && name.utf8.count > $0.length) } ?? true
                if isBetter { best = (match, name.utf8.count, path) }
            }
        }
        return best?.path
    }

    /// The offset of the first occurrence of `word` not inside a longer identifier.
    private static func firstWholeWord(_ word: [UInt8], in text: [UInt8]) -> Int? {
        guard !word.isEmpty, text.count >= word.count else { return nil }
        for start in 0...(text.count - word.count) where text[start..<(start + word.count)].elementsEqual(word) {
            let end = start + word.count
            let before = start == 0 ? nil : text[start - 1]
            let after = end == text.count ? nil : text[end]
            // A dot before the name means it is the tail of a path (`ikeConfig.ikeLifeTime`), matched whole instead.
            if isIdentifierByte(before) || before == UInt8(ascii: ".") || isIdentifierByte(after) { continue }
            return start
        }
        return nil
    }

    /// The number in `[N]` right after a list field's name.
    private static func index(in text: [UInt8], after offset: Int) -> Int? {
        guard offset < text.count, text[offset] == UInt8(ascii: "[") else { return nil }
        let digits = text[(offset + 1)...].prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        let close = offset + 1 + digits.count
        guard !digits.isEmpty, close < text.count, text[close] == UInt8(ascii: "]") else { return nil }
        return Int(String(decoding: digits, as: UTF8.self))
    }

    private static func isIdentifierByte(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }
}
