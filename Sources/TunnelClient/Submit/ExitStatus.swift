/// The exit statuses of the command line, after `sysexits.h`: one table for every command and workflow.
public enum ExitStatus {
    /// BCE refused the request, or the operator declined.
    public static let failure: Int32 = 1
    public static let usage: Int32 = 64
    public static let dataError: Int32 = 65
    public static let noInput: Int32 = 66
    public static let unavailable: Int32 = 69
    public static let cannotCreate: Int32 = 73
    /// BCE's answer was not what its API documents.
    public static let protocolError: Int32 = 76
    /// BCE refused the call: credentials or permission.
    public static let noPermission: Int32 = 77
    public static let config: Int32 = 78
    /// Ended by Ctrl-C or Esc, as a shell reports a process ended by SIGINT.
    public static let interrupted: Int32 = 130
}
