import PathguideCore
import PathguideRender

extension SitePaths {
    /// Page `page` (from 1) of a language's comparison: `<locale>/compare/index.html`, then
    /// `<locale>/compare/2/index.html` and on.
    public static func compare(locale: String, page: Int = 1) -> String {
        page <= 1 ? "\(locale)/compare/index.html" : "\(locale)/compare/\(page)/index.html"
    }
}

/// The comparison of every guide in one language: a table of what each guide says about
/// reaching a person, and a chart of the fewest steps to one.
///
/// Bounded at any number of guides: the table has `ComparisonPages.rowsPerPage` rows a page
/// (sorted by platform id, like the index), and the chart, on the first page, draws the
/// `chartLimit` platforms with the fewest steps to a person (ties by id) and says how many
/// it leaves out.
enum ComparisonPages {
    static let rowsPerPage = 200
    static let chartLimit = 30

    /// The chart's geometry, in SVG units; the SVG scales to the width of the page.
    static let chartWidth = 420
    static let labelWidth = 130
    static let barRowHeight = 26
}

extension SiteBuilder {
    /// Every language's comparison pages. Like the index pages they need no document bodies:
    /// each platform's `summary` and its documents' dates.
    public func comparisonFiles(_ platforms: [SitePlatform]) throws(SiteError) -> [SiteFile] {
        let platforms = try Self.validated(platforms)
        let locales = Self.locales(of: platforms)
        let pageCounts = locales.map { locale in
            Self.pageCount(rows: platforms.count { $0.documents[locale] != nil })
        }
        var files: [SiteFile] = []
        for (locale, pages) in zip(locales, pageCounts) {
            let inLanguage = platforms.filter { $0.documents[locale] != nil }
            for page in 1...pages {
                let languages = zip(locales, pageCounts).map { other, count in
                    PageContext.Language(locale: other, path: SitePaths.compare(locale: other, page: min(page, count)))
                }
                files.append(try comparisonPage(locale: locale, page: page, pages: pages, languages: languages, platforms: inLanguage))
            }
        }
        return files
    }

    static func pageCount(rows: Int) -> Int {
        max(1, (rows + ComparisonPages.rowsPerPage - 1) / ComparisonPages.rowsPerPage)
    }

    /// Page `page` of `pages` of one language's comparison; `platforms` are those with
    /// documents in `locale`, sorted by id.
    func comparisonPage(locale: String, page: Int, pages: Int, languages: [PageContext.Language],
                        platforms: [SitePlatform]) throws(SiteError) -> SiteFile {
        let path = SitePaths.compare(locale: locale, page: page)
        func word(_ key: String) throws(SiteError) -> String { try string(key, locale) }
        let context = PageContext(
            path: path, locale: locale, title: try word("compareTitle"), description: try word("compareDescription"),
            stylesheet: SitePaths.stylesheet, languages: languages, homePath: SitePaths.index(locale: locale)
        )
        var values = try context.values(templates: templates, baseURL: baseURL)
        let first = (page - 1) * ComparisonPages.rowsPerPage
        let shown = platforms[first..<min(platforms.count, first + ComparisonPages.rowsPerPage)]
        var rows: [[String: Any]] = []
        for platform in shown {
            rows.append(try comparisonRow(platform, locale: locale, context: context))
        }
        values["rows"] = rows
        if pages > 1 {
            values["pagination"] = (1...pages).map { number -> [String: Any] in
                ["number": PageText(String(number)), "href": PageText(context.link(SitePaths.compare(locale: locale, page: number))),
                 "current": number == page]
            }
            values["pageOf"] = PageText(try word("comparePageOf")
                .replacingOccurrences(of: "{page}", with: String(page)).replacingOccurrences(of: "{pages}", with: String(pages)))
        }
        if page == 1 {
            values["chart"] = try comparisonChart(platforms, locale: locale, context: context)
        }
        return try renderPage("compare", values, path: path, locale: locale)
    }

