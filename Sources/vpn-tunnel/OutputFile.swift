import ArgumentParser
import TunnelClient
import TunnelCore

/// Where a command's text goes: standard output, or `--output FILE` written owner-only.
enum OutputFile {
    /// Prints `text`, or writes it to `path` through `SafeFile` (mode 0600, a link there replaced, never followed);
    /// a file that cannot be written is one line on standard error and exit 73.
    static func write(_ text: String, to path: String?) throws {
        guard let path else { return StandardStream.output.write(text) }
        do throws(SafeFileError) {
            try SafeFile.write(Array(text.utf8), to: path, mode: 0o600)
        } catch {
            StandardError.write(
                CommandLanguage.text(.file(.outputNotWritten(reason: error.message(in: CommandLanguage.current)))))
            throw ExitCode(ExitStatus.cannotCreate)
        }
    }
}
