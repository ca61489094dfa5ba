import PathguideCore
import PathguideDiagnostics
import PathguideLoader
import PathguideTestSupport
import Testing

/// A small guide every test starts from; `extra` is appended at the top level.
func minimalGuide(channels: String = defaultChannels, extra: String = "") -> String {
    """
    format: 1
    languages: [zh, en]
    platform:
      id: shop
      name: {zh: 商城, en: Shop}
      ui-languages: [zh]
      verified: {date: "2026-11-20"}
    sources:
      - id: s1
        file: a.txt
    surfaces:
      - id: app
        kind: mobile-app
        name: {zh: 应用, en: App}
        start: home
    screens:
      - id: home
        name: {zh: 首页, en: Home}
        actions:
          - verb: tap
            label: 客服
            gloss: {en: Support}
            to: chat
            source: s1
    \(channels)
    \(extra)
    """
}

let defaultChannels = """
    channels:
      - id: chat
        kind: merchant-support
        name: {zh: 商家客服, en: Merchant chat}
        operated-by: merchant
        source: s1
    """

func load(_ text: String) -> LoadedGuide {
    GuideLoader().load(text: text, file: "guides/shop.yaml")
}

/// `file:line:col: [rule] message` for compact exact comparisons.
func lines(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.sorted().map { "\($0.location?.description ?? "-"): [\($0.ruleID)] \($0.message)" }
}

@Suite struct GuideLoaderTests {
    @Test func loadsAValidGuideWithPositions() throws {
        let loaded = load(minimalGuide())
        #expect(loaded.diagnostics.isEmpty)
        let guide = try #require(loaded.guide)
        #expect(guide.platform.id.value == "shop")
        #expect(guide.platform.id.location.description == "guides/shop.yaml:4:7")
        #expect(guide.platform.verified?.date?.value == LocalDate(year: 2026, month: 11, day: 20))
        #expect(guide.languages.map(\.value) == ["zh", "en"])
        let action = try #require(guide.screens.first?.actions.first)
        #expect(action.verb.value == .tap)
        #expect(action.label?.value == "客服")
        #expect(action.gloss?["en"] == "Support")
        #expect(action.target.location.description == "guides/shop.yaml:23:13")
        #expect(action.sources.map(\.value) == ["s1"])
        #expect(guide.channels.first?.kind.value == .merchantSupport)
        #expect(guide.channels.first?.staffing == .people)
    }

    @Test func actionInputIsAText() throws {
        let text = minimalGuide().replacingOccurrences(of: "      - verb: tap\n", with: "      - verb: search\n        input: {zh: 店铺名称, en: the shop's name}\n")
        let loaded = load(text)
        #expect(loaded.diagnostics.isEmpty)
        let action = try #require(loaded.guide?.screens.first?.actions.first)
        #expect(action.verb.value == .search)
        #expect(action.input?["zh"] == "店铺名称")
        #expect(action.input?["en"] == "the shop's name")
    }

