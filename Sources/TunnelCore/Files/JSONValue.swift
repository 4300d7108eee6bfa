/// A parsed JSON document that keeps the order of object keys and where each value started.
///
/// Not `indirect`: arrays and objects already hold their elements in a buffer of their own, and boxing every
/// string and number as well cost one allocation per value.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// The number's text as written, so `28800` and `2.88e4` are told apart and nothing is rounded.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])

    /// The value of a key of an object; nil for a missing key or a value that is not an object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The value's kind, for messages that name what a file holds instead of what it should (`not an array`).
    public enum Kind: Sendable, Hashable, CaseIterable {
        case null, boolean, number, string, array, object
    }

    public var kind: Kind {
        switch self {
        case .null: .null
        case .bool: .boolean
        case .number: .number
        case .string: .string
        case .array: .array
        case .object: .object
        }
    }
}

/// One key and value of a JSON object, with the position of the key in the text.
public struct JSONMember: Sendable, Hashable {
    public let key: String
    public let value: JSONValue
    public let position: TextPosition

    public init(key: String, value: JSONValue, position: TextPosition) {
        self.key = key
        self.value = value
        self.position = position
    }
}

/// A line and column in a text, both counted from 1; columns count characters, not bytes.
public struct TextPosition: Sendable, Hashable, CustomStringConvertible {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "line \(line), column \(column)" }
}
