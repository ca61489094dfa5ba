import PathguideCore
import PathguideRender

/// Builds the static site from guides and their rendered documents: a pure function from
/// (platforms, templates, base URL) to the list of files, which the build command writes.
///
/// The site is:
///
///     index.html                            links to each language
///     <locale>/index.html                   every platform's guide and sheet in that language
///     <locale>/compare/index.html           every guide side by side (`ComparisonPages`)
///     <locale>/<platform>/index.html        a guide page, with contact data as JSON-LD
///     <locale>/<platform>/sheet/index.html  the printable A4 help sheet with a QR code
///     assets/site.css, assets/sheet.css     the stylesheets of the theme
///
/// Links between pages are relative, so the site works from any folder and from `file://`;
/// only canonical links, hreflang alternates and QR codes use `baseURL`. Guide text reaches the
/// HTML only through Mustache's `{{…}}` escaping or libcmark's, never raw.
public struct SiteBuilder: Sendable {
    public var templates: SiteTemplates
    /// The public address of the site's root, ending with `/`.
    public var baseURL: String

    /// A `baseURL` without a trailing `/` gets one, so page addresses join on correctly.
    public init(templates: SiteTemplates, baseURL: String) {
        self.templates = templates
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
    }

    /// Every file of the site, sorted by path so the output never depends on input order.
    public func build(_ platforms: [SitePlatform]) throws(SiteError) -> [SiteFile] {
        var files = try sharedFiles(platforms) + comparisonFiles(platforms)
        for platform in try Self.validated(platforms) {
            files += try platformFiles(platform)
        }
        return files.sorted { $0.path < $1.path }
    }

    /// One platform's own pages: its guide page and its sheet in each language. A build can
    /// make these one platform at a time and let each go once it is written.
    public func platformFiles(_ platform: SitePlatform) throws(SiteError) -> [SiteFile] {
        let platform = try Self.validated([platform])[0]
        var files: [SiteFile] = []
        for locale in platform.locales {
            files.append(try guidePage(platform, locale: locale))
            files.append(try sheetPage(platform, locale: locale))
        }
        return files
    }

    /// The pages about every platform (the root and each language's index) and the stylesheets.
    /// They read only each document's title, description and date, so `platforms` may carry
    /// documents whose bodies were dropped.
    public func sharedFiles(_ platforms: [SitePlatform]) throws(SiteError) -> [SiteFile] {
        let platforms = try Self.validated(platforms)
        let locales = Self.locales(of: platforms)
        var files = [
            SiteFile(path: SitePaths.stylesheet, contents: templates.siteCSS),
            SiteFile(path: SitePaths.sheetStylesheet, contents: templates.sheetCSS),
        ]
        if !locales.isEmpty {
            files.append(try rootPage(locales: locales))
        }
        for locale in locales {
            files.append(try indexPage(locale: locale, locales: locales, platforms: platforms))
        }
        return files
    }

    /// The root page: a link to each language. `refresh` (the first language's index) is there
    /// for templates that want to send visitors straight on; the shipped one lets them choose,
    /// since the site serves readers of every language equally.
    func rootPage(locales: [String]) throws(SiteError) -> SiteFile {
        let path = SitePaths.root
        let first = locales[0]
        let page = PageContext(
            path: path, locale: first, title: try string("siteTitle", first), description: nil,
            stylesheet: SitePaths.stylesheet,
            languages: locales.map { .init(locale: $0, path: SitePaths.index(locale: $0)) }
        )
        var values = try page.values(templates: templates, baseURL: baseURL)
        var entries: [[String: Any]] = []
        for locale in locales {
            let strings = try templates.strings.strings(for: locale)
            entries.append([
                "lang": PageText(try templates.strings.htmlLang(locale)),
                "name": PageText(strings["languageName"] ?? locale),
                "siteTitle": PageText(strings["siteTitle"] ?? ""),
                "href": PageText(page.link(SitePaths.index(locale: locale))),
                "compareHref": PageText(page.link(SitePaths.compare(locale: locale))),
                "compareLink": PageText(strings["compareLink"] ?? ""),
            ])
        }
        values["entries"] = entries
        values["refresh"] = PageText(page.link(SitePaths.index(locale: first)))
        return try renderPage("root", values, path: path, locale: first)
    }

