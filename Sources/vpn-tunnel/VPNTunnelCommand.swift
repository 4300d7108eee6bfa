import ArgumentParser

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
}
