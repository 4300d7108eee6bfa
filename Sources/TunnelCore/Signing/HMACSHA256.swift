import Crypto

/// HMAC-SHA256 (RFC 2104) over swift-crypto's SHA-256, on raw buffers.
///
/// swift-crypto's own `HMAC<SHA256>` is correct but takes a `SymmetricKey` and `DataProtocol` values: measured here,
/// its allocations and generic dispatch cost more than the hashing for the short messages of a signature, and a
/// request is signed twice per attempt. This keeps the hashing in swift-crypto and only does the two-line RFC 2104
/// construction (inner and outer hash over the padded key) without allocating. Tests check it against
/// swift-crypto's HMAC and RFC 4231's vectors.
public enum HMACSHA256 {
    static let blockSize = 64

    /// The 32-byte authentication code of `message` under `key`.
    public static func authenticationCode(key: UnsafeRawBufferPointer, message: UnsafeRawBufferPointer) -> SHA256.Digest
    {
        if key.count > blockSize {
            let hashedKey = SHA256.hash(data: key)
            return hashedKey.withUnsafeBytes { authenticationCode(key: $0, message: message) }
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: blockSize) { pad in
            let padBytes = UnsafeMutableRawBufferPointer(pad)
            fill(pad, key: key, with: 0x36)
            var inner = SHA256()
            inner.update(bufferPointer: UnsafeRawBufferPointer(padBytes))
            inner.update(bufferPointer: message)
            let innerDigest = inner.finalize()
            fill(pad, key: key, with: 0x5C)
            var outer = SHA256()
            outer.update(bufferPointer: UnsafeRawBufferPointer(padBytes))
            innerDigest.withUnsafeBytes { outer.update(bufferPointer: $0) }
            return outer.finalize()
        }
    }

    /// The code as 64 lowercase hex characters (ASCII bytes), the form BCE auth v1 uses for both of its HMACs.
    public static func hexCode(key: UnsafeRawBufferPointer, message: UnsafeRawBufferPointer) -> [UInt8] {
        let code = authenticationCode(key: key, message: message)
        return code.withUnsafeBytes { digest in
            [UInt8](unsafeUninitializedCapacity: 64) { buffer, count in
                for index in 0..<32 {
                    let byte = digest[index]
                    buffer[index * 2] = hexDigit(byte >> 4)
                    buffer[index * 2 + 1] = hexDigit(byte & 0x0F)
                }
                count = 64
            }
        }
    }

    /// `hexCode` for byte arrays.
    public static func hexCode(key: [UInt8], message: [UInt8]) -> [UInt8] {
        key.withUnsafeBytes { key in message.withUnsafeBytes { message in hexCode(key: key, message: message) } }
    }

    @inline(__always)
    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? nibble + 0x30 : nibble + 0x57
    }

    /// The key, zero-padded to a block, XORed with `byte`.
    private static func fill(_ pad: UnsafeMutableBufferPointer<UInt8>, key: UnsafeRawBufferPointer, with byte: UInt8) {
        for index in 0..<blockSize {
            pad[index] = (index < key.count ? key[index] : 0) ^ byte
        }
    }
}
