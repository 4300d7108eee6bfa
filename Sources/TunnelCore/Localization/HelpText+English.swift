/// The English catalog of `--help`: the program's original texts, byte for byte (`HelpLanguageTests` compares
/// every command's `--help` with the golden files recorded before the texts moved here).
extension HelpText {
    var english: String {
        switch self {
        case .languageOption:
            "The language of messages, help and the editor: zh (Simplified Chinese) or en; default: from LC_ALL, "
                + "LC_MESSAGES or LANG."
        case .abstract(let command): Self.englishAbstract(command)
        case .discussion(let command): Self.englishDiscussion(command)
        case .option(let option): Self.english(option)
        case .secretAccessKeyDiscussion: "Prefer the environment or the profile: other users can see command lines."
        case .exitCodes(let table): Self.english(table)
        case .credentials:
            "Credentials: the flags, then --profile, then BCE_ACCESS_KEY_ID / BCE_SECRET_ACCESS_KEY / "
                + "BCE_SECURITY_TOKEN / BCE_REGION, then the current profile of ~/.bce/config.json."
        }
    }

    private static func englishAbstract(_ command: Command) -> String {
        switch command {
        case .root: "Edit, check, preview and apply a Baidu AI Cloud IPsec VPN tunnel update."
        case .validate: "Check a tunnel file against every rule of the update API."
        case .preview: "Print the exact HTTP request that would update the tunnel, signed with BCE auth v1."
        case .submit: "Validate a tunnel file and apply it to BCE with the Update VPN tunnel API."
        case .status: "Print a VPN's tunnels with their status and healthStatus, or watch one until it is up."
        case .show: "Print a VPN's tunnels as tunnel files (the pre-shared key masked unless asked)."
        case .peerConfig: "Print the configuration of the peer device (strongSwan, libreswan, Cisco, Juniper, Huawei)."
        case .emulator: "Serve a local BCE VPN API on 127.0.0.1 that checks signatures and validates like BCE."
        case .edit: "Edit a tunnel in a full-screen form, preview the exact request and apply it."
        case .demo: "Try the editor against a local BCE emulator: load, edit, preview, submit, see the result."
        }
    }

