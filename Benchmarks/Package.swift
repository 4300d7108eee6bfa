// swift-tools-version: 6.0
import Foundation
import PackageDescription

/// Benchmarks live in their own package so `swift test` at the root never builds them.
///
/// A path dependency's identity is its folder's name, which differs between clones: read it here.
let rootPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent

let package = Package(
    name: "VPNTunnelBenchmarks",
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        .executableTarget(
            name: "core-bench",
            dependencies: [
                .product(name: "TunnelCore", package: rootPackage),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "client-bench",
            dependencies: [
                .product(name: "TunnelCore", package: rootPackage),
                .product(name: "TunnelClient", package: rootPackage),
            ]
        ),
    ]
)
