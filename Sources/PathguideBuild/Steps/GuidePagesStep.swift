import PathguideSite

/// `site/<locale>/<platform>/index.html`, with the map `RenderedGuideDocuments` drew inline,
/// and its printable sheet, from the templates.
struct GuidePagesStep: GuideStep {
    let name = "render the site"
    let site: SiteBuilder

    func files(for guide: RenderedGuideDocuments) throws -> [OutputFile] {
        try site.platformFiles(guide.platform).map { OutputFile(path: "site/" + $0.path, text: $0.contents) }
    }
}

/// The root page, an index per language, and the stylesheets.
struct SiteIndexStep: SiteStep {
    let name = "render the site's index pages"
    let site: SiteBuilder

    func files(for platforms: [SitePlatform]) throws -> [OutputFile] {
        try site.sharedFiles(platforms).map { OutputFile(path: "site/" + $0.path, text: $0.contents) }
    }
}

/// Each language's comparison of every guide, from the summaries worked out in each guide's job.
struct ComparisonStep: SiteStep {
    let name = "render the comparison pages"
    let site: SiteBuilder

    func files(for platforms: [SitePlatform]) throws -> [OutputFile] {
        try site.comparisonFiles(platforms).map { OutputFile(path: "site/" + $0.path, text: $0.contents) }
    }
}
