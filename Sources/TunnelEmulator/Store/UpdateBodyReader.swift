import TunnelCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reads a tunnel body (update or create) the way BCE checks it, with the core's parser and validator, and
/// answers the first problem as BCE would: `MalformedJSON`, `InappropriateJSON` or `InvalidParameter`.
///
/// In two steps: `draft(from:)` parses the body before the store is entered (a body of a megabyte takes
/// milliseconds to parse, and every other call would wait for it), `update(from:…)` checks it inside the store,
/// where the ids it is checked against are known.
struct UpdateBodyReader: Sendable {
    let validator: TunnelValidator

    /// The draft a body holds, or the error BCE answers for a body that is not JSON or not a tunnel.
    static func draft(from body: [UInt8]) -> BodyDraft {
        let json: JSONValue
        do {
            json = try JSONParser.parse(body)
        } catch {
            return BodyDraft(.failure(.malformedJSON("The request body is not valid JSON: \(describe(error))")))
        }
        do {
            return BodyDraft(.success(try TunnelFile.draft(from: json, ignoringUnknownKeys: false)))
        } catch {
            return BodyDraft(.failure(.inappropriateJSON("The request body is not a tunnel: \(describe(error))")))
        }
    }

    /// The valid update a body's draft asks for. `vpnConnId` comes from the path; `vpnId` fills in a body without
    /// one (the create call, whose path names the VPN).
    func update(from body: BodyDraft, vpnConnId: String, vpnId: String?) throws(EmulatorError) -> TunnelUpdate {
        var draft = try body.result.get()
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
