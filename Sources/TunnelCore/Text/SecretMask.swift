/// What a secret (the pre-shared key, a signature, a security token) is shown as when it is not revealed.
///
/// Always the same eight characters, whatever the secret's length: one `*` per character would tell an onlooker
/// how long the key is. The one definition: files, previews and the editor's field all show this text.
public enum SecretMask {
    public static let text = "********"
}
