#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Finds `assets/emulator/seed.json` when the emulator runs from a checkout (`swift run`, `.build/debug/…`, tests).
enum SeedLocator {
    static let relativePath = "assets/emulator/seed.json"

    /// The folders looked in: the working directory and the executable's folder, each with its ancestors.
    static func searchedFolders() -> [String] {
        let starts = [
            FileManager.default.currentDirectoryPath,
            URL(fileURLWithPath: CommandLine.arguments.first ?? ".").deletingLastPathComponent().path,
        ]
        var folders: [String] = []
        for start in starts {
            var url = URL(fileURLWithPath: start).standardizedFileURL
            for _ in 0..<6 {
                if !folders.contains(url.path) { folders.append(url.path) }
                let parent = url.deletingLastPathComponent()
                if parent.path == url.path { break }
                url = parent
            }
        }
        return folders
    }

    static func seedPath() -> String? {
        searchedFolders().lazy.map { $0 + "/" + relativePath }.first { FileManager.default.fileExists(atPath: $0) }
    }
}
