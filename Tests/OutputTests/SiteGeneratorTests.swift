import Foundation
import PathguideTestSupport
import Testing

/// Jekyll and MkDocs (with its i18n plugin) build the Markdown as it is written, beside the Hugo
/// test in BuildOutputTests: every guide becomes a page with the title once, and each language
/// has a home page that links its guides.
@Suite struct SiteGeneratorTests {
    static let guides = ["amazon", "douyin-shop", "taobao"]

    /// A copy of the built Markdown in a fresh folder, removed at the end.
    private func project(_ name: String, markdownAt folder: String) async throws -> URL {
        let built = await BuiltSite.shared.value
        let project = FileManager.default.temporaryDirectory.appendingPathComponent("pathguide-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: built.markdown, to: project.appendingPathComponent(folder))
        return project
    }

    private func read(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }

    private func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func jekyllBuildsEveryGuideWithItsTitleOnce() async throws {
        let project = try await project("jekyll", markdownAt: "site")
        defer { try? FileManager.default.removeItem(at: project) }
        let source = project.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: source.appendingPathComponent("_layouts"), withIntermediateDirectories: true)
        // The smallest layout that prints what a theme prints: the title from the front matter,
        // the page's language and date, then the body.
        try """
            <html lang="{{ page.lang }}"><h1>{{ page.title }}</h1><p data-modified="{{ page.last_modified_at | date: "%Y-%m-%d" }}"></p>{{ content }}</html>
            """.write(to: source.appendingPathComponent("_layouts/default.html"), atomically: true, encoding: .utf8)
        try "defaults:\n  - scope: {path: \"\"}\n    values: {layout: default}\n"
            .write(to: source.appendingPathComponent("_config.yml"), atomically: true, encoding: .utf8)
        let destination = project.appendingPathComponent("public")
        let output = try await ExternalTool.jekyll.run(["build", "--quiet", "--source", source.path, "--destination", destination.path], in: project)
        #expect(output?.status == 0, "\(output?.stdout ?? "")\(output?.stderr ?? "")")
        guard output?.status == 0 else { return }
        for locale in ["en", "zh"] {
            for guide in Self.guides {
                let page = try read(destination.appendingPathComponent("\(locale)/\(guide).html"))
                #expect(count("<h1", in: page) == 1, "\(locale)/\(guide)")
                #expect(page.hasPrefix("<html lang=\"\(locale == "zh" ? "zh-Hans" : "en")\">"), "\(locale)/\(guide)")
                #expect(page.contains("data-modified=\"2026-11-24\""), "\(locale)/\(guide)")
                #expect(page.contains("<ol>"), "\(locale)/\(guide): the steps are numbered lists")
            }
            let home = try read(destination.appendingPathComponent("\(locale)/README.html"))
            #expect(Self.guides.allSatisfy { home.contains("href=\"\($0).md\"") }, "\(locale)/README")
        }
    }

    @Test func mkdocsWithItsI18nPluginBuildsStrictly() async throws {
        let project = try await project("mkdocs", markdownAt: "docs")
        defer { try? FileManager.default.removeItem(at: project) }
        try """
            site_name: pathguide
            plugins:
              - i18n:
                  docs_structure: folder
                  languages:
                    - {locale: zh, default: true, name: 中文, build: true}
                    - {locale: en, name: English, build: true}
            """.write(to: project.appendingPathComponent("mkdocs.yml"), atomically: true, encoding: .utf8)
        let destination = project.appendingPathComponent("public")
        let output = try await ExternalTool.mkdocs.run(["build", "--strict", "--site-dir", destination.path], in: project)
        #expect(output?.status == 0, "\(output?.stdout ?? "")\(output?.stderr ?? "")")
        guard output?.status == 0 else { return }
        // The default language at the root, the other under its code; each has its home page.
        for prefix in ["", "en/"] {
            let home = try read(destination.appendingPathComponent("\(prefix)index.html"))
            #expect(Self.guides.allSatisfy { home.contains("href=\"\($0)/\"") }, "\(prefix)index.html")
            for guide in Self.guides {
                let page = try read(destination.appendingPathComponent("\(prefix)\(guide)/index.html"))
                // MkDocs' own theme prints no title the body lacks: no <h1> at all, never two.
                #expect(count("<h1", in: page) == 0, "\(prefix)\(guide)")
            }
        }
    }
}
