/// The English catalog: the program's original texts, byte for byte (the screen and message tests assert them).
extension Text {
    var english: String {
        switch self {
        case .formTitle: "vpn-tunnel: edit an IPsec VPN tunnel"
        case .section(let section): section.rawValue
        case .fieldLabel(let field): Self.englishLabel(field)
        case .readFromBCE: "(read from BCE)"
        case .secondsRange(let lower, let upper): "\(lower)-\(upper) seconds"
        case .terminalTooSmall(let need, let have): "terminal too small: need \(need), have \(have)"
        case .tunnelStatus(let tunnel, let file, let fromService, let edited):
            (tunnel.isEmpty ? "new tunnel" : tunnel) + (file.map { " from \($0)" } ?? (fromService ? " from BCE" : ""))
                + (edited ? " (edited)" : "")
        case .problemCount(let errors, let warnings):
            errors == 0 && warnings == 0
                ? "no problems"
                : [
                    errors > 0 ? Self.count(errors, "error") : nil,
                    warnings > 0 ? Self.count(warnings, "warning") : nil,
                ]
                .compactMap { $0 }.joined(separator: ", ")
        case .scrolledOut(let above, let below):
            above && below ? "(more above and below)" : above ? "(more above)" : below ? "(more below)" : ""
        case .problemLine(let isError, let row, let value, let rule):
            (isError ? "! " : "warning: ")
                + (row.map { "row \($0 + 1)\(value.isEmpty ? "" : " \(value)"): " } ?? "") + rule
        case .rule(let rule): Self.english(rule)
        case .choiceLabel(let choice): choice.label
        case .choiceLine(let value, let label, let isWeak): "\(value) - \(label)" + (isWeak ? " (weak)" : "")
        case .choiceNotSet: "(not set)"
        case .choiceNone: "(choose)"
        case .noProblemsToGoTo: "no problems to go to"
        case .fieldLocked(let path):
            "\(path) was read from BCE and names the tunnel this update replaces: it cannot be edited"
        case .fixErrorsBeforePreview(let count): "fix \(Self.count(count, "error")) before preview"
        case .fixErrorsBeforeSubmitting(let count): "fix \(Self.count(count, "error")) before submitting"
        case .notSent(let reason): "not sent: \(reason)"
        case .cannotSend(let reason): "cannot send: \(reason)"
        case .draftsOff(let reason): "drafts are off: \(reason)"
        case .digitsOnly(let path, let character):
            "\(path) takes digits only: " + (character.map { "\"\($0)\" refused" } ?? "paste refused")
        case .refusedNotUTF8: "refused: the terminal sent bytes that are not UTF-8 (set its character set to UTF-8)"
        case .refusedLocaleNotUTF8:
            "refused: only ASCII can be typed, the locale is not UTF-8 (start with LANG=C.UTF-8)"
        case .demoEmulator(let url): "demo: a local emulator at \(url) stands in for BCE"
        case .chineseNeedsUTF8(let locale):
            "Chinese needs a UTF-8 locale and \(locale) is not one: shown in English (LANG=zh_CN.UTF-8 shows Chinese)"
        case .key(let key): Self.english(key)
        case .helpTitle(let version): "Help: keys (vpn-tunnel \(version))"
        case .helpSection(let section): Self.english(section)
        case .previewTitle(let revealsSecrets):
            "Preview: the request as it will be sent (\(revealsSecrets ? "secretKey shown" : "secretKey masked"))"
        case .noChangesOnBCE: "No changes against the tunnel on BCE."
        case .changesOnBCE: "Changes against the tunnel on BCE:"
        case .change(let change): Self.english(change)
        case .bodyIndented(let wireKey): "-- body indented for reading; \(wireKey) shows the exact bytes sent --"
        case .boxTitle(let title): Self.english(title)
        case .sendingUpdate(let tunnel): "Sending the update of \(tunnel) to BCE"
        case .escCancels: "Esc cancels."
        case .quitWithUnsentEdits: "Quit with unsent edits?"
        case .draftKept:
            "The draft is kept (without the pre-shared key) and offered the next time this tunnel is edited."
        case .noDraftKept: "No draft is kept: the edits are lost."
        case .quitKeys: "y quits, Esc stays."
        case .savedDraftExists: "A saved draft of this tunnel exists."
        case .savedDraftSame: "It holds the same values."
        case .savedDraftDiffers(let fields): "It differs in: \(fields)"
        case .secretKeyToRetype: "secretKey (to be typed again)"
        case .restoreKeys: "r restores it, d discards it."
        case .confirmSend(let tunnel, let host): "Send this update of \(tunnel) to \(host)?"
        case .noHost: "(no host)"
        case .targetsOtherTunnel(let tunnel, let fileTunnel):
            "It now targets tunnel \(tunnel) instead of the file's \(fileTunnel)."
        case .namesOtherGateway(let gateway, let fileGateway):
            "It now names VPN gateway \(gateway) instead of the file's \(fileGateway)."
        case .readingToCompare(let tunnel): "Reading \(tunnel) from BCE to compare..."
        case .escGoesBack: "Esc goes back."
        case .nothingToSend(let tunnel): "No changes: \(tunnel) on BCE already has these values. Nothing to send."
        case .changesOnService(let tunnel, let fields): "Changes to \(tunnel) as BCE has it: \(fields)"
        case .couldNotReadToCompare(let tunnel, let reason): "Could not read \(tunnel) from BCE to compare: \(reason)"
        case .noFieldChangedSinceLoaded: "No field changed since it was loaded."
        case .changedSinceLoaded(let fields): "Changed since loaded: \(fields)"
        case .sentWithWarnings(let count): "It is sent with \(Self.count(count, "warning")):"
        case .moreWarnings(let count): "and \(count) more (Ctrl-G walks them on the form)"
        case .enterSends: "Enter sends it, Esc goes back."
        case .applied: "Applied: BCE accepted the update."
        case .requestId(let id, let attempts):
            "Request id: \(id ?? "(none returned)")" + (attempts > 1 ? " after \(attempts) attempts" : "")
        case .rejected(let httpStatus): "Rejected: BCE refused the update (HTTP \(httpStatus))."
        case .errorCode(let code): "Code: \(code)"
        case .errorMessage(let message): "Message: \(message)"
        case .errorField(let field): "Field: \(field)"
        case .rejectedRequestId(let id): "Request id: \(id)"
        case .formUnchanged: "The form is unchanged."
        case .unreachable(let attempts, let reason):
            "BCE could not be reached (\(Self.count(attempts, "attempt"))): \(reason)"
        case .unreachableRetry: "The form is unchanged; Ctrl-S retries with the same client token."
        case .cancelledMayHaveReached: "Cancelled. The request may already have reached BCE."
        case .cancelledRetry: "Ctrl-S retries with the same client token, which BCE applies at most once."
        case .peerConfigTitle(let format, let revealsSecrets):
            "Peer configuration: \(format) (\(revealsSecrets ? "key shown" : "key masked"))"
        case .peerConfigSavePrompt: "Save to (mode 0600): "
        case .peerConfigRows(let first, let last, let count): "rows \(first)-\(last) of \(count)"
        case .peerConfigNothingToSave(let reason): "nothing to save: \(reason)"
        case .peerConfigNotSaved(let reason): "not saved: \(reason)"
        case .peerConfigSaved(let path): "saved to \(path) (mode 0600)"
        case .peerConfigNeedsGateway:
            """
            No peer configuration: BCE's gateway address (its localIp) is not known.
            A tunnel read from BCE has it (edit --vpn-id V --vpn-conn-id C); for a file,
            give it with edit --bce-gateway-ip A.B.C.D, or use vpn-tunnel peer-config.
            """
        case .noPeerConfigForForm(let format): "No \(format) configuration for the form as it stands:"
        case .fixOnTheForm(let several): "Fix \(several ? "them" : "it") on the form (Esc goes back)."
        case .tabShowsAnotherFormat: "Tab shows another format."
        case .peerConfigError(let error): Self.english(error)
        case .peerRefusal(let refusal): Self.english(refusal)
        case .cannotWatch(let reason): "cannot watch the tunnel: \(reason)"
        case .cannotWatchWithoutIds:
            "cannot watch the tunnel: vpnId and vpnConnId are needed, and this form has none yet"
        case .watchingUntilUp(let tunnel, let timeout): "Watching \(tunnel) until it is up (at most \(timeout)):"
        case .earlierChangesHidden(let count): "  (\(count) earlier change\(count == 1 ? "" : "s") not shown)"
        case .watchNoAnswer(let time, let reason): "\(time)  no answer: \(reason)"
        case .watchAsking(let frame): "Asking BCE \(frame)  Esc stops watching; the form stays."
        case .watchUp(let elapsed): "up after \(elapsed): active / reachable"
        case .watchTimedOut(let elapsed, let lastSeen, let lastFailure):
            "not up after \(elapsed) (the timeout): \(lastSeen.map { "last seen \($0)" } ?? "never read")"
                + (lastFailure.map { "; the last poll got no answer: \($0)" } ?? "")
        case .watchStopped(let elapsed, let lastSeen):
            "stopped watching after \(elapsed)" + (lastSeen.map { ", last seen \($0)" } ?? "")
        case .watchTunnelWentAway(let reason): "the tunnel went away: \(reason)"
        case .watchRefused(let reason): "BCE refused to list the tunnels: \(reason)"
        case .watchEnded(let summary): summary.prefix(1).uppercased() + summary.dropFirst() + "."
        case .readingTunnel(let tunnel, let gateway, let from): "Reading tunnel \(tunnel) of \(gateway) from \(from)"
        case .escCancel: "Esc cancel"
        case .notATerminal: "standard input and output must be a terminal"
        case .unknownTerminalType(let name):
            "terminal type \(name) is unknown, and neither xterm-256color nor vt100 could be used"
        case .terminalCannotMoveCursor(let name):
            "terminal type \(name) (TERM) cannot move the cursor, so the form cannot be drawn; "
                + "use vpn-tunnel validate, preview or submit --file instead"
        case .help(let text): text.english
        case .command(let text): text.english
        case .file(let text): text.english
        }
    }

