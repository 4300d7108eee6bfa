/// The Simplified Chinese catalog of files' texts; the terms are those of `Text+Chinese.swift`.
///
/// The severities are those of GCC's Chinese messages (`错误：`, `警告：`); the place before them (`t.json:7:5:`)
/// keeps its ASCII colons, for editors that jump to it. Key names, JSON's own words (`null`, `\u`) and the system's
/// messages (`strerror`) stay as they are.
extension FileText {
    var chinese: String {
        switch self {
        case .validationSummary(let file, let errors, let warnings):
            "\(file)：\(FileText.problemTotals(errors: errors, warnings: warnings).chinese)"
        case .problemTotals(let errors, let warnings):
            errors == 0 && warnings == 0 ? "没有问题" : "\(errors) 个错误，\(warnings) 个警告"
        case .valueProblem(let path, let isError, let value, let isDescribed, let rule):
            "\(path): \(Self.severity(isError))："
                + (value.isEmpty ? "" : isDescribed ? "（\(value)）" : "\"\(value)\" ") + rule
        case .problemSentence(let isError, let message): "\(Self.severity(isError))：\(message)"
        case .hiddenValue(let characters): "\(characters) 个字符，已隐藏"
        case .structuralProblem(let place, let reason): place.isEmpty ? "错误：\(reason)" : "\(place): 错误：\(reason)"
        case .tunnelFileProblem(let reason): Self.chinese(reason)
        case .jsonSyntax(let reason): Self.chinese(reason)
        case .atPosition(let line, let column, let reason): "第 \(line) 行第 \(column) 列：\(reason)"
        case .fileReason(let reason): Self.chinese(reason)
        case .unsafeFile(let path, let reason): "\(path) \(Self.chinese(reason))"
        case .outputNotWritten(let reason): "错误：--output \(reason)"
        case .noStateFolder: "XDG_STATE_HOME 和 HOME 都没有设置"
        }
    }

    private static func severity(_ isError: Bool) -> String { isError ? "错误" : "警告" }

    private static func chinese(_ reason: TunnelFileProblem.Reason) -> String {
        switch reason {
        case .notAnObject(let found): "隧道文件必须是一个 JSON 对象，而不是\(chinese(found))"
        case .objectExpected(let key, let found): "\(key) 必须是对象，而不是\(chinese(found))"
        case .stringExpected(let path, let found): "\(path) 必须是字符串，而不是\(chinese(found))"
        case .cidrListExpected(let path, let found): "\(path) 必须是 CIDR 字符串的数组，而不是\(chinese(found))"
        case .secondsExpected(let path, let found): "\(path) 必须是秒数，而不是\(chinese(found))"
        case .unknownKey(let key, let section, let hint):
            (section.objectKey.map { "\($0) 中" } ?? "") + "未知的键 \"\(key)\""
                + (hint.map { chinese($0, foundIn: section) } ?? "")
        case .syntax(let reason): chinese(reason)
        case .noSuchFile: chinese(SafeFileError.Reason.noSuchFile)
        case .unreadable: "无法读取该文件（请检查文件权限）"
        case .isADirectory: "是目录，不是隧道文件"
        case .stated(let words): words
        }
    }

    /// The end of an "unknown key" message: `（是否想写 "remoteSubnets"？）`, `（应写在 ikeConfig 中）`,
    /// `（是否想写 ikeConfig 中的 "ikeLifeTime"？）`.
    private static func chinese(_ hint: KeyHint, foundIn section: TunnelField.Section) -> String {
        if section == hint.section { return "（是否想写 \"\(hint.key)\"？）" }
        if hint.isExact { return "（应写在" + (hint.section.objectKey.map { " \($0) 中" } ?? "顶层") + "）" }
        return "（是否想写" + (hint.section.objectKey.map { " \($0) 中的" } ?? "顶层的") + " \"\(hint.key)\"？）"
    }

    private static func chinese(_ kind: JSONValue.Kind) -> String {
        switch kind {
        case .null: "空值（null）"
        case .boolean: "布尔值"
        case .number: "数字"
        case .string: "字符串"
        case .array: "数组"
        case .object: "对象"
        }
    }

