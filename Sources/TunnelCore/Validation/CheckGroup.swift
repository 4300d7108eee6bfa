/// Fields whose rules run together: a list's rows with the other list (overlaps), and IKE's and IPsec's settings
/// (IKE's mode depends on its version). Each group is a run of fields next to each other in form order, and whole
/// validation is every group in turn.
enum CheckGroup: Equatable {
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

    /// Every group once, in form order.
    static let formOrder: [CheckGroup] = TunnelField.allCases.reduce(into: []) { groups, field in
        let group = CheckGroup(field)
        if groups.last != group { groups.append(group) }
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
