/// A one-line message in the status line, and how much it matters: its colour says so, and only a refusal or an
/// error is drawn like one.
public struct Notice: Sendable, Hashable {
    public enum Kind: Int, Sendable, Hashable, Comparable {
        /// What the operator should know (the demo's emulator).
        case information
        /// Something that limits what the editor can do (requests cannot be signed, drafts are off).
        case warning
        /// A key or a request was refused.
        case error

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind) {
        self.text = text
        self.kind = kind
    }

    public static func information(_ text: String) -> Notice { Notice(text, kind: .information) }
    public static func warning(_ text: String) -> Notice { Notice(text, kind: .warning) }
    public static func error(_ text: String) -> Notice { Notice(text, kind: .error) }
}