    /// One language's list of platforms, each with its guide and its sheet.
    func indexPage(locale: String, locales: [String], platforms: [SitePlatform]) throws(SiteError) -> SiteFile {
        let path = SitePaths.index(locale: locale)
        let page = PageContext(
            path: path, locale: locale, title: try string("siteTitle", locale),
            description: templates.strings.table[locale]?["siteDescription"],
            stylesheet: SitePaths.stylesheet,
            languages: locales.map { .init(locale: $0, path: SitePaths.index(locale: $0)) },
            homePath: path
        )
        var values = try page.values(templates: templates, baseURL: baseURL)
        var rows: [IndexList.Row] = []
        rows.reserveCapacity(platforms.count)
        for platform in platforms {
            guard let documents = platform.documents[locale] else { continue }
            rows.append(IndexList.Row(
                id: platform.id,
                name: platform.guide.platform.name[locale] ?? platform.id,
                title: documents.guide.title,
                description: documents.guide.description,
                lastVerified: documents.guide.lastVerified,
                guideHref: SitePaths.guideFromIndex(platform: platform.id),
                sheetHref: SitePaths.sheetFromIndex(platform: platform.id)
            ))
        }
        values["compareHref"] = PageText(page.link(SitePaths.compare(locale: locale)))
        values["platforms"] = IndexList(rows: rows, strings: try templates.chrome(for: locale)).entries
        return try renderPage("index", values, path: path, locale: locale)
    }

    /// The page the template `name` makes from `values`. In a page that is not in Chinese, each
    /// run of Chinese (a label as the app shows it, a name) carries its own `lang`.
    func renderPage(_ name: String, _ values: [String: Any], path: String, locale: String) throws(SiteError) -> SiteFile {
        let html = templates.render(name, values)
        guard locale != "zh", !locale.hasPrefix("zh-") else { return SiteFile(path: path, contents: html) }
        let chinese = (try? templates.strings.htmlLang("zh")) ?? "zh"
        return SiteFile(path: path, contents: String(decoding: LanguageRuns.marked(Array(html.utf8), tag: chinese), as: UTF8.self))
    }

    /// The site's title and description in `locale`, as the project or the theme words give them.
    public func siteWords(_ locale: String) throws(SiteError) -> (title: String, description: String?) {
        (try string("siteTitle", locale), templates.strings.table[locale]?["siteDescription"])
    }

    /// A chrome word of `locale` that the builder itself needs.
    func string(_ key: String, _ locale: String) throws(SiteError) -> String {
        guard let text = try templates.strings.strings(for: locale)[key] else {
            throw SiteError("\(templates.strings.file): error: '\(locale)' has no '\(key)'")
        }
        return text
    }

    /// Platforms sorted by id, each checked to be safe as a folder name, unique, and matching
    /// its documents; a mismatch is a bug in the caller, and would put pages in the wrong place.
    static func validated(_ platforms: [SitePlatform]) throws(SiteError) -> [SitePlatform] {
        var seen: [String: String] = [:]
        for platform in platforms {
            let file = platform.guide.file
            guard isSafeSegment(platform.id) else {
                throw SiteError("\(file): error: platform id '\(platform.id)' cannot be a folder name; use lowercase letters, digits and '-'")
            }
            if let other = seen[platform.id] {
                throw SiteError("\(file): error: platform id '\(platform.id)' is also used by \(other)")
            }
            seen[platform.id] = file
            for (locale, documents) in platform.documents {
                guard isSafeSegment(locale) else {
                    throw SiteError("\(file): error: language '\(locale)' cannot be a folder name")
                }
                for document in [documents.guide, documents.sheet] where document.platform != platform.id || document.locale != locale {
                    throw SiteError("\(file): error: the documents for '\(platform.id)' in '\(locale)' include one for '\(document.platform)' in '\(document.locale)'")
                }
            }
        }
        return platforms.sorted { $0.id < $1.id }
    }

    /// Every language with documents, first-seen order across the sorted platforms.
    public static func locales(of platforms: [SitePlatform]) -> [String] {
        var locales: [String] = []
        for platform in platforms {
            for locale in platform.locales where !locales.contains(locale) {
                locales.append(locale)
            }
        }
        return locales
    }

    private static func isSafeSegment(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first != "-", first != "." else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }
}
