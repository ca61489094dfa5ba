@testable import PathguideDiagnostics

/// A small run with one of everything the printers have to handle: an error with an explanation
/// and a note, warnings, a note-level finding, a diagnostic without a location, wide characters
/// before a caret, and messages that need escaping in GitHub commands and XML.
enum Fixtures {
    typealias Location = PathguideDiagnostics.SourceLocation

    static let shop = "guides/douyin-shop.yaml"
    /// A space and Chinese in a path, which the SARIF URI must percent-encode.
    static let checkout = "guides/淘宝 checkout.yaml"
    static let clean = "guides/clean.yaml"

    static let unreachable = Diagnostic(
        ruleID: .unreachableChannel,
        severity: .error,
        location: Location(file: shop, line: 12, column: 7),
        message: "channel 'merchant-chat' cannot be reached from any surface's start",
        explanation: "Add a step that leads to 'merchant-chat', or delete the channel.",
        notes: [.init(location: Location(file: shop, line: 3, column: 3), message: "channel 'merchant-chat' defined here")]
    )

    /// The caret goes under 我, after a label with fullwidth brackets and ideographs.
    static let ambiguousLabel = Diagnostic(
        ruleID: RuleID(rawValue: "ambiguous-label"),
        severity: .warning,
        location: Location(file: shop, line: 18, column: 19),
        message: "label '我的订单' is used by 2 surfaces"
    )

    /// Line 30 is past the end of the file, so no source line is shown.
    static let longPath = Diagnostic(
        ruleID: RuleID(rawValue: "long-path"),
        severity: .note,
        location: Location(file: shop, line: 30, column: 5),
        message: "the shortest path to 'refund' takes 9 taps"
    )

    /// `%`, `,`, `:` and a line break, all of which GitHub commands escape.
    static let literalPercent = Diagnostic(
        ruleID: RuleID(rawValue: "literal-percent"),
        severity: .warning,
        location: Location(file: checkout, line: 4, column: 9),
        message: "text '50% off, today: only' has a literal '%'\nit is shown as written"
    )

    /// Every character XML escapes.
    static let markup = Diagnostic(
        ruleID: RuleID(rawValue: "markup-in-title"),
        severity: .error,
        location: Location(file: checkout, line: 2, column: 10),
        message: #"title '<Buy & Save>' contains markup; write "Buy and Save" instead"#
    )

    /// No location, and a rule missing from the rule list.
    static let noGuides = Diagnostic(
        ruleID: RuleID(rawValue: "no-guides"),
        severity: .error,
        location: nil,
        message: "no guides matched 'missing/*.yaml'",
        notes: [.init(location: nil, message: "patterns are relative to the working directory")]
    )

    /// Deliberately not in report order.
    static let diagnostics = [literalPercent, longPath, unreachable, noGuides, markup, ambiguousLabel]

    static let rules = [
        RuleDescription(
            id: .unreachableChannel, defaultSeverity: .error, name: "Unreachable channel",
            summary: "Every channel must be reachable from the start of some surface."
        ),
        RuleDescription(
            id: RuleID(rawValue: "ambiguous-label"), defaultSeverity: .warning, name: "Ambiguous label",
            summary: "Labels should name one surface, so that readers know where to tap."
        ),
        RuleDescription(
            id: RuleID(rawValue: "markup-in-title"), defaultSeverity: .error, name: "Markup in title",
            summary: "Titles are plain text; markup would be shown literally."
        ),
        RuleDescription(
            id: RuleID(rawValue: "literal-percent"), defaultSeverity: .warning, name: "Literal percent",
            summary: "A '%' in text is shown as written."
        ),
        RuleDescription(
            id: RuleID(rawValue: "long-path"), defaultSeverity: .note, name: "Long path",
            summary: "Paths of more than 8 taps are hard to follow."
        ),
    ]

    static let files: [String: String] = [
        shop: lines(count: 20, [
            1: "app: douyin-shop",
            2: "channels:",
            3: "  merchant-chat:",
            4: "    title: 商家客服",
            10: "  - from: home",
            11: "    steps:",
            12: "      to: merchant-chat",
            17: "surfaces:",
            18: "  label: 「抖音商城」 > 我的订单",
        ]),
        // CRLF line endings, which must not leak a "\r" into the caret display.
        checkout: lines(count: 5, [
            1: "surface:",
            2: "  title: <Buy & Save>",
            4: "  text: 50% off, today: only",
        ], separator: "\r\n"),
    ]

    static let flood = "guides/flood.yaml"

    /// Five findings in one file, four of them alike. With `smallLimits` (two alike, three in all)
    /// a report lists the warning at 1:1 and the errors at 2:3 and 3:3, and leaves out two.
    static let floodDiagnostics: [Diagnostic] = [
        Diagnostic(
            ruleID: RuleID(rawValue: "ambiguous-label"), severity: .warning, location: Location(file: flood, line: 1, column: 1),
            message: "label 'x' is used by 2 surfaces"
        ),
    ] + (2...5).reversed().map { line in
        Diagnostic(
            ruleID: .missingField, severity: .error, location: Location(file: flood, line: line, column: 3),
            message: "a channel is missing required key 'kind'"
        )
    }

    static let smallLimits = ReportLimits(findingsPerMessage: 2, findingsPerFile: 3)

    /// The flood's report context: no source lines, so that whole reports stay short.
    static func floodContext(limits: ReportLimits = smallLimits, strict: Bool = false) -> ReportContext {
        ReportContext(toolVersion: "0.1.0", rules: rules, checkedFiles: [flood, clean], limits: limits, strict: strict)
    }

    /// 4,000 errors alike, then 150 warnings that all differ, in one file: with the default limits
    /// a report lists 10 of the errors and 90 of the warnings, and leaves out 4,050.
    static let deluge: [Diagnostic] = (0..<4_000).map { n in
        Diagnostic(
            ruleID: .missingField, severity: .error, location: Location(file: flood, line: 1, column: 15 * n + 24),
            message: "a channel is missing required key 'kind'"
        )
    } + (0..<150).map { n in
        Diagnostic(
            ruleID: RuleID(rawValue: "ambiguous-label"), severity: .warning, location: Location(file: flood, line: 2, column: n + 1),
            message: "label 'l\(n)' is used by 2 surfaces"
        )
    }

    static func context(useColor: Bool = false, strict: Bool = false) -> ReportContext {
        ReportContext(
            toolName: "pathguide",
            toolVersion: "0.1.0",
            rules: rules,
            checkedFiles: [checkout, shop, clean],
            sourceLines: ReportContext.sourceLines(from: files),
            useColor: useColor,
            strict: strict
        )
    }

    private static func lines(count: Int, _ lines: [Int: String], separator: String = "\n") -> String {
        (1...count).map { lines[$0] ?? "" }.joined(separator: separator) + separator
    }
}
