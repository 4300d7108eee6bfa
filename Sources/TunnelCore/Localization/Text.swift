/// Every text of the editor that an operator reads, as a key: a case carries what its sentence names, so that each
/// sentence is translated whole (`.sendingUpdate(tunnel:)`, never "Sending" + id + "to BCE").
///
/// Adding a text: a case here, and its line in each catalog (`Text+English.swift`, `Text+Chinese.swift`). The
/// catalogs are exhaustive `switch`es, so a missing line does not compile; `LocalizationTests` walks every case in
/// both languages. API names (`ikeEncAlg`, `vpnConnId`) and key names (`Ctrl-P`) are the same in every language.
public enum Text: Sendable, Hashable {
    // MARK: The form
    case formTitle
    case section(TunnelField.Section)
    /// A plain name for people, shown next to the API's own name.
    case fieldLabel(TunnelField)
    /// Beside an id that a tunnel read from BCE does not let change.
    case readFromBCE
    /// `60-86400 seconds`, beside a lifetime.
    case secondsRange(lower: Int, upper: Int)
    case terminalTooSmall(need: String, have: String)
    /// The status line's left part: the tunnel and where it came from.
    case tunnelStatus(tunnel: String, file: String?, fromService: Bool, edited: Bool)
    /// `2 errors, 1 warning`, or `no problems`.
    case problemCount(errors: Int, warnings: Int)
    /// What is scrolled out of view; only asked for when something is.
    case scrolledOut(above: Bool, below: Bool)
    /// A validation rule, as the rest of a sentence about the field: `is below the minimum of 60 seconds`.
    case rule(ValidationRule)
    /// A problem's line under its field: `! must contain a digit`, `warning: row 2 10.0.0.1/8: has host bits set`.
    case problemLine(isError: Bool, row: Int?, value: String, rule: String)

    // MARK: Choices
    /// A catalog value's name for people: `AES-256`, `DH group 14 (2048-bit)`.
    case choiceLabel(AlgorithmChoice)
    /// `aes256 - AES-256`, `3des - Triple DES (weak)`.
    case choiceLine(value: String, label: String, isWeak: Bool)
    case choiceNotSet
    case choiceNone

    // MARK: Notices
    case noProblemsToGoTo
    case fieldLocked(path: String)
    case fixErrorsBeforePreview(count: Int)
    case fixErrorsBeforeSubmitting(count: Int)
    case notSent(reason: String)
    case cannotSend(reason: String)
    case draftsOff(reason: String)
    /// A key other than a digit typed (or pasted, with no character) into a number field.
    case digitsOnly(path: String, character: String?)
    case refusedNotUTF8
    case refusedLocaleNotUTF8
    case demoEmulator(url: String)
    /// The one line printed when Chinese was asked for but the locale cannot carry it (always in English).
    case chineseNeedsUTF8(locale: String)

    // MARK: Key hints and help
    case key(KeyText)
    case helpTitle(version: String)
    case helpSection(HelpSection)

    // MARK: The preview
    case previewTitle(revealsSecrets: Bool)
    case noChangesOnBCE
    case changesOnBCE
    /// One line of a diff: `ikeConfig.ikeLifeTime: 28800 -> 3600`.
    case change(TunnelDiff.Change)
    case bodyIndented(wireKey: String)

    // MARK: Boxes over the form
    case boxTitle(BoxTitle)
    case sendingUpdate(tunnel: String)
    case escCancels
    case quitWithUnsentEdits
    case draftKept
    case noDraftKept
    case quitKeys
    case savedDraftExists
    case savedDraftSame
    case savedDraftDiffers(fields: String)
    case secretKeyToRetype
    case restoreKeys
    case confirmSend(tunnel: String, host: String)
    case noHost
    case targetsOtherTunnel(tunnel: String, fileTunnel: String)
    case namesOtherGateway(gateway: String, fileGateway: String)
    case readingToCompare(tunnel: String)
    case escGoesBack
    case nothingToSend(tunnel: String)
    case changesOnService(tunnel: String, fields: String)
    case couldNotReadToCompare(tunnel: String, reason: String)
    case noFieldChangedSinceLoaded
    case changedSinceLoaded(fields: String)
    case sentWithWarnings(count: Int)
    case moreWarnings(count: Int)
    case enterSends
    case applied
    case requestId(String?, attempts: Int)
    case rejected(httpStatus: Int)
    case errorCode(String)
    case errorMessage(String)
    case errorField(String)
    case rejectedRequestId(String)
    case formUnchanged
    case unreachable(attempts: Int, reason: String)
    case unreachableRetry
    case cancelledMayHaveReached
    case cancelledRetry

