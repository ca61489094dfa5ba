import PathguideCheck
import PathguideCore
import PathguideDiagnostics
import PathguideTestSupport
import Testing

/// Every text a reader sees is checked for every language. The texts are found in the model, by
/// reflection over a guide that sets every field (`GuideText.complete`), not listed by hand: a
/// text field the model gains is either set in that guide, and so tested here, or reported as
/// unset.
@Suite struct TranslationCoverageTests {
    /// A text of the model, where it sits in the guide value, and what holds it.
    struct TextField: CustomTestStringConvertible, Sendable {
        var path: String
        var text: LocalizedText
        /// The label of the action or escalation that holds a gloss.
        var label: Located<String>?

        var testDescription: String { path }
        var isGloss: Bool { path.hasSuffix(".gloss") }
    }

    /// What reflection finds in a guide: every text, and every optional or list that is empty
    /// wherever it occurs (`guide.channels[].hours`).
    struct Reflection {
        var texts: [TextField] = []
        private var empty: Set<String> = []
        private var filled: Set<String> = []

        init(_ guide: Guide) {
            walk(guide, path: "guide", holder: nil)
        }

        var unset: [String] { empty.subtracting(filled).sorted() }

        private mutating func note(_ path: String, isEmpty: Bool) {
            let field = path.replacing(/\[\d+\]/, with: "[]")
            if isEmpty { empty.insert(field) } else { filled.insert(field) }
        }

        private mutating func walk(_ value: Any, path: String, holder: Mirror?) {
            // What the loader could not build: empty in a guide that loads, and holding no text.
            if path == "guide.unloaded" { return }
            let mirror = Mirror(reflecting: value)
            // Before the cast below, which would see through an optional.
            if mirror.displayStyle == .optional {
                note(path, isEmpty: mirror.children.isEmpty)
                if let some = mirror.children.first { walk(some.value, path: path, holder: holder) }
                return
            }
            if let text = value as? LocalizedText {
                let label = holder?.children.first { $0.label == "label" }?.value as? Located<String>
                texts.append(TextField(path: path, text: text, label: label))
                return
            }
            if value is PathguideDiagnostics.SourceLocation { return }
            if mirror.displayStyle == .collection {
                note(path, isEmpty: mirror.children.isEmpty)
                for (i, child) in mirror.children.enumerated() { walk(child.value, path: "\(path)[\(i)]", holder: holder) }
                return
            }
            for child in mirror.children {
                walk(child.value, path: child.label.map { "\(path).\($0)" } ?? path, holder: mirror)
            }
        }
    }

    static let complete = try! MarkedGuide(GuideText.complete)
    static let fields = Reflection(complete.guide).texts

    @Test func theCompleteGuideSetsEveryFieldAndPasses() throws {
        let reflection = Reflection(Self.complete.guide)
        #expect(reflection.unset == [], "GuideText.complete leaves these unset; set them so their texts are tested")
        // Notes (the hours when nobody is known to answer) are for knowing, not fixing.
        #expect(Checker(context: MarkedGuide.context).check(Self.complete.guide).filter { $0.severity != .note }.map(Finding.init) == [])
        #expect(reflection.texts.count > 0)
    }

    /// The guide with one text's Chinese removed (a gloss: its English replaced by Chinese),
    /// which must give exactly one `missing-translation` error, at that text (a gloss: its label).
    @Test(arguments: fields) func aTextWithoutALanguageIsFound(_ field: TextField) throws {
        let yaml = GuideText.complete
        let english = try #require(field.text["en"])
        let written: String
        let replacement: String
        let expected: (location: PathguideDiagnostics.SourceLocation, message: String)
        if field.isGloss {
            let label = try #require(field.label)
            written = "gloss: {en: \(english)}"
            replacement = "gloss: {zh: 说明}"
            expected = (label.location, "label '\(label.value)' needs a gloss in 'en', which the app's UI does not show")
        } else {
            let chinese = try #require(field.text["zh"])
            written = "{zh: \(chinese), en: \(english)}"
            replacement = "{en: \(english)}"
            expected = (field.text.location, "has no 'zh' text")
        }
        #expect(yaml.components(separatedBy: written).count == 2, "'\(written)' is not written exactly once in GuideText.complete")
        let marked = try MarkedGuide(yaml.replacingOccurrences(of: written, with: replacement))
        let findings = Checker(context: MarkedGuide.context).check(marked.guide).filter { $0.severity != .note }
        try #require(findings.count == 1, "\(findings.map(Finding.init))")
        #expect(findings[0].ruleID == .missingTranslation)
        #expect(findings[0].location == expected.location)
        #expect(findings[0].message.hasSuffix(expected.message), "\(findings[0].message)")
    }
}
