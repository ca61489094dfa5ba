import PathguideCheck
import PathguideDiagnostics
import Testing

@Suite struct CheckerTests {
    @Test func minimalGuideHasNoFindings() throws {
        let marked = try MarkedGuide(GuideText.minimal())
        let diagnostics = Checker(context: MarkedGuide.context).check(marked.guide)
        #expect(diagnostics.map(Finding.init) == [])
    }

    @Test func ruleIDsAreUniqueKebabCase() {
        let ids = Checker.ruleDescriptions.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.wholeMatch(of: /[a-z]+(-[a-z]+)*/) != nil, "rule id '\(id)'")
        }
    }

    @Test func everyRuleIsDescribed() {
        for description in Checker.ruleDescriptions {
            #expect(!description.name.isEmpty)
            #expect(description.summary.hasSuffix("."), "summary of '\(description.id)'")
        }
    }
}
