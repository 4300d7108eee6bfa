/// How many single-character edits turn one short text into another, for "did you mean" hints.
///
/// The optimal string alignment form of the Damerau–Levenshtein distance: an insertion, a deletion, a substitution
/// or a swap of two neighbouring characters each count one, so `ikeEncAlgo` is 1 from `ikeEncAlg` and `ikePsf` is 1
/// from `ikePfs`. Letters are compared without case, since a key that differs only in case is the commonest slip.
enum EditDistance {
    /// The distance between `text` and `key` when it is at most `limit`, else nil.
    ///
    /// Texts whose lengths differ by more than `limit` are refused before any work, so a key of any length costs at
    /// most one comparison of a few characters with each candidate: reading a file stays linear in its size.
    static func distance(_ text: String, _ key: String, limit: Int) -> Int? {
        let target = folded(key, atMost: Int.max)
        let source = folded(text, atMost: target.count + limit + 1)
        guard abs(source.count - target.count) <= limit else { return nil }
        guard !source.isEmpty, !target.isEmpty else { return max(source.count, target.count) }
        // Three rows of the classic table suffice: the swap looks two rows back.
        var twoBack = [Int](repeating: 0, count: target.count + 1)
        var previous = Array(0...target.count)
        var current = [Int](repeating: 0, count: target.count + 1)
        for i in 1...source.count {
            current[0] = i
            var rowBest = i
            for j in 1...target.count {
                let cost = source[i - 1] == target[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, source[i - 1] == target[j - 2], source[i - 2] == target[j - 1] {
                    best = min(best, twoBack[j - 2] + 1)
                }
                current[j] = best
                rowBest = min(rowBest, best)
            }
            // Every later row is at least this row's smallest entry.
            if rowBest > limit { return nil }
            (twoBack, previous, current) = (previous, current, twoBack)
        }
        let distance = previous[target.count]
        return distance <= limit ? distance : nil
    }

    /// The first `count` scalars of `text`, ASCII letters lowered (every key of a tunnel file is ASCII).
    private static func folded(_ text: String, atMost count: Int) -> [Unicode.Scalar] {
        text.unicodeScalars.prefix(count).map { scalar in
            ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
        }
    }
}
