import PathguideMarkdown
import PathguideQR
import PathguideRender

/// The two pages of one platform in one language: the guide and the printable sheet.
extension SiteBuilder {
    /// The guide page: the document's body through libcmark with heading anchors, a table of
    /// contents from its level-2 headings, and the platform's contact points as JSON-LD.
    func guidePage(_ platform: SitePlatform, locale: String) throws(SiteError) -> SiteFile {
        let documents = platform.documents[locale]!
        let document = documents.guide
        let path = SitePaths.guide(platform: platform.id, locale: locale)
        let page = PageContext(
            path: path, locale: locale, title: document.title, description: document.description,
            stylesheet: SitePaths.stylesheet,
            languages: platform.locales.map { .init(locale: $0, path: SitePaths.guide(platform: platform.id, locale: $0)) },
            homePath: SitePaths.index(locale: locale)
        )
        var values = try page.values(templates: templates, baseURL: baseURL)
        if let map = documents.map, let place = document.mapPlace, let (before, after) = document.bodyAroundMap {
            // The halves meet between two blocks, so each renders as it would in the whole.
            let name = "\(locale)/\(platform.id) guide"
            let first = try html(before, headings: Array(document.headings.prefix(place.headingCount)), named: name, to: &values)
            let second = try HeadingAnchors.injected(Array(document.headings.dropFirst(place.headingCount)), into: CommonMark.html(from: after), document: name)
            let rest = String(decoding: second, as: UTF8.self)
            values["bodyBeforeMap"] = PageText(first)
            values["map"] = PageText(map)
            values["bodyAfterMap"] = PageText(rest)
            values["body"] = PageText(first + rest)
        } else {
            try addBody(of: document, named: "\(locale)/\(platform.id) guide", to: &values)
        }
        let toc = Self.contents(document.headings)
        values["toc"] = toc
        values["hasToc"] = !toc.isEmpty
        values["platformName"] = PageText(platform.guide.platform.name[locale] ?? platform.id)
        values["sheetHref"] = PageText(page.link(SitePaths.sheet(platform: platform.id, locale: locale)))
        let jsonLDPage = OrganizationJSONLD.Page(
            url: SitePaths.guideURL(platform: platform.id, locale: locale, baseURL: baseURL),
            language: try templates.strings.htmlLang(locale),
            organizationID: SitePaths.guideURL(platform: platform.id, locale: platform.locales[0], baseURL: baseURL) + "#organization")
        values["jsonLD"] = PageText(OrganizationJSONLD.script(for: platform.guide, locale: locale, page: jsonLDPage))
        if let hours = OpeningHoursJSON.script(for: platform.guide, anchors: Set(document.headings.map(\.anchor))) {
            values["openingHours"] = PageText(hours)
        }
        if !document.lastVerified.isEmpty { values["lastVerified"] = PageText(document.lastVerified) }
        return try renderPage("guide", values, path: path, locale: locale)
    }

    /// The help sheet: the sheet document's steps and a QR code that opens the guide page.
    func sheetPage(_ platform: SitePlatform, locale: String) throws(SiteError) -> SiteFile {
        let document = platform.documents[locale]!.sheet
        let path = SitePaths.sheet(platform: platform.id, locale: locale)
        let guidePath = SitePaths.guide(platform: platform.id, locale: locale)
        let page = PageContext(
            path: path, locale: locale, title: document.title, description: document.description,
            stylesheet: SitePaths.sheetStylesheet,
            languages: platform.locales.map { .init(locale: $0, path: SitePaths.sheet(platform: platform.id, locale: $0)) },
            homePath: SitePaths.index(locale: locale)
        )
        var values = try page.values(templates: templates, baseURL: baseURL)
        try addBody(of: document, named: "\(locale)/\(platform.id) sheet", to: &values)
        let url = SitePaths.guideURL(platform: platform.id, locale: locale, baseURL: baseURL)
        guard let code = QRCode(url) else {
            throw SiteError("error: the address \(url) is too long for a QR code; use a shorter --base-url")
        }
        values["qr"] = PageText(code.svg(title: try string("qrTitle", locale)))
        values["guideURL"] = PageText(url)
        values["guideURLParts"] = Self.breakableParts(of: url).map(PageText.init)
        values["guideHref"] = PageText(page.link(guidePath))
        values["platformName"] = PageText(platform.guide.platform.name[locale] ?? platform.id)
        if !document.lastVerified.isEmpty { values["lastVerified"] = PageText(document.lastVerified) }
        return try renderPage("sheet", values, path: path, locale: locale)
    }

    /// The table of contents: each listed level-2 heading, with the listed headings below it
    /// (the channels) as its `entries`.
    static func contents(_ headings: [RenderedDocument.Heading]) -> [[String: Any]] {
        var toc: [[String: Any]] = []
        var entries: [[String: Any]] = []
        func close() {
            guard !toc.isEmpty else { return }
            toc[toc.count - 1]["entries"] = entries
            toc[toc.count - 1]["hasEntries"] = !entries.isEmpty
            entries = []
        }
        for heading in headings where heading.inContents {
            let entry: [String: Any] = ["text": PageText(heading.text), "anchor": PageText(heading.anchor)]
            if heading.level <= 2 || toc.isEmpty {
                close()
                toc.append(entry)
            } else {
                entries.append(entry)
            }
        }
        close()
        return toc
    }

    /// The address cut after each `/` of its path, so a template can offer line breaks
    /// (`<wbr>`) where a reader expects them instead of in the middle of a word.
    static func breakableParts(of url: String) -> [String] {
        let start = url.range(of: "://").map(\.upperBound) ?? url.startIndex
        var parts: [String] = []
        var current = String(url[..<start])
        for character in url[start...] {
            current.append(character)
            if character == "/" {
                parts.append(current)
                current = ""
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    /// Sets `body` to the document's HTML with heading anchors and, when the body opens with its
    /// title as an `<h1>`, lifts that into `titleHeading`, so templates can put the page's
    /// details and contents between the title and the text. Otherwise templates write the title.
    private func addBody(of document: RenderedDocument, named name: String, to values: inout [String: Any]) throws(SiteError) {
        values["body"] = PageText(try html(document.body, headings: document.headings, named: name, to: &values))
    }

    /// `markdown` as HTML with its headings' anchors; an opening `<h1>` goes to `titleHeading`
    /// and the rest is returned.
    private func html(_ markdown: String, headings: [RenderedDocument.Heading], named name: String, to values: inout [String: Any]) throws(SiteError) -> String {
        let html = try HeadingAnchors.injected(headings, into: CommonMark.html(from: markdown), document: name)
        if html.starts(with: "<h1".utf8), let end = Self.end(of: "</h1>\n", in: html) {
            values["titleHeading"] = PageText(String(decoding: html[..<end], as: UTF8.self))
            return String(decoding: html[end...], as: UTF8.self)
        }
        return String(decoding: html, as: UTF8.self)
    }

    /// Where the first `needle` in `bytes` ends.
    static func end(of needle: StaticString, in bytes: [UInt8]) -> Int? {
        needle.withUTF8Buffer { needle -> Int? in
            guard let first = needle.first, needle.count <= bytes.count else { return nil }
            var index = 0
            let last = bytes.count - needle.count
            while index <= last {
                if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) {
                    return index + needle.count
                }
                index += 1
            }
            return nil
        }
    }
}
