import CProcessControl

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Keeps secrets in memory out of core files: the pre-shared key, the secret access key and signing keys live in
/// the process while it runs, and a crash must not write them to disk.
public enum ProcessHardening {
    /// Sets the core file size limit to 0 (soft and hard, so no child can raise it again) and marks the process as
    /// not dumpable. Call it first thing, before any secret is read; returns whether both took effect.
    @discardableResult
    public static func disableCoreDumps() -> Bool {
        var none = rlimit(rlim_cur: 0, rlim_max: 0)
        #if canImport(Glibc)
            let limited = setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &none) == 0
        #else
            let limited = setrlimit(RLIMIT_CORE, &none) == 0
        #endif
        let undumpable = process_control_disable_dumping() == 0
        return limited && undumpable
    }

    /// Whether the process may still write a core file: its core size limit is above 0 or it is dumpable.
    public static var mayDumpCore: Bool {
        var limit = rlimit()
        #if canImport(Glibc)
            let read = getrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &limit) == 0
        #else
            let read = getrlimit(RLIMIT_CORE, &limit) == 0
        #endif
        return !read || limit.rlim_cur != 0 || process_control_dumpable() != 0
    }
}
