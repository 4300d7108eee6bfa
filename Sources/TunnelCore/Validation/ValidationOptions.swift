/// What the validator accepts beyond the documented API.
public struct ValidationOptions: Sendable, Hashable {
    /// Accept the extended tier of the catalog (sha2_256/384/512, ipsecPfs `disabled`).
    public var allowsExtendedAlgorithms: Bool

    public init(allowsExtendedAlgorithms: Bool = false) {
        self.allowsExtendedAlgorithms = allowsExtendedAlgorithms
    }
}
