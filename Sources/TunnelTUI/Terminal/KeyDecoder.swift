/// Turns the terminal library's raw keys into `KeyEvent`s.
///
/// A pure state machine so that it can be tested without a terminal: it assembles bracketed pastes into one
/// `.paste` event and pairs a lone ESC with the key right after it (Alt-x, Alt-Backspace). The terminal calls
/// `timeout()` when no further key arrived within the escape delay, which turns a pending ESC into `.escape`.
public struct KeyDecoder: Sendable {
    private var pendingEscape = false
    private var paste: String?

    public init() {}

    /// Whether an ESC is waiting for the key after it.
    public var isWaitingAfterEscape: Bool { pendingEscape }

    /// Decodes one raw key; returns the events it completes (none inside a paste or after a lone ESC).
    public mutating func feed(_ raw: RawKey) -> [KeyEvent] {
        if paste != nil { return feedPaste(raw) }
        if case .keyCode(KeyCode.pasteBegin) = raw {
            let events = flushEscape()
            paste = ""
            return events
        }
        if pendingEscape {
            pendingEscape = false
            switch raw {
            case .character(0x7F), .character(0x08), .keyCode(KeyCode.backspace): return [.altBackspace]
            case .character(0x1B):
                pendingEscape = true
                return [.escape]
            case .character(let value) where value >= 0x20:
                if let scalar = Unicode.Scalar(value) { return [.alt(Character(scalar))] }
                return [.escape]
            default: return [.escape] + decodeSingle(raw)
            }
        }
        if case .character(0x1B) = raw {
            pendingEscape = true
            return []
        }
        return decodeSingle(raw)
    }

    /// Called when no key followed within the escape delay: a pending ESC is the Esc key itself.
    public mutating func timeout() -> [KeyEvent] { flushEscape() }

    private mutating func flushEscape() -> [KeyEvent] {
        guard pendingEscape else { return [] }
        pendingEscape = false
        return [.escape]
    }

    private mutating func feedPaste(_ raw: RawKey) -> [KeyEvent] {
        switch raw {
        case .keyCode(KeyCode.pasteEnd):
            let text = paste ?? ""
            paste = nil
            return [.paste(text)]
        case .keyCode(KeyCode.enter), .character(0x0D), .character(0x0A):
            paste?.append("\n")
        case .character(0x09):
            paste?.append("\t")
        case .character(let value) where value >= 0x20 && value != 0x7F:
            if let scalar = Unicode.Scalar(value) { paste?.unicodeScalars.append(scalar) }
        default:
            break  // control keys inside a paste are dropped: pasted text must never act as a command
        }
        return []
    }

    /// Decodes a key that is not part of an escape sequence or paste.
    private func decodeSingle(_ raw: RawKey) -> [KeyEvent] {
        switch raw {
        case .character(let value):
            switch value {
            case 0x09: return [.tab]
            case 0x0A, 0x0D: return [.enter]
            case 0x08, 0x7F: return [.backspace]
            case 0x1B: return [.escape]
            case 0x01...0x1A:
                return [.ctrl(Character(Unicode.Scalar(UInt8(value) + 0x60)))]
            case 0x00, 0x1C...0x1F: return []
            default:
                guard let scalar = Unicode.Scalar(value) else { return [] }
                return [.char(Character(scalar))]
            }
        case .keyCode(let code):
            switch code {
            case KeyCode.up: return [.up]
            case KeyCode.down: return [.down]
            case KeyCode.left: return [.left]
            case KeyCode.right: return [.right]
            case KeyCode.home: return [.home]
            case KeyCode.end: return [.end]
            case KeyCode.pageUp: return [.pageUp]
            case KeyCode.pageDown: return [.pageDown]
            case KeyCode.backspace: return [.backspace]
            case KeyCode.delete: return [.delete]
            case KeyCode.enter: return [.enter]
            case KeyCode.backTab: return [.backTab]
            case KeyCode.resize: return [.resize]
            case (KeyCode.f0 + 1)...(KeyCode.f0 + 12): return [.function(Int(code - KeyCode.f0))]
            default: return []
            }
        }
    }
}
