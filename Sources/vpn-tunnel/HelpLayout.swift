import ArgumentParser
import TunnelCore
import TunnelTUI

#if canImport(Glibc)
    import Glibc
#endif

/// Where swift-argument-parser puts a help text, which decides the columns the text has.
enum HelpPlacement {
    /// A command's abstract: in `vpn-tunnel --help` beside the command's name, at an option's column, and after
    /// `OVERVIEW:` of its own help, where the same breaks leave the rows shorter than they could be. (At 80 columns
    /// every abstract is one row in both.)
    case abstract
    /// A command's discussion, under `OVERVIEW:`, from the first column.
    case discussion
    /// An option's help, in the column after its name.
    case option
    /// An option's help that the parser follows with its own `(default: …)` or `(values: …)`.
    case optionWithParserNote
    /// The paragraph under an option's help.
    case optionDiscussion
}

extension CommandLanguage {
    /// A help text in the run's language, laid out for the place the parser puts it.
    static func help(_ text: HelpText, at placement: HelpPlacement) -> String {
        let words = current.text(.help(text))
        // English is the program's original text, which the parser wraps as it always did; a completion script
        // shows each text as one description, which the shell lays out itself; a run that prints no help shows
        // none of these texts but, after a usage error, one option's help on one line, which needs no breaks.
        guard current == .zh, HelpLayout.printsHelp else { return words }
        return HelpLayout.laidOut(words, at: placement, screenWidth: HelpLayout.screenWidth)
    }
}

extension ArgumentHelp {
    /// The help of an option from the catalog, in the run's language: `parserNote` when the option has a default
    /// value or a list of values, which the parser writes after the text.
    static func localized(
        _ text: HelpText, valueName: String? = nil, parserNote: Bool = false, discussion: HelpText? = nil
    ) -> ArgumentHelp {
        ArgumentHelp(
            CommandLanguage.help(text, at: parserNote ? .optionWithParserNote : .option),
            discussion: discussion.map { CommandLanguage.help($0, at: .optionDiscussion) }, valueName: valueName)
    }
}

/// Chinese help, broken into lines by display width before the parser sees it.
///
/// swift-argument-parser (1.8) wraps help by counting characters, and a Chinese character takes two columns: left to
/// it, a Chinese paragraph would run to twice the terminal's width. It has no setting for this, so the lines are
/// broken here, by `TextWidth` (through `TextWrap`), to the width the parser will use, and each is shorter than the
/// parser's limit in characters: the parser keeps a line whose end it finds within its limit, and only breaks longer
/// ones.
enum HelpLayout {
    /// The parser's columns (`HelpGenerator`): an option's help starts at column 26; the paragraph under it at 8.
    static let optionColumn = 26
    static let optionDiscussionColumn = 8

