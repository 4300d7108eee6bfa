import TunnelCore

/// The widget that edits one field of the form.
public enum FieldEditor: Sendable, Hashable {
    case text(TextField)
    case secret(SecretField)
    case list(CIDRListEditor)
    case choice(Dropdown)
    case number(NumericField)

    /// The editor a field gets, holding the draft's value.
    public static func make(for field: TunnelField, draft: TunnelDraft, includesExtended: Bool) -> FieldEditor {
        if field.isList { return .list(CIDRListEditor(values: draft[list: field])) }
        if field.isChoice {
            return .choice(Dropdown(field: field, value: draft[text: field], includesExtended: includesExtended))
        }
        if field.isSecret { return .secret(SecretField(text: draft[text: field])) }
        switch field {
        case .ikeLifeTime:
            return .number(NumericField(text: draft[text: field], range: TunnelValidator.Limits.ikeLifeTime))
        case .ipsecLifetime:
            return .number(NumericField(text: draft[text: field], range: TunnelValidator.Limits.ipsecLifetime))
        default: return .text(TextField(text: draft[text: field]))
        }
    }

    /// Which key bindings apply while this editor has the focus.
    public var context: KeyContext {
        switch self {
        case .text: .textField
        case .secret: .secretField
        case .list: .listField
        case .choice(let dropdown): dropdown.isOpen ? .choiceOpen : .choiceField
        case .number: .numberField
        }
    }

    public mutating func handle(_ key: KeyEvent) -> EditOutcome {
        switch self {
        case .text(var editor):
            defer { self = .text(editor) }
            return editor.handle(key)
        case .secret(var editor):
            defer { self = .secret(editor) }
            return editor.handle(key)
        case .list(var editor):
            defer { self = .list(editor) }
            return editor.handle(key)
        case .choice(var editor):
            defer { self = .choice(editor) }
            return editor.handle(key)
        case .number(var editor):
            defer { self = .number(editor) }
            return editor.handle(key)
        }
    }

    /// Writes the editor's value into a draft.
    public func apply(to draft: inout TunnelDraft, field: TunnelField) {
        switch self {
        case .text(let editor): draft[text: field] = editor.text
        case .secret(let editor): draft[text: field] = editor.text
        case .list(let editor): draft[list: field] = editor.values
        case .choice(let editor): draft[text: field] = editor.value
        case .number(let editor): draft[text: field] = editor.text
        }
    }

    public mutating func keepCursorVisible(width: Int) {
        switch self {
        case .text(var editor):
            editor.keepCursorVisible(width: width)
            self = .text(editor)
        case .secret(var editor):
            editor.field.keepCursorVisible(width: width)
            self = .secret(editor)
        case .list(var editor):
            editor.keepCursorVisible(width: width)
            self = .list(editor)
        case .number(var editor):
            editor.field.keepCursorVisible(width: width)
            self = .number(editor)
        case .choice: break
        }
    }

    /// Rows the editor takes on screen (a list takes one per entry).
    public var rowCount: Int {
        if case .list(let editor) = self { return editor.rows.count }
        return 1
    }
}