    private static func english(_ change: TunnelDiff.Change) -> String {
        let path = change.field.path
        let (before, after, rows) = change.shownValues
        switch change.values {
        case .text: return "\(path): \(before ?? "(empty)") -> \(after ?? "(empty)")"
        case .list:
            return "\(path): \(rows ?? "order changed") (was \(before ?? "(none)"), now \(after ?? "(none)"))"
        case .secret: return "\(path): changed (value hidden)"
        }
    }

    private static func english(_ error: PeerConfigError) -> String {
        switch error {
        case .invalidTunnel(let problems):
            let errors = problems.filter { $0.severity == .error }
            let first = errors.first.map { ": \($0.message)" } ?? ""
            let more = errors.count > 1 ? " (and \(errors.count - 1) more)" : ""
            return "the tunnel has \(count(errors.count, "error"))\(first)\(more)"
        case .unsupported(let field, let value, let format, let reason):
            return "\(field.path) (\(value)) has no \(format.title) equivalent: \(english(reason))"
        case .lifetimeOutOfRange(let field, let value, let format, let range):
            return "\(field.path) (\(value)) is outside what \(format.title) accepts, "
                + "\(range.lowerBound) to \(range.upperBound) seconds"
        case .invalidGatewayAddress(let text):
            return "BCE's gateway address (\(text)) is not an IPv4 address"
        case .unreadableSwanctl(let line, let reason):
            return "swanctl.conf line \(line): \(reason)"
        }
    }