    private static func englishDiscussion(_ command: Command) -> String {
        switch command {
        case .root:
            """
            Shell completion: vpn-tunnel --generate-completion-script bash (or zsh, fish) prints a script for your \
            shell; see the README for where to put it.
            """
        case .validate:
            """
            Prints each problem of the file's structure (an unknown key, a value of the wrong type) as \
            "file:line:column: error: reason", then each problem of its values as "path: severity: value rule", all \
            in one run; a field whose member was rejected gets no second message about its value. Exit status: 0 \
            when there is no error (warnings allowed), 65 when there is an error (or the file is not JSON), 66 when \
            the file cannot be read, 64 on a usage error.
            """
        case .preview:
            """
            Credentials and endpoint as for submit: the flags, then --profile, then BCE_ACCESS_KEY_ID / \
            BCE_SECRET_ACCESS_KEY / BCE_SECURITY_TOKEN / BCE_REGION, then the current profile of ~/.bce/config.json; \
            without credentials (or for an endpoint submit would refuse) the request is printed unsigned, with the \
            reason. The pre-shared key, the signature and the security token are masked unless --reveal-secrets. An \
            invalid tunnel is still previewed, after its problems (exit status 65).
            """
        case .submit:
            """
            Nothing is sent while the file has an error. The diff against the tunnel as BCE has it now is shown \
            when it can be read; then the command asks before sending, unless --yes is given (without a terminal \
            on standard input it refuses to send without --yes). A failed attempt is retried with the same client \
            token, so BCE applies the update at most once; to retry a whole submit later, pass the token it printed \
            with --client-token. A secretKey of ******** (as `show` writes it without --reveal-secrets) keeps \
            the tunnel's current key.

            \(HelpText.credentials.english)

            An update that changes nothing on the tunnel as BCE has it is not sent ("no changes", exit 0) \
            unless --force is given.

            With --watch, an applied update is followed by a watch of the tunnel, as `status --watch` does: each \
            change of its status and healthStatus with the time elapsed, until it is active and reachable, \
            --timeout (default 5m) or Ctrl-C; the command then exits with the watch's code (below).

            Exit codes:
              0   the update was applied, or there was nothing to change
              1   BCE refused the update or key pair (answer printed), or you declined
              65  the tunnel file is invalid; nothing was sent
              66  the tunnel file cannot be read; nothing was sent
              69  BCE could not be reached, or kept failing (5xx), after the retries
            \(english(ExitCodeTable.connection))

            Exit codes of --watch, once the update was applied:
            \(english(ExitCodeTable.watch))
            """
        case .status:
            """
            Without --watch: one line per tunnel of the VPN (only --vpn-conn-id's with it): its id, name, status \
            and healthStatus as BCE lists them.

            With --watch (which needs --vpn-conn-id): the tunnel list is read every 2 seconds, doubling to 30 \
            while nothing changes and back to 2 after a change, and every change is printed with the time since \
            the watch started, as "12s  configuring / unreachable", until the tunnel is active and reachable, \
            --timeout passes or Ctrl-C. A poll that gets no answer is printed and the watch goes on.

            Exit codes without --watch:
              0   every tunnel printed is active and reachable
              1   one of them is not
            \(english(ExitCodeTable.fetch))

            Exit codes with --watch:
            \(english(ExitCodeTable.watch))
              64  --watch without --vpn-conn-id, or a --timeout that is not a time
            \(english(ExitCodeTable.connection))
            """
        case .show:
            """
            With --vpn-conn-id the output is one tunnel file, so that `show ... --reveal-secrets > t.json`, an \
            edit and `submit --file t.json` round-trip. Without it, every tunnel of the VPN is printed as a JSON \
            list of tunnel files.

            --output FILE writes the same text to FILE instead, created owner-only (mode 0600) whether or not the \
            key is revealed (a tunnel's addresses are not for everyone either); a link at FILE is replaced, never \
            followed.

            Exit codes:
              0   printed
            \(english(ExitCodeTable.fetch))
              73  the --output file could not be written
            \(english(ExitCodeTable.connection))
            """
        case .peerConfig:
            """
            The peer's proposal, lifetimes, IKE version and mode are the tunnel file's, in the vendor's names; its \
            local networks are the file's remoteSubnets and its remote networks the file's localSubnets. Its remote \
            address is BCE's gateway address, which a tunnel file does not hold: give it with --bce-gateway-ip, or \
            pass --gateway-from-bce to read the tunnel's localIp from BCE (the file's vpnId and vpnConnId, with the \
            connection options of show). A value the vendor has no equivalent for is refused, never guessed. The \
            pre-shared key is masked unless --reveal-secrets. --output FILE writes owner-only (mode 0600); a link \
            at FILE is replaced, never followed.

            Exit codes:
              0   printed
              1   (--gateway-from-bce) BCE refused the request, has no such tunnel, or gave no localIp
              64  no gateway address, or a bad option
              65  the tunnel has an error, or the vendor cannot express one of its values
              66  the file cannot be read
              69  BCE could not be reached after the retries (--gateway-from-bce)
              73  the --output file could not be written
            \(english(ExitCodeTable.connection))
            """
        case .emulator:
            """
            Serves the list, update, create and delete tunnel calls and list VPNs until interrupted (Ctrl-C). \
            It starts from its built-in seed (or --seed FILE), or from the --state file when that exists, and saves every \
            change to the --state file before answering. Faults (--latency, --fail-first, --fail-rate, \
            --drop-connections) let you watch the client retry.

            After an update a tunnel shows --transition-status (default configuring) for --transition-ms (default \
            3000), then active. Its healthStatus is reachable only while its simulated peer proposes what the \
            tunnel proposes (IKE version, mode and algorithms, IPsec algorithms; lifetimes are not compared). Both \
            are the emulator's guesses at BCE, which documents neither. The seed gives each tunnel a peer \
            ("peers"); set one with PUT /emulator/peer/VPN_CONN_ID and a body {"ikeConfig":{...},"ipsecConfig":{...}} \
            in BCE's names, or the swanctl.conf that peer-config exports (unsigned, loopback only, not part of \
            BCE's API); GET the same path reads it.
            """
        case .edit:
            """
            Starts from a tunnel file (--file), from the tunnel as BCE has it now (--vpn-id and --vpn-conn-id), or \
            from an empty form. Edits are saved as you type under $XDG_STATE_HOME/vpn-tunnel/ (default \
            ~/.local/state/vpn-tunnel/, mode 0600, without the pre-shared key) and offered again the next time the \
            same tunnel is edited. F1 in the form lists every key.

            \(HelpText.credentials.english) Without credentials, or \
            with an endpoint that is refused (plain http:// to a host other than a loopback address or localhost, \
            without --allow-insecure-http), a file can still be edited and previewed (unsigned), but not sent: \
            Ctrl-S says why.

            Exit codes:
              0   the editor was closed
              1   reading the tunnel from BCE was cancelled (Esc); nothing was changed
              65  the tunnel file is invalid; 66 it cannot be read
              69  the tunnel could not be read from BCE
              129, 143  the terminal hung up or the editor was terminated (the draft was saved)
            \(english(ExitCodeTable.connection))
            """
        case .demo:
            """
            Starts the emulator in this process on a free 127.0.0.1 port with its demo credentials, reads one of \
            its tunnels and opens the editor on it. Nothing leaves this machine. With --state the emulator writes \
            its tunnels to that file after every change, so what a submit did can be read afterwards.

            After an applied submit the editor watches the tunnel: configuring for --transition-ms, then active, and \
            reachable only while the emulator's simulated peer proposes what the tunnel proposes. Ctrl-O shows the \
            peer's configuration and s saves it; give the saved swanctl.conf to the simulated peer with \
            curl -X PUT --data-binary @FILE http://127.0.0.1:PORT/emulator/peer/VPN_CONN_ID (or a body \
            {"ikeConfig":{...},"ipsecConfig":{...}} in BCE's names), then Ctrl-T watches again.
            """
        }
    }

