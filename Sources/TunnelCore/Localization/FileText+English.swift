/// The English catalog of files' texts.
extension FileText {
    var english: String {
        switch self {
        case .validationSummary(let file, let errors, let warnings):
            "\(file): \(FileText.problemTotals(errors: errors, warnings: warnings).english)"
        case .problemTotals(let errors, let warnings):
            errors == 0 && warnings == 0
                ? "no problems"
                : "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        case .valueProblem(let path, let isError, let value, let isDescribed, let rule):
            "\(path): \(Self.severity(isError)): "
                + (value.isEmpty ? "" : isDescribed ? "(\(value)) " : "\"\(value)\" ") + rule
        case .problemSentence(let isError, let message): "\(Self.severity(isError)): \(message)"
        case .hiddenValue(let characters): "\(characters) character\(characters == 1 ? "" : "s"), hidden"
        case .structuralProblem(let place, let reason):
            place.isEmpty ? "error: \(reason)" : "\(place): error: \(reason)"
        case .tunnelFileProblem(let reason): Self.english(reason)
        case .jsonSyntax(let reason): Self.english(reason)
        case .atPosition(let line, let column, let reason): "\(TextPosition(line: line, column: column)): \(reason)"
        case .fileReason(let reason): Self.english(reason)
        case .unsafeFile(let path, let reason): "\(path) \(Self.english(reason))"
        case .outputNotWritten(let reason): "error: --output \(reason)"
        case .noStateFolder: "neither XDG_STATE_HOME nor HOME is set"
        }
    }

    private static func severity(_ isError: Bool) -> String { isError ? "error" : "warning" }

    private static func english(_ reason: TunnelFileProblem.Reason) -> String {
        switch reason {
        case .notAnObject(let found): "a tunnel must be a JSON object, not \(english(found))"
        case .objectExpected(let key, let found): "\(key) must be an object, not \(english(found))"
        case .stringExpected(let path, let found): "\(path) must be a string, not \(english(found))"
        case .cidrListExpected(let path, let found): "\(path) must be an array of CIDR strings, not \(english(found))"
        case .secondsExpected(let path, let found): "\(path) must be a number of seconds, not \(english(found))"
        case .unknownKey(let key, let section, let hint):
            "unknown key \"\(key)\"" + (section.objectKey.map { " in \($0)" } ?? "")
                + (hint.map { english($0, foundIn: section) } ?? "")
        case .syntax(let reason): english(reason)
        case .noSuchFile: english(SafeFileError.Reason.noSuchFile)
        case .unreadable: "cannot read the file (check its permissions)"
        case .isADirectory: "is a directory, not a tunnel file"
        case .stated(let words): words
        }
    }

    /// The end of an "unknown key" message: ` (did you mean "remoteSubnets"?)`, ` (belongs in ikeConfig)`,
    /// ` (did you mean "ikeLifeTime" in ikeConfig?)`.
    private static func english(_ hint: KeyHint, foundIn section: TunnelField.Section) -> String {
        let location = hint.section.objectKey.map { "in \($0)" } ?? "at the top level"
        if section == hint.section { return " (did you mean \"\(hint.key)\"?)" }
        if hint.isExact { return " (belongs \(location))" }
        return " (did you mean \"\(hint.key)\" \(location)?)"
    }

    private static func english(_ kind: JSONValue.Kind) -> String {
        switch kind {
        case .null: "null"
        case .boolean: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    private static func english(_ reason: JSONSyntaxError.Reason) -> String {
        switch reason {
        case .trailing(let found): "unexpected \(english(found)) after the end of the document"
        case .expectedValue(let found): "expected a value, found \(english(found))"
        case .expectedValueAtEnd: "expected a value, found the end of the document"
        case .tooDeep(let maximum): "nested more than \(maximum) levels deep"
        case .expectedKey(let found): "expected a key in double quotes, found \(english(found))"
        case .duplicateKey(let key): "the key \"\(key)\" appears twice in one object"
        case .expectedColon(let key, let found): "expected \":\" after the key \"\(key)\", found \(english(found))"
        case .objectNotClosed: "the object is not closed with \"}\""
        case .expectedCommaOrBrace(let key, let found):
            "expected \",\" or \"}\" after the value of \"\(key)\", found \(english(found))"
        case .arrayNotClosed: "the array is not closed with \"]\""
        case .expectedCommaOrBracket(let found): "expected \",\" or \"]\" in the array, found \(english(found))"
        case .numberNeedsDigits: "a number needs digits"
        case .leadingZero: "a number may not start with 0"
        case .digitsAfterPoint: "expected digits after the decimal point"
        case .digitsInExponent: "expected digits in the exponent"
        case .invalidUTF8: "the string is not valid UTF-8"
        case .stringNotClosed: "the string is not closed with a double quote"
        case .rawControl: "a string may not contain a raw control character (use \\n, \\t or \\u)"
        case .escapeAtEnd: "the string ends inside an escape"
        case .unpairedHighSurrogate: "a high surrogate \\u escape must be followed by a low one"
        case .invalidLowSurrogate: "invalid low surrogate"
        case .invalidUnicodeEscape: "invalid \\u escape"
        case .unknownEscape(let character): "unknown escape \\\(character)"
        case .hexDigits: "a \\u escape needs four hex digits"
        case .stated(let words): words
        }
    }

    private static func english(_ found: JSONSyntaxError.Reason.Found) -> String {
        switch found {
        case .character(let character): "\"\(character)\""
        case .byte(let byte): "byte 0x\(String(byte, radix: 16))"
        case .end: "end of the document"
        }
    }

    private static func english(_ reason: SafeFileError.Reason) -> String {
        switch reason {
        case .noSuchFile: "no such file"
        case .symbolicLink: "is a symbolic link, which is not followed"
        case .notRegularFile: "is not a regular file"
        case .tooLarge(let limit): "is larger than the limit of \(limit) bytes"
        case .failed(let step, let message): "failed at \(english(step)): \(message)"
        case .notADirectory(let isLink):
            "is \(isLink ? "a symbolic link" : "not a directory"); a private directory is required"
        case .foreignOwner(let owner, let user): "belongs to user id \(owner), not to you (\(user))"
        case .openToOthers(let mode): "has mode \(mode), open to group or others (chmod 700 it to allow it)"
        case .stated(let words): words
        }
    }

    private static func english(_ step: SafeFileError.Step) -> String {
        switch step {
        case .mkdir: "mkdir"
        case .lstat: "lstat"
        case .open: "open"
        case .fstat: "fstat"
        case .read: "read"
        case .write: "write"
        case .fsync: "fsync"
        case .rename: "rename"
        case .createTemporary: "create a temporary file"
        case .openFolder: "open the folder"
        case .syncFolder: "fsync the folder"
        }
    }
}
