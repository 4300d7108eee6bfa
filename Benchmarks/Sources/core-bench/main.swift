import Crypto
import Foundation
import TunnelCore

// The core's costs, per operation, as medians of many timed batches.
//
// Hand-rolled rather than with ordo-one/benchmark: that package needs jemalloc and a plugin, and the one table
// of scripts/bench.sh mixes these figures with the Python SDK's and the terminal's, so plain lines are easier.

/// Runs `body` in batches and returns the median nanoseconds per call.
@discardableResult
func measure(_ name: String, batches: Int = batchCount, perBatch: Int = 2_000, _ body: () -> Void) -> Double {
    for _ in 0..<perBatch { body() }  // warm up caches and lazy initialisation
    var samples: [Double] = []
    samples.reserveCapacity(batches)
    let clock = ContinuousClock()
    for _ in 0..<batches {
        let elapsed = clock.measure {
            for _ in 0..<perBatch { body() }
        }
        let nanoseconds = Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9
        samples.append(nanoseconds / Double(perBatch))
    }
    samples.sort()
    let median = samples[samples.count / 2]
    print("\(name)\t\(String(format: "%.0f", median))")
    return median
}

@inline(never)
func consume<T>(_ value: T) {
    withExtendedLifetime(value) {}
}

let seed = CommandLine.arguments.dropFirst().first ?? "assets/examples/seed-example.json"
/// Fewer batches (a second argument) for profiling under valgrind.
let batchCount = CommandLine.arguments.dropFirst(2).first.flatMap { Int($0) } ?? 101
let draft = try TunnelFile.read(path: seed)
let validator = TunnelValidator()
guard let update = validator.validate(draft).update else {
    fatalError("the benchmark tunnel \(seed) has errors")
}
let endpoint = try Endpoint.region("bj")
let credentials = BCECredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "SKEXAMPLE")
let date = BCETimestamp.date(from: "2024-01-02T03:04:05Z")!
let signer = BCESigner()
let unsigned = UpdateRequestBuilder.build(
    update, clientToken: "1849ef6b-f73c-4f5d-b88b-259ca47af849", endpoint: endpoint)

print("operation\tns")
measure("validate_tunnel") { consume(validator.validate(draft)) }
measure("build_body") { consume(RequestBody.encode(update)) }
measure("build_request") {
    consume(UpdateRequestBuilder.build(update, clientToken: "1849ef6b-f73c-4f5d-b88b-259ca47af849", endpoint: endpoint))
}
// As BCETunnelClient signs: credentials prepared once when the client is made, every attempt signed with them.
let signingCredentials = BCESigningCredentials(credentials)
measure("sign_request") { consume(signer.sign(unsigned, credentials: signingCredentials, date: date)) }

// The floor: the two HMAC-SHA256 computations of a signature, over messages of the same sizes.
let prefix = BCESigner.authStringPrefix(
    accessKeyId: "AKIDEXAMPLE", timestamp: "2024-01-02T03:04:05Z", expirationSeconds: 1800)
let signed = signer.sign(unsigned, credentials: credentials, date: date)
let headers = BCESigner.canonicalHeaders(signed.headers)
let canonical = BCESigner.canonicalRequest(
    method: "PUT", canonicalURI: BCESigner.canonicalURI(signed.path),
    canonicalQuery: BCESigner.canonicalQueryString(signed.query), canonicalHeaders: headers.canonical)
let secretKey = SymmetricKey(data: Array("SKEXAMPLE".utf8))
let signingKey = SymmetricKey(data: Array(repeating: UInt8(ascii: "a"), count: 64))
let prefixBytes = Array(prefix.utf8)
let canonicalBytes = Array(canonical.utf8)
measure("two_hmac_sha256") {
    consume(HMAC<SHA256>.authenticationCode(for: prefixBytes, using: secretKey))
    consume(HMAC<SHA256>.authenticationCode(for: canonicalBytes, using: signingKey))
}
// The same two codes with the core's allocation-free HMAC over swift-crypto's SHA-256: the lower floor.
let secretKeyBytes = Array("SKEXAMPLE".utf8)
let signingKeyBytes = Array(repeating: UInt8(ascii: "a"), count: 64)
measure("two_hmac_sha256_raw") {
    consume(HMACSHA256.hexCode(key: secretKeyBytes, message: prefixBytes))
    consume(HMACSHA256.hexCode(key: signingKeyBytes, message: canonicalBytes))
}
