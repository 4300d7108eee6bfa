import Foundation
import TunnelClient
import TunnelCore

// Times the client's updates against a running emulator: `client-bench URL TUNNEL_FILE COUNT`.
//
// Every update carries the same clientToken, so after the first the emulator answers from its idempotence record:
// the server's work per request is small and the same as for `curl` sending the same signed bytes, which
// scripts/bench-client.sh times next to this.

let arguments = CommandLine.arguments
guard arguments.count == 4, let count = Int(arguments[3]) else {
    FileHandle.standardError.write(Data("usage: client-bench URL TUNNEL_FILE COUNT\n".utf8))
    exit(64)
}
let draft = try TunnelFile.read(path: arguments[2])
guard let update = TunnelValidator().validate(draft).update else { fatalError("the tunnel file has errors") }
let transport = AsyncHTTPTransport()
let client = BCETunnelClient(
    endpoint: try ConnectionResolver.sendingEndpoint(url: arguments[1]),
    credentials: BCECredentials(accessKeyId: "demo-access-key", secretAccessKey: "demo-secret-key"),
    transport: transport)

let clock = ContinuousClock()
var samples: [Double] = []
samples.reserveCapacity(count)
for _ in 0..<(count + 20) {
    let start = clock.now
    let outcome = await client.submit(update, clientToken: "bench-client-token")
    let elapsed = clock.now - start
    guard case .applied = outcome else { fatalError("update failed: \(outcome)") }
    samples.append(Double(elapsed.components.attoseconds) / 1e9 + Double(elapsed.components.seconds) * 1e9)
}
try await transport.shutdown()
let measured = samples.dropFirst(20).sorted()  // the first requests open the connection and warm up
let mean = measured.reduce(0, +) / Double(measured.count)
print("client_update_median_ns\t\(Int(measured[measured.count / 2]))")
print("client_update_mean_ns\t\(Int(mean))")
