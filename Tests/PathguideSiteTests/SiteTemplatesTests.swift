import Foundation
@testable import PathguideSite
import Testing

@Suite struct SiteTemplatesTests {
    /// The repository's templates copied to a fresh folder, with `change` applied to the files.
    private func folder(_ change: (inout [String: String]) -> Void) throws -> String {
        var files = try SiteFixtures.templateFiles()
        change(&files)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pathguide-templates-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func loadsTheRepositoryTemplates() throws {
        let templates = try SiteFixtures.templates()
        for name in SiteTemplates.requiredTemplates {
            #expect(templates.library.getTemplate(named: name) != nil, "\(name)")
        }
        #expect(templates.strings.table.keys.sorted() == ["en", "zh"])
    }

    @Test func missingTemplateNamesTheFile() throws {
        let folder = try folder { $0["guide.mustache"] = nil }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: SiteError("\(folder)/guide.mustache: error: missing template; the site needs page.mustache, head.mustache, language-switch.mustache, root.mustache, index.mustache, guide.mustache, sheet.mustache, site.css, sheet.css, strings.json")) {
            try SiteTemplates(directory: folder)
        }
    }

    @Test func missingStylesheetNamesTheFile() throws {
        let folder = try folder { $0["sheet.css"] = nil }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let error = #expect(throws: SiteError.self) { try SiteTemplates(directory: folder) }
        #expect(error?.message.hasPrefix("\(folder)/sheet.css: error: missing stylesheet;") == true)
    }

    @Test func missingFolderIsAnError() {
        #expect(throws: SiteError("/nonexistent/templates: error: no such templates folder")) {
            try SiteTemplates(directory: "/nonexistent/templates")
        }
    }

    @Test func parseErrorNamesFileLineAndColumn() throws {
        var files = try SiteFixtures.templateFiles()
        files["index.mustache"] = "<ul>\n{{#platforms}}\n<li>{{name}}</li>\n{{/platform}}\n</ul>\n"
        let error = #expect(throws: SiteError.self) { try SiteTemplates(files: files, directory: "templates") }
        #expect(error?.message == "templates/index.mustache:4:4: error: invalid template: a section is closed with a different name than it was opened with\n    {{/platform}}")
    }

    @Test func unknownPartialNamesFileLineAndColumn() throws {
        var files = try SiteFixtures.templateFiles()
        files["root.mustache"] = "{{! front door }}\n<p>\n  {{> footer }}\n</p>\n"
        #expect(throws: SiteError("templates/root.mustache:3:3: error: the partial 'footer' names no template; add footer.mustache or fix the name")) {
            try SiteTemplates(files: files, directory: "templates")
        }
    }

    @Test func extraPartialsInTheFolderCanBeUsed() throws {
        let folder = try folder {
            $0["footer.mustache"] = "<footer class=\"custom\">{{strings.siteTitle}}</footer>\n"
            $0["index.mustache"] = $0["index.mustache"]!.replacingOccurrences(of: "{{/main}}", with: "{{> footer}}\n{{/main}}")
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = try SiteBuilder(templates: SiteTemplates(directory: folder), baseURL: SiteFixtures.baseURL).build([try SiteFixtures.platform()])
        let index = try #require(files.first { $0.path == "en/index.html" })
        #expect(index.contents.contains("<footer class=\"custom\">How to reach customer service</footer>"))
    }

    @Test func chromeWordsComeFromStringsJSON() throws {
        let folder = try folder {
            $0["strings.json"] = $0["strings.json"]!.replacingOccurrences(of: "\"Printable sheet\"", with: "\"Print this\"")
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = try SiteBuilder(templates: SiteTemplates(directory: folder), baseURL: SiteFixtures.baseURL).build([try SiteFixtures.platform()])
        let page = try #require(files.first { $0.path == "en/shop/index.html" })
        #expect(page.contents.contains(#"<a class="sheet-link" href="sheet/index.html">Print this</a>"#))
    }

    @Test func partialTagsAreFoundWithPositions() {
        let found = SiteTemplates.partials(in: "a\n {{> head}}{{<page}}\n{{>*dynamic}}{{ > x }}")
        #expect(found.map { "\($0.name)@\($0.line):\($0.column)" } == ["head@2:2", "page@2:12", "x@3:14"])
    }
}

@Suite struct SiteStringsTests {
    @Test func invalidJSONNamesTheFile() {
        let error = #expect(throws: SiteError.self) { try SiteStrings(json: "{\"en\": ", file: "templates/strings.json") }
        #expect(error?.message.hasPrefix("templates/strings.json: error: not valid JSON") == true)
    }

    @Test func aKeyMissingInOneLanguageIsAnError() {
        let json = #"{"en": {"lang": "en", "languageName": "English", "qrTitle": "QR", "contents": "Contents"}, "zh": {"lang": "zh-Hans", "languageName": "中文", "qrTitle": "二维码"}}"#
        #expect(throws: SiteError("templates/strings.json: error: 'zh' has no 'contents', which 'en' has")) {
            try SiteStrings(json: json, file: "templates/strings.json")
        }
    }

    @Test func requiredKeysMustBeThere() {
        #expect(throws: SiteError("templates/strings.json: error: 'en' has no 'lang'")) {
            try SiteStrings(json: #"{"en": {"languageName": "English", "qrTitle": "QR"}}"#, file: "templates/strings.json")
        }
    }

    @Test func valuesMustBeStrings() {
        #expect(throws: SiteError("templates/strings.json: error: 'en.lang' must be a string")) {
            try SiteStrings(json: #"{"en": {"lang": 1}}"#, file: "templates/strings.json")
        }
    }

    @Test func htmlLangComesFromTheFile() throws {
        let strings = try SiteFixtures.templates().strings
        #expect(try strings.htmlLang("zh") == "zh-Hans")
        #expect(try strings.htmlLang("en") == "en")
    }
}
