/// Breaks text into lines of at most a number of columns: at spaces or beside a wide (Chinese) character when it
/// can, since Chinese is written without spaces; inside a word when it must (a signature or a URL has no spaces).
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
                } else if let (length, skipsSpace) = lastBreak(in: head, before: rest.dropFirst(head.count).first) {
                    head = String(head.prefix(length))
                    rest = String(rest.dropFirst(length + (skipsSpace ? 1 : 0)))
                } else {
                    rest = String(rest.dropFirst(head.count))
                }
                result.append(head)
            }
            result.append(rest)
        }
        return result
    }

    /// Where a line may end inside `head`, the latest place: at a space (which is then dropped), or between two
    /// characters either of which is wide. Nil when there is none but the start.
    private static func lastBreak(in head: String, before next: Character?) -> (length: Int, skipsSpace: Bool)? {
        let characters = Array(head)
        if let next, let last = characters.last, TextWidth.columns(of: next) == 2 || TextWidth.columns(of: last) == 2 {
            return (characters.count, false)
        }
        for index in stride(from: characters.count - 1, to: 0, by: -1) {
            if characters[index] == " " { return (index, true) }
            if TextWidth.columns(of: characters[index]) == 2 || TextWidth.columns(of: characters[index - 1]) == 2 {
                return (index, false)
            }
        }
        return nil
    }

    /// What starts a row that continues the line above, after that line's own indentation: ASCII, so that every
    /// terminal draws it, and no line of a request or of its JSON body starts with it.
    public static let continuationMark = "> "

    /// Breaks one line of a request (the request line, a header, JSON) into rows of at most `width` columns without
    /// changing a character: after a space, `,` `;` `&` `=` `/`, or a `:` not followed by a digit (a time such as
    /// `04:17:29` stays whole), and never inside a JSON string nor inside the line's indentation. A space in the
    /// second half of a row is preferred to a later separator. A token longer than a row (a long signature or
    /// string) is cut at the width, where it must be. Each row after the first starts with `continuationMark`.
    public static func tokenLines(_ line: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        guard TextWidth.columns(of: line) > width else { return [line] }
        let characters = Array(line)
        let breaks = breakOpportunities(in: characters)
        let indentation = String(repeating: " ", count: characters.prefix { $0 == " " }.count)
        // A deep indentation would leave continuations no room: the mark alone then, or nothing on a tiny screen.
        var lead = indentation + continuationMark
        if TextWidth.columns(of: lead) * 2 > width { lead = continuationMark }
        if TextWidth.columns(of: lead) * 2 > width { lead = "" }
        let leadWidth = TextWidth.columns(of: lead)
        var rows: [String] = []
        var start = 0
        while start < characters.count {
            let prefix = rows.isEmpty ? "" : lead
            let room = width - (rows.isEmpty ? 0 : leadWidth)
            var end = start
            var used = 0
            while end < characters.count {
                let columns = TextWidth.columns(of: characters[end])
                if used + columns > room { break }
                used += columns
                end += 1
            }
            guard end < characters.count else {
                rows.append(prefix + String(characters[start...]))
                break
            }
            // A space in the row's second half rather than a later separator: `10.0.1.0/24, 10.0.2.0/24` breaks
            // between the subnets, not after a slash inside one.
            var cut = end
            if let space = (start..<end).last(where: { breaks[$0] == .space }), space - start >= room / 2 {
                cut = space + 1
            } else if let opportunity = (start..<end).last(where: { breaks[$0] != nil }) {
                cut = opportunity + 1
            }
            // A character wider than the whole row still goes somewhere.
            cut = max(cut, start + 1)
            rows.append(prefix + String(characters[start..<cut]))
            start = cut
        }
        return rows
    }

    /// Where a row may end after a character.
    private enum Break {
        case space
        case separator
    }

    /// Whether a row may end after each character: outside JSON strings, after a space or a separator, and never
    /// inside the line's indentation (a row of spaces alone would say nothing).
    private static func breakOpportunities(in characters: [Character]) -> [Break?] {
        var breaks = [Break?](repeating: nil, count: characters.count)
        var inString = false
        var escaped = false
        let indentation = characters.prefix { $0 == " " }.count
        for (index, character) in characters.enumerated() where index >= indentation {
            if inString {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    inString = false
                }
                continue
            }
            // A separator followed by a space breaks after the space, so that no row starts with one.
            let next = index + 1 < characters.count ? characters[index + 1] : "\n"
            switch character {
            case "\"": inString = true
            case " ": breaks[index] = .space
            case ",", ";", "&", "=", "/": if next != " " { breaks[index] = .separator }
            case ":": if next != " " && !("0"..."9").contains(next) { breaks[index] = .separator }
            default: break
            }
        }
        return breaks
    }
}
