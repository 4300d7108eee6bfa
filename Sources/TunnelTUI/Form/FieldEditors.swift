import Synchronization
import TunnelCore

/// The form's editors, one per field shown, looked up by the field's place in `TunnelField.allCases`.
///
/// A dictionary keyed by `TunnelField` hashes the field's name (its raw value) on every lookup, and the form looks
/// editors up dozens of times per key; an array indexed through a `switch` costs next to nothing (issue 5).
///
/// Each slot also carries the revision it was last set at, drawn from one counter for the whole process: two
/// values with the same revision in a slot hold the same editor there, so the renderer tells which editors changed
/// since a frame by comparing integers instead of copying and comparing every editor on every key.
public struct FieldEditors: Sendable {
    private var storage: [FieldEditor?]
    private var revisions: [UInt64]
    private static let lastRevision = Atomic<UInt64>(0)

    /// Editors for `fields`, made by `make`; other fields have none.
    init(fields: [TunnelField], make: (TunnelField) -> FieldEditor) {
        storage = Array(repeating: nil, count: TunnelField.allCases.count)
        revisions = storage.map { _ in Self.newRevision() }
        for field in fields { storage[field.position] = make(field) }
    }

    public subscript(field: TunnelField) -> FieldEditor? {
        get { storage[field.position] }
        set {
            storage[field.position] = newValue
            revisions[field.position] = Self.newRevision()
        }
    }

    /// Whether a field's editor is still the one `other` holds: neither was set since they were one value.
    public func holdsSameEditor(for field: TunnelField, as other: FieldEditors) -> Bool {
        revisions[field.position] == other.revisions[field.position]
    }

    private static func newRevision() -> UInt64 {
        lastRevision.wrappingAdd(1, ordering: .relaxed).newValue
    }
}

extension FieldEditors: Hashable {
    /// Equal when the editors are: revisions only tell whether a slot was set, not what it holds.
    public static func == (lhs: FieldEditors, rhs: FieldEditors) -> Bool { lhs.storage == rhs.storage }

    public func hash(into hasher: inout Hasher) { hasher.combine(storage) }
}

extension TunnelField {
    /// The field's index in `allCases` (a test checks the two agree).
    var position: Int {
        switch self {
        case .vpnConnId: 0
        case .clientToken: 1
        case .vpnId: 2
        case .vpnConnName: 3
        case .description: 4
        case .secretKey: 5
        case .remoteIp: 6
        case .cgwId: 7
        case .localSubnets: 8
        case .remoteSubnets: 9
        case .ikeVersion: 10
        case .ikeMode: 11
        case .ikeEncAlg: 12
        case .ikeAuthAlg: 13
        case .ikePfs: 14
        case .ikeLifeTime: 15
        case .ipsecEncAlg: 16
        case .ipsecAuthAlg: 17
        case .ipsecPfs: 18
        case .ipsecLifetime: 19
        }
    }
}
