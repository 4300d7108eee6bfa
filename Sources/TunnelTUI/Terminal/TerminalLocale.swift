import TunnelCore

#if canImport(Glibc)
    import Glibc
#endif

/// Sets the program's locale for the terminal and tells whether text is UTF-8.
///
/// An SSH client forwards the operator's `LANG` (say `zh_CN.UTF-8`), and the server often lacks that locale: then
/// `setlocale` fails and the program would run in the plain C locale, where no non-ASCII text can be read or drawn.
/// The operator's terminal does speak UTF-8 in that case, so the built-in `C.UTF-8` is used for the character type
/// instead. A locale that does not ask for UTF-8 at all (`LANG=C`) is kept, and only ASCII is typed.
public enum TerminalLocale {
    /// The locale variables in the order `setlocale` reads them for the character type.
    public static let variables = ["LC_ALL", "LC_CTYPE", "LANG"]

    /// Whether the environment asks for UTF-8: the first of `LC_ALL`, `LC_CTYPE` and `LANG` that is set names a
    /// UTF-8 locale (`en_US.UTF-8`, `zh_CN.utf8`, `C.UTF-8`).
    public static func requestsUTF8(_ environment: [String: String]) -> Bool {
        guard let name = variables.lazy.compactMap({ environment[$0] }).first(where: { !$0.isEmpty }) else {
            return false
        }
        let lowered = name.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8")
    }

    /// Sets the locale from the environment, falling back to `C.UTF-8` for a UTF-8 locale this machine lacks;
    /// returns whether text is UTF-8 now.
    ///
    /// Once per process: the locale is the process's, and both the command line's language (Chinese needs UTF-8)
    /// and the terminal ask for it; setting it looks the locale up in the system's files each time.
    public static func establish() -> Bool { established }

    private static let established: Bool = {
        setlocale(LC_ALL, "")
        if codesetIsUTF8 { return true }
        let environment = ProcessEnvironment.values(variables)
        guard requestsUTF8(environment) else { return false }
        setlocale(LC_CTYPE, "C.UTF-8")
        return codesetIsUTF8
    }()

    private static var codesetIsUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }
}
