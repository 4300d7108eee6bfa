/// What an edit changes, field by field: the current tunnel against the edited one.
///
/// A secret field is reported only as changed, never with its value (not even masked, which would reveal its
/// length). `clientToken` is not part of a tunnel and is left out.
public struct TunnelDiff: Sendable, Hashable {
    /// One changed field.
    public struct Change: Sendable, Hashable, CustomStringConvertible {
        /// How the value changed.
        public enum Values: Sendable, Hashable {
            case text(before: String, after: String)
            /// A list field: both lists, and the rows only one side has.
            case list(before: [String], after: [String], removed: [String], added: [String])
            /// A secret field changed; its values are not kept.
            case secret
        }

        public let field: TunnelField
        public let values: Values

        public init(field: TunnelField, values: Values) {
            self.field = field
            self.values = values
        }

        /// `ikeConfig.ikeLifeTime: 28800 -> 3600`, `localSubnets: -10.0.1.0/24 +10.0.2.0/24`,
        /// `secretKey: changed (value hidden)`; the catalogs write it (`Language.text(.change(_:))`).
        public var description: String { Language.en.text(.change(self)) }

        /// The values as the diff shows them, each through `Sanitizer` (they come from a file or BCE), nil for an
        /// empty value or list; a list's rows removed and added, `-10.0.1.0/24 +10.0.2.0/24`, nil when only the
        /// order changed.
        var shownValues: (before: String?, after: String?, rows: String?) {
            switch values {
            case .text(let before, let after): (Self.shown(before), Self.shown(after), nil)
            case .list(let before, let after, let removed, let added):
                (
                    Self.shown(before), Self.shown(after),
                    removed.isEmpty && added.isEmpty
                        ? nil
                        : (removed.map { "-" + Sanitizer.visible($0) } + added.map { "+" + Sanitizer.visible($0) })
                            .joined(separator: " ")
                )
            case .secret: (nil, nil, nil)
            }
        }

        private static func shown(_ text: String) -> String? { text.isEmpty ? nil : Sanitizer.visible(text) }
        private static func shown(_ rows: [String]) -> String? {
            rows.isEmpty ? nil : Sanitizer.visible(rows.joined(separator: ", "))
        }
    }

    /// The changed fields, in form order.
    public let changes: [Change]

    /// The changes that turn `current` into `edited`.
    public init(from current: TunnelDraft, to edited: TunnelDraft) {
        changes = edited.changedFields(from: current).compactMap { field in
            guard field != .clientToken else { return nil }
            if field.isSecret { return Change(field: field, values: .secret) }
            if field.isList {
                let before = current[list: field]
                let after = edited[list: field]
                return Change(
                    field: field,
                    values: .list(
                        before: before, after: after, removed: before.filter { !after.contains($0) },
                        added: after.filter { !before.contains($0) }
                    )
                )
            }
            return Change(field: field, values: .text(before: current[text: field], after: edited[text: field]))
        }
    }

    /// Whether the edit changes nothing.
    public var isEmpty: Bool { changes.isEmpty }

    /// Whether `field` is among the changes.
    public func changes(_ field: TunnelField) -> Bool { changes.contains { $0.field == field } }

    /// One line per change, or a single line saying there is none.
    public var lines: [String] {
        changes.isEmpty ? ["no changes"] : changes.map(\.description)
    }
}
