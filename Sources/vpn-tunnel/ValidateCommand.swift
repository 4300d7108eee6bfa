import ArgumentParser
import TunnelCore

/// `vpn-tunnel validate --file F`: every problem of a tunnel file, one per line.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a tunnel file against every rule of the update API.",
        discussion: """
            Prints each problem as "path: severity: value rule". Exit status: 0 when there is no error (warnings \
            allowed), 65 when there is an error, 66 when the file cannot be read, 64 on a usage error.
            """
    )

    @OptionGroup var tunnel: TunnelFileOptions

    func run() throws {
        let report = tunnel.validator.validate(try tunnel.readDraft())
        for problem in report.problems { print(problem.line) }
        print("\(Sanitizer.visible(tunnel.file)): \(report.summary)")
        if report.hasErrors { throw ExitCode(ExitStatus.dataError) }
    }
}
