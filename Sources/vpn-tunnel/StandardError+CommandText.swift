import ArgumentParser
import TunnelCore

extension StandardError {
    /// Writes a message of the catalog, in the run's language, as a line on standard error, through `Sanitizer`:
    /// its arguments name files, tunnels and values the program did not write.
    static func write(_ text: CommandText) {
        write(Sanitizer.visible(CommandLanguage.text(.command(text))))
    }
}

extension ValidationError {
    /// A refused option, in the run's language, through `Sanitizer` (it quotes what was typed).
    init(_ text: CommandText) {
        self.init(Sanitizer.visible(CommandLanguage.text(.command(text))))
    }
}