    /// One platform's cells, in the page's language. A platform without a summary (a caller
    /// that worked none out) shows its name and date and a dash for the rest.
    private func comparisonRow(_ platform: SitePlatform, locale: String, context: PageContext) throws(SiteError) -> [String: Any] {
        func word(_ key: String) throws(SiteError) -> String { try string(key, locale) }
        var row: [String: Any] = [
            "name": PageText(platform.guide.platform.name[locale] ?? platform.id),
            "guideHref": PageText(context.link(SitePaths.guide(platform: platform.id, locale: locale))),
        ]
        if let date = platform.documents[locale]?.guide.lastVerified, !date.isEmpty {
            row["lastVerified"] = PageText(date)
        }
        guard let summary = platform.summary else {
            let dash = PageText("—")
            for key in ["steps", "people", "bot", "selfService", "unknown", "always", "unknownHours", "needsFirst"] { row[key] = dash }
            return row
        }
        let nobody = try word("compareNobody")
        row["steps"] = PageText(summary.stepsToPerson.map(String.init) ?? nobody)
        row["people"] = PageText(String(summary.peopleChannels))
        row["bot"] = PageText(String(summary.botChannels))
        row["selfService"] = PageText(String(summary.selfServiceChannels))
        row["unknown"] = PageText(String(summary.unknownChannels))
        let always: String
        if summary.personAlways {
            always = try word("compareAlways")
        } else if summary.knownHours == 0 {
            always = try word("compareNoHours")
        } else {
            always = try word("compareGaps").replacingOccurrences(of: "{gaps}", with: summary.gapWords(locale) ?? "")
        }
        row["always"] = PageText(always)
        row["unknownHours"] = PageText(String(summary.unknownHours))
        let needs = try summary.needsFirst.map { channel throws(SiteError) -> String in
            let kinds = try channel.needs.map { kind throws(SiteError) -> String in
                try word(kind == .order ? "compareNeedsOrder" : "compareNeedsContact")
            }
            return try word("compareNeedsChannel").replacingOccurrences(of: "{channel}", with: channel.name(locale))
                .replacingOccurrences(of: "{needs}", with: kinds.joined(separator: try word("compareListSeparator")))
        }
        let none = try word("compareNeedsNothing"), separator = try word("compareItemSeparator")
        row["needsFirst"] = PageText(needs.isEmpty ? none : needs.joined(separator: separator))
        return row
    }

    /// The bar chart of the fewest steps to a person: the `chartLimit` platforms with the
    /// fewest, ties by id. Platforms with no person reachable have no bar; the sentence under
    /// the chart counts every platform it leaves out.
    private func comparisonChart(_ platforms: [SitePlatform], locale: String, context: PageContext) throws(SiteError) -> [String: Any]? {
        let reachable = platforms.compactMap { platform -> (platform: SitePlatform, steps: Int)? in
            guard let steps = platform.summary?.stepsToPerson else { return nil }
            return (platform, steps)
        }
        guard !reachable.isEmpty else { return nil }
        // `platforms` is sorted by id, and the sort keeps that order among equal steps.
        let charted = reachable.enumerated().sorted { ($0.element.steps, $0.offset) < ($1.element.steps, $1.offset) }
            .prefix(ComparisonPages.chartLimit).map(\.element)
        let most = max(1, charted.map(\.steps).max() ?? 1)
        let barSpace = ComparisonPages.chartWidth - ComparisonPages.labelWidth - 40
        var bars: [[String: Any]] = []
        for (index, entry) in charted.enumerated() {
            let y = index * ComparisonPages.barRowHeight
            let width = max(2, entry.steps * barSpace / most)
            bars.append([
                "name": PageText(entry.platform.guide.platform.name[locale] ?? entry.platform.id),
                "steps": PageText(String(entry.steps)),
                "y": PageText(String(y + 4)),
                "textY": PageText(String(y + 18)),
                "width": PageText(String(width)),
                "valueX": PageText(String(ComparisonPages.labelWidth + width + 6)),
            ])
        }
        var chart: [String: Any] = [
            "bars": bars,
            "height": PageText(String(charted.count * ComparisonPages.barRowHeight + 4)),
            "width": PageText(String(ComparisonPages.chartWidth)),
            "labelX": PageText(String(ComparisonPages.labelWidth - 8)),
            "barX": PageText(String(ComparisonPages.labelWidth)),
        ]
        let left = platforms.count - charted.count
        if left > 0 {
            chart["notCharted"] = PageText(try string("compareNotCharted", locale)
                .replacingOccurrences(of: "{count}", with: String(left)).replacingOccurrences(of: "{total}", with: String(platforms.count))
                .replacingOccurrences(of: "{limit}", with: String(ComparisonPages.chartLimit)))
        }
        return chart
    }
}
