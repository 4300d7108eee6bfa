#if canImport(Glibc)
    import Glibc
#endif

/// Milliseconds of the system's monotonic clock, as a plain integer.
///
/// The editor reads the time a few times per key (when the draft is due, how long to wait for a key). With
/// `ContinuousClock` and `Duration` each of those ran 128-bit arithmetic spread over a dozen functions of the
/// standard library, pages of code a key touched for nothing more than a comparison of milliseconds.
enum MonotonicClock {
    static func milliseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
    }
}
