/// Checks a draft against every rule of the README's "What is checked", collecting all problems at once.
///
/// Cheap enough to run on every keystroke: it parses over UTF-8 bytes, uses no regular expressions, and builds a
/// message string only for a value that has a problem.
public struct TunnelValidator: Sendable {
    public var options: ValidationOptions

    public init(options: ValidationOptions = ValidationOptions()) {
        self.options = options
    }

    /// The limits the rules use, public so forms and help texts show the same numbers.
    public enum Limits {
        public static let secretKeyLength = 8...17
        public static let secretKeySymbols = "!@#$%^*()_"
        static let secretKeySymbolBytes = Array(secretKeySymbols.utf8)
        public static let vpnConnNameLength = 1...65
        public static let descriptionLength = 200
        public static let clientTokenLength = ClientToken.maximumLength
        public static let ikeLifeTime = 60...86400
        public static let ipsecLifetime = 180...86400
        public static let idSuffixLength = 4...32
        /// Remote rows that overlap local ones get a warning each up to this many; past it, one line gives the count.
        public static let overlapWarnings = 100
    }

    public func validate(_ draft: TunnelDraft) -> ValidationReport {
        var problems = ProblemList()
        var parts = UpdateParts()
        for group in CheckGroup.formOrder {
            check(group, of: draft, into: &parts, &problems)
        }
        let update = problems.hasErrors ? nil : parts.update
        return ValidationReport(problems: problems.sorted, update: update)
    }

    /// Runs the rules of one group of fields on `draft`, writing the values they accept into `parts` (nil where a
    /// rule refused one): the one place that says which rules check which field.
    func check(
        _ group: CheckGroup, of draft: TunnelDraft, into parts: inout UpdateParts, _ problems: inout ProblemList
    ) {
        switch group {
        case .single(.vpnConnId):
            parts.vpnConnId = checkID(draft.vpnConnId, prefix: "vpnconn-", field: .vpnConnId, required: true, &problems)
        case .single(.clientToken):
            checkClientToken(draft.clientToken, &problems)
        case .single(.vpnId):
            parts.vpnId = checkID(draft.vpnId, prefix: "vpn-", field: .vpnId, required: true, &problems)
        case .single(.vpnConnName):
            parts.vpnConnName = checkName(draft.vpnConnName, &problems)
        case .single(.description):
            parts.description = checkDescription(draft.description, &problems)
        case .single(.secretKey):
            parts.secretKey = checkSecretKey(draft.secretKey, &problems)
        case .single(.remoteIp):
            parts.remoteIp = checkRemoteIp(draft.remoteIp, &problems)
        case .single(.cgwId):
            parts.cgwId = checkID(draft.cgwId, prefix: "cgw-", field: .cgwId, required: false, &problems)
        case .single(let field):
            preconditionFailure("\(field) is checked in a group")
        case .subnets:
            let local = checkSubnets(draft.localSubnets, field: .localSubnets, &problems)
            let remote = checkSubnets(draft.remoteSubnets, field: .remoteSubnets, &problems)
            checkOverlap(local: local, remote: remote, &problems)
            parts.localSubnets = draft.localSubnets
            parts.remoteSubnets = draft.remoteSubnets
        case .ike:
            parts.ikeConfig = checkIke(draft.ikeConfig, &problems)
        case .ipsec:
            parts.ipsecConfig = checkIpsec(draft.ipsecConfig, &problems)
        }
    }

    // MARK: - Tunnel fields

    /// Resource ids: a fixed prefix, then lowercase letters and digits (`vpn-s1bpb19cmd8n`).
    func checkID(
        _ text: String, prefix: String, field: TunnelField, required: Bool, _ problems: inout ProblemList
    ) -> String? {
        if text.isEmpty {
            if required { problems.error(field, text, .required) }
            return nil
        }
        let suffix = text.utf8.dropFirst(prefix.utf8.count)
        guard text.utf8.starts(with: prefix.utf8), Limits.idSuffixLength.contains(suffix.count),
            suffix.allSatisfy({ $0.isLowercaseASCIILetter || $0.isASCIIDigit })
        else {
            problems.error(
                field, text,
                .idFormat(
                    prefix: prefix, lower: Limits.idSuffixLength.lowerBound, upper: Limits.idSuffixLength.upperBound))
            return nil
        }
        return text
    }

