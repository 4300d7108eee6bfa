#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The headers signed when the caller names none: `host`, `content-length`, `content-type`, `content-md5` and
/// every `x-bce-*` header, tested on a lowercased name's bytes.
enum DefaultSignedHeaders {
    static func contains(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        switch name.count {
        case 4: return matches(name, "host")
        case 11: return matches(name, "content-md5") || hasBCEPrefix(name)
        case 12: return matches(name, "content-type") || hasBCEPrefix(name)
        case 14: return matches(name, "content-length") || hasBCEPrefix(name)
        default: return hasBCEPrefix(name)
        }
    }

    private static func hasBCEPrefix(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        name.count >= 6 && memcmp(name.baseAddress!, ("x-bce-" as StaticString).utf8Start, 6) == 0
    }

    private static func matches(_ name: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        name.count == literal.utf8CodeUnitCount && memcmp(name.baseAddress!, literal.utf8Start, name.count) == 0
    }
}
