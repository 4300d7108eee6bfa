/// Reads a tunnel's JSON into a draft member by member, keeping every member that fits and collecting every one
/// that does not, rather than stopping at the first.
///
/// One pass over the members and the rows of the lists; an unknown key costs a comparison with the fixed key tables
/// only, so reading stays linear in the file's size.
struct TunnelFileReader {
    private let ignoringUnknownKeys: Bool
    private var problems: [TunnelFileProblem] = []
    /// Fields whose member was rejected.
    private var rejected: Set<TunnelField> = []
    /// The known keys the file holds, accepted or rejected.
    private var present: Set<String> = []
    /// What the unknown keys were taken for.
    private var hints: Set<KeyHint> = []

    private init(ignoringUnknownKeys: Bool) {
        self.ignoringUnknownKeys = ignoringUnknownKeys
    }

    /// A tunnel file's object, or a `VpnConn` of BCE's list response when `ignoringUnknownKeys` (keys only the server
    /// sends, `status`, `localIp`…, are skipped without a problem).
    static func read(_ value: JSONValue, ignoringUnknownKeys: Bool) -> TunnelFileReading {
        var reader = TunnelFileReader(ignoringUnknownKeys: ignoringUnknownKeys)
        let draft = reader.tunnel(value)
        return TunnelFileReading(draft: draft, problems: reader.problems, explainedFields: reader.explainedFields)
    }

    /// The rejected fields, and the fields of keys the file lacks that an unknown key was taken for.
    private var explainedFields: Set<TunnelField> {
        var fields = rejected
        for hint in hints where !present.contains(hint.key) { fields.formUnion(hint.fields) }
        return fields
    }

    private mutating func tunnel(_ value: JSONValue) -> TunnelDraft {
        var draft = TunnelDraft()
        guard case .object(let members) = value else {
            problems.append(TunnelFileProblem(.notAnObject(found: value.kind)))
            rejected = Set(TunnelField.allCases)
            return draft
        }
        for member in members { read(member, in: .tunnel, into: &draft) }
        return draft
    }

    /// Reads one member of the object that holds `section`'s fields: its key is the field's API name, or the key of
    /// a nested section's object (`ikeConfig`), whose members are read the same way.
    private mutating func read(_ member: JSONMember, in section: TunnelField.Section, into draft: inout TunnelDraft) {
        if section == .tunnel, let nested = TunnelField.Section.allCases.first(where: { $0.objectKey == member.key }) {
            for field in members(of: member, section: nested) { read(field, in: nested, into: &draft) }
            return
        }
        guard let field = TunnelField(rawValue: member.key), field.section == section else {
            return unknown(member, in: section)
        }
        switch field {
        case .localSubnets, .remoteSubnets: draft[list: field] = list(member, field)
        case .ikeLifeTime, .ipsecLifetime: draft[text: field] = seconds(member, field)
        default: draft[text: field] = text(member, field)
        }
    }

    /// The members of a nested object; none, and a problem, when the value is not an object.
    private mutating func members(of member: JSONMember, section: TunnelField.Section) -> [JSONMember] {
        present.insert(member.key)
        guard case .object(let members) = member.value else {
            reject(
                section.fields, .objectExpected(key: member.key, found: member.value.kind),
                at: member.position)
            return []
        }
        return members
    }

    private mutating func text(_ member: JSONMember, _ field: TunnelField) -> String {
        present.insert(field.rawValue)
        switch member.value {
        case .string(let value): return value
        case .null: return ""
        default:
            reject([field], .stringExpected(path: field.path, found: member.value.kind), at: member.position)
            return ""
        }
    }

    /// The rows of a CIDR list; none when the value or any row has the wrong type, each such row a problem, since a
    /// list without some of its rows would renumber the rest.
    private mutating func list(_ member: JSONMember, _ field: TunnelField) -> [String] {
        present.insert(field.rawValue)
        guard case .array(let elements) = member.value else {
            if case .string(let value) = member.value { return CIDRList.rows(fromPasted: value) }
            reject(
                [field], .cidrListExpected(path: field.path, found: member.value.kind),
                at: member.position)
            return []
        }
        var rows: [String] = []
        rows.reserveCapacity(elements.count)
        var sound = true
        for (index, element) in elements.enumerated() {
            guard case .string(let value) = element else {
                reject(
                    [field], .stringExpected(path: "\(field.path)[\(index)]", found: element.kind),
                    at: member.position)
                sound = false
                continue
            }
            rows.append(value)
        }
        return sound ? rows : []
    }

    /// A lifetime as text: `28800`, `"28800"` and `"28800s"` all read as `28800`.
    private mutating func seconds(_ member: JSONMember, _ field: TunnelField) -> String {
        present.insert(field.rawValue)
        switch member.value {
        case .number(let digits): return digits
        case .string(let value):
            if value.count > 1, value.hasSuffix("s"), value.dropLast().allSatisfy(\.isASCIIDigitCharacter) {
                return String(value.dropLast())
            }
            return value
        case .null: return ""
        default:
            reject(
                [field], .secondsExpected(path: field.path, found: member.value.kind),
                at: member.position)
            return ""
        }
    }

    /// A key no object of `section` has: a problem with the nearest known key as a hint, unless such keys are
    /// expected (a server's list response).
    private mutating func unknown(_ member: JSONMember, in section: TunnelField.Section) {
        if ignoringUnknownKeys { return }
        let hint = KeyHint.nearest(to: member.key, in: section)
        if let hint { hints.insert(hint) }
        problems.append(TunnelFileProblem(.unknownKey(member.key, in: section, hint: hint), at: member.position))
    }

    private mutating func reject(_ fields: [TunnelField], _ reason: TunnelFileProblem.Reason, at position: TextPosition)
    {
        rejected.formUnion(fields)
        problems.append(TunnelFileProblem(reason, at: position))
    }
}

extension Character {
    fileprivate var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
