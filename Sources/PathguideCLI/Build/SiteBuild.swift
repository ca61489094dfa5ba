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

    /// Runs every step. Returns without changing the output when the check found errors.
    ///
    /// One pass: each guide's job loads, checks and renders it and stages its files, so no more
    /// than a few guides are in memory at once. Only the titles the index pages need are kept.
    /// Any error drops the staging folder, leaving the previous output as it was.
    func run() throws(ToolFailure) -> Outcome {
        let writer = try OutputWriter(output: output, inputs: [guides, templates])
        let templates = try step("read templates") { try SiteTemplates(directory: WorkingDirectory.resolve(self.templates)) }
        let builder = SiteBuilder(templates: templates, baseURL: baseURL)
        let session = try writer.begin()
        var check = GuideCheck(paths: [guides], context: context)
        check.jobs = jobs
        let checked: GuideCheck.Result
        let rendered: [Swift.Result<SitePlatform, ToolFailure>]
        do {
            (checked, rendered) = try check.run { guide in Self.render(guide, builder: builder, into: session) }
        } catch {
            session.abort()
            throw error
        }
        guard checked.engine.errorCount == 0 else {
            session.abort()
            return Outcome(check: checked, summary: nil, fileCount: 0)
        }
        do {
            let platforms = try rendered.map { result throws(ToolFailure) in try result.get() }
            let shared = try step("render the site") { try builder.sharedFiles(platforms) }
            for file in shared {
                try session.stage("site/" + file.path, Array(file.contents.utf8))
            }
            let count = session.count
            return Outcome(check: checked, summary: try session.commit(), fileCount: count)
        } catch {
            session.abort()
            throw error
        }
    }

    /// One guide's Markdown and pages, staged; what comes back is the guide with its documents'
    /// bodies dropped, which is all the index pages need.
    private static func render(_ guide: Guide, builder: SiteBuilder, into session: OutputSession) -> Swift.Result<SitePlatform, ToolFailure> {
        var documents: [String: SitePlatform.Documents] = [:]
        for language in guide.languages {
            do {
                let renderer = try GuideRenderer(guide: guide, locale: language.value)
                documents[language.value] = SitePlatform.Documents(guide: renderer.guide(), sheet: renderer.sheet())
            } catch {
                return .failure(ToolFailure(message: "render Markdown: \(language.location): \(error.message)"))
            }
        }
        let platform = SitePlatform(guide: guide, documents: documents)
        do {
            for (locale, document) in documents {
                try session.stage("markdown/\(locale)/\(platform.id).md", Array(document.guide.markdown.utf8))
            }
            let pages: [SiteFile]
            do {
                pages = try builder.platformFiles(platform)
            } catch {
                return .failure(ToolFailure(message: "render the site: \(error.message)"))
            }
            for page in pages {
                try session.stage("site/" + page.path, Array(page.contents.utf8))
            }
        } catch {
            return .failure(error)
        }
        let summaries = documents.mapValues { documents in
            SitePlatform.Documents(guide: documents.guide.withoutBody, sheet: documents.sheet.withoutBody)
        }
        let light = Guide(file: guide.file, languages: guide.languages, platform: guide.platform)
        return .success(SitePlatform(guide: light, documents: summaries))
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

extension RenderedDocument {
    /// The document without its text: the title, description and date stay.
    var withoutBody: RenderedDocument {
        RenderedDocument(platform: platform, locale: locale, title: title, description: description,
                         lastVerified: lastVerified, translationKey: translationKey, frontMatter: "", body: "", headings: [])
    }
}
