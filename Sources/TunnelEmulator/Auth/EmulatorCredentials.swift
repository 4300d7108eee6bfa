import TunnelCore

/// The credentials the emulator accepts unless it is given others.
public enum EmulatorCredentials {
    /// Public demo credentials: they protect nothing, they only let a client sign as it would for BCE.
    public static let demo = BCECredentials(accessKeyId: "demo-access-key", secretAccessKey: "demo-secret-key")
}
