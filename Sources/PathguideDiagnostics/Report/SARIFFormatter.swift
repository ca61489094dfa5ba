/// The report for code scanning: a SARIF 2.1.0 log, as GitHub code scanning and SARIF viewers read it.
///
/// The log describes every rule the tool knows, not just those that fired, so a viewer can
/// explain a rule from an earlier run, and lists every checked file as an artifact.
/// Paths stay relative to `%SRCROOT%` (the repository root, for GitHub) so that logs
/// do not leak the machine's directory layout.
///
/// GitHub rejects a whole upload if any result, or any related location, has no physical
/// location, although SARIF allows both. So diagnostics without a location are reported as
/// tool execution notifications instead of results, and notes without a location are added
/// to their result's message instead of being related locations.
///
/// The results are the findings `ReportSelection` chooses. The counts stay exact in two places:
/// the run's `properties` hold `errors`, `warnings` and `notes` over every finding, listed or
/// not, and `omitted`, how many are not listed; and each file with findings left out gets a
/// tool execution notification of level `note` at the file, such as "3,900 more findings in this
/// file are not shown (4,000 in all)", which viewers show beside the results.
///
/// `--strict` (`ReportContext.strict`) changes nothing here: each result keeps the level of its
/// finding, so a warning that fails a strict run is still reported as a `warning`.
public struct SARIFFormatter: DiagnosticFormatter {
    public init() {}

    public func format(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        let selection = ReportSelection(diagnostics, limits: context.limits)
        let summary = ReportSummary(diagnostics: diagnostics, files: context.checkedFiles.count)

        var rulesByID: [RuleID: RuleDescription] = [:]
        for rule in context.rules where rulesByID[rule.id] == nil {
            rulesByID[rule.id] = rule
        }
        let rules = rulesByID.values.sorted { $0.id < $1.id }
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })

        var files = Set(context.checkedFiles).union(selection.groups.compactMap(\.file))
        for diagnostic in selection.shown {
            files.formUnion([diagnostic.location?.file].compactMap { $0 })
            files.formUnion(diagnostic.notes.compactMap { $0.location?.file })
        }
        let artifacts = files.sorted()
        let artifactIndex = Dictionary(uniqueKeysWithValues: artifacts.enumerated().map { ($1, $0) })

        func physicalLocation(_ location: SourceLocation) -> SARIFLog.PhysicalLocation {
            SARIFLog.PhysicalLocation(
                artifactLocation: Self.artifactLocation(location.file, index: artifactIndex[location.file]),
                // SARIF lines and columns start at 1; anything else means "unknown" here.
                region: location.line >= 1
                    ? .init(startLine: location.line, startColumn: location.column >= 1 ? location.column : nil)
                    : nil
            )
        }

        var results: [SARIFLog.Result] = []
        var notifications: [SARIFLog.Notification] = []
        for group in selection.groups {
            for diagnostic in group.shown {
                let message = SARIFLog.Message(text: Self.messageText(diagnostic))
                guard let location = diagnostic.location else {
                    notifications.append(SARIFLog.Notification(
                        level: diagnostic.severity.rawValue,
                        message: message,
                        associatedRule: .init(id: diagnostic.ruleID.rawValue, index: ruleIndex[diagnostic.ruleID])
                    ))
                    continue
                }
                let related = diagnostic.notes.filter { $0.location != nil }.enumerated().map { offset, note in
                    SARIFLog.Location(
                        id: offset + 1,
                        message: .init(text: note.message),
                        physicalLocation: note.location.map(physicalLocation)
                    )
                }
                results.append(SARIFLog.Result(
                    ruleId: diagnostic.ruleID.rawValue,
                    ruleIndex: ruleIndex[diagnostic.ruleID],
                    level: diagnostic.severity.rawValue,
                    message: message,
                    locations: [SARIFLog.Location(physicalLocation: physicalLocation(location))],
                    relatedLocations: related.isEmpty ? nil : related
                ))
            }
            if let omission = group.omissionMessage {
                notifications.append(SARIFLog.Notification(
                    level: Severity.note.rawValue,
                    message: .init(text: omission),
                    locations: group.file.map { file in
                        [SARIFLog.Location(physicalLocation: .init(
                            artifactLocation: Self.artifactLocation(file, index: artifactIndex[file]),
                            region: nil
                        ))]
                    }
                ))
            }
        }

        let driver = SARIFLog.Driver(
            name: context.toolName,
            version: context.toolVersion,
            semanticVersion: context.toolVersion,
            rules: rules.map { rule in
                SARIFLog.Rule(
                    id: rule.id.rawValue,
                    name: Self.pascalCase(rule.name),
                    shortDescription: .init(text: rule.name),
                    fullDescription: rule.summary.isEmpty ? nil : .init(text: rule.summary),
                    defaultConfiguration: .init(level: rule.defaultSeverity.rawValue)
                )
            }
        )
        let run = SARIFLog.Run(
            tool: .init(driver: driver),
            // Findings, even errors, are not execution failures: the check itself ran to completion.
            invocations: [.init(
                executionSuccessful: true,
                toolExecutionNotifications: notifications.isEmpty ? nil : notifications
            )],
            artifacts: artifacts.isEmpty ? nil : artifacts.map {
                SARIFLog.Artifact(location: Self.artifactLocation($0, index: nil))
            },
            results: results,
            properties: .init(
                errors: summary.errors, notes: summary.notes, omitted: selection.omitted, warnings: summary.warnings
            )
        )
        return JSONFormatter.encode(SARIFLog(runs: [run]))
    }

    /// The message, then the explanation, then any notes that have no location to attach to.
    private static func messageText(_ diagnostic: Diagnostic) -> String {
        var text = diagnostic.message
        if let explanation = diagnostic.explanation {
            text += "\n" + explanation
        }
        for note in diagnostic.notes where note.location == nil {
            text += "\nnote: " + note.message
        }
        return text
    }

    private static func artifactLocation(_ file: String, index: Int?) -> SARIFLog.ArtifactLocation {
        // An absolute path cannot be relative to the source root; keep it as a file URI instead.
        if file.hasPrefix("/") {
            return .init(uri: "file://" + percentEncode(file), uriBaseId: nil, index: index)
        }
        return .init(uri: percentEncode(file), uriBaseId: "%SRCROOT%", index: index)
    }

    /// Percent-encodes a path for a URI reference: spaces, non-ASCII and `%` become `%XX`
    /// (as UTF-8 bytes). `:` is encoded too, so that `c:x.yaml` cannot be read as a scheme.
    static func percentEncode(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            if uriPathBytes.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += hex.count == 1 ? "%0\(hex)" : "%\(hex)"
            }
        }
        return result
    }

    /// RFC 3986's unreserved characters and sub-delimiters, plus `/` and `@`: what a path may hold as is.
    private static let uriPathBytes = Set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/!$&'()*+,;=@".utf8
    )

    /// SARIF rule names are identifiers by convention: "Unreachable channel" → "UnreachableChannel".
    static func pascalCase(_ name: String) -> String {
        name.split { !$0.isLetter && !$0.isNumber }
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }
}