    private static func english(_ refusal: PeerRefusal) -> String {
        switch refusal {
        case .noName: "the export has no name for it"
        case .libreswanWithoutGroup2:
            "libreswan 4 is built without DH group 2 (modp1024) unless USE_DH2 is set; pick group14"
        case .libreswanWithoutGroups22To24:
            "libreswan removed DH groups 22 to 24 (modp2048s256), per RFC 8247; pick group14"
        }
    }

    /// `1 error`, `2 errors`.
    private static func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    private static func english(_ rule: ValidationRule) -> String {
        switch rule {
        case .required: "is required"
        case .idFormat(let prefix, let lower, let upper):
            "must be \"\(prefix)\" followed by \(lower) to \(upper) lowercase letters or digits"
        case .empty: "is empty"
        case .printableASCII: "must be printable ASCII without spaces"
        case .tooLong(let count, let maximum): "is \(count) characters long; the maximum is \(maximum)"
        case .mustStartWithLetter: "must start with a letter"
        case .nameCharacter(let bad): "contains \"\(bad)\"; only letters, digits and - _ / . are allowed"
        case .descriptionTooLong(let maximum): "is too long; the maximum is \(maximum) characters"
        case .secretKeyLength(let lower, let upper): "must be \(lower) to \(upper) characters long"
        case .secretKeyCharacters(let symbols): "may contain only letters, digits and the symbols \(symbols)"
        case .secretKeyMissing(let letter, let digit, let symbol):
            "must contain "
                + [letter ? "a letter" : nil, digit ? "a digit" : nil, symbol ? "a symbol (!@#$%^*()_)" : nil]
                .compactMap { $0 }.joined(separator: ", ")
        case .ipv4Address: "must be an IPv4 address such as 203.0.113.10"
        case .nonPublicAddress(let kind, let block):
            Self.english(kind, block: block) + "; a peer gateway is normally on a public address"
        case .atLeastOneCIDR: "must list at least one CIDR"
        case .emptyRow: "is empty; enter a CIDR such as 192.168.0.0/24 or remove the row"
        case .cidrFormat: "must be an IPv4 CIDR such as 192.168.0.0/24 (prefix 0 to 32)"
        case .hostBits(let network): "has host bits set; the network is \(network)"
        case .repeats(let path): "repeats \(path)"
        case .overlaps(let first, let rows):
            (rows == 1 ? "overlaps \(first)" : "overlaps \(rows) rows of localSubnets, the first \(first)")
                + "; traffic between them may not be routed"
        case .manyOverlaps(let count, let named):
            "has \(count) rows that overlap localSubnets; warnings name the first \(named)"
        case .ikeModeRequiredWithIKEv1: "is required with IKEv1 (main or aggressive)"
        case .noEffectWithIKEv2: "has no effect with IKEv2"
        case .requiredChoice(let allowed): "is required; choose one of \(allowed)"
        case .oneOf(let allowed): "must be one of \(allowed)"
        case .extendedTier:
            "is in the extended tier (accepted by the Terraform provider, not documented); "
                + "allow extended algorithms to use it"
        case .weakChoice(let value): Self.englishWeakness(value)
        case .lifetimeRequired(let lower, let upper): "is required (\(lower) to \(upper) seconds)"
        case .wholeSeconds(let lower, let upper): "must be a whole number of seconds from \(lower) to \(upper)"
        case .belowMinimum(let seconds): "is below the minimum of \(seconds) seconds"
        case .aboveMaximum(let seconds): "is above the maximum of \(seconds) seconds"
        case .secretKeyToRetype: "needs to be typed again: it had been changed, and a saved draft never holds the key"
        }
    }

