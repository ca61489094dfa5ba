import Foundation
import PathguideCheck
import PathguideCore
import PathguideRender
import PathguideSite

/// A build as named steps over one set of inputs, so a failure says which step failed:
/// check → render Markdown → render the site → write the output.
struct SiteBuild {
    var guides: String
    var templates: String
    var output: String
    var baseURL: String
    var context: CheckContext
    var jobs: Int

    /// What a finished build reports.
    struct Outcome {
        var check: GuideCheck.Result
        var summary: OutputWriter.Summary?
        var fileCount: Int
    }

    /// Runs every step. Returns without writing when the check found errors.
    func run() throws(ToolFailure) -> Outcome {
        var check = GuideCheck(paths: [guides], context: context)
        check.jobs = jobs
        let checked = try check.run()
        guard checked.engine.errorCount == 0 else {
            return Outcome(check: checked, summary: nil, fileCount: 0)
        }
        let writer = try OutputWriter(output: output, inputs: [guides, templates])
        let templates = try step("read templates") { try SiteTemplates(directory: WorkingDirectory.resolve(self.templates)) }
        let guides = checked.guides.sorted { $0.platform.id.value < $1.platform.id.value }
        let rendered = try renderDocuments(guides)
        var files: [String: [UInt8]] = [:]
        for platform in rendered {
            for (locale, documents) in platform.documents {
                files["markdown/\(locale)/\(platform.id).md"] = Array(documents.guide.markdown.utf8)
            }
        }
        let site = try step("render the site") {
            try SiteBuilder(templates: templates, baseURL: baseURL).build(rendered)
        }
        for file in site {
            files["site/" + file.path] = Array(file.contents.utf8)
        }
        let summary = try writer.write(files)
        return Outcome(check: checked, summary: summary, fileCount: files.count)
    }

    /// Markdown for every guide in every one of its languages, one guide per job.
    private func renderDocuments(_ guides: [Guide]) throws(ToolFailure) -> [SitePlatform] {
        let results = guides.parallelMap(jobs: jobs) { guide -> Result<SitePlatform, RenderError> in
            var documents: [String: SitePlatform.Documents] = [:]
            for language in guide.languages {
                do {
                    let renderer = try GuideRenderer(guide: guide, locale: language.value)
                    documents[language.value] = SitePlatform.Documents(guide: renderer.guide(), sheet: renderer.sheet())
                } catch let error as RenderError {
                    return .failure(RenderError(message: "\(language.location): \(error.message)"))
                } catch {
                    return .failure(RenderError(message: "\(language.location): \(error)"))
                }
            }
            return .success(SitePlatform(guide: guide, documents: documents))
        }
        return try results.map { result throws(ToolFailure) in
            switch result {
            case .success(let platform): return platform
            case .failure(let error): throw ToolFailure(message: "render Markdown: \(error.message)")
            }
        }
    }

    private func step<T>(_ name: String, _ body: () throws -> T) throws(ToolFailure) -> T {
        do {
            return try body()
        } catch let error as SiteError {
            throw ToolFailure(message: "\(name): \(error.message)")
        } catch {
            throw ToolFailure(message: "\(name): \(error)")
        }
    }
}
