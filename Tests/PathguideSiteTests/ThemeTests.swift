import Foundation
@testable import PathguideSite
import Testing

@Suite struct ThemeTests {
    /// The list in `Theme.builtIn` is written by hand: it must name every file of the folder
    /// SwiftPM compiles in, with its bytes, in name order.
    @Test func builtInIsTheThemeFolderByteForByte() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: SiteFixtures.themeFolder).sorted()
        #expect(Theme.builtIn.map(\.name) == names)
        for file in Theme.builtIn {
            let onDisk = try Data(contentsOf: URL(fileURLWithPath: SiteFixtures.themeFolder + "/" + file.name))
            #expect(file.bytes == Array(onDisk), "\(file.name)")
        }
        #expect(Theme.builtInNames.count == 11)
    }

    @Test func builtInThemeRendersTheSameSiteAsTheThemeFolder() throws {
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: SiteFixtures.themeFolder) {
            files[name] = try String(contentsOfFile: SiteFixtures.themeFolder + "/" + name, encoding: .utf8)
        }
        let platforms = [try SiteFixtures.platform(), try SiteFixtures.platform(id: "mall")]
        let fromFolder = try SiteFixtures.build(platforms, templates: SiteTemplates(files: files))
        let builtIn = try SiteFixtures.build(platforms)
        // The root chooser, an index and a comparison per language, two stylesheets, and a guide
        // and a sheet for each platform in each language.
        #expect(builtIn.count == 15)
        #expect(builtIn.keys.sorted() == fromFolder.keys.sorted())
        for (path, contents) in fromFolder {
            #expect(builtIn[path].map { Array($0.utf8) } == Array(contents.utf8), "\(path)")
        }
    }

    @Test func builtInThemeIsInEffectWithoutAFolder() throws {
        let templates = try SiteTemplates(overrides: nil)
        #expect(templates.effectiveFiles == Theme.builtIn)
        #expect(templates.siteCSS.utf8.elementsEqual(Theme.builtIn.first { $0.name == "site.css" }!.bytes))
    }
}
