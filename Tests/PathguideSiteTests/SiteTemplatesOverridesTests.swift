import Foundation
@testable import PathguideSite
import Testing

@Suite struct SiteTemplatesOverridesTests {
    private static let builtInSite = Result { try SiteFixtures.build([try SiteFixtures.platform()]) }

    /// The site built with the templates folder holding `files`.
    private func site(overriding files: [String: String]) throws -> [String: String] {
        let folder = try TemplatesFolder(files)
        return try SiteFixtures.build([try SiteFixtures.platform()], templates: SiteTemplates(overrides: folder.path))
    }

    /// The paths whose contents differ from the built-in theme's site.
    private func changed(_ site: [String: String]) throws -> [String] {
        let builtIn = try Self.builtInSite.get()
        #expect(site.keys.sorted() == builtIn.keys.sorted())
        return site.keys.filter { site[$0] != builtIn[$0] }.sorted()
    }

    private func builtIn(_ name: String) throws -> String {
        try #require(SiteFixtures.templateFiles()[name])
    }

    @Test func aStylesheetChangesOnlyItsAsset() throws {
        let site = try site(overriding: ["site.css": "body { color: teal }\n"])
        #expect(try changed(site) == ["assets/site.css"])
        #expect(site["assets/site.css"] == "body { color: teal }\n")
    }

    @Test func aGuideTemplateChangesOnlyGuidePages() throws {
        let guide = try builtIn("guide.mustache").replacingOccurrences(of: "{{/main}}", with: "<p class=\"local\">Local help desk</p>\n{{/main}}")
        let site = try site(overriding: ["guide.mustache": guide])
        #expect(try changed(site) == ["en/shop/index.html", "zh/shop/index.html"])
        let builtIn = try Self.builtInSite.get()
        for path in try changed(site) {
            #expect(site[path] == builtIn[path]!.replacingOccurrences(of: "</article>\n", with: "</article>\n<p class=\"local\">Local help desk</p>\n"), "\(path)")
        }
    }

    @Test func stringsChangeOnlyTheWordsChanged() throws {
        let strings = try builtIn("strings.json").replacingOccurrences(of: "\"Printable sheet\"", with: "\"Print this\"")
        let site = try site(overriding: ["strings.json": strings])
        // The guide page links its sheet, and so does the index, in English only.
        #expect(try changed(site) == ["en/index.html", "en/shop/index.html"])
        let builtIn = try Self.builtInSite.get()
        for path in try changed(site) {
            #expect(site[path] == builtIn[path]!.replacingOccurrences(of: ">Printable sheet</a>", with: ">Print this</a>"), "\(path)")
        }
        #expect(site["en/shop/index.html"]!.contains(#"<a class="sheet-link" href="sheet/index.html">Print this</a>"#))
    }

    @Test func addedPartialsCanBeUsed() throws {
        let index = try builtIn("index.mustache").replacingOccurrences(of: "{{/main}}", with: "{{> footer}}\n{{/main}}")
        let site = try site(overriding: ["footer.mustache": "<footer class=\"custom\">{{strings.siteTitle}}</footer>\n", "index.mustache": index])
        #expect(try changed(site) == ["en/index.html", "zh/index.html"])
        #expect(site["en/index.html"]!.contains("<footer class=\"custom\">How to reach customer service</footer>"))
    }

    @Test func effectiveFilesFollowTheOverrides() throws {
        let same = try TemplatesFolder(SiteFixtures.templateFiles().merging(["notes.txt": "not part of the theme"]) { $1 })
        #expect(try SiteTemplates(overrides: same.path).effectiveFiles == Theme.builtIn)

        let changed = try TemplatesFolder(["site.css": "body {}\n", "footer.mustache": "<footer></footer>\n"])
        let files = try SiteTemplates(overrides: changed.path).effectiveFiles
        #expect(files.map(\.name) == (Theme.builtIn.map(\.name) + ["footer.mustache"]).sorted())
        let differing = files.filter { !Theme.builtIn.contains($0) }.map(\.name)
        #expect(differing == ["footer.mustache", "site.css"])
        #expect(files.first { $0.name == "site.css" }?.bytes == Array("body {}\n".utf8))
    }

