/// Shows a prepared request as text: the preview of exactly what will be sent.
///
/// Secrets are masked unless revealed: the pre-shared key in the body, the signature in the Authorization header
/// and the security token. A control character (from a file's clientToken, say) is shown as a visible escape, as
/// `Sanitizer` writes it: such a request is invalid anyway, and the preview must not drive the terminal. Nothing else
/// is changed, so the shown text differs from the wire only there.
public enum RequestRenderer {
    /// The request line, the headers and the body, as they go on the wire.
    public static func http(_ request: PreparedRequest, revealingSecrets: Bool) -> String {
        http(request, showingBody: request.body, revealingSecrets: revealingSecrets)
    }

    /// The request line and the headers as they go on the wire, then `body` where the body sent would be: for the
    /// editor's preview, which shows the same members indented (`RequestBody.encode(_:indent:)`) for reading.
    public static func http(_ request: PreparedRequest, showingBody body: [UInt8], revealingSecrets: Bool) -> String {
        var text = "\(request.method) \(request.requestTarget) HTTP/1.1\n"
        for header in request.headers {
            text += "\(header.name): \(shownValue(of: header, revealingSecrets: revealingSecrets))\n"
        }
        text += "\n"
        text += shownBody(body, revealingSecrets: revealingSecrets)
        return Sanitizer.visible(text, keepingNewlines: true)
    }

    /// The same request as a `curl` command line that sends the same bytes.
    public static func curl(_ request: PreparedRequest, revealingSecrets: Bool) -> String {
        var lines = ["curl -sS -X \(request.method) \(shellQuoted(request.url))"]
        for header in request.headers {
            let value = shownValue(of: header, revealingSecrets: revealingSecrets)
            lines.append("  -H \(shellQuoted("\(header.name): \(value)"))")
        }
        if !request.body.isEmpty {
            lines.append("  --data-binary \(shellQuoted(shownBody(request.body, revealingSecrets: revealingSecrets)))")
        }
        return Sanitizer.visible(lines.joined(separator: " \\\n"), keepingNewlines: true) + "\n"
    }

    /// The value of a header as shown: the Authorization signature and the security token masked.
    public static func shownValue(of header: HTTPHeader, revealingSecrets: Bool) -> String {
        guard !revealingSecrets else { return header.value }
        if header.name.caseInsensitiveEquals("authorization"), let slash = header.value.lastIndex(of: "/") {
            return header.value[...slash] + SecretMask.text
        }
        if header.name.caseInsensitiveEquals("x-bce-security-token") { return SecretMask.text }
        return header.value
    }

    /// The body as text, with the value of `secretKey` masked.
    public static func shownBody(_ body: [UInt8], revealingSecrets: Bool) -> String {
        let text = String(decoding: body, as: UTF8.self)
        guard !revealingSecrets else { return text }
        return maskingSecretKey(in: text)
    }

    /// Replaces the string value of every `"secretKey"` key in JSON text with the mask.
    static func maskingSecretKey(in json: String) -> String {
        var output = ""
        var rest = Substring(json)
        while let keyRange = rest.firstRange(of: "\"secretKey\"") {
            output += rest[..<keyRange.upperBound]
            rest = rest[keyRange.upperBound...]
            let afterColon = rest.drop { $0 == " " || $0 == ":" || $0 == "\n" }
            guard afterColon.first == "\"", let end = closingQuote(of: afterColon) else { continue }
            output += rest[..<afterColon.startIndex] + "\"" + SecretMask.text + "\""
            rest = afterColon[afterColon.index(after: end)...]
        }
        return output + rest
    }

    /// The index of the quote that closes the JSON string starting at `text.startIndex`.
    private static func closingQuote(of text: Substring) -> Substring.Index? {
        var index = text.index(after: text.startIndex)
        var escaped = false
        while index < text.endIndex {
            let character = text[index]
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                return index
            }
            index = text.index(after: index)
        }
        return nil
    }

    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacing("'", with: "'\\''") + "'"
    }
}
