/// Breaks text into lines of at most a number of columns: at spaces when it can, inside a word when it must
/// (a signature or a URL has no spaces).
public enum TextWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var rest = String(paragraph)
            if rest.isEmpty {
                result.append("")
                continue
            }
            while TextWidth.columns(of: rest) > width {
                var head = TextWidth.prefix(of: rest, fitting: width)
                if rest.dropFirst(head.count).first == " " {
                    rest = String(rest.dropFirst(head.count + 1))
                } else if let space = head.lastIndex(of: " "), space > head.startIndex {
                    head = String(head[..<space])
                    rest = String(rest.dropFirst(head.count + 1))
                } else {
                    rest = String(rest.dropFirst(head.count))
                }
                result.append(head)
            }
            result.append(rest)
        }
        return result
    }

    /// Cuts each line at exactly `width` columns: for text that must read as sent (a request line, a signature).
    public static func hardLines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var rest = Substring(line)
            repeat {
                let head = TextWidth.prefix(of: String(rest), fitting: width)
                result.append(head)
                rest = rest.dropFirst(max(head.count, 1))
            } while !rest.isEmpty
        }
        return result
    }
}
