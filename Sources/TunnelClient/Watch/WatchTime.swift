/// Times of a watch as an operator writes and reads them: `90s`, `5m`, `1h`; `12s`, `2m05s`.
///
/// Hand-written: swift-argument-parser takes integers, and `Duration` has no parser or short formatter in the
/// standard library or FoundationEssentials.
public enum WatchTime {
    /// `12s`, `2m05s`, `1h00m00s`: whole seconds (a watch's times are read from a clock, rounded down).
    public static func text(_ duration: Duration) -> String {
        let seconds = max(duration.components.seconds, 0)
        let (hours, minutes, rest) = (seconds / 3600, seconds / 60 % 60, seconds % 60)
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        if hours > 0 { return "\(hours)h\(two(minutes))m\(two(rest))s" }
        if minutes > 0 { return "\(minutes)m\(two(rest))s" }
        return "\(rest)s"
    }

    /// A duration from `300`, `300s`, `5m`, `2h` or `1m30s`; nil for anything else (or for more than a day).
    public static func parse(_ text: String) -> Duration? {
        var total: Int64 = 0
        var digits = ""
        var sawUnit = false
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
                guard digits.count <= 6 else { return nil }
                continue
            }
            guard let value = Int64(digits) else { return nil }
            let scale: Int64
            switch character {
            case "h": scale = 3600
            case "m": scale = 60
            case "s": scale = 1
            default: return nil
            }
            total += value * scale
            digits = ""
            sawUnit = true
        }
        if !digits.isEmpty {
            // A bare number is seconds, only on its own (`1m30` is a typo, not 1m30s).
            guard !sawUnit, let value = Int64(digits) else { return nil }
            total += value
        } else if !sawUnit {
            return nil
        }
        guard total <= 86_400 else { return nil }
        return .seconds(total)
    }
}
