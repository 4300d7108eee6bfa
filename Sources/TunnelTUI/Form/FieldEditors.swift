import Synchronization
import TunnelCore

/// The form's editors, one per field shown, looked up by the field's place in `TunnelField.allCases`.
///
/// A dictionary keyed by `TunnelField` hashes the field's name (its raw value) on every lookup, and the form looks
/// editors up dozens of times per key; an array indexed through a `switch` costs next to nothing.
///
/// Each slot also carries the revision it was last set at, drawn from one counter for the whole process: two
/// values with the same revision in a slot hold the same editor there, so the renderer tells which editors changed
/// since a frame by comparing integers instead of copying and comparing every editor on every key.
public struct FieldEditors: Sendable {
    private var storage: [FieldEditor?]
    private var revisionList: [UInt64]
    private static let lastRevision = Atomic<UInt64>(0)

    /// Editors for `fields`, made by `make`; other fields have none.
    init(fields: [TunnelField], make: (TunnelField) -> FieldEditor) {
        storage = Array(repeating: nil, count: TunnelField.allCases.count)
        revisionList = storage.map { _ in Self.newRevision() }
        for field in fields { storage[field.order] = make(field) }
    }

    public subscript(field: TunnelField) -> FieldEditor? {
        get { storage[field.order] }
        set {
            storage[field.order] = newValue
            revisionList[field.order] = Self.newRevision()
        }
    }

    /// The rows a field takes on the form, read in place (the layout asks for every field on every key).
    public func rowCount(of field: TunnelField) -> Int {
        storage[field.order]?.rowCount ?? 1
    }

    /// The keys a field's editor takes now, read in place.
    func context(of field: TunnelField) -> KeyContext? { storage[field.order]?.context }

    /// Writes a field's value into a draft, read in place.
    func apply(_ field: TunnelField, to draft: inout TunnelDraft) {
        storage[field.order]?.apply(to: &draft, field: field)
    }

    /// Scrolls a field's text so that its cursor fits in `width` columns, in place.
    mutating func keepCursorVisible(_ field: TunnelField, width: Int) {
        let position = field.order
        guard storage[position] != nil else { return }
        storage[position]!.keepCursorVisible(width: width)
        revisionList[position] = Self.newRevision()
    }

    /// Edits a field's editor in place (no copy of its text to change), and marks it changed unless `body` says
    /// the key was ignored; nil when the field has no editor.
    mutating func modify(_ field: TunnelField, _ body: (inout FieldEditor) -> EditOutcome) -> EditOutcome? {
        let position = field.order
        guard storage[position] != nil else { return nil }
        let outcome = body(&storage[position]!)
        if outcome != .ignored { revisionList[position] = Self.newRevision() }
        return outcome
    }

    /// What tells the editors apart from those of another moment: what a renderer keeps of the editors it drew,
    /// instead of the editors themselves (which would make the next edit copy them all).
    public struct Revisions: Sendable, Equatable {
        fileprivate let values: [UInt64]
    }

    public var revisions: Revisions { Revisions(values: revisionList) }

    /// Whether a field's editor is still the one `other` holds: neither was set since they were one value.
    public func holdsSameEditor(for field: TunnelField, as other: Revisions) -> Bool {
        revisionList[field.order] == other.values[field.order]
    }

    /// Whether a field's editor is still the one `other` holds: neither was set since they were one value.
    public func holdsSameEditor(for field: TunnelField, as other: FieldEditors) -> Bool {
        holdsSameEditor(for: field, as: other.revisions)
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
