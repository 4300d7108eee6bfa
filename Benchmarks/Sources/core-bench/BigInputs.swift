import Foundation
import TunnelCore

/// The big one-line inputs of scripts/big_inputs.py: each parsed by the core's `JSONParser` and by
/// swift-foundation's `JSONDecoder` (into `Decodable` types of the same shape) on the same bytes, and the tunnel
/// files read and validated as `validate` does; scripts/bench_python_json.py times Python's `json.loads` on them.
enum BigInputs {
    /// A tunnel file or a `VpnConn` of a list answer, as a `Decodable` would take it.
    struct DecodedTunnel: Decodable {
        let vpnConnId: String?
        let vpnId: String
        let secretKey: String
        let localSubnets: [String]
        let remoteIp: String
        let remoteSubnets: [String]
        let description: String
        let vpnConnName: String
        let ikeConfig: [String: Seconds]
        let ipsecConfig: [String: Seconds]
    }

    /// A setting that is a string, or a lifetime that may be a number.
    enum Seconds: Decodable {
        case text(String)
        case number(Int)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) {
                self = .number(number)
            } else {
                self = .text(try container.decode(String.self))
            }
        }
    }

    struct DecodedList: Decodable {
        let vpnConns: [DecodedTunnel]
    }

    static let tunnelFiles = ["subnets-1000", "subnets-16000", "overlap-2000"]

    static func measure(in folder: String, into bench: inout Bench) throws {
        func bytes(_ name: String) throws -> [UInt8] {
            Array(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name).json")))
        }
        /// About 200 KB of input per timed batch.
        func calls(_ input: [UInt8]) -> Int { max(1, 200_000 / input.count) }
        let validator = TunnelValidator()
        for name in tunnelFiles {
            let input = try bytes(name)
            let data = Data(input)
            bench.measure("parse_\(name)", perBatch: calls(input)) { consume(try? JSONParser.parse(input)) }
            bench.measure("jsondecoder_\(name)", perBatch: calls(input)) {
                consume(try? JSONDecoder().decode(DecodedTunnel.self, from: data))
            }
            bench.measure("validate_\(name)", perBatch: calls(input)) {
                guard let json = try? JSONParser.parse(input),
                    let draft = try? TunnelFile.draft(from: json, ignoringUnknownKeys: false)
                else { fatalError("\(name) is not a tunnel file") }
                consume(validator.validate(draft))
            }
        }
        let numbers = try bytes("numbers-80k")
        let numbersData = Data(numbers)
        bench.measure("parse_numbers-80k", perBatch: calls(numbers)) { consume(try? JSONParser.parse(numbers)) }
        bench.measure("jsondecoder_numbers-80k", perBatch: calls(numbers)) {
            consume(try? JSONDecoder().decode([Int].self, from: numbersData))
        }
        let gateway = try bytes("gateway-400x60")
        let gatewayData = Data(gateway)
        bench.measure("parse_gateway-400x60", perBatch: calls(gateway)) { consume(try? JSONParser.parse(gateway)) }
        bench.measure("jsondecoder_gateway-400x60", perBatch: calls(gateway)) {
            consume(try? JSONDecoder().decode(DecodedList.self, from: gatewayData))
        }
        // As `show` reads a list answer: every tunnel of it into a draft.
        bench.measure("read_gateway-400x60", perBatch: calls(gateway)) {
            guard case .array(let tunnels)? = (try? JSONParser.parse(gateway))?["vpnConns"] else {
                fatalError("gateway-400x60 is not a list answer")
            }
            consume(tunnels.map { try? TunnelFile.draft(from: $0, ignoringUnknownKeys: true) })
        }
    }
}
