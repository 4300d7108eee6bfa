/// This program's version: printed by `vpn-tunnel --version` and in the editor's help.
public enum ToolVersion {
    public static let current = "0.4.0"
}
