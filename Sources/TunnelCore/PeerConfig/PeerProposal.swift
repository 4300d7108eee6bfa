/// The IKE and IPsec settings of a peer, read back from a `swanctl.conf` this export wrote.
///
/// The inverse of `SwanctlRenderer` through the same `SwanctlNames` table, so a file exported for a peer can be
/// handed to a simulated peer. Reads the first connection and its first child; an IKE mode is only read for IKEv1
/// (IKEv2 has none, and the export leaves it out).
public struct PeerProposal: Sendable, Hashable {
    public var ikeConfig: IkeConfig
    public var ipsecConfig: IpsecConfig

    public init(ikeConfig: IkeConfig, ipsecConfig: IpsecConfig) {
        self.ikeConfig = ikeConfig
        self.ipsecConfig = ipsecConfig
    }

    public init(swanctl text: String) throws(PeerConfigError) {
        var settings = SwanctlSettings()
        try settings.read(text)
        let table = SwanctlNames.table
        let version = try settings.bceValue(.ikeVersion, key: "version", in: table, ikeVersion: "")
        func value(_ setting: PeerSetting, _ name: String, key: String) throws(PeerConfigError) -> String {
            guard let value = table.value(setting, named: name, ikeVersion: version) else {
                throw .unreadableSwanctl(line: settings.lines[key] ?? 0, reason: "\(key): unknown name \"\(name)\"")
            }
            return value
        }
        let mode: String? =
            version == "v1" && settings.values["aggressive"] != nil
            ? try settings.bceValue(.ikeMode, key: "aggressive", in: table, ikeVersion: version) : nil
        let ikeNames = try settings.proposal("proposals", parts: 3)
        ikeConfig = IkeConfig(
            ikeVersion: version, ikeMode: mode,
            ikeEncAlg: try value(.ikeEncryption, ikeNames[0], key: "proposals"),
            ikeAuthAlg: try value(.ikeIntegrity, ikeNames[1], key: "proposals"),
            ikePfs: try value(.ikeGroup, ikeNames[2], key: "proposals"),
            ikeLifeTime: try settings.seconds(version == "v1" ? "reauth_time" : "rekey_time"))
        let espKey = "child.esp_proposals"
        let espNames = try settings.proposal(espKey, parts: 2...3)
        let pfs: String
        if espNames.count == 3 {
            pfs = try value(.ipsecGroup, espNames[2], key: espKey)
        } else if let omitted = table.omittedValue(.ipsecGroup) {
            pfs = omitted
        } else {
            throw .unreadableSwanctl(line: settings.lines[espKey] ?? 0, reason: "esp_proposals: no group")
        }
        ipsecConfig = IpsecConfig(
            ipsecEncAlg: try value(.ipsecEncryption, espNames[0], key: espKey),
            ipsecAuthAlg: try value(.ipsecIntegrity, espNames[1], key: espKey),
            ipsecPfs: pfs, ipsecLifetime: try settings.seconds("child.rekey_time"))
    }
}

/// The `key = value` lines of a swanctl.conf's first connection (`version`, `proposals`…) and of its first child
/// (as `child.rekey_time`), with their line numbers.
///
/// Hand-written: none of the project's libraries reads strongSwan's settings syntax, and only the layout the export
/// writes (one setting a line, sections opened by `name {`) needs reading.
private struct SwanctlSettings {
    var values: [String: String] = [:]
    var lines: [String: Int] = [:]

    /// Sections are tracked by name: `connections { <conn> {` holds connection settings, and
    /// `<conn> { children { <child> {` child settings; only the first connection and its first child are read.
    mutating func read(_ text: String) throws(PeerConfigError) {
        var sections: [String] = []
        var connection: String?
        var child: String?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw).trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasSuffix("{") {
                sections.append(String(line.dropLast()).trimmingWhitespace())
                if sections.count == 2 && sections[0] == "connections" && connection == nil {
                    connection = sections[1]
                }
                if sections.count == 4 && sections[1] == connection && sections[2] == "children" && child == nil {
                    child = sections[3]
                }
                continue
            }
            if line == "}" {
                guard sections.popLast() != nil else {
                    throw .unreadableSwanctl(line: index + 1, reason: "a \"}\" closes no section")
                }
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw .unreadableSwanctl(line: index + 1, reason: "not a setting: \(Sanitizer.visible(line))")
            }
            let key = String(line[..<equals]).trimmingWhitespace()
            let value = String(line[line.index(after: equals)...]).trimmingWhitespace()
            let name: String
            if sections.count == 2 && sections[0] == "connections" && sections[1] == connection {
                name = key
            } else if sections.count == 4 && sections[1] == connection && sections[3] == child {
                name = "child." + key
            } else {
                continue
            }
            if values[name] == nil {
                values[name] = value
                lines[name] = index + 1
            }
        }
        if connection == nil { throw .unreadableSwanctl(line: 0, reason: "no connection") }
    }

    func required(_ key: String) throws(PeerConfigError) -> String {
        guard let value = values[key] else { throw .unreadableSwanctl(line: 0, reason: "no \(key)") }
        return value
    }

    func bceValue(
        _ setting: PeerSetting, key: String, in table: PeerNameTable, ikeVersion: String
    ) throws(PeerConfigError) -> String {
        let name = try required(key)
        guard let value = table.value(setting, named: name, ikeVersion: ikeVersion) else {
            throw .unreadableSwanctl(line: lines[key] ?? 0, reason: "\(key): unknown value \"\(name)\"")
        }
        return value
    }

    /// The names of a proposal (`aes128-sha1-modp2048`), the first if several are listed.
    func proposal(_ key: String, parts: some RangeExpression<Int>) throws(PeerConfigError) -> [String] {
        let first = try required(key).split(separator: ",").first.map(String.init) ?? ""
        let names = first.trimmingWhitespace().split(separator: "-").map(String.init)
        guard parts.contains(names.count) else {
            throw .unreadableSwanctl(
                line: lines[key] ?? 0, reason: "\(key): \"\(first)\" is not encryption-integrity-group")
        }
        return names
    }

    func proposal(_ key: String, parts: Int) throws(PeerConfigError) -> [String] {
        try proposal(key, parts: parts...parts)
    }

    /// A duration in seconds (`28800s` or `28800`).
    func seconds(_ key: String) throws(PeerConfigError) -> Int {
        let text = try required(key)
        guard let seconds = Int(text.hasSuffix("s") ? String(text.dropLast()) : text) else {
            throw .unreadableSwanctl(line: lines[key] ?? 0, reason: "\(key): \"\(text)\" is not a number of seconds")
        }
        return seconds
    }
}