    // MARK: The peer configuration (Ctrl-O)
    /// `Peer configuration: strongSwan (swanctl.conf) (key masked)`; the format is the vendor's product name.
    case peerConfigTitle(format: String, revealsSecrets: Bool)
    case peerConfigSavePrompt
    /// `rows 1-21 of 40`, above the key line while there is more to scroll to.
    case peerConfigRows(first: Int, last: Int, count: Int)
    case peerConfigNothingToSave(reason: String)
    case peerConfigNotSaved(reason: String)
    case peerConfigSaved(path: String)
    /// Lines that say the gateway address is missing and where it comes from.
    case peerConfigNeedsGateway
    case noPeerConfigForForm(format: String)
    case fixOnTheForm(several: Bool)
    case tabShowsAnotherFormat
    /// Why the configuration cannot be written (the command line prints the English one).
    case peerConfigError(PeerConfigError)
    case peerRefusal(PeerRefusal)

    // MARK: Watching the tunnel (Ctrl-T, and after an applied Ctrl-S)
    case cannotWatch(reason: String)
    case cannotWatchWithoutIds
    /// `Watching vpnconn-… until it is up (at most 5m00s):`.
    case watchingUntilUp(tunnel: String, timeout: String)
    case earlierChangesHidden(count: Int)
    /// `   12s  no answer: …`: a poll that got none; a change's line is the time and BCE's own values.
    case watchNoAnswer(time: String, reason: String)
    case watchAsking(frame: String)
    /// How a watch ended, as the command line prints it: `up after 12s: active / reachable`.
    case watchUp(elapsed: String)
    case watchTimedOut(elapsed: String, lastSeen: String?, lastFailure: String?)
    case watchStopped(elapsed: String, lastSeen: String?)
    case watchTunnelWentAway(reason: String)
    case watchRefused(reason: String)
    /// The ending as the editor's box says it, a sentence: `Up after 12s: active / reachable.`.
    case watchEnded(summary: String)

    // MARK: Reading a tunnel before the form
    case readingTunnel(tunnel: String, gateway: String, from: String)
    case escCancel

    // MARK: Starting the terminal
    case notATerminal
    /// `$TERM` names a type the terminal database lacks, and neither fallback is there either.
    case unknownTerminalType(name: String)
    /// `$TERM` (`dumb`) cannot move the cursor: no form can be drawn.
    case terminalCannotMoveCursor(name: String)

    // MARK: The command line
    /// `--help`: each command's abstract, discussion and the help of its options (`HelpText+English.swift`, …).
    case help(HelpText)
    /// What the commands print as they run, and the reasons the client layer gives (`CommandText+English.swift`, …).
    case command(CommandText)
    /// Reading, checking and writing files: a tunnel file's problems, JSON syntax, safe writes (`FileText+English.swift`, …).
    case file(FileText)

    /// What a key does, in the hint line and on the help screen; described in English (`prev`).
    public enum KeyText: Sendable, Hashable, CaseIterable, CustomStringConvertible {
        case reveal, newRow, deleteRow, next, previous, choose, move, pick, keep, scroll, submit, hide, revealKey
        case indented, wireBytes, back, page, send, cancel, backToForm, retry, quit, stay, restoreDraft, discardDraft
        case preview, help, nextProblem, peerConfig, format, save, writeFile, stopWatching, watchAgain
        case redraw, previousField, nextField, previousRow, nextRow, scrollUp, pageUp, pageDown, toTop, toEnd
        case suspend, watchTunnel, firstOrLastChoice, jumpToChoice, moveCursor, deleteCharacter, deleteWord,
            deleteToEnds
        /// Not a key's name but a description of keys: "a letter or digit".
        case letterOrDigit

        public var description: String { Language.en.text(.key(self)) }
    }

    /// The help screen's headings.
    public enum HelpSection: Sendable, Hashable, CaseIterable {
        case everyField, secretKey, subnetLists, choices, openList, preview, peerConfig, savingPeerConfig, textFields
    }

    /// The titles of the boxes over the form.
    public enum BoxTitle: Sendable, Hashable, CaseIterable {
        case submit, sending, quit, savedDraft, applied, rejected, notSent, cancelled, watching, up, notUp
    }
}
