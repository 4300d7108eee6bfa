import ArgumentParser
import TunnelClient
import TunnelCore

/// `vpn-tunnel validate --file F`: every problem of a tunnel file, one per line.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: CommandLanguage.help(.abstract(.validate), at: .abstract),
        discussion: CommandLanguage.help(.discussion(.validate), at: .discussion)
    )

    @OptionGroup var tunnel: TunnelFileOptions

    @OptionGroup var language: LanguageOption

    func run() throws {
        let reading = try tunnel.readPartially()
        let valueProblems = reading.unexplained(tunnel.validator.validate(reading.draft).problems)
        let language = CommandLanguage.current
        for problem in reading.problems { print(problem.line(in: tunnel.file, language: language)) }
        for problem in valueProblems { print(problem.line(in: language)) }
        // Every structural problem is an error.
        let warnings = valueProblems.count(where: { $0.severity == .warning })
        let errors = reading.problems.count + valueProblems.count - warnings
        print(
            CommandLanguage.text(
                .file(.validationSummary(file: Sanitizer.visible(tunnel.file), errors: errors, warnings: warnings))))
        if errors > 0 { throw ExitCode(ExitStatus.dataError) }
    }
}
