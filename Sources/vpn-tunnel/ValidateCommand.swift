import ArgumentParser
import TunnelClient
import TunnelCore

/// `vpn-tunnel validate --file F`: every problem of a tunnel file, one per line.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a tunnel file against every rule of the update API.",
        discussion: """
            Prints each problem of the file's structure (an unknown key, a value of the wrong type) as \
            "file:line:column: error: reason", then each problem of its values as "path: severity: value rule", all \
            in one run; a field whose member was rejected gets no second message about its value. Exit status: 0 \
            when there is no error (warnings allowed), 65 when there is an error (or the file is not JSON), 66 when \
            the file cannot be read, 64 on a usage error.
            """
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
