import Foundation

/// JSON answers as BCE writes them: compact, keys in declaration order, slashes of CIDRs not escaped.
enum JSONBody {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        // The answers hold only strings, numbers, booleans and arrays: encoding cannot fail.
        let data = try! encoder.encode(value)
        return String(decoding: data, as: UTF8.self)
    }
}
