import ArgumentParser
import TunnelClient

/// `vpn-tunnel`: edit, check, preview and apply a BCE IPsec VPN tunnel update.
@main
struct VPNTunnelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vpn-tunnel",
        abstract: "Edit, check, preview and apply a Baidu AI Cloud IPsec VPN tunnel update.",
        subcommands: [
            ValidateCommand.self,
            PreviewCommand.self,
            SubmitCommand.self,
            ShowCommand.self,
            EmulatorCommand.self,
            EditCommand.self,
            DemoCommand.self,
        ]
    )

    /// Turns core dumps off before any command reads a key, then runs the command the arguments name.
    static func main() async {
        ProcessHardening.disableCoreDumps()
        await main(nil)
    }
}
