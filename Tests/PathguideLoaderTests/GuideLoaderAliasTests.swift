import PathguideCore
import PathguideDiagnostics
import PathguideLoader
import PathguideTestSupport
import PathguideYAML
import Testing

/// A block written once with `&name` and used again with `*name` is decoded once: a problem
/// inside it is one finding, at its place in the block, with a note at the aliases that use it.
@Suite struct GuideLoaderAliasTests {
    private let file = "guides/shop.yaml"

    /// Each finding with its notes, in report order.
    private func findings(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.sorted().flatMap { diagnostic in
            ["\(diagnostic.location?.description ?? "-"): [\(diagnostic.ruleID)] \(diagnostic.message)"]
                + diagnostic.notes.map { "  \($0.location?.description ?? "-"): \($0.message)" }
        }
    }

    @Test func aProblemInAnAnchoredChannelIsReportedOnce() {
        let marked = MarkedText(minimalGuide(channels: """
            channels:
              - &chat
                id: chat
                kind: 1️⃣merchant-suport
                name: {zh: 商家客服, en: Merchant chat}
                operated-by: merchant
              - 2️⃣*chat
              - 3️⃣*chat
              - 4️⃣*chat
            """))
        #expect(findings(load(marked.text).diagnostics) == [
            "\(marked.location("1️⃣", file: file)): [invalid-value] 'merchant-suport' is not a valid kind; did you mean 'merchant-support'?",
            "  \(marked.location("2️⃣", file: file)): used here",
            "  \(marked.location("3️⃣", file: file)): used here",
            "  \(marked.location("4️⃣", file: file)): used here",
        ])
    }

    @Test func aProblemInABlockSharedByThreeChannels() {
        let marked = MarkedText(minimalGuide(channels: """
            channels:
              - id: chat
                kind: merchant-support
                name: {zh: 商家客服, en: Merchant chat}
                operated-by: merchant
                hours: 5️⃣&office
                  schedule:
                    - {days: [mon, 1️⃣funday], opens: "09:00", closes: "18:00"}
              - id: phone
                kind: hotline
                name: {zh: 电话, en: Phone}
                operated-by: platform
                hours: 2️⃣*office
              - id: mail
                kind: email
                name: {zh: 邮件, en: Email}
                operated-by: platform
                hours: 3️⃣*office
            """))
        let loaded = load(marked.text)
        #expect(findings(loaded.diagnostics) == [
            "\(marked.location("1️⃣", file: file)): [invalid-value] 'funday' is not a valid day; use one of: mon, tue, wed, thu, fri, sat, sun",
            "  \(marked.location("2️⃣", file: file)): used here",
            "  \(marked.location("3️⃣", file: file)): used here",
        ])
        // Each channel still has the hours, at the place it names them.
        #expect(loaded.guide?.channels.map { $0.hours?.location.description } == [
            marked.location("5️⃣", file: file), marked.location("2️⃣", file: file), marked.location("3️⃣", file: file),
        ])
    }

    @Test func aMergeKeyCopiesAChannelAndItsOwnKeysWin() throws {
        let loaded = load(minimalGuide(channels: """
            channels:
              - &chat
                id: chat
                kind: merchant-support
                name: {zh: 商家客服, en: Merchant chat}
                operated-by: merchant
              - <<: *chat
                id: chat-two
                name: {zh: 商家客服二, en: Second merchant chat}
            """))
        #expect(findings(loaded.diagnostics) == [])
        let channels = try #require(loaded.guide?.channels)
        #expect(channels.map(\.id.value) == ["chat", "chat-two"])
        #expect(channels.map { "\($0.kind.value)" } == ["merchantSupport", "merchantSupport"])
    }

    @Test func aProblemInAMergedBlockIsReportedOnce() {
        let marked = MarkedText(minimalGuide(channels: """
            channels:
              - &chat
                id: chat
                kind: 1️⃣merchant-suport
                name: {zh: 商家客服, en: Merchant chat}
                operated-by: merchant
              - <<: 2️⃣*chat
                id: chat-two
            """))
        #expect(findings(load(marked.text).diagnostics) == [
            "\(marked.location("1️⃣", file: file)): [invalid-value] 'merchant-suport' is not a valid kind; did you mean 'merchant-support'?",
            "  \(marked.location("2️⃣", file: file)): used here",
        ])
    }

    /// libyaml starts an anchored node at its anchor.
    @Test func aRepeatedWordIsReportedWhereItIsWritten() {
        let marked = MarkedText(minimalGuide(channels: """
            channels:
              - id: chat
                kind: merchant-support
                name: {zh: 商家客服, en: Merchant chat}
                operated-by: merchant
                prerequisites: [1️⃣&p needs-order, 2️⃣*p, 3️⃣*p]
            """))
        #expect(findings(load(marked.text).diagnostics) == [
            "\(marked.location("1️⃣", file: file)): [invalid-value] 'needs-order' is not a valid prerequisite; use one of: order, merchant-contact, login, refund-request, refused-refund, other",
            "  \(marked.location("2️⃣", file: file)): used here",
            "  \(marked.location("3️⃣", file: file)): used here",
        ])
    }

    @Test func notesStopAtThreeAndCountTheRest() {
        let marked = MarkedText(minimalGuide(channels: """
            channels:
              - id: chat
                kind: merchant-support
                name: {zh: 商家客服, en: Merchant chat}
                operated-by: merchant
                contacts: [&k {kind: 1️⃣phon, value: "10086"}, 2️⃣*k, 3️⃣*k, 4️⃣*k, *k, *k]
            """))
        #expect(findings(load(marked.text).diagnostics) == [
            "\(marked.location("1️⃣", file: file)): [invalid-value] 'phon' is not a valid kind; did you mean 'phone'?",
            "  \(marked.location("2️⃣", file: file)): used here",
            "  \(marked.location("3️⃣", file: file)): used here",
            "  \(marked.location("4️⃣", file: file)): used here, and 2 more times",
        ])
    }

    /// A channel repeated whole repeats its id from the same place: one finding, at the id.
    @Test func aRepeatedChannelIsOneDuplicateID() {
        let marked = MarkedText(minimalGuide(channels: """
            channels:
              - &chat
                id: 1️⃣chat
                kind: merchant-support
                name: {zh: 商家客服, en: Merchant chat}
                operated-by: merchant
              - 2️⃣*chat
              - 3️⃣*chat
            """))
        #expect(findings(load(marked.text).diagnostics) == [
            "\(marked.location("1️⃣", file: file)): [duplicate-id] id 'chat' is used more than once: an alias repeats this channel",
            "  \(marked.location("2️⃣", file: file)): repeated here",
            "  \(marked.location("3️⃣", file: file)): repeated here",
        ])
    }

    /// Nested aliases (a "billion laughs" under the node limit): the file expands to hundreds of
    /// thousands of nodes, but it has only so many problems, and each is reported once.
    @Test func nestedAliasesGiveEachProblemOnce() throws {
        let width = 40
        let uses = { (name: String) in Array(repeating: "*\(name)", count: width).joined(separator: ", ") }
        let text = minimalGuide(channels: """
            channels:
              - &c
                id: chat
                kind: merchant-suport
                name: &t {zh: 1, en: 2, fr: true}
                operated-by: merchant
                escalations: [&e {verb: tapp, to: chat, note: *t, gloss: *t, input: *t, when: *t}, \(uses("e"))]
                contacts: [&k {kind: phone, note: *t}, \(uses("k"))]
              - \(uses("c").replacingOccurrences(of: ", ", with: "\n  - "))
            """)
        #expect(text.utf8.count < 4096)
        // Read naively, the file is far beyond this many nodes.
        #expect(throws: YAMLError.self) { try YAMLParser.tree(text, limits: YAMLLimits(maxNodes: 50_000)) }
        let diagnostics = load(text).diagnostics
        #expect(findings(diagnostics).filter { !$0.hasPrefix(" ") } == [
            "\(file):28:11: [invalid-value] 'merchant-suport' is not a valid kind; did you mean 'merchant-support'?",
            "\(file):29:19: [wrong-type] the zh text of 'name' must be a string, found a number; put it in quotes",
            "\(file):29:26: [wrong-type] the en text of 'name' must be a string, found a number; put it in quotes",
            "\(file):29:33: [wrong-type] the fr text of 'name' must be a string, found true/false; put it in quotes",
            "\(file):31:29: [invalid-value] 'tapp' is not a valid verb; did you mean 'tap'?",
        ])
        #expect(Set(diagnostics.map { "\($0.location!) \($0.ruleID) \($0.message)" }).count == diagnostics.count)
    }

    /// Decoding a block once changes nothing in a valid guide: every value is what reading the
    /// aliases out in full gives, and a value that stands for an alias is at the alias's place.
    @Test func aValidGuideDecodesAsIfAliasesWereWrittenOut() throws {
        let marked = MarkedText(minimalGuide(channels: """
            channels:
              - id: chat
                kind: merchant-support
                name: &t {zh: 1️⃣客服, en: 2️⃣Support}
                description: 3️⃣*t
                operated-by: merchant
                hours: &h {schedule: [{days: [mon, tue], opens: "09:00", closes: "18:00"}], time-zone: Asia/Shanghai}
                prerequisites: [&p order, 4️⃣*p]
                contacts: [5️⃣&k {kind: phone, value: "10086"}, 6️⃣*k]
                regions: &r [cn, hk]
                source: s1
              - id: phone
                kind: hotline
                name: {zh: 电话, en: Phone}
                operated-by: platform
                hours: 7️⃣*h
                contacts: [8️⃣*k]
                regions: *r
                source: s1
            """))
        let written = minimalGuide(channels: """
            channels:
              - id: chat
                kind: merchant-support
                name: {zh: 客服, en: Support}
                description: {zh: 客服, en: Support}
                operated-by: merchant
                hours: {schedule: [{days: [mon, tue], opens: "09:00", closes: "18:00"}], time-zone: Asia/Shanghai}
                prerequisites: [order, order]
                contacts: [{kind: phone, value: "10086"}, {kind: phone, value: "10086"}]
                regions: [cn, hk]
                source: s1
              - id: phone
                kind: hotline
                name: {zh: 电话, en: Phone}
                operated-by: platform
                hours: {schedule: [{days: [mon, tue], opens: "09:00", closes: "18:00"}], time-zone: Asia/Shanghai}
                contacts: [{kind: phone, value: "10086"}]
                regions: [cn, hk]
                source: s1
            """)
        let aliased = load(marked.text)
        #expect(aliased.diagnostics.isEmpty)
        let a = try #require(aliased.guide)
        let w = try #require(load(written).guide)
        #expect(Self.withoutPositions(a) == Self.withoutPositions(w))
        // The values that stand for aliases are where the aliases are; their parts, in the block.
        let at = { (marker: Character) in marked.location(marker, file: file) }
        let chat = a.channels[0], phone = a.channels[1]
        #expect(chat.description?.location.description == at("3️⃣"))
        #expect(chat.description?.entries.map(\.location.description) == [at("1️⃣"), at("2️⃣")])
        #expect(chat.prerequisites[1].location.description == at("4️⃣"))
        #expect(chat.prerequisites[1].kind.location.description == at("4️⃣"))
        #expect(chat.contacts.map(\.location.description) == [at("5️⃣"), at("6️⃣")])
        #expect(phone.hours?.location.description == at("7️⃣"))
        #expect(phone.contacts.map(\.location.description) == [at("8️⃣")])
    }

    /// The decoded guide as text, with every line and column left out.
    private static func withoutPositions(_ guide: Guide) -> String {
        var text = ""
        dump(guide, to: &text)
        return text.split(separator: "\n")
            .filter { !$0.contains("- line: ") && !$0.contains("- column: ") }
            .map { $0.replacing(/\.yaml:\d+:\d+/, with: ".yaml") }
            .joined(separator: "\n")
    }
}
