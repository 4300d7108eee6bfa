import Dispatch
import TunnelClient
import TunnelCore

#if canImport(Glibc)
    import Glibc
#endif

/// A watch on the command line: the `TunnelWatcher` with a line per change on standard output, its ending on
/// standard output (up) or standard error (anything else), and Ctrl-C ending it with 130 rather than killing the
/// program mid-line.
enum CommandLineWatch {
    /// Watches until up, the timeout or Ctrl-C; returns the exit code `HelpText.ExitCodeTable.watch` lists.
    static func run(
        service: any TunnelService, vpnId: String, vpnConnId: String, schedule: WatchSchedule, destination: String
    ) async -> Int32 {
        let language = CommandLanguage.current
        let watching = CommandText.watching(
            tunnel: vpnConnId, vpn: vpnId, host: destination, timeout: WatchTime.text(schedule.timeout))
        StandardStream.output.write(Sanitizer.visible(language.text(.command(watching))) + "\n")
        let watcher = TunnelWatcher(service: service, schedule: schedule, clock: SystemRetryClock(), language: language)
        // SIGINT is taken from its default (ending the program) to a dispatch source, which cancels the watch; a
        // dispatch source because a signal handler may do nothing but async-signal-safe calls. Ignored first, so
        // that a Ctrl-C before the source is ready is not lost as a killed program.
        signal(SIGINT, SIG_IGN)
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        let task = Task {
            await watcher.watch(vpnId: vpnId, vpnConnId: vpnConnId) { event in
                StandardStream.output.write(event.line(in: language) + "\n")
            }
        }
        interrupt.setEventHandler { task.cancel() }
        interrupt.resume()
        let outcome = await task.value
        interrupt.cancel()
        signal(SIGINT, SIG_DFL)
        if outcome.isUp {
            StandardStream.output.write(outcome.summary(in: language) + "\n")
        } else {
            StandardError.write(outcome.summary(in: language))
        }
        return outcome.exitStatus
    }
}