    /// Which special-purpose range a peer address is in.
    private static func english(_ kind: IPv4Address.SpecialRange, block: String) -> String {
        switch kind {
        case .notHost: "is in \(block), which is not a host address"
        case .private: "is a private address (\(block))"
        case .carrierGradeNAT: "is a carrier-grade NAT address (\(block))"
        case .loopback: "is a loopback address (\(block))"
        case .linkLocal: "is a link-local address (\(block))"
        case .ietfProtocol: "is an IETF protocol address (\(block))"
        case .documentation: "is a documentation address (\(block))"
        case .benchmarking: "is a benchmarking address (\(block))"
        case .multicast: "is a multicast address (\(block))"
        case .reserved: "is a reserved address (\(block))"
        }
    }

    /// Why a weak catalog value is weak, and what to pick instead; `LocalizationTests` asks for every weak value.
    private static func englishWeakness(_ value: String) -> String {
        switch value {
        case "3des": "is weak (Triple DES, 64-bit blocks); prefer aes256"
        case "md5": "is weak (MD5 is broken); prefer sha1, or sha2_256 if allowed"
        case "group2": "is weak (1024-bit DH group 2); prefer group14"
        case "group5": "is weak (1536-bit DH group 5); prefer group14"
        default: "is weak"
        }
    }

