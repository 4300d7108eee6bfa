import Foundation
import Testing
import TunnelCore

/// `URIEncoding.decode`, which stands in for Foundation's `removingPercentEncoding`, checked against Foundation.
@Suite struct URIDecodingTests {
    @Test(
        "decodes as removingPercentEncoding",
        arguments: [
            "", "plain", "/v1/vpn/vpnconn/vpnconn-x", "a%20b", "a+b", "%E6%B5%8B%E8%AF%95", "%e6%b5%8b%e8%af%95",
            "100%", "%2", "%zz", "%FF", "%C3", "%25", "%2541", "x%3Dy%26z",
        ])
    func sameAsFoundation(text: String) {
        #expect(URIEncoding.decode(text) == text.removingPercentEncoding)
    }

    @Test func roundTripsTheEncoding() {
        let text = "this is an example for 测试/~"
        #expect(URIEncoding.decode(URIEncoding.encode(text)) == text)
    }
}
