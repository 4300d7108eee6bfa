import TunnelCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reads a tunnel body (update or create) the way BCE checks it, with the core's parser and validator, and
/// answers the first problem as BCE would: `MalformedJSON`, `InappropriateJSON` or `InvalidParameter`.
struct UpdateBodyReader: Sendable {
    let validator: TunnelValidator

    /// The valid update a body asks for. `vpnConnId` comes from the path; `vpnId` fills in a body without one
    /// (the create call, whose path names the VPN).
    func update(from body: [UInt8], vpnConnId: String, vpnId: String?) throws(EmulatorError) -> TunnelUpdate {
        let json: JSONValue
        do {
            json = try JSONParser.parse(body)
        } catch {
            throw .malformedJSON("The request body is not valid JSON: \(Self.describe(error))")
        }
        var draft: TunnelDraft
        do {
            draft = try TunnelFile.draft(from: json, ignoringUnknownKeys: false)
        } catch {
            throw .inappropriateJSON("The request body is not a tunnel: \(Self.describe(error))")
        }
        if !draft.vpnConnId.isEmpty && draft.vpnConnId != vpnConnId {
            throw .invalidParameter("vpnConnId (\(draft.vpnConnId)) does not match the path (\(vpnConnId))")
        }
        draft.vpnConnId = vpnConnId
        if let vpnId, draft.vpnId.isEmpty { draft.vpnId = vpnId }
        let report = validator.validate(draft)
        if let problem = report.errors.first {
            throw .invalidParameter(problem.message)
        }
        guard let update = report.update else {
            throw .invalidParameter("The request body is not a valid tunnel update")
        }
        return update
    }

    /// The error's own message, which names the line and column or the key.
    static func describe(_ error: any Error) -> String {
        (error as? any LocalizedError)?.errorDescription ?? String(describing: error)
    }
}
