import TunnelCore

#if canImport(Glibc)
    import Glibc
#endif

/// Keeps the operator's unsent edits on disk so that no edit is lost (a cut SSH link, a closed terminal).
///
/// One file per tunnel, `draft-<vpnConnId>.json`, under `$XDG_STATE_HOME/vpn-tunnel/` (`~/.local/state/vpn-tunnel/`
/// by default), readable by the owner only (0600) and never holding the pre-shared key. Written with plain POSIX
/// calls: the file mode must be set at creation, before any byte is written.
public struct DraftStore: Sendable {
    /// Why a draft could not be written.
    public struct SaveError: Error, Equatable, Sendable, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "could not save the draft to \(path): \(reason)" }
    }

    public let directory: String

    public init(directory: String) { self.directory = directory }

    /// The standard place: `$XDG_STATE_HOME/vpn-tunnel`, else `$HOME/.local/state/vpn-tunnel`; nil without either.
    public static func standard(environment: [String: String]) -> DraftStore? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return DraftStore(directory: state + "/vpn-tunnel")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return DraftStore(directory: home + "/.local/state/vpn-tunnel")
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

    /// Writes a draft without its secret key, atomically (a temporary file renamed over the old one).
    ///
    /// `vpnConnId` is the tunnel's id as it was loaded: the draft stays findable even when the id field was edited.
    public func save(_ draft: TunnelDraft, vpnConnId: String) throws(SaveError) {
        var stripped = draft
        stripped.secretKey = ""
        let text = TunnelFile.encode(stripped, revealingSecrets: false)
        let target = path(for: vpnConnId)
        try makeDirectory()
        let temporary = target + ".tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw SaveError(path: target, reason: String(cString: strerror(errno))) }
        fchmod(fd, 0o600)
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n <= 0 {
                close(fd)
                unlink(temporary)
                throw SaveError(path: target, reason: String(cString: strerror(errno)))
            }
            written += n
        }
        close(fd)
        guard rename(temporary, target) == 0 else {
            throw SaveError(path: target, reason: String(cString: strerror(errno)))
        }
    }

    /// The saved draft of a tunnel, if any (unreadable files count as none: a draft is a convenience).
    public func load(vpnConnId: String) -> TunnelDraft? {
        guard let text = readFile(path(for: vpnConnId)), var draft = try? TunnelFile.parse(text) else { return nil }
        if draft.secretKey.allSatisfy({ $0 == "*" }) { draft.secretKey = "" }
        return draft
    }

    /// Removes a tunnel's draft (after it was applied or discarded).
    public func remove(vpnConnId: String) {
        unlink(path(for: vpnConnId))
    }

    private func makeDirectory() throws(SaveError) {
        var current = ""
        for component in directory.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o700) != 0 && errno != EEXIST {
                throw SaveError(path: directory, reason: String(cString: strerror(errno)))
            }
        }
    }

    private func readFile(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            bytes += chunk[0..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
