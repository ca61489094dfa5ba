import PathguideCore
import PathguideDiagnostics

/// Every URL a guide publishes must be well-formed and safe to click: a reader trusts a help
/// page, so a `javascript:` link or a disguised host there does real harm. Contact values must
/// also be what their kind says, because they are shown as numbers and addresses to dial or write.
public struct UnsafeURLRule: GuideRule {
    public static let description = RuleDescription(
        id: .unsafeURL, defaultSeverity: .error, name: "Unsafe URL",
        summary: "Every URL must be well-formed and use https, http, tel or mailto (sources and websites https or http), with no credentials; phone and email contacts must look like a number and an address.")

    public init() {}

    public func check(_ input: RuleInput) -> [Diagnostic] {
        let guide = input.guide
        var diagnostics: [Diagnostic] = []
        func check(_ url: Located<String>?, allowing schemes: [String]) {
            guard let url, let problem = URLCheck.problem(in: url.value, allowing: schemes) else { return }
            diagnostics.append(diagnostic(problem.message, at: url.location, explanation: problem.explanation))
        }
        // By index, reading only the urls and contacts: copying whole channels would cost more.
        for i in guide.sources.indices { check(guide.sources[i].url, allowing: URLCheck.pageSchemes) }
        for i in guide.surfaces.indices { check(guide.surfaces[i].url, allowing: URLCheck.pageSchemes) }
        for c in guide.channels.indices {
            for contact in guide.channels[c].contacts {
                check(contact.url, allowing: URLCheck.linkSchemes)
                if let value = contact.value, let message = valueProblem(value.value, kind: contact.kind.value) {
                    diagnostics.append(diagnostic(message, at: value.location))
                }
            }
        }
        return diagnostics
    }

    private func valueProblem(_ value: String, kind: ContactKind) -> String? {
        switch kind {
        case .phone where !URLCheck.isPhoneNumber(value):
            "'\(Wording.excerpt(value))' is not a phone number; a phone contact's value has only digits, spaces, dots and + - ( )"
        case .email where !URLCheck.isEmailAddress(value):
            "'\(Wording.excerpt(value))' is not an email address like name@example.com"
        default:
            nil
        }
    }
}
