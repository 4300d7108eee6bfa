import ArgumentParser
import TunnelClient

/// `--watch` and `--timeout`: shared by `status` and `submit`.
struct WatchOptions: ParsableArguments {
    @Flag(help: .localized(.option(.watch)))
    var watch = false

    @Option(help: .localized(.option(.timeout), valueName: "time", parserNote: true))
    var timeout: String = "5m"

    func validate() throws {
        guard WatchTime.parse(timeout) != nil else {
            throw ValidationError(.timeoutNotATime(value: timeout))
        }
    }

    /// The standard backoff with this timeout.
    var schedule: WatchSchedule {
        WatchSchedule(timeout: WatchTime.parse(timeout) ?? WatchSchedule.standard.timeout)
    }
}
