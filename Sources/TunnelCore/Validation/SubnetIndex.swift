/// One subnet list's rows with their networks sorted, so that the list's repeated rows and its overlaps with the
/// other list are found in O(n log n) time: comparing every pair of rows took seconds for lists of thousands.
///
/// Two CIDR networks either share no address or one holds the other, so the networks that overlap a given one are
/// the few that hold it (at most one per shorter prefix) and a run of the sorted list (the ones it holds).
struct SubnetIndex {
    /// A network that one or more rows of the list hold (host bits cleared), with how many and the first of them.
    struct Network {
        let start: UInt32
        let prefix: Int
        let firstRow: Int
        var rows: Int
    }

    /// The rows as parsed; nil for a row that is not a CIDR.
    let rows: [IPv4CIDR?]
    /// The distinct networks, by start address, then prefix: a network comes before those it holds.
    private var networks: [Network] = []
    /// Each row whose network an earlier row holds, with the first row holding it, in row order.
    private(set) var repeats: [(row: Int, first: Int)] = []
    /// `rowsBefore[i]`: how many rows hold `networks[0..<i]`.
    private var rowsBefore: [Int] = [0]
    /// The prefix lengths of the networks, one bit each.
    private var prefixes: UInt64 = 0
    /// The networks' first rows as a segment tree (leaves from `networks.count` on), for the first row of a run.
    private var firstRowTree: [Int] = []

    init(_ rows: [IPv4CIDR?]) {
        self.rows = rows
        var entries: [(start: UInt32, prefix: Int, row: Int)] = []
        entries.reserveCapacity(rows.count)
        for (row, cidr) in rows.enumerated() {
            if let cidr { entries.append((cidr.network.value, cidr.prefix, row)) }
        }
        entries.sort { ($0.start, $0.prefix, $0.row) < ($1.start, $1.prefix, $1.row) }
        for entry in entries {
            if let last = networks.last, last.start == entry.start, last.prefix == entry.prefix {
                networks[networks.count - 1].rows += 1
                repeats.append((entry.row, last.firstRow))
            } else {
                networks.append(Network(start: entry.start, prefix: entry.prefix, firstRow: entry.row, rows: 1))
                prefixes |= 1 << UInt64(entry.prefix)
            }
        }
        repeats.sort { $0.row < $1.row }
        rowsBefore.reserveCapacity(networks.count + 1)
        for network in networks { rowsBefore.append(rowsBefore[rowsBefore.count - 1] + network.rows) }
        firstRowTree = Array(repeating: Int.max, count: 2 * networks.count)
        for (index, network) in networks.enumerated() { firstRowTree[networks.count + index] = network.firstRow }
        for node in stride(from: networks.count - 1, through: 1, by: -1) {
            firstRowTree[node] = min(firstRowTree[2 * node], firstRowTree[2 * node + 1])
        }
    }

    /// How many rows of the list share an address with `cidr`, and the first of them; nil when none does.
    func overlaps(with cidr: IPv4CIDR) -> (rows: Int, first: Int)? {
        let start = cidr.network.value
        var rows = 0
        var first = Int.max
        // The networks that hold `cidr` and are wider: one candidate per shorter prefix the list has.
        var shorter = prefixes & ((1 << UInt64(cidr.prefix)) - 1)
        while shorter != 0 {
            let prefix = shorter.trailingZeroBitCount
            shorter &= shorter - 1
            let network = IPv4CIDR(IPv4Address(start), prefix: prefix).network.value
            let index = firstIndex(notBefore: network, prefix)
            if index < networks.count && networks[index].start == network && networks[index].prefix == prefix {
                rows += networks[index].rows
                first = min(first, networks[index].firstRow)
            }
        }
        // The networks `cidr` holds, itself included: from `cidr` in the sort order to the first one past its end.
        let end = start | ~cidr.mask
        let lower = firstIndex(notBefore: start, cidr.prefix)
        let upper = end == .max ? networks.count : firstIndex(notBefore: end + 1, 0)
        if lower < upper {
            rows += rowsBefore[upper] - rowsBefore[lower]
            first = min(first, firstRow(in: lower..<upper))
        }
        return rows == 0 ? nil : (rows, first)
    }

    /// The index of the first network not before `(start, prefix)` in the sort order.
    private func firstIndex(notBefore start: UInt32, _ prefix: Int) -> Int {
        var low = 0
        var high = networks.count
        while low < high {
            let middle = (low + high) / 2
            if (networks[middle].start, networks[middle].prefix) < (start, prefix) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }

    /// The first row among the networks of `range`.
    private func firstRow(in range: Range<Int>) -> Int {
        var low = range.lowerBound + networks.count
        var high = range.upperBound + networks.count
        var first = Int.max
        while low < high {
            if low & 1 == 1 {
                first = min(first, firstRowTree[low])
                low += 1
            }
            if high & 1 == 1 {
                high -= 1
                first = min(first, firstRowTree[high])
            }
            low /= 2
            high /= 2
        }
        return first
    }
}
