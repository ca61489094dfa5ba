/// Which findings a report lists, file by file, and how many it leaves out.
///
/// Every format lists exactly what this selects, so the text, GitHub, JSON, JUnit and SARIF
/// reports of a run show the same findings. Within a file, the most severe findings are chosen
/// first and, among equals, the earliest; at most `ReportLimits.findingsPerMessage` with the
/// same rule id and message and `ReportLimits.findingsPerFile` in all (a limit below one counts
/// as one). The chosen ones are then listed in report order, and each file's group says how many
/// it had in all, so the first error of a file is always listed.
struct ReportSelection {
    /// The findings of one file, or of none (`file == nil`, listed first).
    struct Group {
        var file: String?
        /// The findings to list, in report order.
        var shown: [Diagnostic]
        /// How many findings the group has, listed or not.
        var total: Int
        /// How many of them are errors.
        var errors: Int
        /// How many of them are warnings.
        var warnings: Int

        var omitted: Int { total - shown.count }

        /// The closing line's message, such as "3,900 more findings in this file are not shown
        /// (4,000 in all)"; `nil` when nothing was left out.
        var omissionMessage: String? {
            guard omitted > 0 else { return nil }
            let more = omitted == 1 ? "1 more finding" : "\(Self.grouped(omitted)) more findings"
            let place = file == nil ? "without a file" : "in this file"
            let verb = omitted == 1 ? "is" : "are"
            return "\(more) \(place) \(verb) not shown (\(Self.grouped(total)) in all)"
        }

        /// `12345` as `12,345`, the same in every locale so that reports are reproducible.
        static func grouped(_ number: Int) -> String {
            let digits = String(number.magnitude)
            var result = number < 0 ? "-" : ""
            for (offset, digit) in digits.enumerated() {
                if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
                result.append(digit)
            }
            return result
        }
    }

    /// One group per file with findings, by file name; findings without a file first.
    var groups: [Group]

    /// The findings to list, in report order.
    var shown: [Diagnostic] { groups.flatMap(\.shown) }

    /// How many findings the report leaves out in all.
    var omitted: Int { groups.reduce(0) { $0 + $1.omitted } }

    init(_ diagnostics: [Diagnostic], limits: ReportLimits) {
        // Sorting keeps each file's findings together: locations order by file name first.
        let sorted = diagnostics.sorted()
        var groups: [Group] = []
        var start = sorted.startIndex
        while start < sorted.endIndex {
            let file = sorted[start].location?.file
            var end = sorted.index(after: start)
            while end < sorted.endIndex, sorted[end].location?.file == file {
                end += 1
            }
            let group = sorted[start..<end]
            groups.append(Group(
                file: file,
                shown: Self.choose(group, limits: limits),
                total: group.count,
                errors: group.count { $0.severity == .error },
                warnings: group.count { $0.severity == .warning }
            ))
            start = end
        }
        self.groups = groups
    }

    /// The findings of one group to list, most severe first, then in report order.
    /// Limits below one are read as one, so that a file with errors always shows one of them.
    private static func choose(_ group: ArraySlice<Diagnostic>, limits: ReportLimits) -> [Diagnostic] {
        let perFile = max(limits.findingsPerFile, 1), perMessageLimit = max(limits.findingsPerMessage, 1)
        if group.count <= min(perFile, perMessageLimit) { return Array(group) }
        var chosen = [Bool](repeating: false, count: group.count)
        var perMessage: [MessageKey: Int] = [:]
        var count = 0
        let byPriority = group.indices.sorted { (group[$0].severity, $0) < (group[$1].severity, $1) }
        for index in byPriority {
            guard count < perFile else { break }
            let diagnostic = group[index]
            let key = MessageKey(ruleID: diagnostic.ruleID, message: diagnostic.message)
            guard perMessage[key, default: 0] < perMessageLimit else { continue }
            perMessage[key, default: 0] += 1
            chosen[index - group.startIndex] = true
            count += 1
        }
        return zip(group, chosen).filter(\.1).map(\.0)
    }

    private struct MessageKey: Hashable {
        var ruleID: RuleID
        var message: String
    }
}
