import Foundation

/// A fresh home folder for one test, optionally with a `.bce/config.json`; removed by `remove()`.
struct TemporaryHome {
    let path: String

    init(config: String? = nil, mode: Int = 0o600) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("vpn-tunnel-home-\(UUID())").path
        try FileManager.default.createDirectory(atPath: path + "/.bce", withIntermediateDirectories: true)
        if let config {
            _ = FileManager.default.createFile(
                atPath: configPath, contents: Data(config.utf8), attributes: [.posixPermissions: mode]
            )
        }
    }

    var configPath: String { path + "/.bce/config.json" }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
