import ArgumentParser
import PathguideDiagnostics

extension ReportFormat: ExpressibleByArgument {}

/// `--format` and `--strict`, shared by `check` and `links`.
struct ReportOptions: ParsableArguments {
    @Option(help: "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Flag(help: "Fail on warnings too.")
    var strict = false
}
