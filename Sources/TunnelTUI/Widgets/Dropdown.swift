import TunnelCore

/// A choice from the algorithm catalog: closed it shows the value; open it lists the choices under it.
///
/// Enter or Space opens; Up/Down, Home/End, PgUp/PgDn move; typing a letter or digit jumps to the next choice with
/// a word of its value starting with it (`1` → `group14`), else of its description; Enter picks; Esc closes and
/// leaves the value as it was.
public struct Dropdown: Sendable, Hashable {
    public let field: TunnelField
    public private(set) var value: String
    public private(set) var isOpen = false
    /// The highlighted row while open.
    public private(set) var highlighted = 0
    public let includesExtended: Bool

    public init(field: TunnelField, value: String, includesExtended: Bool) {
        self.field = field
        self.value = value
        self.includesExtended = includesExtended
    }

    /// The rows of the open list; `ikeMode`, optional in the API, also offers "not set".
    public var choices: [AlgorithmChoice] {
        let catalog = AlgorithmCatalog.choices(for: field, includingExtended: includesExtended)
        return field == .ikeMode ? [AlgorithmChoice("", "not set")] + catalog : catalog
    }

    /// `aes256 - AES-256`, `3des - Triple DES (weak)`, `(not set)`.
    public static func describe(_ choice: AlgorithmChoice, in language: Language) -> String {
        guard !choice.value.isEmpty else { return language.text(.choiceNotSet) }
        let label = language.text(.choiceLabel(choice))
        return language.text(.choiceLine(value: choice.value, label: label, isWeak: choice.isWeak))
    }

    /// A row of the open list in English.
    public static func describe(_ choice: AlgorithmChoice) -> String { describe(choice, in: .en) }

    /// The closed field's text: the value and its catalog label, or the raw value when it is not in the catalog.
    public func summary(in language: Language) -> String {
        if value.isEmpty { return language.text(field == .ikeMode ? .choiceNotSet : .choiceNone) }
        guard let choice = AlgorithmCatalog.choice(value, for: field) else { return value }
        return Self.describe(choice, in: language)
    }

    public mutating func setValue(_ newValue: String) {
        value = newValue
        isOpen = false
    }

    public mutating func open() {
        isOpen = true
        highlighted = choices.firstIndex { $0.value == value } ?? 0
    }

    public mutating func handle(_ key: KeyEvent) -> EditOutcome {
        guard isOpen else {
            switch key {
            case .enter, .char(" "):
                open()
                return .moved
            default: return .ignored
            }
        }
        let list = choices
        switch key {
        case .up:
            highlighted = (highlighted + list.count - 1) % max(list.count, 1)
            return .moved
        case .down:
            highlighted = (highlighted + 1) % max(list.count, 1)
            return .moved
        case .home:
            highlighted = 0
            return .moved
        case .end, .pageDown:
            highlighted = max(list.count - 1, 0)
            return .moved
        case .pageUp:
            highlighted = 0
            return .moved
        case .enter, .char(" "):
            isOpen = false
            guard list.indices.contains(highlighted), list[highlighted].value != value else { return .moved }
            value = list[highlighted].value
            return .edited
        case .escape:
            isOpen = false
            return .moved
        case .char(let letter):
            return jump(to: letter, in: list)
        default:
            return .moved  // an open list keeps every other key to itself
        }
    }

    /// Type-to-jump: the next choice after the highlighted one with a word of its value starting with the key,
    /// else the next with such a word in its description (`s` → `sha1`, `1` → `group14` before `group2`'s
    /// "1024-bit").
    private mutating func jump(to letter: Character, in list: [AlgorithmChoice]) -> EditOutcome {
        let wanted = letter.lowercased()
        let count = max(list.count, 1)
        for text in [\AlgorithmChoice.value, \AlgorithmChoice.label] {
            for step in 1...count {
                let index = (highlighted + step) % count
                if Self.words(of: list[index][keyPath: text]).contains(where: { $0.hasPrefix(wanted) }) {
                    highlighted = index
                    return .moved
                }
            }
        }
        return .moved
    }

    /// The words of a value or description, lowercased: runs of letters and runs of digits (`group14` is `group`
    /// and `14`, `AES-128` is `aes` and `128`).
    static func words(of text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var currentIsDigits = false
        for character in text.lowercased() {
            let isDigit = character.isNumber
            guard character.isLetter || isDigit else {
                if !current.isEmpty { words.append(current) }
                current = ""
                continue
            }
            if !current.isEmpty && isDigit != currentIsDigits {
                words.append(current)
                current = ""
            }
            current.append(character)
            currentIsDigits = isDigit
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