    /// A draft may leave the token out (one is made per update); one it gives follows `ClientToken`'s rule.
    func checkClientToken(_ text: String, _ problems: inout ProblemList) {
        guard !text.isEmpty, let rule = ClientToken.rule(for: text) else { return }
        problems.error(.clientToken, text, rule)
    }

    func checkName(_ text: String, _ problems: inout ProblemList) -> String? {
        guard let first = text.utf8.first else {
            problems.error(.vpnConnName, text, .required)
            return nil
        }
        let count = text.characterCount
        if !Limits.vpnConnNameLength.contains(count) {
            problems.error(
                .vpnConnName, text, .tooLong(count: count, maximum: Limits.vpnConnNameLength.upperBound))
            return nil
        }
        if !first.isASCIILetter {
            problems.error(.vpnConnName, text, .mustStartWithLetter)
            return nil
        }
        if !text.utf8.allSatisfy(\.isNameByte) {
            let bad = text.first { !($0.asciiValue?.isNameByte ?? false) }.map(String.init) ?? ""
            problems.error(.vpnConnName, text, .nameCharacter(bad))
            return nil
        }
        return text
    }

    func checkDescription(_ text: String, _ problems: inout ProblemList) -> String? {
        guard !text.isEmpty else { return nil }
        let count = text.characterCount
        if count > Limits.descriptionLength {
            problems.error(
                .description, "\(count) characters", .descriptionTooLong(maximum: Limits.descriptionLength))
            return nil
        }
        return text
    }

    func checkSecretKey(_ text: String, _ problems: inout ProblemList) -> String? {
        let count = text.characterCount
        guard count > 0 else {
            problems.error(.secretKey, "", .required)
            return nil
        }
        // The value is never shown, only its length.
        // Every allowed character is ASCII, so the bytes tell everything; a non-ASCII byte is disallowed.
        var letter = false
        var digit = false
        var symbol = false
        var disallowed = false
        for byte in text.utf8 {
            if byte.isASCIILetter {
                letter = true
            } else if byte.isASCIIDigit {
                digit = true
            } else if Limits.secretKeySymbolBytes.contains(byte) {
                symbol = true
            } else {
                disallowed = true
            }
        }
        var valid = true
        if !Limits.secretKeyLength.contains(count) {
            let length = Limits.secretKeyLength
            problems.secretError(count, .secretKeyLength(lower: length.lowerBound, upper: length.upperBound))
            valid = false
        }
        if disallowed {
            problems.secretError(count, .secretKeyCharacters(symbols: Limits.secretKeySymbols))
            valid = false
        }
        if !(letter && digit && symbol) {
            problems.secretError(count, .secretKeyMissing(letter: !letter, digit: !digit, symbol: !symbol))
            valid = false
        }
        return valid ? text : nil
    }

    func checkRemoteIp(_ text: String, _ problems: inout ProblemList) -> String? {
        guard !text.isEmpty else {
            problems.error(.remoteIp, text, .required)
            return nil
        }
        guard let address = IPv4Address(text) else {
            problems.error(.remoteIp, text, .ipv4Address)
            return nil
        }
        if let range = address.nonPublicRange {
            problems.warning(.remoteIp, text, .nonPublicAddress(range.kind, block: range.block.description))
        }
        return text
    }

    // MARK: - Subnets

