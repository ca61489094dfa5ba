import ArgumentParser
import Foundation
import PathguideBuild
import PathguideCheck
import PathguideCore

/// `--today` and `--max-age`, shared by `check` and `build`: the date verified dates are checked
/// against, and how old they may be.
struct DateOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The date to check verified dates against, YYYY-MM-DD.",
                               discussion: "Default: SOURCE_DATE_EPOCH when set, else today (UTC)."))
    var today: String?

    @Option(name: .customLong("max-age"), help: "Days after which a verified date is stale (default: the project's max-age, else 365).")
    var maxAge: Int?

    func validate() throws {
        if let today, LocalDate(iso: Substring(today)) == nil {
            throw ValidationError("--today must be a date written YYYY-MM-DD, not '\(today)'")
        }
        if let maxAge, maxAge < 0 {
            throw ValidationError("--max-age must be zero or more days")
        }
    }

    /// What the rules know of dates, the flags first, then the project file.
    func context(in project: Project) throws -> CheckContext {
        let date = try today.flatMap { LocalDate(iso: Substring($0)) } ?? Today.resolve()
        return CheckContext(today: date, maxVerifiedAgeDays: maxAge ?? project.settings.maxAge?.value ?? 365)
    }
}

/// Today's date for checks: reproducible when `SOURCE_DATE_EPOCH` is set (the convention of
/// reproducible builds), the system clock's UTC date otherwise.
enum Today {
    static func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) throws(ToolFailure) -> LocalDate {
        var seconds = Date().timeIntervalSince1970
        if let epoch = environment["SOURCE_DATE_EPOCH"] {
            guard let value = Double(epoch) else {
                throw ToolFailure(message: "SOURCE_DATE_EPOCH must be a number of seconds, not '\(epoch)'")
            }
            seconds = value
        }
        let days = Int((seconds / 86_400).rounded(.down))
        return LocalDate(daysSinceEpoch: days)
    }
}