    private static func chinese(_ reason: JSONSyntaxError.Reason) -> String {
        switch reason {
        case .trailing(let found): "文档结束之后还有多余的\(chinese(found))"
        case .expectedValue(let found): "此处应为一个值，却遇到\(chinese(found))"
        case .expectedValueAtEnd: "此处应为一个值，文档却已结束"
        case .tooDeep(let maximum): "嵌套超过了 \(maximum) 层"
        case .expectedKey(let found): "此处应为带双引号的键，却遇到\(chinese(found))"
        case .duplicateKey(let key): "键 \"\(key)\" 在同一个对象中出现了两次"
        case .expectedColon(let key, let found): "键 \"\(key)\" 之后应为 \":\"，却遇到\(chinese(found))"
        case .objectNotClosed: "对象没有以 \"}\" 结束"
        case .expectedCommaOrBrace(let key, let found):
            "\"\(key)\" 的值之后应为 \",\" 或 \"}\"，却遇到\(chinese(found))"
        case .arrayNotClosed: "数组没有以 \"]\" 结束"
        case .expectedCommaOrBracket(let found): "数组中此处应为 \",\" 或 \"]\"，却遇到\(chinese(found))"
        case .numberNeedsDigits: "数字缺少数位"
        case .leadingZero: "数字不能以 0 开头"
        case .digitsAfterPoint: "小数点之后应有数字"
        case .digitsInExponent: "指数部分应有数字"
        case .invalidUTF8: "字符串不是有效的 UTF-8"
        case .stringNotClosed: "字符串没有以双引号结束"
        case .rawControl: "字符串中不能有未转义的控制字符（请用 \\n、\\t 或 \\u）"
        case .escapeAtEnd: "字符串在转义序列中间结束"
        case .unpairedHighSurrogate: "高位代理的 \\u 转义之后必须紧跟一个低位代理"
        case .invalidLowSurrogate: "无效的低位代理"
        case .invalidUnicodeEscape: "无效的 \\u 转义"
        case .unknownEscape(let character): "未知的转义 \\\(character)"
        case .hexDigits: "\\u 转义需要四位十六进制数字"
        case .stated(let words): words
        }
    }

    /// What was found, as the end of `却遇到…`: a quoted character set apart by a space, words joined without one.
    private static func chinese(_ found: JSONSyntaxError.Reason.Found) -> String {
        switch found {
        case .character(let character): " \"\(character)\""
        case .byte(let byte): "字节 0x\(String(byte, radix: 16))"
        case .end: "文档末尾"
        }
    }

    private static func chinese(_ reason: SafeFileError.Reason) -> String {
        switch reason {
        case .noSuchFile: "文件不存在"
        case .symbolicLink: "是符号链接，不会跟随它"
        case .notRegularFile: "不是普通文件"
        case .tooLarge(let limit): "超过了 \(limit) 字节的上限"
        case .failed(let step, let message): "\(chinese(step))时失败：\(message)"
        case .notADirectory(let isLink): "\(isLink ? "是符号链接" : "不是目录")，这里需要一个私有目录"
        case .foreignOwner(let owner, let user): "属于用户 ID \(owner)，而不是当前用户（\(user)）"
        case .openToOthers(let mode): "的权限为 \(mode)，同组用户或其他用户可以访问（chmod 700 之后方可使用）"
        case .stated(let words): words
        }
    }

    /// What was being done, as the start of `…时失败`: the system call by its own name.
    private static func chinese(_ step: SafeFileError.Step) -> String {
        switch step {
        case .mkdir: "执行 mkdir "
        case .lstat: "执行 lstat "
        case .open: "执行 open "
        case .fstat: "执行 fstat "
        case .read: "执行 read "
        case .write: "执行 write "
        case .fsync: "执行 fsync "
        case .rename: "执行 rename "
        case .createTemporary: "创建临时文件"
        case .openFolder: "打开所在文件夹"
        case .syncFolder: "对所在文件夹执行 fsync "
        }
    }
}
