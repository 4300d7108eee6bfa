// swift-tools-version: 6.1
import PackageDescription

/// Settings every target shares: Swift 6 language mode is the package default; these add the rest.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

// Linux only, as the README says: the code uses glibc, /proc, prctl and the Linux layout of `sigaction`, and is tested
// on Debian 12 with Swift 6.3. `Sources/TunnelCore/LinuxOnly.swift` stops a build elsewhere with that message.
let package = Package(
    name: "VPNTunnel",
    products: [
        .executable(name: "vpn-tunnel", targets: ["vpn-tunnel"]),
        .library(name: "TunnelCore", targets: ["TunnelCore"]),
        .library(name: "TunnelClient", targets: ["TunnelClient"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.24.0"),
        // async-http-client's own TLS: named so that TunnelClient can tell a certificate failure from a network one.
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.30.0"),
        // No traits: the default "FullFoundation" links the whole of Foundation (DateFormatter in URL-encoded forms)
        // and with it ICU and FoundationInternationalization into the editor, whose start-up scans every protocol
        // conformance they add; "ConfigurationSupport" (Hummingbird from swift-configuration) is unused here. The
        // version is the one measured with its traits off (an older one might not offer them to turn off).
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: []),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // prctl(2) through fixed-argument wrappers: Swift cannot call the variadic C declaration.
        .target(name: "CProcessControl"),
        .target(
            name: "TunnelCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "TunnelClient",
            dependencies: [
                "TunnelCore",
                "CProcessControl",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "TunnelEmulator",
            dependencies: [
                "TunnelCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "TunnelTUI",
            dependencies: ["TunnelCore", "TunnelClient", "CNcursesw"]
        ),
        .target(
            name: "TunnelTesting",
            dependencies: ["TunnelCore", "TunnelClient", "TunnelTUI"]
        ),
        .executableTarget(
            name: "vpn-tunnel",
            dependencies: [
                "TunnelCore",
                "TunnelClient",
                "TunnelEmulator",
                "TunnelTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "TunnelCoreTests", dependencies: ["TunnelCore", "TunnelTesting"]),
        .testTarget(
            name: "TunnelClientTests",
            dependencies: [
                "TunnelCore", "TunnelClient", "TunnelEmulator", "TunnelTesting",
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .testTarget(name: "TunnelTUITests", dependencies: ["TunnelCore", "TunnelTUI", "TunnelTesting"]),
        .testTarget(name: "CLITests", dependencies: ["vpn-tunnel", "TunnelCore", "TunnelEmulator", "TunnelTUI"]),
        .testTarget(
            name: "TunnelEmulatorTests",
            dependencies: [
                "TunnelEmulator", "TunnelCore", "TunnelTesting",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)

// The C target takes no Swift settings.
for target in package.targets where target.type != .system && target.name != "CProcessControl" {
    target.swiftSettings = (target.swiftSettings ?? []) + swiftSettings
}
