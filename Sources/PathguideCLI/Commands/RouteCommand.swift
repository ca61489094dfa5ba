import ArgumentParser
import Foundation
import PathguideBuild
import PathguideCheck
import PathguideCore
import PathguideRender

/// `pathguide route PLATFORM [--to CHANNEL] [--at DATE-TIME] [--lang LANG]`
struct RouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "Print the steps to a person, for reading out on the phone.",
        discussion: """
            Without --to: the quickest way to a channel where a person answers that is open at --at. \
            Exit status: 0 with a route, 1 when no channel with people is known to be open then (the \
            output says when the next one opens), 2 for an unknown platform, channel or language.
            """
    )

    @Argument(help: "The platform's id, as in its guide (taobao, douyin-shop, …).")
    var platform: String

    @Option(help: ArgumentHelp("A channel id: the steps to it, whatever its hours.", valueName: "channel"))
    var to: String?

    @Option(help: ArgumentHelp("When the customer calls: ISO 8601 with an offset, like 2026-12-07T10:00:00+08:00 (default: now).", valueName: "date-time"))
    var at: String?

    @Option(help: "The language of the steps (default: the project's first language, else the guide's first).")
    var lang: String?

    func validate() throws {
        if let at, Self.instant(at) == nil {
            throw ValidationError("--at must be a date and time in ISO 8601 with an offset, like 2026-12-07T10:00:00+08:00, not '\(at)'")
        }
    }

    /// `2026-12-07T10:00:00+08:00`, `2026-12-07T02:00:00Z`, or either without seconds; with the
    /// offset as a zone, so "when" is told back on the caller's own clock.
    static func instant(_ text: String) -> (date: Date, zone: TimeZone)? {
        var text = text
        // Seconds are optional: `…T10:00+08:00` is read as `…T10:00:00+08:00`.
        if text.count >= 16, text.dropFirst(16).first.map({ $0 == "Z" || $0 == "+" || $0 == "-" }) == true {
            text.insert(contentsOf: ":00", at: text.index(text.startIndex, offsetBy: 16))
        }
        guard let date = ISO8601DateFormatter().date(from: text) else { return nil }
        let offset = text.dropFirst(19)
        guard offset != "Z" else { return (date, TimeZone(identifier: "UTC")!) }
        let sign = offset.first == "-" ? -1 : 1
        let digits = offset.dropFirst().split(separator: ":").compactMap { Int($0) }
        guard digits.count == 2, let zone = TimeZone(secondsFromGMT: sign * (digits[0] * 3600 + digits[1] * 60)) else { return nil }
        return (date, zone)
    }

    func run() throws {
        let project = try ProjectLookup.current()
        let folder = project.path(flag: nil, setting: project.settings.guides, default: "guides", from: WorkingDirectory.path).display
        let guide = try GuideLookup.guide(platform: platform, in: folder, workspace: WorkingDirectory.workspace,
                                          context: CheckContext(today: try Today.resolve(), maxVerifiedAgeDays: project.settings.maxAge?.value ?? 365))
        let languages = guide.languages.map(\.value)
        let locale = lang ?? project.settings.languages.map(\.value).first { languages.contains($0) } ?? languages.first ?? "en"
        let renderer: GuideRenderer
        do {
            renderer = try GuideRenderer(guide: guide, locale: locale)
        } catch {
            throw ToolFailure(message: error.message)
        }
        let instant = at.flatMap(Self.instant) ?? (Date(), TimeZone.current)
        guard let route = renderer.phoneRoute(to: to, at: instant.date, callerZone: instant.zone) else {
            let ids = guide.channels.map(\.id.value).sorted()
            throw ToolFailure(message: "platform '\(platform)' has no channel '\(to ?? "")'; its channels are \(ids.joined(separator: ", "))")
        }
        Terminal.current.out(route.text)
        if !route.found { throw ExitCode(1) }
    }
}
