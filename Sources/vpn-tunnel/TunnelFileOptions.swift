import ArgumentParser
import TunnelCore

/// The options every command that reads a tunnel file shares.
struct TunnelFileOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "The tunnel file (JSON: the update body plus vpnConnId).")
    var file: String

    @Flag(help: "Accept the extended algorithms (sha2_256/384/512, ipsecPfs disabled) that only Terraform documents.")
    var extendedAlgorithms = false

    var validator: TunnelValidator {
        TunnelValidator(options: ValidationOptions(allowsExtendedAlgorithms: extendedAlgorithms))
    }

    /// Reads the file, or exits 66 when it cannot be read and 65 when it is not a tunnel file.
    func readDraft() throws -> TunnelDraft {
        try reporting { () throws(TunnelFileError) in try TunnelFile.read(path: file) }
    }

    /// Reads the file as far as its structure allows, or exits 66 when it cannot be read and 65 when it is not JSON.
    func readPartially() throws -> TunnelFileReading {
        try reporting { () throws(TunnelFileError) in try TunnelFile.readPartially(path: file) }
    }

    /// What `read` returns, or its error on standard error and the exit status that goes with it.
    private func reporting<Result>(_ read: () throws(TunnelFileError) -> Result) throws -> Result {
        do {
            return try read()
        } catch {
            StandardError.write("vpn-tunnel: \(error)")
            throw ExitCode(error.isUnreadable ? ExitStatus.noInput : ExitStatus.dataError)
        }
    }
}

/// The exit statuses of `sysexits.h` this tool uses.
enum ExitStatus {
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let unavailable: Int32 = 69
    static let cannotCreate: Int32 = 73
    static let protocolError: Int32 = 76
    static let noPermission: Int32 = 77
    static let config: Int32 = 78
    /// 128 + SIGINT, as a shell reports a program Ctrl-C ended.
    static let interrupted: Int32 = 130
}

/// Writes lines to standard error.
enum StandardError {
    static func write(_ line: String) {
        StandardStream.error.write(line + "\n")
    }
}
