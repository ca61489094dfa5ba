import Foundation
import PathguideDiagnostics
import PathguideTestSupport
import Testing

/// Mistakes measured on the repository's own guides, each of which once gave several findings
/// for one slip: one mistake, one error, where the slip is.
@Suite struct RepositoryGuideMistakeTests {
    static func guide(_ id: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("guides/\(id).yaml"), encoding: .utf8)
    }

    static let cases: [(guide: String, mistake: SingleMistake)] = [
        // The channel no longer loads; the ten references to it are not dangling.
        ("taobao", SingleMistake("a misspelt required key in a channel", after: "- id: merchant-agent",
                                 "operated-by: merchant", "1️⃣operatd-by: merchant", .unknownKey)),
        // The same for a value outside the enumeration.
        ("taobao", SingleMistake("a channel kind outside the enumeration", after: "- id: merchant-agent",
                                 "kind: human-agent", "kind: 1️⃣human-agnt", .invalidValue)),
        // A string where a text in each language belongs: not also two missing translations.
        ("amazon", SingleMistake("a plain string as the platform's name", after: "platform:",
                                 "name: {zh: 亚马逊, en: Amazon}", "name: 1️⃣FreshCart", .wrongType)),
    ]

    @Test(arguments: cases.indices) func oneMistakeIsOneError(_ i: Int) throws {
        let (id, mistake) = Self.cases[i]
        try mistake.expectOneError(in: try Self.guide(id), file: "guides/\(id).yaml")
    }

    /// The bot's only escalation names a misspelt channel: the dangling reference is the finding,
    /// not also "it has no escalations" (it has one) or the person behind it being unreachable.
    @Test func aMisspeltEscalationTargetIsOneError() throws {
        let mistake = SingleMistake("a misspelt escalation target", after: "escalations:", "to: agent", "to: 1️⃣agnt", .danglingReference)
        try mistake.expectOneError(in: PathguideTestSupport.GuideText.minimal(), file: "guides/example-shop.yaml")
    }
}