    private static func englishLabel(_ field: TunnelField) -> String {
        switch field {
        case .vpnConnId: "Tunnel ID"
        case .clientToken: "Client token"
        case .vpnId: "VPN ID"
        case .vpnConnName: "Name"
        case .description: "Description"
        case .secretKey: "Pre-shared key"
        case .remoteIp: "Peer IP"
        case .cgwId: "Customer gateway"
        case .localSubnets: "Local subnets"
        case .remoteSubnets: "Remote subnets"
        case .ikeVersion: "IKE version"
        case .ikeMode: "IKE mode"
        case .ikeEncAlg: "IKE encryption"
        case .ikeAuthAlg: "IKE integrity"
        case .ikePfs: "IKE DH group"
        case .ikeLifeTime: "IKE lifetime"
        case .ipsecEncAlg: "IPsec encryption"
        case .ipsecAuthAlg: "IPsec integrity"
        case .ipsecPfs: "IPsec PFS group"
        case .ipsecLifetime: "IPsec lifetime"
        }
    }

    private static func english(_ key: KeyText) -> String {
        switch key {
        case .reveal: "reveal"
        case .newRow: "new row"
        case .deleteRow: "delete row"
        case .next: "next"
        case .previous: "prev"
        case .choose: "choose"
        case .move: "move"
        case .pick: "pick"
        case .keep: "keep"
        case .scroll: "scroll"
        case .submit: "submit"
        case .hide: "hide"
        case .revealKey: "reveal key"
        case .indented: "indented"
        case .wireBytes: "wire bytes"
        case .back: "back"
        case .page: "page"
        case .send: "send"
        case .cancel: "cancel"
        case .backToForm: "back to the form"
        case .retry: "retry"
        case .quit: "quit"
        case .stay: "stay"
        case .restoreDraft: "restore the draft"
        case .discardDraft: "discard it"
        case .preview: "preview"
        case .help: "help"
        case .nextProblem: "next problem"
        case .peerConfig: "peer config"
        case .format: "format"
        case .save: "save"
        case .writeFile: "write the file"
        case .stopWatching: "stop watching"
        case .watchAgain: "watch again"
        case .watchTunnel: "watch the tunnel on BCE until it is up"
        case .redraw: "redraw the screen"
        case .previousField: "previous field"
        case .nextField: "next field"
        case .previousRow: "previous row, or previous field"
        case .nextRow: "next row, or next field"
        case .scrollUp: "scroll up"
        case .pageUp: "page up"
        case .pageDown: "page down"
        case .toTop: "to the top"
        case .toEnd: "to the end"
        case .suspend: "suspend to the shell (fg resumes)"
        case .firstOrLastChoice: "first or last choice"
        case .jumpToChoice: "jump to a choice with a word starting with it"
        case .moveCursor: "move the cursor"
        case .deleteCharacter: "delete a character"
        case .deleteWord: "delete the word before the cursor"
        case .deleteToEnds: "delete to the start, to the end"
        case .letterOrDigit: "a letter or digit"
        }
    }

    private static func english(_ section: HelpSection) -> String {
        switch section {
        case .everyField: "On every field"
        case .secretKey: "Pre-shared key (secretKey)"
        case .subnetLists: "Subnet lists"
        case .choices: "Choices"
        case .openList: "An open list of choices"
        case .preview: "Preview"
        case .peerConfig: "Peer configuration"
        case .savingPeerConfig: "Saving the peer configuration"
        case .textFields: "Text fields"
        }
    }

    private static func english(_ title: BoxTitle) -> String {
        switch title {
        case .submit: "Submit"
        case .sending: "Sending"
        case .quit: "Quit"
        case .savedDraft: "Saved draft"
        case .applied: "Applied"
        case .rejected: "Rejected"
        case .notSent: "Not sent"
        case .cancelled: "Cancelled"
        case .watching: "Watching"
        case .up: "Up"
        case .notUp: "Not up"
        }
    }
}
