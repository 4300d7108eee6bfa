/// The Simplified Chinese catalog of files' texts; the terms are those of `Text+Chinese.swift`.
extension FileText {
    var chinese: String {
        switch self {
        case .validationSummary(let file, let errors, let warnings):
            errors == 0 && warnings == 0 ? "\(file)：没有问题" : "\(file)：\(errors) 个错误，\(warnings) 个警告"
        }
    }
}
