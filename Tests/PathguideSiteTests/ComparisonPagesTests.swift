import PathguideCore
import PathguideRender
@testable import PathguideSite
import Testing

/// The comparison pages' shape: pages of rows, a chart of at most `chartLimit` bars, and what
/// is said about the rest, at the size of a large corpus.
@Suite struct ComparisonPagesTests {
    /// `count` platforms `p00000`, `p00001`… in two languages; platform i is `i % 7` steps from
    /// a person, or has no person reachable when `i % 11 == 0`.
    static func corpus(_ count: Int) throws -> [SitePlatform] {
        let model = try SiteFixtures.platform(id: "shop")
        return (0..<count).map { i in
            let digits = String(i)
            let id = "p" + String(repeating: "0", count: 5 - digits.count) + digits
            var platform = model
            platform.guide.platform.id.value = id
            platform.guide.platform.name.entries = platform.guide.platform.name.entries.map { entry in
                var named = entry
                named.text = id
                return named
            }
            for locale in platform.documents.keys {
                platform.documents[locale]?.guide.platform = id
                platform.documents[locale]?.sheet.platform = id
            }
            platform.summary = GuideSummary(
                stepsToPerson: i % 11 == 0 ? nil : i % 7, peopleChannels: 1, botChannels: 0, selfServiceChannels: 0,
                unknownChannels: 0, unknownHours: 0, knownHours: 1, gaps: [], timeZone: nil, needsFirst: [])
            return platform
        }
    }

    static func count(_ text: String, in page: String) -> Int {
        page.components(separatedBy: text).count - 1
    }

    @Test func tenThousandGuidesMakeFiftyBoundedPagesPerLanguageAndAThirtyBarChart() throws {
        let builder = SiteBuilder(templates: try SiteFixtures.templates(), baseURL: SiteFixtures.baseURL)
        let files = try builder.comparisonFiles(try Self.corpus(10_000))
        let expected = ["zh", "en"].flatMap { locale in
            (1...50).map { SitePaths.compare(locale: locale, page: $0) }
        }
        #expect(files.map(\.path) == expected)
        #expect(files[1].path == "zh/compare/2/index.html")
        for file in files {
            #expect(Self.count("<tr>", in: file.contents) == 201, "\(file.path): a header row and 200 guides")
            #expect(file.contents.utf8.count < 120_000, "\(file.path) is \(file.contents.utf8.count) bytes")
            let pages = try #require(file.contents.components(separatedBy: #"<nav class="compare-pages""#).last)
            #expect(Self.count("<li><a", in: pages) == 50, "\(file.path): a link to each page")
        }
        let first = try #require(files.first { $0.path == "en/compare/index.html" })
        #expect(Self.count(#"class="chart-bar""#, in: first.contents) == 30)
        // No steps at all, by id: p00000 has no person reachable; 77 and 154 neither.
        let labels = first.contents.components(separatedBy: #"text-anchor="end">"#).dropFirst().map { $0.prefix(6) }
        #expect(labels == ["p00007", "p00014", "p00021", "p00028", "p00035", "p00042", "p00049", "p00056", "p00063", "p00070",
                           "p00084", "p00091", "p00098", "p00105", "p00112", "p00119", "p00126", "p00133", "p00140", "p00147",
                           "p00161", "p00168", "p00175", "p00182", "p00189", "p00196", "p00203", "p00210", "p00217", "p00224"])
        #expect(first.contents.contains("Not in the chart: 9970 of 10000 platforms (it shows at most 30, fewest steps first; a platform where no person is reachable has no bar)."))
        #expect(first.contents.contains(#"<p class="compare-page-of">Page 1 of 50</p>"#))
        #expect(first.contents.contains(#"<a aria-current="page" href="index.html">1</a>"#))
        #expect(first.contents.contains(#"<a href="2/index.html">2</a>"#))
        let second = try #require(files.first { $0.path == "en/compare/2/index.html" })
        #expect(!second.contents.contains("<svg"))
        #expect(second.contents.contains(#"<a href="../index.html">1</a>"#))
        #expect(second.contents.contains(#"<th scope="row"><a href="../../p00200/index.html">p00200</a></th>"#))
        // The language switch goes to the same page in the other language.
        #expect(second.contents.contains(#"href="../../../zh/compare/2/index.html""#))
    }

    @Test func aFewGuidesMakeOnePageWithEveryOneCharted() throws {
        let builder = SiteBuilder(templates: try SiteFixtures.templates(), baseURL: SiteFixtures.baseURL)
        let files = try builder.comparisonFiles(try Self.corpus(3))
        #expect(files.map(\.path) == ["zh/compare/index.html", "en/compare/index.html"])
        let en = files[1].contents
        #expect(Self.count("<tr>", in: en) == 4)
        // p00000 has no person reachable: a row, no bar, and the sentence says so.
        #expect(Self.count(#"class="chart-bar""#, in: en) == 2)
        #expect(en.contains("Not in the chart: 1 of 3 platforms"))
        #expect(en.contains(#"<td class="number">No person reachable</td>"#))
        #expect(!en.contains("compare-pages"))
        #expect(try builder.comparisonFiles(try Self.corpus(3).reversed()) == files)
    }

    @Test func aPlatformWithoutASummaryShowsDashes() throws {
        let site = try SiteFixtures.build([try SiteFixtures.platform(id: "shop")])
        let en = try #require(site["en/compare/index.html"])
        #expect(en.contains(#"<th scope="row"><a href="../shop/index.html">Shop</a></th>"#))
        #expect(Self.count(#"<td class="number">—</td>"#, in: en) == 6)
        #expect(!en.contains("<svg"))
    }
}
