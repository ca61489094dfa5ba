import PathguideCheck
import PathguideCore
import PathguideDiagnostics
import PathguideLoader
import PathguideTestSupport
import Testing

/// A guide loaded from inline YAML in which emoji markers (1️⃣ 2️⃣ … 🔟) stand where a test
/// expects a finding, so a test reads like the diagnostic it expects instead of counting columns.
///
///     let marked = try MarkedGuide(GuideText.minimal(surfaces: """
///           - id: app
///             start: 1️⃣hom
///         """))
///     marked.findings(by: DanglingReferenceRule())  // [… at guides/example-shop.yaml:13:12 …]
struct MarkedGuide {
    /// Named after the platform id of `GuideText`, as `pathguide new` names a guide.
    static let file = "guides/example-shop.yaml"
    /// The day every test runs on, so dates in findings never drift.
    static let context = CheckContext(today: LocalDate(year: 2026, month: 11, day: 24), maxVerifiedAgeDays: 365)

    /// The YAML without its markers, as the loader saw it.
    let text: String
    let guide: Guide
    private let marked: MarkedText
    /// The file the guide was loaded as.
    let file: String

    /// Strips the markers, loads the rest, and expects the loader to have found nothing: a test
    /// of a rule must not pass or fail because its input was not a valid guide.
    init(_ marked: String, file: String = Self.file, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let marked = MarkedText(marked)
        let text = marked.text
        let loaded = GuideLoader().load(text: text, file: file)
        #expect(loaded.diagnostics.map(Finding.init) == [], "the loader reported problems", sourceLocation: sourceLocation)
        self.text = text
        self.guide = try #require(loaded.guide, sourceLocation: sourceLocation)
        self.marked = marked
        self.file = file
    }

    /// `file:line:column` of a marker, `file` being `guides/example-shop.yaml` unless told otherwise.
    subscript(marker: Character) -> String {
        marked.location(marker, file: file)
    }

    /// Everything one rule reports, in report order.
    func diagnostics(of rule: some GuideRule) -> [Diagnostic] {
        rule.check(guide, context: Self.context).sorted()
    }

    /// What one rule reports, reduced to what a test states exactly.
    func findings(by rule: some GuideRule) -> [Finding] {
        diagnostics(of: rule).map(Finding.init)
    }

    func error(_ ruleID: RuleID, at marker: Character, _ message: String) -> Finding {
        Finding(ruleID: ruleID, severity: .error, location: self[marker], message: message)
    }

    func warning(_ ruleID: RuleID, at marker: Character, _ message: String) -> Finding {
        Finding(ruleID: ruleID, severity: .warning, location: self[marker], message: message)
    }
}

/// A diagnostic without its explanation and notes: rule id, severity, `file:line:column` and the
/// message, which is what a reader of `pathguide check` sees on one line.
struct Finding: Equatable, CustomStringConvertible {
    var ruleID: RuleID
    var severity: Severity
    var location: String
    var message: String

    init(ruleID: RuleID, severity: Severity, location: String, message: String) {
        self.ruleID = ruleID
        self.severity = severity
        self.location = location
        self.message = message
    }

    init(_ diagnostic: Diagnostic) {
        self.init(ruleID: diagnostic.ruleID, severity: diagnostic.severity,
                  location: diagnostic.location.map(\.description) ?? "-", message: diagnostic.message)
    }

    var description: String { "\(location): \(severity.rawValue): \(message) [\(ruleID)]" }
}

extension Diagnostic {
    /// Each note as `file:line:column: message` (`-` for a note with no place).
    var noteLines: [String] {
        notes.map { "\($0.location?.description ?? "-"): \($0.message)" }
    }
}
