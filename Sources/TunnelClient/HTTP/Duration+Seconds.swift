import Foundation

extension Duration {
    /// `2.5s`, `15s`: seconds to three significant digits, for messages.
    var formattedSeconds: String {
        let milliseconds = components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000
        if milliseconds % 1000 == 0 { return "\(milliseconds / 1000)s" }
        return String(format: "%.3gs", Double(milliseconds) / 1000)
    }
}
