import Crypto
import Foundation
import TunnelCore

// The core's costs, per operation, as medians of many timed batches taken in turns.
//
// Hand-rolled rather than with ordo-one/benchmark: that package needs jemalloc and a plugin, and the one table
// of scripts/bench.sh mixes these figures with the Python SDK's and the terminal's, so plain lines are easier.

/// Operations to time: listed first, then timed together by `run`.
struct Bench {
    private var operations: [(name: String, perBatch: Int?, body: () -> Void)] = []

    /// `perBatch`: calls per timed batch, when this operation needs fewer than the run's (a big input's parse).
    mutating func measure(_ name: String, perBatch: Int? = nil, _ body: @escaping () -> Void) {
        operations.append((name, perBatch, body))
    }

    /// Times every operation in batches of `perBatch` calls and prints the median nanoseconds per call of each.
    ///
    /// The batches take turns (one of each operation per round) rather than running one operation's batches back
    /// to back: this virtual machine's speed drifts by up to 2x over seconds, and taking turns puts that drift into
    /// every operation's samples alike, so the ratios of one run (sign to its two HMACs, say) are not an artefact
    /// of when each ran.
    func run(batches: Int, perBatch: Int = 2_000) {
        for operation in operations {
            // Warm up caches and lazy initialisation.
            for _ in 0..<(operation.perBatch ?? perBatch) { operation.body() }
        }
        var samples = Array(repeating: [Double](), count: operations.count)
        for _ in 0..<batches {
            for (index, operation) in operations.enumerated() {
                let calls = operation.perBatch ?? perBatch
                let start = threadCPUNanoseconds()
                for _ in 0..<calls { operation.body() }
                samples[index].append(Double(threadCPUNanoseconds() - start) / Double(calls))
            }
        }
        print("operation\tns")
        for (index, operation) in operations.enumerated() {
            let sorted = samples[index].sorted()
            print("\(operation.name)\t\(String(format: "%.0f", sorted[sorted.count / 2]))")
        }
    }
}

/// The CPU time this thread has used. Timed in CPU rather than wall time: the machine is shared, and a batch that
/// waited for a core while others built would count the wait (a 1 MB parse took 5 ms of CPU and 76 ms of wall
/// time when the load was 17 on 2 cores).
func threadCPUNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

@inline(never)
func consume<T>(_ value: T) {
    withExtendedLifetime(value) {}
}

let seed = CommandLine.arguments.dropFirst().first ?? "assets/examples/seed-example.json"
/// Fewer batches (a second argument) for profiling under valgrind.
let batchCount = CommandLine.arguments.dropFirst(2).first.flatMap { Int($0) } ?? 101
/// The folder of scripts/big_inputs.py's files (a third argument): their parse and validation are timed too.
let bigInputs = CommandLine.arguments.dropFirst(3).first
let draft = try TunnelFile.read(path: seed)
let validator = TunnelValidator()
guard let update = validator.validate(draft).update else {
    fatalError("the benchmark tunnel \(seed) has errors")
}
let endpoint = try Endpoint.region("bj")
let credentials = BCECredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "SKEXAMPLE")
let date = BCETimestamp.date(from: "2024-01-02T03:04:05Z")!
let signer = BCESigner()
var bench = Bench()
let unsigned = UpdateRequestBuilder.build(
    update, clientToken: "1849ef6b-f73c-4f5d-b88b-259ca47af849", endpoint: endpoint)

bench.measure("validate_tunnel") { consume(validator.validate(draft)) }
bench.measure("build_body") { consume(RequestBody.encode(update)) }
bench.measure("build_request") {
    consume(UpdateRequestBuilder.build(update, clientToken: "1849ef6b-f73c-4f5d-b88b-259ca47af849", endpoint: endpoint))
}
// As BCETunnelClient signs: credentials prepared once when the client is made, every attempt signed with them.
let signingCredentials = BCESigningCredentials(credentials)
bench.measure("sign_request") { consume(signer.sign(unsigned, credentials: signingCredentials, date: date)) }

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
bench.measure("two_hmac_sha256") {
    consume(HMAC<SHA256>.authenticationCode(for: prefixBytes, using: secretKey))
    consume(HMAC<SHA256>.authenticationCode(for: canonicalBytes, using: signingKey))
}

if let bigInputs { try BigInputs.measure(in: bigInputs, into: &bench) }

bench.run(batches: batchCount)
