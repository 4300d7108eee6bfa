#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension Duration {
    /// `2.5s`, `15s`: seconds to three significant digits, for messages.
    var formattedSeconds: String {
        let milliseconds = components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000
        if milliseconds % 1000 == 0 { return "\(milliseconds / 1000)s" }
        return Self.threeSignificantDigits(Double(milliseconds) / 1000) + "s"
    }

    /// `%.3g` by C's formatter, which Foundation's `String(format:)` also ends in; called directly because
    /// `String(format:)` is only in the whole of Foundation, which the editor does not link (README, Speed).
    private static func threeSignificantDigits(_ value: Double) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 32) { buffer in
            _ = withVaList([value]) { vsnprintf(buffer.baseAddress, buffer.count, "%.3g", $0) }
            return String(cString: buffer.baseAddress!)
        }
    }
}
