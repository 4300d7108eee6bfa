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
    static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? nibble + 0x30 : nibble + 0x57
    }

    /// The key, zero-padded to a block, XORed with `byte`.
    static func fill(_ pad: UnsafeMutableBufferPointer<UInt8>, key: UnsafeRawBufferPointer, with byte: UInt8) {
        // Two plain loops rather than one with a branch per byte, so the compiler can vectorise them.
        let count = min(key.count, blockSize)
        for index in 0..<count { pad[index] = key[index] ^ byte }
        for index in count..<blockSize { pad[index] = byte }
    }
}

extension HMACSHA256 {
    /// A key with its two padded blocks already hashed: the inner and outer SHA-256 states RFC 2104 starts from.
    ///
    /// Computing them costs two of the eleven SHA-256 blocks of a BCE signature; a client keeps one per secret
    /// access key and reuses it for every request it signs.
    public struct Key: Sendable {
        let inner: SHA256
        let outer: SHA256

        /// The states of `key` (hashed first when it is longer than a block, as RFC 2104 says).
        public init(_ key: UnsafeRawBufferPointer) {
            if key.count > blockSize {
                let hashedKey = SHA256.hash(data: key)
                self = hashedKey.withUnsafeBytes { Key($0) }
                return
            }
            var inner = SHA256()
            var outer = SHA256()
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: blockSize) { pad in
                fill(pad, key: key, with: 0x36)
                inner.update(bufferPointer: UnsafeRawBufferPointer(pad))
                fill(pad, key: key, with: 0x5C)
                outer.update(bufferPointer: UnsafeRawBufferPointer(pad))
                pad.initialize(repeating: 0)
            }
            self.inner = inner
            self.outer = outer
        }

        /// The states of a key given as bytes.
        public init(_ key: [UInt8]) {
            self = key.withUnsafeBytes { Key($0) }
        }
    }

    /// The 32-byte authentication code of `message` under a prepared key.
    public static func authenticationCode(key: Key, message: UnsafeRawBufferPointer) -> SHA256.Digest {
        var inner = key.inner
        inner.update(bufferPointer: message)
        let innerDigest = inner.finalize()
        var outer = key.outer
        innerDigest.withUnsafeBytes { outer.update(bufferPointer: $0) }
        return outer.finalize()
    }

    /// The code of a message under a key of exactly one block that sits just before it in `buffer`.
    ///
    /// BCE's second HMAC is keyed with the 64 hex characters of the first: XORing them into the inner pad in place
    /// lets the inner hash take pad and message in one update, and the outer hash pad and inner digest in one,
    /// rather than two each. The key's bytes are left as the inner pad; zero them after if they are secret.
    static func authenticationCode(keyBlockFollowedByMessage buffer: UnsafeMutableRawBufferPointer) -> SHA256.Digest {
        precondition(buffer.count >= blockSize, "the buffer must start with a one-block key")
        for index in 0..<blockSize { buffer[index] ^= 0x36 }
        var inner = SHA256()
        inner.update(bufferPointer: UnsafeRawBufferPointer(buffer))
        let innerDigest = inner.finalize()
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: blockSize + 32) { outerInput in
            defer { outerInput.initialize(repeating: 0) }
            for index in 0..<blockSize { outerInput[index] = buffer[index] ^ (0x36 ^ 0x5C) }
            innerDigest.withUnsafeBytes { digest in
                for index in 0..<32 { outerInput[blockSize + index] = digest[index] }
            }
            var outer = SHA256()
            outer.update(bufferPointer: UnsafeRawBufferPointer(outerInput))
            return outer.finalize()
        }
    }

    /// Writes a code as 64 lowercase hex characters at `output`.
    static func writeHex(_ code: SHA256.Digest, to output: UnsafeMutablePointer<UInt8>) {
        code.withUnsafeBytes { digest in
            for index in 0..<32 {
                let byte = digest[index]
                output[index * 2] = hexDigit(byte >> 4)
                output[index * 2 + 1] = hexDigit(byte & 0x0F)
            }
        }
    }
}
