/// The command line's `--help`, as keys: each command's abstract and discussion, and the help of each option.
///
/// swift-argument-parser writes the headings (`USAGE:`, `OPTIONS:`) and the `--help` line itself; everything the
/// program gives it comes from here, in the language `--lang` or the locale names.
///
/// Each text is whole: a discussion is one text, and an exit-code table that several commands list is its own case,
/// which a discussion's text includes as a whole paragraph. The exit codes and the flags are the same in every
/// language; the sentences beside them are translated.
public enum HelpText: Sendable, Hashable {
    /// `--lang`, on every command.
    case languageOption
    /// A command's one-line summary: `OVERVIEW:` of its own help, and its line in `vpn-tunnel --help`.
    case abstract(Command)
    /// The paragraphs after a command's abstract, with its exit codes.
    case discussion(Command)
    /// The help of an option, a flag or an argument.
    case option(Option)
    /// The second paragraph under `--secret-access-key`: why the flag is the last resort.
    case secretAccessKeyDiscussion
    /// Where credentials come from, in order: a sentence of `submit`'s and `edit`'s discussions.
    case credentials
    /// An exit-code table that several commands' discussions list.
    case exitCodes(ExitCodeTable)

    public enum Command: String, CaseIterable, Sendable, Hashable {
        case root, validate, preview, submit, status, show, peerConfig, emulator, edit, demo
    }

    public enum Option: String, CaseIterable, Sendable, Hashable {
        // The tunnel file (validate, preview, submit, peer-config; `edit` has its own --file).
        case file, extendedAlgorithms
        // Where to send requests and as whom.
        case profile, region, endpoint, allowInsecureHttp, accessKeyId, secretAccessKey
        // --watch and --timeout (status, submit).
        case watch, timeout
        // The emulator's tunnels after an update (emulator, demo).
        case transitionMs, transitionStatus
        case previewDate, previewClientToken, expiration, previewRevealSecrets, requestFormat
        case submitClientToken, yes, force
        /// `--vpn-id` of `status` and `show`.
        case vpnIdToRead
        case statusVpnConnId, showVpnConnId
        /// `--reveal-secrets` of `show` and `peer-config`.
        case revealSecretKey
        /// `--output` of `show` and `peer-config`.
        case output
        case peerFormat, bceGatewayIp, gatewayFromBCE
        case port, emulatorState, seed, acceptedAccessKeyId, acceptedSecretAccessKey, latency, failFirst, failRate
        case dropConnections, randomSeed
        case editFile, editVpnId, editVpnConnId, editBCEGatewayIp
        case demoVpnId, demoVpnConnId, demoState
    }

    public enum ExitCodeTable: String, CaseIterable, Sendable, Hashable {
        /// A connection problem: credentials, profile, region, the config file.
        case connection
        /// A watch of a tunnel until it is up (`status --watch`, `submit --watch`).
        case watch
        /// Reading a VPN's tunnels from BCE (`status`, `show`).
        case fetch
    }
}