    func checkSubnets(_ rows: [String], field: TunnelField, _ problems: inout ProblemList) -> SubnetIndex {
        if rows.isEmpty {
            problems.error(FieldPath(field), "", .atLeastOneCIDR)
            return SubnetIndex([])
        }
        var parsed: [IPv4CIDR?] = []
        parsed.reserveCapacity(rows.count)
        for (index, row) in rows.enumerated() {
            let path = FieldPath(field, index: index)
            guard !row.isEmpty else {
                problems.error(path, row, .emptyRow)
                parsed.append(nil)
                continue
            }
            guard let cidr = IPv4CIDR(row) else {
                problems.error(path, row, .cidrFormat)
                parsed.append(nil)
                continue
            }
            if cidr.hasHostBits {
                let network = IPv4CIDR(cidr.network, prefix: cidr.prefix).description
                problems.warning(path, row, .hostBits(network: network), suggestion: network)
            }
            parsed.append(cidr)
        }
        let index = SubnetIndex(parsed)
        for (row, first) in index.repeats {
            problems.warning(FieldPath(field, index: row), rows[row], .repeats(path: "\(field.path)[\(first)]"))
        }
        return index
    }

    /// One warning on each remote row that overlaps local ones, naming the first and how many; past
    /// `Limits.overlapWarnings` such rows, one line on the list says how many there are in all.
    func checkOverlap(local: SubnetIndex, remote: SubnetIndex, _ problems: inout ProblemList) {
        var overlapping = 0
        for (remoteIndex, remoteCIDR) in remote.rows.enumerated() {
            guard let remoteCIDR, let overlap = local.overlaps(with: remoteCIDR) else { continue }
            overlapping += 1
            guard overlapping <= Limits.overlapWarnings else { continue }
            let first = "localSubnets[\(overlap.first)] (\(local.rows[overlap.first].map(\.description) ?? ""))"
            problems.warning(
                FieldPath(.remoteSubnets, index: remoteIndex), remoteCIDR.description,
                .overlaps(first: first, rows: overlap.rows))
        }
        if overlapping > Limits.overlapWarnings {
            problems.warning(
                FieldPath(.remoteSubnets), "", .manyOverlaps(count: overlapping, named: Limits.overlapWarnings))
        }
    }

    // MARK: - IKE and IPsec

    func checkIke(_ ike: IkeDraft, _ problems: inout ProblemList) -> IkeConfig? {
        let version = checkChoice(ike.ikeVersion, .ikeVersion, &problems)
        var mode: String?
        if ike.ikeMode.isEmpty {
            if version == "v1" { problems.error(.ikeMode, "", .ikeModeRequiredWithIKEv1) }
        } else {
            mode = checkChoice(ike.ikeMode, .ikeMode, &problems)
            if mode != nil && version == "v2" {
                problems.warning(.ikeMode, ike.ikeMode, .noEffectWithIKEv2)
            }
        }
        let encryption = checkChoice(ike.ikeEncAlg, .ikeEncAlg, &problems)
        let authentication = checkChoice(ike.ikeAuthAlg, .ikeAuthAlg, &problems)
        let group = checkChoice(ike.ikePfs, .ikePfs, &problems)
        let lifetime = checkLifetime(ike.ikeLifeTime, .ikeLifeTime, Limits.ikeLifeTime, &problems)
        guard let version, let encryption, let authentication, let group, let lifetime else { return nil }
        if version == "v1" && mode == nil { return nil }
        return IkeConfig(
            ikeVersion: version, ikeMode: mode, ikeEncAlg: encryption, ikeAuthAlg: authentication, ikePfs: group,
            ikeLifeTime: lifetime)
    }

    func checkIpsec(_ ipsec: IpsecDraft, _ problems: inout ProblemList) -> IpsecConfig? {
        let encryption = checkChoice(ipsec.ipsecEncAlg, .ipsecEncAlg, &problems)
        let authentication = checkChoice(ipsec.ipsecAuthAlg, .ipsecAuthAlg, &problems)
        let group = checkChoice(ipsec.ipsecPfs, .ipsecPfs, &problems)
        let lifetime = checkLifetime(ipsec.ipsecLifetime, .ipsecLifetime, Limits.ipsecLifetime, &problems)
        guard let encryption, let authentication, let group, let lifetime else { return nil }
        return IpsecConfig(
            ipsecEncAlg: encryption, ipsecAuthAlg: authentication, ipsecPfs: group, ipsecLifetime: lifetime)
    }

