import Foundation
@testable import PathguideSite
import Testing

@Suite struct SiteTemplatesTests {
    @Test func loadsTheBuiltInTheme() throws {
        let templates = try SiteFixtures.templates()
        for name in SiteTemplates.requiredTemplates {
            #expect(templates.library.getTemplate(named: name) != nil, "\(name)")
        }
        #expect(templates.strings.table.keys.sorted() == ["en", "zh"])
        #expect(templates.strings.file == "(built-in theme)/strings.json")
    }

    @Test func missingTemplateNamesTheFile() throws {
        var files = try SiteFixtures.templateFiles()
        files["guide.mustache"] = nil
        #expect(throws: SiteError("templates/guide.mustache: error: missing template; the site needs page.mustache, head.mustache, language-switch.mustache, root.mustache, index.mustache, guide.mustache, sheet.mustache, compare.mustache, site.css, sheet.css, strings.json")) {
            try SiteTemplates(files: files, directory: "templates")
        }
    }

    @Test func missingStylesheetNamesTheFile() throws {
        var files = try SiteFixtures.templateFiles()
        files["sheet.css"] = nil
        let error = #expect(throws: SiteError.self) { try SiteTemplates(files: files, directory: "templates/") }
        #expect(error?.message.hasPrefix("templates/sheet.css: error: missing stylesheet;") == true)
    }

    @Test func effectiveFilesAreTheFilesGivenSortedByName() throws {
        let templates = try SiteTemplates(files: ["b.mustache": "B", "a.mustache": "A"].merging(SiteFixtures.templateFiles()) { $1 })
        #expect(templates.effectiveFiles.map(\.name) == ["a.mustache", "b.mustache"] + Theme.builtIn.map(\.name))
        #expect(templates.effectiveFiles.first == ThemeFile(name: "a.mustache", bytes: Array("A".utf8)))
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
