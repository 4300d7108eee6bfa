/// A rule a value breaks, as a key of the catalogs: the validator names the rule and what it needs, and each
/// language writes the whole sentence (`.belowMinimum(seconds: 60)` is "is below the minimum of 60 seconds").
public enum ValidationRule: Sendable, Hashable {
    case required
    case empty
    case printableASCII
    case idFormat(prefix: String, lower: Int, upper: Int)
    /// A name or token longer than its maximum, in characters.
    case tooLong(count: Int, maximum: Int)
    case mustStartWithLetter
    case nameCharacter(String)
    case descriptionTooLong(maximum: Int)
    case secretKeyLength(lower: Int, upper: Int)
    case secretKeyCharacters(symbols: String)
    /// What the key lacks: a letter, a digit, a symbol (at least one of them is true).
    case secretKeyMissing(letter: Bool, digit: Bool, symbol: Bool)
    case ipv4Address
    /// A peer address in a special-purpose range (`10.0.0.0/8`).
    case nonPublicAddress(IPv4Address.SpecialRange, block: String)
    case atLeastOneCIDR
    case emptyRow
    case cidrFormat
    case hostBits(network: String)
    case repeats(path: String)
    /// A remote row overlaps `rows` local rows, the first of them named.
    case overlaps(first: String, rows: Int)
    case manyOverlaps(count: Int, named: Int)
    case ikeModeRequiredWithIKEv1
    case noEffectWithIKEv2
    case requiredChoice(allowed: String)
    case oneOf(allowed: String)
    case extendedTier
    /// A weak catalog value (`3des`, `md5`, `group2`, `group5`): why, and what to pick instead.
    case weakChoice(value: String)
    case lifetimeRequired(lower: Int, upper: Int)
    case wholeSeconds(lower: Int, upper: Int)
    case belowMinimum(seconds: Int)
    case aboveMaximum(seconds: Int)
    /// The mark under the key field after a restored draft said it had been changed.
    case secretKeyToRetype
}
