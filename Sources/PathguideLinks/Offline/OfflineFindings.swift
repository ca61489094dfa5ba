import PathguideDiagnostics

/// What the checks of every page add up to, before sorting.
struct OfflineFindings {
    var diagnostics: [Diagnostic] = []
    var external: [ExternalLink] = []

    mutating func report(_ rule: LinkRule, at location: SourceLocation?, _ message: String, notes: [Diagnostic.Note] = []) {
        diagnostics.append(Self.diagnostic(rule, at: location, message, notes: notes))
    }

    static func diagnostic(_ rule: LinkRule, at location: SourceLocation?, _ message: String, notes: [Diagnostic.Note] = []) -> Diagnostic {
        Diagnostic(ruleID: rule.id, severity: rule.description.defaultSeverity, location: location, message: message, notes: notes)
    }
}

/// Turns paths relative to a checked folder into the paths reports show, such as
/// `output/site/en/index.html`: relative as the user gave them, never absolute.
struct DisplayRoot: Sendable {
    let prefix: String

    init(_ root: String) {
        var root = root
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        prefix = root
    }

    func path(_ relative: String) -> String {
        if prefix.isEmpty || prefix == "." { return relative }
        if relative.isEmpty { return prefix }
        return prefix.hasSuffix("/") ? prefix + relative : prefix + "/" + relative
    }
}
