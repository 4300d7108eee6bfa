import ArgumentParser
import TunnelClient
import TunnelCore

#if canImport(Glibc)
    import Glibc
#endif

/// `vpn-tunnel`: edit, check, preview and apply a BCE IPsec VPN tunnel update.
///
/// Each command's `configuration` (its abstract and discussion) is a `static let`: Swift computes it on first use,
/// which comes after `CommandLanguage` has decided the run's language from the raw arguments, and only once, though
/// the parser reads it many times per run (a Chinese discussion is laid out by display width, which is not free).
@main
struct VPNTunnelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vpn-tunnel",
        abstract: CommandLanguage.help(.abstract(.root), at: .abstract),
        discussion: CommandLanguage.help(.discussion(.root), at: .discussion),
        version: ToolVersion.current,
        subcommands: [
            ValidateCommand.self,
            PreviewCommand.self,
            SubmitCommand.self,
            StatusCommand.self,
            ShowCommand.self,
            PeerConfigCommand.self,
            EmulatorCommand.self,
            EditCommand.self,
            DemoCommand.self,
        ]
    )

    @OptionGroup var language: LanguageOption

    /// Turns core dumps off before any command reads a key, decides the language, then runs the command the
    /// arguments name.
    static func main() async {
        ProcessHardening.disableCoreDumps()
        if let note = CommandLanguage.selection.note { StandardError.write(note) }
        // A reader that stops early (`validate … | head`) must not kill the program with SIGPIPE (exit 141): the
        // writes it did not take fail with EPIPE and are dropped, and the command ends with its own status.
        signal(SIGPIPE, SIG_IGN)
        await main(nil)
    }
}
