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
            if required { problems.error(field, text, "is required") }
            return nil
        }
        let suffix = text.utf8.dropFirst(prefix.utf8.count)
        guard text.utf8.starts(with: prefix.utf8), Limits.idSuffixLength.contains(suffix.count),
            suffix.allSatisfy({ $0.isLowercaseASCIILetter || $0.isASCIIDigit })
        else {
            problems.error(
                field, text,
                "must be \"\(prefix)\" followed by \(Limits.idSuffixLength.lowerBound) to "
                    + "\(Limits.idSuffixLength.upperBound) lowercase letters or digits")
            return nil
        }
        return text
    }

    /// A draft may leave the token out (one is made per update); one it gives follows `ClientToken`'s rule.
    func checkClientToken(_ text: String, _ problems: inout ProblemList) {
        guard !text.isEmpty, let rule = ClientToken.problem(with: text) else { return }
        problems.error(.clientToken, text, rule)
    }

    func checkName(_ text: String, _ problems: inout ProblemList) -> String? {
        guard let first = text.utf8.first else {
            problems.error(.vpnConnName, text, "is required")
            return nil
        }
        let count = text.characterCount
        if !Limits.vpnConnNameLength.contains(count) {
            problems.error(
                .vpnConnName, text,
                "is \(count) characters long; the maximum is \(Limits.vpnConnNameLength.upperBound)")
            return nil
        }
        if !first.isASCIILetter {
            problems.error(.vpnConnName, text, "must start with a letter")
            return nil
        }
        if !text.utf8.allSatisfy(\.isNameByte) {
            let bad = text.first { !($0.asciiValue?.isNameByte ?? false) }.map(String.init) ?? ""
            problems.error(
                .vpnConnName, text, "contains \"\(bad)\"; only letters, digits and - _ / . are allowed")
            return nil
        }
        return text
    }

    func checkDescription(_ text: String, _ problems: inout ProblemList) -> String? {
        guard !text.isEmpty else { return nil }
        let count = text.characterCount
        if count > Limits.descriptionLength {
            problems.error(
                .description, "\(count) characters",
                "is too long; the maximum is \(Limits.descriptionLength) characters")
            return nil
        }
        return text
    }

    func checkSecretKey(_ text: String, _ problems: inout ProblemList) -> String? {
        let count = text.characterCount
        guard count > 0 else {
            problems.error(.secretKey, "", "is required")
            return nil
        }
        // The value is never shown, only its length; built only when there is a problem to report.
        var shown: String { "\(count) character\(count == 1 ? "" : "s"), hidden" }
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
            problems.error(.secretKey, shown, "must be \(length.lowerBound) to \(length.upperBound) characters long")
            valid = false
        }
        if disallowed {
            problems.error(
                .secretKey, shown, "may contain only letters, digits and the symbols \(Limits.secretKeySymbols)")
            valid = false
        }
        if !(letter && digit && symbol) {
            let missing = [
                letter ? nil : "a letter", digit ? nil : "a digit", symbol ? nil : "a symbol (!@#$%^*()_)",
            ].compactMap { $0 }
            problems.error(.secretKey, shown, "must contain \(missing.joined(separator: ", "))")
            valid = false
        }
        return valid ? text : nil
    }

    func checkRemoteIp(_ text: String, _ problems: inout ProblemList) -> String? {
        guard !text.isEmpty else {
            problems.error(.remoteIp, text, "is required")
            return nil
        }
        guard let address = IPv4Address(text) else {
            problems.error(.remoteIp, text, "must be an IPv4 address such as 203.0.113.10")
            return nil
        }
        if let reason = address.nonPublicReason {
            problems.warning(.remoteIp, text, reason)
        }
        return text
    }

    // MARK: - Subnets

    func checkSubnets(_ rows: [String], field: TunnelField, _ problems: inout ProblemList) -> SubnetIndex {
        if rows.isEmpty {
            problems.error(FieldPath(field), "", "must list at least one CIDR")
            return SubnetIndex([])
        }
        var parsed: [IPv4CIDR?] = []
        parsed.reserveCapacity(rows.count)
        for (index, row) in rows.enumerated() {
            let path = FieldPath(field, index: index)
            guard !row.isEmpty else {
                problems.error(path, row, "is empty; enter a CIDR such as 192.168.0.0/24 or remove the row")
                parsed.append(nil)
                continue
            }
            guard let cidr = IPv4CIDR(row) else {
                problems.error(path, row, "must be an IPv4 CIDR such as 192.168.0.0/24 (prefix 0 to 32)")
                parsed.append(nil)
                continue
            }
            if cidr.hasHostBits {
                let network = IPv4CIDR(cidr.network, prefix: cidr.prefix).description
                problems.warning(path, row, "has host bits set; the network is \(network)", suggestion: network)
            }
            parsed.append(cidr)
        }
        let index = SubnetIndex(parsed)
        for (row, first) in index.repeats {
            problems.warning(FieldPath(field, index: row), rows[row], "repeats \(field.path)[\(first)]")
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
            let rule =
                overlap.rows == 1
                ? "overlaps \(first)" : "overlaps \(overlap.rows) rows of localSubnets, the first \(first)"
            problems.warning(
                FieldPath(.remoteSubnets, index: remoteIndex), remoteCIDR.description,
                "\(rule); traffic between them may not be routed")
        }
        if overlapping > Limits.overlapWarnings {
            problems.warning(
                FieldPath(.remoteSubnets), "",
                "has \(overlapping) rows that overlap localSubnets; warnings name the first \(Limits.overlapWarnings)")
        }
    }

    // MARK: - IKE and IPsec

    func checkIke(_ ike: IkeDraft, _ problems: inout ProblemList) -> IkeConfig? {
        let version = checkChoice(ike.ikeVersion, .ikeVersion, &problems)
        var mode: String?
        if ike.ikeMode.isEmpty {
            if version == "v1" { problems.error(.ikeMode, "", "is required with IKEv1 (main or aggressive)") }
        } else {
            mode = checkChoice(ike.ikeMode, .ikeMode, &problems)
            if mode != nil && version == "v2" {
                problems.warning(.ikeMode, ike.ikeMode, "has no effect with IKEv2")
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
            problems.error(field, value, "is required; choose one of \(allowedList(field))")
            return nil
        }
        guard let choice = AlgorithmCatalog.choice(value, for: field) else {
            problems.error(field, value, "must be one of \(allowedList(field))")
            return nil
        }
        if choice.tier == .extended && !options.allowsExtendedAlgorithms {
            problems.error(
                field, value,
                "is in the extended tier (accepted by the Terraform provider, not documented); "
                    + "allow extended algorithms to use it")
            return nil
        }
        if let weakness = choice.weakness {
            problems.warning(field, value, weakness)
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
            problems.error(field, text, "is required (\(range.lowerBound) to \(range.upperBound) seconds)")
            return nil
        }
        guard text.utf8.count <= 9, text.utf8.allSatisfy(\.isASCIIDigit) else {
            problems.error(
                field, text, "must be a whole number of seconds from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        let seconds = text.utf8.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        if seconds < range.lowerBound {
            problems.error(field, text, "is below the minimum of \(range.lowerBound) seconds")
            return nil
        }
        if seconds > range.upperBound {
            problems.error(field, text, "is above the maximum of \(range.upperBound) seconds")
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

    mutating func error(_ field: TunnelField, _ value: String, _ rule: String) {
        error(FieldPath(field), value, rule)
    }

    mutating func error(_ path: FieldPath, _ value: String, _ rule: String) {
        items.append(ValidationProblem(path: path, value: value, rule: rule, severity: .error))
        hasErrors = true
    }

    mutating func warning(_ field: TunnelField, _ value: String, _ rule: String) {
        warning(FieldPath(field), value, rule)
    }

    mutating func warning(_ path: FieldPath, _ value: String, _ rule: String, suggestion: String? = nil) {
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
