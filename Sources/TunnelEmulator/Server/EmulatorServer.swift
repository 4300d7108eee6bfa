import Hummingbird

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// An emulator running in the background of this process, for tests and `vpn-tunnel demo`.
public final class EmulatorServer: Sendable {
    public let emulator: TunnelEmulator
    /// The port it listens on (the one picked when the configuration asked for port 0).
    public let port: Int
    private let task: Task<Void, any Error>

    private init(emulator: TunnelEmulator, port: Int, task: Task<Void, any Error>) {
        self.emulator = emulator
        self.port = port
        self.task = task
    }

    /// `http://127.0.0.1:PORT`.
    public var baseURL: String { "http://\(emulator.configuration.host):\(port)" }

    /// The emulated service's state and the calls it received.
    public var store: EmulatorStore { emulator.store }

    /// Starts an emulator and returns once it accepts connections.
    public static func start(_ configuration: EmulatorConfiguration = EmulatorConfiguration()) async throws
        -> EmulatorServer
    {
        let emulator = try TunnelEmulator(configuration: configuration)
        // Hummingbird calls onServerRunning once the socket is bound; the stream carries the port here, or ends
        // without one when the server stops first (a port in use).
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let application = emulator.makeApplication { port in
            continuation.yield(port)
            continuation.finish()
        }
        let task = Task {
            defer { continuation.finish() }
            try await application.run()
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else {
            try await task.value
            throw EmulatorServerError.stoppedBeforeListening
        }
        return EmulatorServer(emulator: emulator, port: port, task: task)
    }

    /// Stops serving and waits until the server has shut down.
    public func stop() async {
        task.cancel()
        _ = try? await task.value
    }
}

/// Why an emulator could not be started.
public enum EmulatorServerError: Error, Equatable, Sendable, LocalizedError {
    case stoppedBeforeListening

    public var errorDescription: String? {
        switch self {
        case .stoppedBeforeListening: "the emulator stopped before it was listening"
        }
    }
}
