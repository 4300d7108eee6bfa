extension TunnelValidator {
    /// The report for `draft` after an edit of one field, made from the report of the draft before the edit: only
    /// the rules of that field, and of the fields checked together with it, run again.
    ///
    /// Equal to `validate(draft)` (a property test compares the two over random edits). The editor calls it on every
    /// key: validating the whole tunnel ran every rule and touched all of their code for one character.
    ///
    /// - Parameters:
    ///   - field: the only field whose value differs between `draft` and the draft `previous` was made from.
    ///   - previous: `validate` or this method's report of the draft before the edit, with the same options.
    public func validate(_ draft: TunnelDraft, editing field: TunnelField, from previous: ValidationReport)
        -> ValidationReport
    {
        let group = CheckGroup(field)
        var found = ProblemList()
        var update = previous.update
        switch group {
        case .single(.vpnConnId):
            let value = checkID(draft.vpnConnId, prefix: "vpnconn-", field: .vpnConnId, required: true, &found)
            if let value { update?.vpnConnId = value }
        case .single(.clientToken):
            checkClientToken(draft.clientToken, &found)
        case .single(.vpnId):
            let value = checkID(draft.vpnId, prefix: "vpn-", field: .vpnId, required: true, &found)
            if let value { update?.vpnId = value }
        case .single(.vpnConnName):
            if let value = checkName(draft.vpnConnName, &found) { update?.vpnConnName = value }
        case .single(.description):
            // Checked first: `update?.x = check(…)` would skip the check when there is no update.
            let value = checkDescription(draft.description, &found)
            update?.description = value
        case .single(.secretKey):
            if let value = checkSecretKey(draft.secretKey, &found) { update?.secretKey = value }
        case .single(.remoteIp):
            if let value = checkRemoteIp(draft.remoteIp, &found) { update?.remoteIp = value }
        case .single(.cgwId):
            let value = checkID(draft.cgwId, prefix: "cgw-", field: .cgwId, required: false, &found)
            update?.cgwId = value
        case .single:
            preconditionFailure("\(field) is checked in a group")
        case .subnets:
            let local = checkSubnets(draft.localSubnets, field: .localSubnets, &found)
            let remote = checkSubnets(draft.remoteSubnets, field: .remoteSubnets, &found)
            checkOverlap(local: local, remote: remote, &found)
            update?.localSubnets = draft.localSubnets
            update?.remoteSubnets = draft.remoteSubnets
        case .ike:
            if let value = checkIke(draft.ikeConfig, &found) { update?.ikeConfig = value }
        case .ipsec:
            if let value = checkIpsec(draft.ipsecConfig, &found) { update?.ipsecConfig = value }
        }
        let problems = group.replacingProblems(in: previous.problems, with: found.sorted)
        if problems.contains(where: { $0.severity == .error }) {
            return ValidationReport(problems: problems, update: nil)
        }
        // The edit fixed the last error: the values of every other field are needed, so check them all.
        guard let update else { return validate(draft) }
        return ValidationReport(problems: problems, update: update)
    }
}

/// Fields whose rules run together: a list's rows with the other list (overlaps), and IKE's and IPsec's settings
/// (IKE's mode depends on its version). Each group is a run of fields next to each other in form order.
private enum CheckGroup {
    case single(TunnelField)
    case subnets
    case ike
    case ipsec

    init(_ field: TunnelField) {
        switch field {
        case .localSubnets, .remoteSubnets: self = .subnets
        default:
            switch field.section {
            case .tunnel: self = .single(field)
            case .ike: self = .ike
            case .ipsec: self = .ipsec
            }
        }
    }

    /// The first and last field of the group, in form order.
    private var orders: ClosedRange<Int> {
        switch self {
        case .single(let field): field.order...field.order
        case .subnets: TunnelField.localSubnets.order...TunnelField.remoteSubnets.order
        case .ike: TunnelField.ikeVersion.order...TunnelField.ikeLifeTime.order
        case .ipsec: TunnelField.ipsecEncAlg.order...TunnelField.ipsecLifetime.order
        }
    }

    /// `problems` (sorted in form order) with the group's problems replaced by `found` (sorted too).
    func replacingProblems(in problems: [ValidationProblem], with found: [ValidationProblem])
        -> [ValidationProblem]
    {
        let orders = orders
        let start = problems.firstIndex { $0.path.field.order >= orders.lowerBound } ?? problems.endIndex
        let end = problems[start...].firstIndex { $0.path.field.order > orders.upperBound } ?? problems.endIndex
        if start == end && found.isEmpty { return problems }
        var merged = problems
        merged.replaceSubrange(start..<end, with: found)
        return merged
    }
}
