import Testing
import TunnelCore
import TunnelTUI

@Suite struct DropdownTests {
    @Test func enterOpensArrowsMoveEnterPicks() {
        var dropdown = Dropdown(field: .ikeEncAlg, value: "aes", includesExtended: false)
        #expect(dropdown.handle(.enter) == .moved)
        #expect(dropdown.isOpen)
        _ = dropdown.handle(.down)
        _ = dropdown.handle(.down)
        #expect(dropdown.handle(.enter) == .edited)
        #expect(dropdown.value == "aes256")
        #expect(!dropdown.isOpen)
    }

    @Test func escapeLeavesTheValueUnchanged() {
        var dropdown = Dropdown(field: .ikeEncAlg, value: "aes", includesExtended: false)
        _ = dropdown.handle(.char(" "))
        _ = dropdown.handle(.down)
        #expect(dropdown.handle(.escape) == .moved)
        #expect(dropdown.value == "aes")
        #expect(!dropdown.isOpen)
    }

    @Test func typingALetterJumpsToTheNextMatch() {
        var dropdown = Dropdown(field: .ikePfs, value: "group2", includesExtended: false)
        dropdown.open()
        _ = dropdown.handle(.char("g"))
        #expect(dropdown.choices[dropdown.highlighted].value == "group5")
        var encryption = Dropdown(field: .ipsecEncAlg, value: "aes", includesExtended: false)
        encryption.open()
        _ = encryption.handle(.char("3"))
        _ = encryption.handle(.enter)
        #expect(encryption.value == "3des")
    }

    @Test func weakValuesAreMarkedAndTheExtendedTierOnlyWhenEnabled() {
        let plain = Dropdown(field: .ikeAuthAlg, value: "sha1", includesExtended: false)
        #expect(plain.choices.map(Dropdown.describe) == ["sha1 - SHA-1", "md5 - MD5 (weak)"])
        let extended = Dropdown(field: .ikeAuthAlg, value: "sha1", includesExtended: true)
        #expect(extended.choices.map(\.value) == ["sha1", "md5", "sha2_256", "sha2_384", "sha2_512"])
    }
}

@Suite struct CIDRListEditorTests {
    @Test func aPastedListBecomesRows() {
        var list = CIDRListEditor(values: [])
        #expect(list.handle(.paste("10.0.0.0/8, 172.16.0.0/12\n192.168.0.0/16")) == .edited)
        #expect(list.values == ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"])
        #expect(list.selected == 2)
    }

    @Test func pasteAfterAFilledRowInsertsBelowIt() {
        var list = CIDRListEditor(values: ["10.0.0.0/8"])
        _ = list.handle(.paste("1.1.1.0/24 2.2.2.0/24"))
        #expect(list.values == ["10.0.0.0/8", "1.1.1.0/24", "2.2.2.0/24"])
    }

    @Test func enterAddsARowAndCtrlDRemovesIt() {
        var list = CIDRListEditor(values: ["10.0.0.0/8"])
        _ = list.handle(.enter)
        for key in "192.168.1.0/24" { _ = list.handle(.char(key)) }
        #expect(list.values == ["10.0.0.0/8", "192.168.1.0/24"])
        _ = list.handle(.up)
        #expect(list.handle(.ctrl("d")) == .edited)
        #expect(list.values == ["192.168.1.0/24"])
        #expect(list.handle(.up) == .ignored)
    }
}

@Suite struct KeyMapTests {
    @Test func theHintLineNamesOnlyBoundKeys() {
        let line = KeyMap.hintLine(for: .secretField, width: 200)
        #expect(line.hasPrefix("Ctrl-R reveal  Ctrl-P preview"))
        for binding in KeyMap.bindings(for: .secretField) where binding.hint != nil {
            #expect(line.contains("\(binding.keyNames) \(binding.hint!)"))
            for key in binding.keys {
                #expect(KeyMap.action(for: key, in: .secretField) == binding.action)
            }
        }
    }

    @Test func theHintLineFitsItsWidth() {
        for width in [20, 40, 80] {
            #expect(TextWidth.columns(of: KeyMap.hintLine(for: .listField, width: width)) <= width)
        }
    }
}

@Suite struct KeyMapConsistencyTests {
    static let contexts: [KeyContext] = [
        .textField, .secretField, .listField, .choiceField, .numberField, .choiceOpen,
        .preview(revealsSecrets: false, showsWire: false), .preview(revealsSecrets: false, showsWire: true),
        .preview(revealsSecrets: true, showsWire: false), .preview(revealsSecrets: true, showsWire: true), .help,
        .confirmSubmit(canSend: true), .confirmSubmit(canSend: false), .sending, .result(succeeded: true),
        .result(succeeded: false), .confirmQuit, .offerRestore,
        .tooSmall,
    ]

    /// Every key a binding lists dispatches to that binding's action: no binding is shadowed by an earlier one,
    /// so the hint line and help never describe a key that does something else.
    @Test(arguments: contexts)
    func everyListedKeyDoesWhatItsBindingSays(context: KeyContext) {
        for binding in KeyMap.bindings(for: context) {
            for key in binding.keys {
                #expect(KeyMap.action(for: key, in: context) == binding.action, "\(key.name) in \(context)")
            }
        }
    }
}