    func checkChoice(_ value: String, _ field: TunnelField, _ problems: inout ProblemList) -> String? {
        guard !value.isEmpty else {
            problems.error(field, value, .requiredChoice(allowed: allowedList(field)))
            return nil
        }
        guard let choice = AlgorithmCatalog.choice(value, for: field) else {
            problems.error(field, value, .oneOf(allowed: allowedList(field)))
            return nil
        }
        if choice.tier == .extended && !options.allowsExtendedAlgorithms {
            problems.error(field, value, .extendedTier)
            return nil
        }
        if choice.isWeak {
            problems.warning(field, value, .weakChoice(value: value))
        }
        return value
    }

    private func allowedList(_ field: TunnelField) -> String {
        AlgorithmCatalog.choices(for: field, includingExtended: options.allowsExtendedAlgorithms)
            .map(\.value).joined(separator: ", ")
    }

    func checkLifetime(
        _ text: String, _ field: TunnelField, _ range: ClosedRange<Int>, _ problems: inout ProblemList
    ) -> Int? {
        guard !text.isEmpty else {
            problems.error(field, text, .lifetimeRequired(lower: range.lowerBound, upper: range.upperBound))
            return nil
        }
        guard text.utf8.count <= 9, text.utf8.allSatisfy(\.isASCIIDigit) else {
            problems.error(field, text, .wholeSeconds(lower: range.lowerBound, upper: range.upperBound))
            return nil
        }
        let seconds = text.utf8.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        if seconds < range.lowerBound {
            problems.error(field, text, .belowMinimum(seconds: range.lowerBound))
            return nil
        }
        if seconds > range.upperBound {
            problems.error(field, text, .aboveMaximum(seconds: range.upperBound))
            return nil
        }
        return seconds
    }
}

/// The problems found so far, and whether any is an error.
struct ProblemList {
    private(set) var items: [ValidationProblem] = []
    private(set) var hasErrors = false

    var sorted: [ValidationProblem] {
        // The checks run in form order, so the list is usually sorted already; when it is not (an overlap found
        // after all rows were checked), sort stably, so problems of one field keep the order they were found in.
        if zip(items, items.dropFirst()).allSatisfy({ !($1.path < $0.path) }) { return items }
        return items.enumerated().sorted { ($0.element.path, $0.offset) < ($1.element.path, $1.offset) }
            .map(\.element)
    }

    mutating func error(_ field: TunnelField, _ value: String, _ rule: ValidationRule) {
        error(FieldPath(field), value, rule)
    }

    mutating func error(_ path: FieldPath, _ value: String, _ rule: ValidationRule) {
        items.append(ValidationProblem(path: path, value: value, rule: rule, severity: .error))
        hasErrors = true
    }

    /// An error of the secret key, which is said by its length only.
    mutating func secretError(_ length: Int, _ rule: ValidationRule) {
        items.append(ValidationProblem(path: FieldPath(.secretKey), hiddenLength: length, rule: rule, severity: .error))
        hasErrors = true
    }

    mutating func warning(_ field: TunnelField, _ value: String, _ rule: ValidationRule) {
        warning(FieldPath(field), value, rule)
    }

    mutating func warning(_ path: FieldPath, _ value: String, _ rule: ValidationRule, suggestion: String? = nil) {
        items.append(
            ValidationProblem(path: path, value: value, rule: rule, severity: .warning, suggestion: suggestion))
    }
}

extension UInt8 {
    fileprivate var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
    fileprivate var isLowercaseASCIILetter: Bool { self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z") }
    fileprivate var isASCIILetter: Bool {
        isLowercaseASCIILetter || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z"))
    }
}

extension UInt8 {
    fileprivate var isNameByte: Bool { isASCIILetter || isASCIIDigit || "-_/.".utf8.contains(self) }
}

extension String {
    /// The length in characters, counted from the bytes when the text is ASCII (the common case).
    fileprivate var characterCount: Int {
        let bytes = utf8.count
        return utf8.allSatisfy { $0 < 0x80 } ? bytes : count
    }
}