    @Test func aBrokenTemplateNamesTheUsersFileAndLine() throws {
        let folder = try TemplatesFolder(["index.mustache": "<ul>\n{{#platforms}}\n<li>{{name}}</li>\n{{/platform}}\n</ul>\n"])
        #expect(throws: SiteError("templates/index.mustache:4:4: error: invalid template: a section is closed with a different name than it was opened with\n    {{/platform}}")) {
            try SiteTemplates(overrides: folder.path, named: "templates")
        }
    }

    @Test func anUnknownPartialNamesTheUsersFileLineAndColumn() throws {
        let folder = try TemplatesFolder(["root.mustache": "{{! front door }}\n<p>\n  {{> footer }}\n</p>\n"])
        #expect(throws: SiteError("templates/root.mustache:3:3: error: the partial 'footer' names no template; add footer.mustache or fix the name")) {
            try SiteTemplates(overrides: folder.path, named: "templates")
        }
    }

    @Test func brokenStringsNameTheUsersFile() throws {
        let folder = try TemplatesFolder(["strings.json": #"{"en": {"lang": "en", "languageName": "English"}}"#])
        #expect(throws: SiteError("my-theme/strings.json: error: 'en' has no 'qrTitle'")) {
            try SiteTemplates(overrides: folder.path, named: "my-theme")
        }
    }

    @Test func textThatIsNotUTF8IsRefused() throws {
        let folder = try TemplatesFolder()
        try Data([0x62, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: folder.file("site.css")))
        #expect(throws: SiteError("templates/site.css: error: not UTF-8 text")) {
            try SiteTemplates(overrides: folder.path, named: "templates")
        }
    }

    @Test func aNamedPipeIsRefusedWithoutWaiting() throws {
        let folder = try TemplatesFolder()
        #expect(mkfifo(folder.file("site.css"), 0o644) == 0)
        #expect(throws: SiteError("templates/site.css: error: cannot read this template: templates/site.css is a named pipe (FIFO), not a regular file")) {
            try SiteTemplates(overrides: folder.path, named: "templates")
        }
    }

    @Test func aPipeThatIsNoThemeFileIsLeftAlone() throws {
        let folder = try TemplatesFolder()
        #expect(mkfifo(folder.file("notes.txt"), 0o644) == 0)
        #expect(try SiteTemplates(overrides: folder.path).effectiveFiles == Theme.builtIn)
    }

    @Test func aLinkOutOfTheFolderIsRefused() throws {
        let outside = try TemplatesFolder(["secret.css": "secret\n"])
        let folder = try TemplatesFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.file("site.css"), withDestinationPath: outside.file("secret.css"))
        #expect(throws: SiteError("templates/site.css: error: cannot read this template: templates/site.css is a symbolic link to a place outside templates; pathguide reads only files inside it")) {
            try SiteTemplates(overrides: folder.path, named: "templates")
        }
    }

    @Test func aLinkInsideTheFolderIsRead() throws {
        let folder = try TemplatesFolder()
        try FileManager.default.createDirectory(atPath: folder.file("styles"), withIntermediateDirectories: false)
        try Data("main {}\n".utf8).write(to: URL(fileURLWithPath: folder.file("styles/main.css")))
        try FileManager.default.createSymbolicLink(atPath: folder.file("site.css"), withDestinationPath: "styles/main.css")
        #expect(try SiteTemplates(overrides: folder.path).siteCSS == "main {}\n")
    }

    @Test func aMissingFolderThatIsNamedIsAnError() {
        #expect(throws: SiteError("/nonexistent/templates: error: no such templates folder")) {
            try SiteTemplates(overrides: "/nonexistent/templates")
        }
    }

    @Test func aFileWhereTheFolderShouldBeIsAnError() throws {
        let parent = try TemplatesFolder(["templates": "x"])
        #expect(throws: SiteError("templates: error: the templates folder is a regular file, not a folder")) {
            try SiteTemplates(overrides: parent.file("templates"), named: "templates")
        }
    }

    @Test func aFolderWithABuiltInNameIsRefused() throws {
        let folder = try TemplatesFolder()
        try FileManager.default.createDirectory(atPath: folder.file("strings.json"), withIntermediateDirectories: false)
        #expect(throws: SiteError("templates/strings.json: error: cannot read this template: templates/strings.json is a folder, not a regular file")) {
            try SiteTemplates(overrides: folder.path, named: "templates")
        }
    }
}
