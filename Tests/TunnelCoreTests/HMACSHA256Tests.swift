import Crypto
import Testing

@testable import TunnelCore

@Suite struct HMACSHA256Tests {
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
    }

    static func bytes(hex: String) -> [UInt8] {
        var result: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            result.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return result
    }

    // RFC 4231 test cases 1, 2, 4 and 6 (6: a 131-byte key, longer than a block).
    @Test(arguments: [
        (
            String(repeating: "0b", count: 20), "4869205468657265",
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
        ),
        (
            "4a656665", "7768617420646f2079612077616e7420666f72206e6f7468696e673f",
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        ),
        (
            "0102030405060708090a0b0c0d0e0f10111213141516171819",
            String(repeating: "cd", count: 50),
            "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"
        ),
        (
            String(repeating: "aa", count: 131),
            "54657374205573696e67204c6172676572205468616e20426c6f636b2d53697a65204b6579202d2048617368204b6579204669727374",
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
        ),
    ])
    func rfc4231(key: String, message: String, expected: String) {
        let code = Self.bytes(hex: key).withUnsafeBytes { key in
            Self.bytes(hex: message).withUnsafeBytes { message in
                HMACSHA256.authenticationCode(key: key, message: message)
            }
        }
        #expect(Self.hex(code) == expected)
        #expect(
            String(
                decoding: HMACSHA256.hexCode(key: Self.bytes(hex: key), message: Self.bytes(hex: message)),
                as: UTF8.self) == expected)
    }

    @Test func agreesWithSwiftCryptoOnEveryKeyAndMessageLength() {
        var generator = SystemRandomNumberGenerator()
        for keyLength in [0, 1, 9, 63, 64, 65, 200] {
            for messageLength in [0, 1, 55, 56, 64, 417, 1000] {
                let key = (0..<keyLength).map { _ in UInt8.random(in: 0...255, using: &generator) }
                let message = (0..<messageLength).map { _ in UInt8.random(in: 0...255, using: &generator) }
                let expected = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key))
                #expect(HMACSHA256.hexCode(key: key, message: message) == Array(Self.hex(expected).utf8))
            }
        }
    }
}
