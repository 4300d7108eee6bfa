/// Turns the terminal library's raw keys into `KeyEvent`s.
///
/// A pure state machine so that it can be tested without a terminal: it assembles UTF-8 text from bytes, assembles
/// bracketed pastes into one `.paste` event and pairs a lone ESC with the key right after it (Alt-x,
/// Alt-Backspace). The terminal calls `timeout()` when no further key arrived within the escape delay, which turns
/// a pending ESC into `.escape`.
///
/// Bytes that are not UTF-8, or any non-ASCII text where the locale cannot carry it, become `.refusedText` and
/// decoding goes on with the next byte: no input can leave the decoder waiting for bytes that never come.
public struct KeyDecoder: Sendable {
    /// Whether non-ASCII text is accepted: the locale and the terminal carry UTF-8.
    public let acceptsUTF8: Bool
    private var pendingEscape = false
    private var paste: [UInt8]?
    private var text = UTF8Assembler()

    public init(acceptsUTF8: Bool = true) { self.acceptsUTF8 = acceptsUTF8 }

    /// Whether an ESC is waiting for the key after it.
    public var isWaitingAfterEscape: Bool { pendingEscape }

    /// Decodes one raw key; returns the events it completes (none inside a paste, a UTF-8 sequence or after a lone
    /// ESC).
    public mutating func feed(_ raw: RawKey) -> [KeyEvent] {
        if paste != nil { return feedPaste(raw) }
        // A sequence cut short by anything but its continuation bytes was not UTF-8; the key that cut it counts.
        var events: [KeyEvent] = []
        if text.isAssembling, !Self.isContinuation(raw) {
            text.reset()
            events.append(.refusedText(.notUTF8))
        }
        if case .keyCode(KeyCode.pasteBegin) = raw {
            paste = []
            return events + flushEscape()
        }
        if pendingEscape {
            pendingEscape = false
            switch raw {
            case .byte(0x7F), .byte(0x08), .keyCode(KeyCode.backspace): return events + [.altBackspace]
            case .byte(0x1B):
                pendingEscape = true
                return events + [.escape]
            case .byte(let value) where (0x20..<0x7F).contains(value):
                return events + [.alt(Character(Unicode.Scalar(value)))]
            default: return events + [.escape] + decodeSingle(raw)
            }
        }
        if case .byte(0x1B) = raw {
            pendingEscape = true
            return events
        }
        return events + decodeSingle(raw)
    }

    /// Whether the bytes of a UTF-8 character are still awaited.
    public var isAssemblingText: Bool { text.isAssembling }

    /// Called when no key followed within the escape delay: a pending ESC is the Esc key itself, and a UTF-8
    /// character still missing bytes was not UTF-8 (a Latin-1 terminal's é is one such lone byte).
    public mutating func timeout() -> [KeyEvent] {
        if text.isAssembling {
            text.reset()
            return [.refusedText(.notUTF8)]
        }
        return flushEscape()
    }

    private mutating func flushEscape() -> [KeyEvent] {
        guard pendingEscape else { return [] }
        pendingEscape = false
        return [.escape]
    }

    private static func isContinuation(_ raw: RawKey) -> Bool {
        if case .byte(let value) = raw { return value & 0xC0 == 0x80 }
        return false
    }

    private mutating func feedPaste(_ raw: RawKey) -> [KeyEvent] {
        switch raw {
        case .keyCode(KeyCode.pasteEnd):
            let bytes = paste ?? []
            paste = nil
            return [Self.pasted(bytes, acceptsUTF8: acceptsUTF8)]
        case .keyCode(KeyCode.enter), .byte(0x0D), .byte(0x0A):
            paste?.append(0x0A)
        case .byte(0x09):
            paste?.append(0x09)
        case .byte(let value) where value >= 0x20 && value != 0x7F:
            paste?.append(value)
        default:
            break  // control keys inside a paste are dropped: pasted text must never act as a command
        }
        return []
    }

    /// The event of a whole paste: its text, or a refusal when it is not UTF-8 or holds non-ASCII text the locale
    /// cannot carry (refused whole: dropping characters from pasted addresses would change them unseen).
    private static func pasted(_ bytes: [UInt8], acceptsUTF8: Bool) -> KeyEvent {
        if bytes.allSatisfy({ $0 < 0x80 }) { return .paste(String(decoding: bytes, as: UTF8.self)) }
        guard acceptsUTF8 else { return .refusedText(.localeNotUTF8) }
        guard let text = String(validating: bytes, as: UTF8.self) else { return .refusedText(.notUTF8) }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.filter { !(0x80...0x9F).contains($0.value) })
        return .paste(String(kept))
    }

    /// Decodes a key that is not part of an escape sequence or paste.
    private mutating func decodeSingle(_ raw: RawKey) -> [KeyEvent] {
        switch raw {
        case .byte(let value):
            switch value {
            case 0x09: return [.tab]
            case 0x0A, 0x0D: return [.enter]
            case 0x08, 0x7F: return [.backspace]
            case 0x1B: return [.escape]
            case 0x01...0x1A:
                return [.ctrl(Character(Unicode.Scalar(value + 0x60)))]
            case 0x00, 0x1C...0x1F: return []
            case 0x20..<0x7F: return [.char(Character(Unicode.Scalar(value)))]
            default: return decodeText(value)
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

    /// A byte of a non-ASCII character.
    private mutating func decodeText(_ byte: UInt8) -> [KeyEvent] {
        switch text.feed(byte) {
        case .pending: return []
        case .invalid: return [.refusedText(.notUTF8)]
        case .scalar(let scalar):
            guard acceptsUTF8 else { return [.refusedText(.localeNotUTF8)] }
            // C1 control characters are controls, not text: dropped like the C0 ones above.
            if (0x80...0x9F).contains(scalar.value) { return [] }
            return [.char(Character(scalar))]
        }
    }
}

/// Builds Unicode scalars from UTF-8 bytes, one byte at a time, refusing overlong forms, surrogates and values
/// past U+10FFFF as the standard requires.
struct UTF8Assembler: Sendable {
    enum Step: Equatable {
        case pending
        case scalar(Unicode.Scalar)
        case invalid
    }

    private var value: UInt32 = 0
    private var remaining = 0
    private var smallest: UInt32 = 0

    var isAssembling: Bool { remaining > 0 }

    mutating func reset() { remaining = 0 }

    mutating func feed(_ byte: UInt8) -> Step {
        if remaining > 0 {
            guard byte & 0xC0 == 0x80 else {
                remaining = 0
                return .invalid
            }
            value = value << 6 | UInt32(byte & 0x3F)
            remaining -= 1
            guard remaining == 0 else { return .pending }
            guard value >= smallest, let scalar = Unicode.Scalar(value) else { return .invalid }
            return .scalar(scalar)
        }
        switch byte {
        case 0x00..<0x80: return .scalar(Unicode.Scalar(byte))
        case 0xC2...0xDF: (value, remaining, smallest) = (UInt32(byte & 0x1F), 1, 0x80)
        case 0xE0...0xEF: (value, remaining, smallest) = (UInt32(byte & 0x0F), 2, 0x800)
        case 0xF0...0xF4: (value, remaining, smallest) = (UInt32(byte & 0x07), 3, 0x10000)
        default: return .invalid  // a continuation byte with no lead, or a lead no scalar can have
        }
        return .pending
    }
}