    /// The width the parser wraps help to, found as it finds it: `COLUMNS`, else the terminal on standard output,
    /// else 80. (Its own lookup is internal to the library.)
    static var screenWidth: Int {
        if let value = ProcessEnvironment.values(["COLUMNS"])["COLUMNS"], let columns = Int(value) { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    /// Whether this run may print a command's help: `-h`, `--help`, `-help` or `help` among the arguments, or no
    /// argument but `--lang` (the parser then prints the root's help); never when it writes a shell's completion
    /// script (`--generate-completion-script`).
    ///
    /// Laying out every command's help costs several milliseconds, which a run that prints none (and the editor's
    /// start-up) should not pay: the parser reads every command's abstract and discussion on every run. Guessing
    /// wrong only costs the layout: help printed unbroken would still be whole, only wider than the screen.
    static let printsHelp = shouldPrintHelp(CommandLine.arguments)

    static func shouldPrintHelp(_ arguments: [String]) -> Bool {
        let given = arguments.dropFirst()
        if given.contains(where: { $0.hasPrefix("--generate-completion-script") }) { return false }
        if given.contains(where: { ["-h", "--help", "-help", "help"].contains($0) }) { return true }
        return CommandLanguage.languageFlags(in: arguments).others.isEmpty
    }

    /// `text` with its paragraphs broken to fit `screenWidth` at `placement`; lines already in it stay lines.
    static func laidOut(_ text: String, at placement: HelpPlacement, screenWidth: Int) -> String {
        let column =
            switch placement {
            case .discussion: 0
            case .abstract, .option, .optionWithParserNote: optionColumn
            case .optionDiscussion: optionDiscussionColumn
            }
        // One column short of the room: a line exactly as long (in characters) as the parser's limit would be
        // broken again by it, since it looks for the line's end within that many characters.
        let room = max(screenWidth - column - 1, 10)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
            rows(of: String($0), room: room)
        }
        // The parser's note then starts a line of its own rather than lengthening the text's last line, whose width
        // in columns it cannot know.
        return lines.joined(separator: "\n") + (placement == .optionWithParserNote ? "\n" : "")
    }

    /// A line as rows of at most `room` columns: the rows of an exit-code table's line (`  65  …`) continue under its
    /// text, other lines under their first character.
    static func rows(of line: String, room: Int) -> [String] {
        let lead = hangingIndent(of: line)
        let body = String(line.dropFirst(lead))
        guard !body.isEmpty else { return [line] }
        let padding = String(repeating: " ", count: lead)
        return punctuatedRows(keepingCommandsWhole(body), room: max(room - lead, 10)).enumerated().map {
            index, row in
            (index == 0 ? String(line.prefix(lead)) : padding) + row.replacing(noBreakSpace, with: " ")
        }
    }

    static let noBreakSpace = "\u{A0}"

    /// `text` with the spaces of each command in backticks (`` `show ... --reveal-secrets > t.json` ``) made
    /// no-break spaces, which `TextWrap` does not break at, so that a command to copy stays on one row.
    static func keepingCommandsWhole(_ text: String) -> String {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated().map { index, part in
            index.isMultiple(of: 2) ? String(part) : String(part.replacing(" ", with: noBreakSpace))
        }.joined(separator: "`")
    }

    /// Punctuation that Chinese typesetting never puts at the start of a line, and brackets never left at its end.
    static let closing: Set<Character> = ["，", "。", "、", "；", "：", "）", "」", "！", "？"]
    static let opening: Set<Character> = ["（", "「"]

    /// `text` as rows of `TextWrap`'s, one row at a time, with its punctuation kept where Chinese puts it: a comma
    /// that would start a row hangs at the end of the one before (in the column kept free for the parser, which
    /// counts it as one character), or takes the word before it along; an opening bracket goes down with what it
    /// opens.
    static func punctuatedRows(_ text: String, room: Int) -> [String] {
        var rows: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            // The first row depends only on the characters that fit in it and the one after: wrapping just those
            // keeps the whole layout linear in the text's length.
            let window = rest.prefix(room + 2)
            guard var row = TextWrap.lines(String(window), width: room).first, row.count < rest.count else {
                rows.append(String(rest))
                break
            }
            var kept = row.count
            var hung = 0
            if let first = rest.dropFirst(kept).first, first != " ", closing.contains(first) {
                // As many closing marks as fit hang; when one does not, the row's last word goes down with them.
                for mark in rest.dropFirst(kept).prefix(while: { closing.contains($0) }) {
                    guard TextWidth.columns(of: row) + TextWidth.columns(of: mark) <= room + 1 else {
                        hung = -1
                        break
                    }
                    row.append(mark)
                    hung += 1
                }
                if hung < 0 {
                    kept = keptBeforeLastWord(of: rest.prefix(kept))
                    hung = 0
                }
            }
            while kept > 1, opening.contains(rest[rest.index(rest.startIndex, offsetBy: kept - 1)]) { kept -= 1 }
            if hung == 0 { row = String(rest.prefix(kept)) }
            while row.last == " " { row.removeLast() }
            rows.append(row)
            rest = rest.dropFirst(kept + hung)
            if rest.first == " " { rest = rest.dropFirst() }
        }
        return rows
    }

    /// How many characters of `row` stay when its last word leaves: with the closing marks after it and an opening
    /// bracket before it, since neither may be parted from it; a Chinese character is a word alone, other letters
    /// run back to a space or a Chinese character. All of them stay when the word is the whole row.
    static func keptBeforeLastWord(of row: Substring) -> Int {
        var kept = row.dropLast(row.reversed().prefix { closing.contains($0) }.count)
        guard let last = kept.last else { return row.count }
        let word =
            TextWidth.columns(of: last) == 2
            ? 1 : kept.reversed().prefix { $0 != " " && TextWidth.columns(of: $0) < 2 }.count
        kept = kept.dropLast(word)
        kept = kept.dropLast(kept.reversed().prefix { opening.contains($0) }.count)
        return kept.isEmpty ? row.count : kept.count
    }

    /// The columns before a line's text: its indentation, and for a row of an exit-code table the code(s) and the
    /// spaces after them (`  129, 143  `).
    static func hangingIndent(of line: String) -> Int {
        let indentation = line.prefix { $0 == " " }.count
        guard indentation > 0, let first = line.dropFirst(indentation).first, first.isASCII, first.isNumber else {
            return indentation
        }
        return indentation + line.dropFirst(indentation).prefix { "0123456789, ".contains($0) }.count
    }
}
