/// How many findings a report lists for each file; the others are counted but not shown.
///
/// One mistake repeated through a generated or pasted guide can produce thousands of findings
/// that say the same thing; the first few show what to fix, and a closing line says how many
/// more there are. Summaries and exit statuses still count every finding. A limit below one is
/// read as one, so a file with findings always lists its most severe one. `ReportSelection`
/// applies the limits for every format.
public struct ReportLimits: Hashable, Sendable {
    /// Findings with the same rule id and message listed for one file.
    public var findingsPerMessage: Int
    /// Findings listed for one file in all.
    public var findingsPerFile: Int

    public init(findingsPerMessage: Int = 10, findingsPerFile: Int = 100) {
        self.findingsPerMessage = findingsPerMessage
        self.findingsPerFile = findingsPerFile
    }
}
