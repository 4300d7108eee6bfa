import ArgumentParser
import TunnelClient
import TunnelCore

#if canImport(Glibc)
    import Glibc
#endif

/// `vpn-tunnel`: edit, check, preview and apply a BCE IPsec VPN tunnel update.
@main
struct VPNTunnelCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
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
    }

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
