/// The Simplified Chinese catalog of the command line's messages; the terms are those of `Text+Chinese.swift`.
extension CommandText {
    var chinese: String {
        switch self {
        case .demoDidNotStart(let reason): "vpn-tunnel demo：模拟器未能启动：\(reason)"
        }
    }
}
