import TunnelCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Keeps the operator's unsent edits on disk so that no edit is lost (a cut SSH link, a closed terminal).
///
/// One file per tunnel, `draft-<vpnConnId>.json`, under `$XDG_STATE_HOME/vpn-tunnel/` (`~/.local/state/vpn-tunnel/`
/// by default), readable by the owner only (0600) and never holding the pre-shared key. The folder is used only
/// while it is private (`PrivateDirectory`): in a folder others can write, they could plant a link where a draft is
/// written or a draft of their own to be restored. Files go through `SafeFile`, which neither follows a planted link
/// nor blocks on a FIFO.
public struct DraftStore: Sendable {
    /// Why a draft could not be written.
    public struct SaveError: Error, Equatable, Sendable, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "could not save the draft to \(path): \(reason)" }
    }

    /// Why drafts are off for this run: said once in the editor's status line.
    public struct Unavailable: Error, Equatable, Sendable, CustomStringConvertible {
        /// The reason as a key of the catalogs, so that the status line says it in the editor's language.
        enum Cause: Sendable {
            case noStateFolder
            case folder(SafeFileError)
            /// A reason given in words, shown as given in every language.
            case stated(String)
        }

        let cause: Cause

        init(_ cause: Cause) { self.cause = cause }

        /// Drafts are off for `reason`, given in words (shown as given in every language).
        public init(reason: String) { cause = .stated(reason) }

        /// The reason in English: `neither XDG_STATE_HOME nor HOME is set`.
        public var reason: String { reason(in: .en) }

        /// The reason in `language`, for the editor's sentence that says drafts are off.
        public func reason(in language: Language) -> String {
            switch cause {
            case .noStateFolder: language.text(.file(.noStateFolder))
            case .folder(let error): error.text(in: language)
            case .stated(let words): words
            }
        }

        public var description: String { Language.en.text(.draftsOff(reason: reason)) }

        /// The same reason in the same words: a caller may name the one it expects by its English words.
        public static func == (lhs: Unavailable, rhs: Unavailable) -> Bool { lhs.reason == rhs.reason }
    }

    /// A draft is a tunnel file of a few kilobytes; anything much larger was not written by the editor.
    public static let sizeLimit = 256 * 1024

    public let directory: String

    public init(directory: String) { self.directory = directory }

    /// The standard place: `$XDG_STATE_HOME/vpn-tunnel`, else `$HOME/.local/state/vpn-tunnel`; nil without either.
    public static func directory(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/vpn-tunnel" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/vpn-tunnel"
    }

    /// The store in the standard place, its folder created owner-only (or checked to be private); else the reason
    /// drafts are off.
    public static func standard(environment: [String: String]) -> Result<DraftStore, Unavailable> {
        guard let directory = directory(environment: environment) else {
            return .failure(Unavailable(.noStateFolder))
        }
        do throws(SafeFileError) {
            try PrivateDirectory.prepare(directory)
        } catch {
            return .failure(Unavailable(.folder(error)))
        }
        return .success(DraftStore(directory: directory))
    }

    /// The file of a tunnel's draft; an id is reduced to safe file-name characters.
    public func path(for vpnConnId: String) -> String {
        let safe = vpnConnId.unicodeScalars.map { scalar -> Character in
            let c = Character(scalar)
            return c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "_") ? c : "_"
        }
        let name = safe.isEmpty ? "new" : String(safe)
        return "\(directory)/draft-\(name).json"
    }

    /// Writes a draft without its secret key, atomically, into the private folder.
    ///
    /// `vpnConnId` is the tunnel's id as it was loaded: the draft stays findable even when the id field was edited.
    /// `secretKeyChanged` is recorded as a masked `secretKey` (an unchanged one as an empty one): the file says that
    /// the key must be typed again, never what it was.
    public func save(_ draft: TunnelDraft, vpnConnId: String, secretKeyChanged: Bool = false) throws(SaveError) {
        var stripped = draft
        stripped.secretKey = secretKeyChanged ? TunnelFile.maskedSecret : ""
        let text = TunnelFile.encode(stripped, revealingSecrets: false)
        let target = path(for: vpnConnId)
        do throws(SafeFileError) {
            // Checked again on every save: the folder may have been changed while the editor ran.
            try PrivateDirectory.prepare(directory)
            try SafeFile.write(Array(text.utf8), to: target, mode: 0o600)
        } catch {
            throw SaveError(path: target, reason: error.description)
        }
    }

    /// The saved draft of a tunnel, if any: none when the file is missing, not a regular file, too large or not a
    /// tunnel file, or the folder is not private (a draft is a convenience, and one others could plant is none).
    public func load(vpnConnId: String) -> SavedDraft? {
        guard (try? PrivateDirectory.check(directory)) != nil,
            let bytes = try? SafeFile.read(path(for: vpnConnId), limit: Self.sizeLimit),
            var draft = try? TunnelFile.parse(String(decoding: bytes, as: UTF8.self))
        else { return nil }
        let secretKeyChanged = !draft.secretKey.isEmpty
        draft.secretKey = ""
        return SavedDraft(draft: draft, secretKeyChanged: secretKeyChanged)
    }

    /// Removes a tunnel's draft (after it was applied or discarded).
    public func remove(vpnConnId: String) {
        unlink(path(for: vpnConnId))
    }
}
