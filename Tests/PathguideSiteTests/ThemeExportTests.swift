import Foundation
@testable import PathguideSite
import Testing

@Suite struct ThemeExportTests {
    @Test func writesExactlyTheBuiltInFilesIntoANewFolder() throws {
        let parent = try TemplatesFolder()
        let written = try Theme.export(to: parent.file("site/templates"), named: "site/templates")
        #expect(written == Theme.builtIn.map(\.name))
        let folder = parent.file("site/templates")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == Theme.builtIn.map(\.name))
        for file in Theme.builtIn {
            #expect(Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file.name))) == file.bytes, "\(file.name)")
        }
        // What was exported, read back as overrides, is the built-in theme.
        #expect(try SiteTemplates(overrides: folder).effectiveFiles == Theme.builtIn)
    }

    @Test func writesIntoAnExistingFolderBesideOtherFiles() throws {
        let folder = try TemplatesFolder(["README.md": "notes\n", "footer.mustache": "<footer></footer>\n"])
        #expect(try Theme.export(to: folder.path).count == 11)
        #expect(try folder.names() == (Theme.builtIn.map(\.name) + ["README.md", "footer.mustache"]).sorted())
        #expect(try String(contentsOfFile: folder.file("README.md"), encoding: .utf8) == "notes\n")
    }

    @Test func refusesToOverwriteAFileAndWritesNothing() throws {
        let folder = try TemplatesFolder(["site.css": "body { color: red }\n"])
        #expect(throws: SiteError("templates/site.css: error: already exists; the theme was not exported, so nothing was overwritten")) {
            try Theme.export(to: folder.path, named: "templates")
        }
        #expect(try folder.names() == ["site.css"])
        #expect(try String(contentsOfFile: folder.file("site.css"), encoding: .utf8) == "body { color: red }\n")
    }

    @Test func namesTheFirstTakenNameAndCountsTheOthers() throws {
        let folder = try TemplatesFolder(["strings.json": "{}", "head.mustache": "", "page.mustache": ""])
        #expect(throws: SiteError("templates/head.mustache: error: already exists, and so do 2 more of the theme's files; the theme was not exported, so nothing was overwritten")) {
            try Theme.export(to: folder.path, named: "templates")
        }
        #expect(try folder.names() == ["head.mustache", "page.mustache", "strings.json"])
    }

    @Test func aLinkInTheWayIsNotFollowed() throws {
        let outside = try TemplatesFolder()
        let folder = try TemplatesFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.file("guide.mustache"), withDestinationPath: outside.file("planted"))
        #expect(throws: SiteError("templates/guide.mustache: error: already exists; the theme was not exported, so nothing was overwritten")) {
            try Theme.export(to: folder.path, named: "templates")
        }
        #expect(try outside.names() == [])
        #expect(try folder.names() == ["guide.mustache"])
    }

    @Test func aLinkAsTheFolderIsRefused() throws {
        let target = try TemplatesFolder()
        let parent = try TemplatesFolder()
        try FileManager.default.createSymbolicLink(atPath: parent.file("templates"), withDestinationPath: target.path)
        #expect(throws: SiteError("templates: error: cannot export the theme here: templates is a symbolic link; pathguide does not follow links here")) {
            try Theme.export(to: parent.file("templates"), named: "templates")
        }
        #expect(try target.names() == [])
    }

    @Test func aFileAsTheFolderIsRefused() throws {
        let parent = try TemplatesFolder(["templates": "not a folder"])
        #expect(throws: SiteError("templates: error: cannot export the theme here: templates is a regular file, not a folder")) {
            try Theme.export(to: parent.file("templates"), named: "templates")
        }
    }
}
