import ArgumentParser
import TunnelClient
import TunnelCore

/// The options every command that reads a tunnel file shares.
struct TunnelFileOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: .localized(.option(.file)))
    var file: String

    @Flag(help: .localized(.option(.extendedAlgorithms)))
    var extendedAlgorithms = false

    var validator: TunnelValidator {
        TunnelValidator(options: ValidationOptions(allowsExtendedAlgorithms: extendedAlgorithms))
    }

    /// Reads the file, or exits 66 when it cannot be read and 65 when it is not a tunnel file.
    func readDraft() throws -> TunnelDraft {
        try reporting { () throws(TunnelFileError) in try TunnelFile.read(path: file) }
    }

    /// Reads the file as far as its structure allows, or exits 66 when it cannot be read and 65 when it is not JSON.
    func readPartially() throws -> TunnelFileReading {
        try reporting { () throws(TunnelFileError) in try TunnelFile.readPartially(path: file) }
    }

    /// What `read` returns, or its error on standard error and the exit status that goes with it.
    private func reporting<Result>(_ read: () throws(TunnelFileError) -> Result) throws -> Result {
        do {
            return try read()
        } catch {
            StandardError.write("vpn-tunnel: \(error.text(in: CommandLanguage.current))")
            throw ExitCode(error.isUnreadable ? ExitStatus.noInput : ExitStatus.dataError)
        }
    }
}

/// Writes lines to standard error.
enum StandardError {
    static func write(_ line: String) {
        StandardStream.error.write(line + "\n")
    }
}
