/// One allowed value of an IKE or IPsec setting, as the catalog lists it.
public struct AlgorithmChoice: Sendable, Hashable {
    /// Which list a value belongs to: the documented values, or those only the Terraform provider accepts.
    public enum Tier: Sendable, Hashable {
        case documented
        /// Accepted by the Terraform provider but in no published document; the operator must opt in.
        case extended
    }

    /// The value as the API spells it: `aes256`, `group14`.
    public let value: String
    /// A short name for people: `AES-256`, `DH group 14 (2048-bit)`.
    public let label: String
    public let tier: Tier
    /// Weak values are allowed but warned about (why, and what to pick instead: `ValidationRule.weakChoice`).
    public let isWeak: Bool

    public init(_ value: String, _ label: String, tier: Tier = .documented, weak: Bool = false) {
        self.value = value
        self.label = label
        self.tier = tier
        isWeak = weak
    }
}
