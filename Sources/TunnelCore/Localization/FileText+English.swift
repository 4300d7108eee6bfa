/// The English catalog of files' texts.
extension FileText {
    var english: String {
        switch self {
        case .validationSummary(let file, let errors, let warnings):
            errors == 0 && warnings == 0
                ? "\(file): no problems"
                : "\(file): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        }
    }
}
