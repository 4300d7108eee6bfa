/// The English catalog of the command line's messages.
extension CommandText {
    var english: String {
        switch self {
        case .demoDidNotStart(let reason): "vpn-tunnel demo: the emulator did not start: \(reason)"
        }
    }
}
