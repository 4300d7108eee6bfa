import ArgumentParser
import TunnelClient

/// `--watch` and `--timeout`: shared by `status` and `submit`.
struct WatchOptions: ParsableArguments {
    @Flag(help: "Poll until the tunnel is active and reachable, printing each change (see the exit codes).")
    var watch = false

    @Option(
        help: ArgumentHelp(
            "How long --watch waits for the tunnel: 90s, 5m, 1h, or seconds.", valueName: "time"))
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

    /// The exit codes of a watch, for a command's help.
    static let exitCodeHelp = """
          0   the tunnel is active and reachable
          1   it was not up before the timeout (its last state is printed)
          65  the VPN has no such tunnel, or it went away while watched
          69  not up before the timeout, and the last poll got no answer (the network, or BCE failing)
          76  BCE's answer was not a tunnel list
          77  BCE refused to list the tunnels (credentials, permission)
          130 stopped with Ctrl-C
        """
}
