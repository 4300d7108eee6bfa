import TunnelCore

/// The form's editors, one per field shown, looked up by the field's place in `TunnelField.allCases`.
///
/// A dictionary keyed by `TunnelField` hashes the field's name (its raw value) on every lookup, and the form looks
/// editors up dozens of times per key; an array indexed through a `switch` costs next to nothing (issue 5).
public struct FieldEditors: Sendable, Hashable {
    private var storage: [FieldEditor?]

    /// Editors for `fields`, made by `make`; other fields have none.
    init(fields: [TunnelField], make: (TunnelField) -> FieldEditor) {
        storage = Array(repeating: nil, count: TunnelField.allCases.count)
        for field in fields { storage[field.position] = make(field) }
    }

    public subscript(field: TunnelField) -> FieldEditor? {
        get { storage[field.position] }
        set { storage[field.position] = newValue }
    }

    /// Whether a field's editor is the same in both, compared in place (copying an editor out costs more than
    /// comparing it, and the renderer asks for every field on every key).
    func holdsSameEditor(for field: TunnelField, as other: FieldEditors) -> Bool {
        let position = field.position
        return storage[position] == other.storage[position]
    }
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
