import PathguideCheck
import PathguideCore
import PathguideDiagnostics
import PathguideLoader
import PathguideTestSupport
import Testing

/// One mistake made in a valid guide: the text `old`, found once (after `anchor`, when given),
/// becomes `new`, in which 1️⃣ marks where the one error belongs.
struct SingleMistake: CustomTestStringConvertible, Sendable {
    var name: String
    var anchor: String?
    var old: String
    var new: String
    var ruleID: RuleID
    /// Where the error belongs when it is not at the change: this text, found once, becomes the second.
    var marking: (old: String, new: String)?

    init(_ name: String, after anchor: String? = nil, _ old: String, _ new: String, _ ruleID: RuleID,
         marking old2: String? = nil, _ new2: String? = nil) {
        self.name = name
        self.anchor = anchor
        self.old = old
        self.new = new
        self.ruleID = ruleID
        if let old2, let new2 { marking = (old2, new2) }
    }

    var testDescription: String { name }

    /// `text` with the mistake made, markers kept; `nil` when `old` is not where the case says.
    func apply(to text: String) -> String? {
        let start = anchor.flatMap { text.range(of: $0)?.upperBound } ?? text.startIndex
        guard let range = text.range(of: old, range: start..<text.endIndex) else { return nil }
        if anchor == nil, text.range(of: old, range: range.upperBound..<text.endIndex) != nil { return nil }
        var text = text
        text.replaceSubrange(range, with: new)
        if let marking {
            guard let place = text.range(of: marking.old),
                  text.range(of: marking.old, range: place.upperBound..<text.endIndex) == nil else { return nil }
            text.replaceSubrange(place, with: marking.new)
        }
        return text
    }

    /// Loads and checks `text` with the mistake made, as `pathguide check` does, and expects
    /// exactly one error: this case's rule, at the marker.
    func expectOneError(in text: String, file: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let changed = marking?.new ?? new
        try #require(changed.contains("1️⃣"), "the case marks no place", sourceLocation: sourceLocation)
        let mutated = try #require(apply(to: text), "'\(old)' is not written once in the guide", sourceLocation: sourceLocation)
        let marked = MarkedText(mutated)
        let errors = Self.findings(marked.text, file: file).filter { $0.severity == .error }
        #expect(errors.map(Finding.init).map(\.description) == [
            Finding(ruleID: ruleID, severity: .error, location: marked.location("1️⃣", file: file), message: errors.first?.message ?? "…").description,
        ], sourceLocation: sourceLocation)
    }

    /// Everything `pathguide check` reports for one guide text: the loader's findings, then the
    /// rules' when the guide loaded.
    static func findings(_ text: String, file: String) -> [Diagnostic] {
        let loaded = GuideLoader().load(text: text, file: file)
        let checked = loaded.guide.map(Checker(context: MarkedGuide.context).check) ?? []
        // Notes (the hours when nobody is known to answer) are for knowing, not mistakes.
        return (loaded.diagnostics + checked).filter { $0.severity != .note }.sorted()
    }
}
