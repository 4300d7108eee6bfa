/// What an unknown key of a tunnel file was probably meant to be: a near miss of a key of the same object, or a key
/// of another object (`ikeLifeTime` at the top level belongs in ikeConfig).
///
/// The catalogs say it at the end of an "unknown key" message (`FileText+English.swift`): ` (did you mean
/// "remoteSubnets"?)`, ` (belongs in ikeConfig)`, ` (did you mean "ikeLifeTime" in ikeConfig?)`.
public struct KeyHint: Sendable, Hashable {
    /// The key as a tunnel file spells it.
    public let key: String
    /// The object the key belongs in.
    public let section: TunnelField.Section
    /// Whether the unknown key was this key spelled exactly, only in the wrong object.
    public let isExact: Bool

    /// The most edits a near miss may be from a key: enough for a typo or two, few enough that `colour` suggests
    /// nothing.
    static let maximumDistance = 2

    /// The key nearest to `written`, looking in `section` first and then in the other objects; nil when none is
    /// within `maximumDistance`. The closest wins; a tie goes to the key's own object, then to the key listed first.
    static func nearest(to written: String, in section: TunnelField.Section) -> KeyHint? {
        var best: (hint: KeyHint, distance: Int)?
        for candidateSection in [section] + TunnelField.Section.allCases.filter({ $0 != section }) {
            for key in candidateSection.fileKeys {
                let limit = best.map { $0.distance - 1 } ?? maximumDistance
                guard limit >= 0, let distance = EditDistance.distance(written, key, limit: limit) else { continue }
                best = (KeyHint(key: key, section: candidateSection, isExact: written == key), distance)
            }
        }
        return best?.hint
    }

    /// The fields the key sets: one, or every field of ikeConfig or ipsecConfig.
    var fields: [TunnelField] {
        if let field = TunnelField(rawValue: key) { return [field] }
        return TunnelField.Section.allCases.first { $0.objectKey == key }.map(\.fields) ?? []
    }
}

extension TunnelField.Section {
    /// The keys a tunnel file's object of this section may hold, in the order of the seed example.
    var fileKeys: [String] {
        switch self {
        case .tunnel: TunnelFile.topLevelKeys
        case .ike: TunnelFile.ikeKeys
        case .ipsec: TunnelFile.ipsecKeys
        }
    }

    /// The key of the nested object that holds the section's fields; nil for the top level.
    var objectKey: String? {
        switch self {
        case .tunnel: nil
        case .ike: "ikeConfig"
        case .ipsec: "ipsecConfig"
        }
    }

    /// The fields of the section, in form order.
    var fields: [TunnelField] { TunnelField.allCases.filter { $0.section == self } }
}
