/// Why a vendor has no equivalent for a BCE value: a key, so that the editor says it in its language
/// (`Text.peerRefusal`); `description` is the English sentence the command line prints.
public enum PeerRefusal: Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// A value without a row in the vendor's table.
    case noName
    /// libreswan 4's default build leaves DH group 2 out.
    case libreswanWithoutGroup2
    /// libreswan removed DH groups 22 to 24.
    case libreswanWithoutGroups22To24

    public var description: String { Language.en.text(.peerRefusal(self)) }
}
