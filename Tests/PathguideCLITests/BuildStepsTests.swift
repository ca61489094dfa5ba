import Foundation
@testable import PathguideBuild
import PathguideCheck
import PathguideCore
import PathguideSite
import Testing

/// An output is one type and one line of registration, and its failure names it.
@Suite(.serialized) struct BuildStepsTests {
    struct WordCount: GuideStep {
        let name = "count words"
        func files(for guide: RenderedGuideDocuments) throws -> [OutputFile] {
            let words = guide.platform.documents["en"]?.guide.markdown.split(whereSeparator: \.isWhitespace).count ?? 0
            return [OutputFile(path: "counts/\(guide.platform.id).txt", text: "\(words)\n")]
        }
    }

    struct Broken: SiteStep {
        let name = "draw the comparison"
        struct Failure: Error, CustomStringConvertible { var description: String { "no platforms to compare" } }
        func files(for platforms: [SitePlatform]) throws -> [OutputFile] { throw Failure() }
    }

    func build(_ folder: GuideFolder, steps: @escaping @Sendable (SiteBuilder) -> BuildSteps) throws(ToolFailure) -> SiteBuild.Outcome {
        var build = SiteBuild(guides: "guides", templates: BuildCommandTests.templates, output: "output", baseURL: "https://help.example.org/",
                              context: CheckContext(today: LocalDate(year: 2026, month: 11, day: 24)), jobs: 2,
                              workspace: Workspace(folder: folder.root.path), cache: nil)
        build.steps = steps
        return try build.run()
    }

    @Test func anAddedStepWritesItsFilesLikeAnyOther() throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        let outcome = try build(folder) { site in
            var steps = BuildSteps.standard(site: site)
            steps.guideSteps.append(WordCount())
            return steps
        }
        #expect(outcome.fileCount == 18)
        let count = try String(contentsOf: folder.root.appendingPathComponent("output/counts/shop.txt"), encoding: .utf8)
        #expect(Int(count.dropLast()) ?? 0 > 50)
        let manifest = try String(contentsOf: folder.root.appendingPathComponent("output/.pathguide-manifest"), encoding: .utf8)
        #expect(manifest.contains("\ncounts/shop.txt\n"))
    }

    @Test func aFailingStepIsNamedAndNothingIsWritten() throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        #expect(throws: ToolFailure(message: "draw the comparison: no platforms to compare")) {
            try build(folder) { site in
                var steps = BuildSteps.standard(site: site)
                steps.siteSteps.append(Broken())
                return steps
            }
        }
        #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent("output").path))
    }
}