    @Test func unknownKeySuggestsTheClosestKnownKey() {
        let marked = MarkedText(minimalGuide(channels: """
            channels:
              - 3️⃣id: chat
                kind: merchant-support
                name: {zh: 商家客服, en: Merchant chat}
                1️⃣operatd-by: merchant
                2️⃣colour: red
            """))
        // The misspelt key also leaves a required key missing; both are reported.
        #expect(lines(load(marked.text).diagnostics) == [
            "\(marked.location("3️⃣", file: "guides/shop.yaml")): [missing-field] a channel is missing required key 'operated-by'",
            "\(marked.location("1️⃣", file: "guides/shop.yaml")): [unknown-key] unknown key 'operatd-by' in a channel; did you mean 'operated-by'?",
            "\(marked.location("2️⃣", file: "guides/shop.yaml")): [unknown-key] unknown key 'colour' in a channel",
        ])
    }

    @Test func reportsEveryProblemInOneRun() {
        let marked = MarkedText(minimalGuide(channels: """
            channels:
              1️⃣- id: chat
                kind: 2️⃣merchant-suport
                name: 3️⃣Merchant chat
                operated-by: merchant
                hours:
                  schedule:
                    - days: [mon, 4️⃣funday]
                      opens: "09:00"
                      closes: 5️⃣18
            """))
        let file = "guides/shop.yaml"
        #expect(lines(load(marked.text).diagnostics) == [
            "\(marked.location("2️⃣", file: file)): [invalid-value] 'merchant-suport' is not a valid kind; did you mean 'merchant-support'?",
            "\(marked.location("3️⃣", file: file)): [wrong-type] 'name' must be a text in each language, like {zh: …, en: …}, found a string",
            "\(marked.location("4️⃣", file: file)): [invalid-value] 'funday' is not a valid day; use one of: mon, tue, wed, thu, fri, sat, sun",
            "\(marked.location("5️⃣", file: file)): [wrong-type] 'closes' must be a string, found a number; put it in quotes",
        ])
        _ = marked["1️⃣"]
    }

    @Test func missingRequiredKeysAreReportedAtTheMapping() {
        let marked = MarkedText(minimalGuide(channels: """
            channels:
              - 1️⃣id: chat
                name: {zh: 商家客服, en: Merchant chat}
            """))
        let at = marked.location("1️⃣", file: "guides/shop.yaml")
        #expect(lines(load(marked.text).diagnostics) == [
            "\(at): [missing-field] a channel is missing required key 'kind'",
            "\(at): [missing-field] a channel is missing required key 'operated-by'",
        ])
    }

    @Test func duplicateKeyPointsAtTheFirst() throws {
        let marked = MarkedText(minimalGuide(channels: """
            channels:
              - id: chat
                kind: merchant-support
                1️⃣name: {zh: 商家客服, en: Merchant chat}
                2️⃣name: {zh: 客服, en: Chat}
                operated-by: merchant
            """))
        let diagnostics = load(marked.text).diagnostics
        #expect(lines(diagnostics) == ["\(marked.location("2️⃣", file: "guides/shop.yaml")): [duplicate-key] key 'name' appears twice in a channel"])
        let note = try #require(diagnostics.first?.notes.first)
        #expect(note.location?.description == marked.location("1️⃣", file: "guides/shop.yaml"))
        #expect(note.message == "first written here")
    }

    /// Keys are the same when their text is, the way `String` compares: a decomposed é is an é,
    /// and the Kelvin sign is a K, so an ASCII key can repeat a key spelt differently.
    @Test(arguments: [("caf\u{E9}", "cafe\u{301}"), ("Kind", "\u{212A}ind"), ("\u{212A}ind", "Kind")])
    func keysSpeltDifferentlyWithTheSameTextAreDuplicates(first: String, second: String) {
        let marked = MarkedText(minimalGuide(channels: """
            channels:
              - id: chat
                kind: merchant-support
                name: {zh: 商家客服, en: Merchant chat}
                \(first): 1
                2️⃣\(second): 2
                operated-by: merchant
            """))
        let found = lines(load(marked.text).diagnostics)
        #expect(found.contains("\(marked.location("2️⃣", file: "guides/shop.yaml")): [duplicate-key] key '\(second)' appears twice in a channel"))
        #expect(found.filter { $0.contains("[unknown-key]") }.count == 1)
    }

    @Test func duplicateLanguageInATextIsADuplicateKey() {
        let marked = MarkedText(minimalGuide(channels: """
            channels:
              - id: chat
                kind: merchant-support
                name: {zh: 商家客服, 1️⃣zh: 客服, en: Chat}
                operated-by: merchant
            """))
        #expect(lines(load(marked.text).diagnostics) == ["\(marked.location("1️⃣", file: "guides/shop.yaml")): [duplicate-key] language 'zh' appears twice in 'name'"])
    }

    @Test func duplicateIDsShareOneNamespace() throws {
        let marked = MarkedText(minimalGuide(channels: """
            channels:
              - id: 1️⃣home
                kind: merchant-support
                name: {zh: 商家客服, en: Merchant chat}
                operated-by: merchant
            """))
        let diagnostics = load(marked.text).diagnostics
        #expect(lines(diagnostics) == ["\(marked.location("1️⃣", file: "guides/shop.yaml")): [duplicate-id] id 'home' is already used by a screen"])
        // The screen `home` is declared on line 17 of the minimal guide.
        #expect(diagnostics.first?.notes.first?.location?.description == "guides/shop.yaml:17:9")
    }

    @Test func duplicatePlatformIDsAcrossGuides() throws {
        let a = try #require(GuideLoader().load(text: minimalGuide(), file: "guides/a.yaml").guide)
        let b = try #require(GuideLoader().load(text: minimalGuide(), file: "guides/b.yaml").guide)
        #expect(lines(GuideLoader.duplicatePlatformIDs([a, b])) == ["guides/b.yaml:4:7: [duplicate-id] platform id 'shop' is already used by another guide"])
    }

    @Test func syntaxErrorIsAFindingWhereTheMistakeStarts() {
        let loaded = load("format: 1\nlanguages: [zh, en\nplatform: {}\n")
        #expect(loaded.guide == nil)
        #expect(lines(loaded.diagnostics) == [
            "guides/shop.yaml:2:12: [yaml-syntax] the [ here is not closed; add ] where it ends, or put the whole value in quotes if the [ is part of the text",
        ])
        #expect(loaded.diagnostics.first?.notes.map { "\($0.location?.description ?? "-") \($0.message)" } == [
            "guides/shop.yaml:3:9 the YAML reader stopped here: did not find expected ',' or ']'",
        ])
    }

    @Test func plainValuesThatAreNotStringsMustBeQuoted() {
        let marked = MarkedText(minimalGuide(channels: """
            channels:
              - id: 1️⃣true
                kind: merchant-support
                name: {zh: 商家客服, en: 2️⃣123}
                operated-by: merchant
            """))
        let file = "guides/shop.yaml"
        #expect(lines(load(marked.text).diagnostics) == [
            "\(marked.location("1️⃣", file: file)): [wrong-type] 'id' must be a string, found true/false; put it in quotes",
            "\(marked.location("2️⃣", file: file)): [wrong-type] the en text of 'name' must be a string, found a number; put it in quotes",
        ])
    }

    @Test func unquotedDatesAndTimesAreAccepted() throws {
        let text = minimalGuide(channels: """
            channels:
              - id: chat
                kind: merchant-support
                name: {zh: 商家客服, en: Merchant chat}
                operated-by: merchant
                hours:
                  schedule:
                    - {days: [mon], opens: 09:00, closes: 18:30}
                  time-zone: Asia/Shanghai
            """).replacingOccurrences(of: "\"2026-11-20\"", with: "2026-11-20")
        let loaded = load(text)
        #expect(loaded.diagnostics.isEmpty)
        guard case .weekly(let slots)? = loaded.guide?.channels.first?.hours?.schedule else {
            Issue.record("expected a weekly schedule")
            return
        }
        #expect(slots.map(\.opens.value) == ["09:00"])
        #expect(slots.map(\.closes.value) == ["18:30"])
    }

    @Test func impossibleDatesAreInvalid() {
        let marked = MarkedText(minimalGuide().replacingOccurrences(of: "verified: {date: \"2026-11-20\"}", with: "verified: {date: 1️⃣\"2026-02-30\"}"))
        #expect(lines(load(marked.text).diagnostics) == ["\(marked.location("1️⃣", file: "guides/shop.yaml")): [invalid-value] '2026-02-30' is not a valid date; write it as YYYY-MM-DD"])
    }

    @Test func unsupportedFormatVersion() {
        let marked = MarkedText("format: 1️⃣2\n" + minimalGuide().dropFirst("format: 1\n".count))
        #expect(lines(load(marked.text).diagnostics) == ["\(marked.location("1️⃣", file: "guides/shop.yaml")): [invalid-value] format 2 is not supported; this version of pathguide reads format 1"])
    }

    @Test func emptyFileAndExtraDocuments() {
        #expect(lines(load("").diagnostics) == ["guides/shop.yaml:1:1: [missing-field] the file is empty; a guide needs at least 'format', 'languages', 'platform', 'sources', 'surfaces' and 'channels'"])
        let twice = load(minimalGuide() + "\n---\n" + minimalGuide())
        #expect(twice.diagnostics.map(\.ruleID) == ["yaml-syntax"])
        #expect(twice.diagnostics.first?.message == "a guide is one YAML document; found 2")
    }

    @Test func billionLaughsIsBoundedNotExpanded() {
        var text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for level in 1...9 {
            let previous = Character(UnicodeScalar(UInt8(96 + level)))
            let name = Character(UnicodeScalar(UInt8(97 + level)))
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ",") + "]\n"
        }
        let loaded = load(text)
        #expect(loaded.guide == nil)
        #expect(loaded.diagnostics.map(\.ruleID) == ["yaml-limit"])
    }

    @Test func oversizedFileIsRefusedBeforeParsing() {
        var limits = GuideLoader().limits
        limits.maxBytes = 100
        let loaded = GuideLoader(limits: limits).load(text: minimalGuide(), file: "guides/shop.yaml")
        #expect(loaded.diagnostics.map(\.ruleID) == ["yaml-limit"])
    }

    @Test func textIsKeptOnlyWhenAsked() {
        #expect(GuideLoader().load(text: minimalGuide(), file: "g.yaml").text == minimalGuide())
        let lean = GuideLoader(keepsText: false).load(text: minimalGuide(), file: "g.yaml")
        #expect(lean.text == nil)
        #expect(lean.guide?.platform.id.value == "shop")
    }

    @Test func unreadableFileIsADiagnosticNotACrash() {
        let loaded = GuideLoader().load(contentsOf: "/nonexistent/guide.yaml", displayPath: "guide.yaml")
        #expect(loaded.diagnostics.map(\.ruleID) == ["unreadable-file"])
        #expect(loaded.diagnostics.first?.location?.description == "guide.yaml:1:1")
    }
}
