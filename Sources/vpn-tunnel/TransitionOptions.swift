import ArgumentParser
import TunnelEmulator

/// How the emulator's tunnels come back after an update: shared by `emulator` and `demo`.
struct TransitionOptions: ParsableArguments {
    @Option(help: .localized(.option(.transitionMs), valueName: "ms", parserNote: true))
    var transitionMs: Int = 3000

    @Option(help: .localized(.option(.transitionStatus), valueName: "status", parserNote: true))
    var transitionStatus = TunnelTransition.standard.status

    func validate() throws {
        guard (0...3_600_000).contains(transitionMs) else {
            throw ValidationError(.transitionMsRange(value: transitionMs))
        }
        guard !transitionStatus.isEmpty, transitionStatus.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "_") })
        else {
            throw ValidationError(.transitionStatusWord(value: transitionStatus))
        }
    }

    var transition: TunnelTransition {
        TunnelTransition(status: transitionStatus, duration: .milliseconds(transitionMs))
    }
}
