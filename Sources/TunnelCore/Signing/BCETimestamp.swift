#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The UTC timestamps of BCE auth v1: `2015-04-27T08:23:49Z`.
///
/// Formatted by hand from the Unix time: `ISO8601DateFormatter` costs microseconds per call, more than the rest of
/// signing together.
public enum BCETimestamp {
    /// The timestamp of a date, to the second (fractions are dropped).
    public static func string(from date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        var days = seconds / 86_400
        var secondOfDay = seconds % 86_400
        if secondOfDay < 0 {
            secondOfDay += 86_400
            days -= 1
        }
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        // Written straight into the string's storage: no array in between.
        return String(unsafeUninitializedCapacity: 20) { bytes in
            writeDigits(year, count: 4, to: bytes, at: 0)
            bytes[4] = UInt8(ascii: "-")
            writeDigits(month, count: 2, to: bytes, at: 5)
            bytes[7] = UInt8(ascii: "-")
            writeDigits(day, count: 2, to: bytes, at: 8)
            bytes[10] = UInt8(ascii: "T")
            writeDigits(secondOfDay / 3600, count: 2, to: bytes, at: 11)
            bytes[13] = UInt8(ascii: ":")
            writeDigits(secondOfDay / 60 % 60, count: 2, to: bytes, at: 14)
            bytes[16] = UInt8(ascii: ":")
            writeDigits(secondOfDay % 60, count: 2, to: bytes, at: 17)
            bytes[19] = UInt8(ascii: "Z")
            return 20
        }
    }

    /// The date of a timestamp in exactly the form `yyyy-MM-ddTHH:mm:ssZ`; nil for anything else.
    public static func date(from string: String) -> Date? {
        let bytes = Array(string.utf8)
        guard bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            bytes[19] == UInt8(ascii: "Z")
        else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60
        else { return nil }
        let days = daysSinceEpoch(year: year, month: month, day: day)
        guard civilDate(daysSinceEpoch: days) == (year, month, day) else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3600 + minute * 60 + second))
    }

    /// Howard Hinnant's `civil_from_days`: the proleptic Gregorian date of a day count from 1970-01-01.
    static func civilDate(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Howard Hinnant's `days_from_civil`, the inverse of `civilDate`.
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let adjustedYear = month <= 2 ? year - 1 : year
        let era = (adjustedYear >= 0 ? adjustedYear : adjustedYear - 399) / 400
        let yearOfEra = adjustedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func writeDigits(
        _ value: Int, count: Int, to bytes: UnsafeMutableBufferPointer<UInt8>, at offset: Int
    ) {
        var divisor = 1
        for _ in 1..<count { divisor *= 10 }
        var remainder = value
        var position = offset
        while divisor > 0 {
            bytes[position] = UInt8(ascii: "0") + UInt8(remainder / divisor % 10)
            position += 1
            remainder %= divisor
            divisor /= 10
        }
    }
}