    private static func english(_ option: Option) -> String {
        switch option {
        case .file: "The tunnel file (JSON: the update body plus vpnConnId)."
        case .extendedAlgorithms:
            "Accept the extended algorithms (sha2_256/384/512, ipsecPfs disabled) that only Terraform documents."
        case .profile: "A profile of ~/.bce/config.json (default: the file's \"current\" profile)."
        case .region: "A BCE region: bj (default), bd, gz, su, hkg, fwh, cd, sin, fsh."
        case .endpoint: "A full API URL; overrides the region."
        case .allowInsecureHttp:
            "Allow plain http:// to a host that is not loopback (the request carries the pre-shared key)."
        case .accessKeyId: "Access key id (default: BCE_ACCESS_KEY_ID, then the profile)."
        case .secretAccessKey: "Secret access key (default: BCE_SECRET_ACCESS_KEY, then the profile)."
        case .watch: "Poll until the tunnel is active and reachable, printing each change (see the exit codes)."
        case .timeout: "How long --watch waits for the tunnel: 90s, 5m, 1h, or seconds."
        case .transitionMs:
            "How long an updated tunnel shows --transition-status before it is active again; 0 for none."
        case .transitionStatus: "The status an updated tunnel shows meanwhile (a guess: BCE documents none)."
        case .previewDate: "The signing time, as 2024-01-02T03:04:05Z (default: now)."
        case .previewClientToken: "The idempotence token (default: the file's clientToken, or a new UUID)."
        case .expiration: "How long the signature stays valid, in seconds."
        case .previewRevealSecrets: "Show the pre-shared key, the signature and the security token."
        case .requestFormat: "http: the request as it goes on the wire; curl: a curl command sending the same bytes."
        case .submitClientToken: "The idempotence token (default: the file's clientToken, else a new one)."
        case .yes: "Send without asking."
        case .force: "Send even when the tunnel on BCE already has the file's values."
        case .vpnIdToRead: "The VPN gateway whose tunnels to read (vpn-…)."
        case .statusVpnConnId: "Only this tunnel (vpnconn-…); needed by --watch."
        case .showVpnConnId: "Only this tunnel (vpnconn-…)."
        case .revealSecretKey: "Print the pre-shared key in clear (it is masked otherwise)."
        case .output: "Write to this file (mode 0600) instead of standard output."
        case .peerFormat: "The peer's kind: strongSwan, libreswan, Cisco IOS, Juniper SRX or Huawei AR/USG."
        case .bceGatewayIp: "BCE's gateway address (the tunnel's localIp, the VPN's EIP)."
        case .gatewayFromBCE: "Read BCE's gateway address from the tunnel as BCE has it (its localIp)."
        case .port: "Port to listen on; 0 picks a free one."
        case .emulatorState: "Keep the state in this file across restarts."
        case .seed: "Start from this seed file instead of the built-in one."
        case .acceptedAccessKeyId: "The access key id to accept (default: the demo one)."
        case .acceptedSecretAccessKey: "The secret access key to accept (default: the demo one)."
        case .latency: "Delay every answer by this many milliseconds."
        case .failFirst: "Answer 500 InternalError to the first N update calls."
        case .failRate: "Answer 500 InternalError to calls with this probability (0-1)."
        case .dropConnections:
            "With this probability, handle a call but close the connection instead of answering (a lost answer)."
        case .randomSeed: "Seed the fault dice, for a repeatable run."
        case .editFile: "A tunnel file to start from."
        case .editVpnId: "The VPN gateway of the tunnel to read from BCE (with --vpn-conn-id)."
        case .editVpnConnId: "The tunnel to read from BCE (with --vpn-id)."
        case .editBCEGatewayIp:
            "BCE's gateway address, for the peer configuration (Ctrl-O) of a tunnel file; a tunnel read from BCE "
                + "has its own."
        case .demoVpnId: "The emulated VPN gateway."
        case .demoVpnConnId: "The emulated tunnel to edit."
        case .demoState: "Keep the emulator's state in this file (default: in memory only)."
        }
    }

    private static func english(_ table: ExitCodeTable) -> String {
        switch table {
        case .connection:
            """
              64  missing credentials, unknown profile or region, plain http refused
              78  ~/.bce/config.json is malformed, its profile lacks a key, or others can change it (or ~/.bce)
            """
        case .watch:
            """
              0   the tunnel is active and reachable
              1   it was not up before the timeout (its last state is printed)
              65  the VPN has no such tunnel, or it went away while watched
              69  not up before the timeout, and the last poll got no answer (the network, or BCE failing)
              76  BCE's answer was not a tunnel list
              77  BCE refused to list the tunnels (credentials, permission)
              130 stopped with Ctrl-C
            """
        case .fetch:
            """
              65  the VPN or the tunnel does not exist
              69  BCE could not be reached, or kept failing, after the retries
              76  BCE's answer was not a tunnel list
              77  BCE refused to list the tunnels (credentials, permission)
            """
        }
    }
}
