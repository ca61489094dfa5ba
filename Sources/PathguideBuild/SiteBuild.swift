import Foundation
import PathguideCheck
import PathguideCore
import PathguideMap
import PathguideRender
import PathguideSite

/// A build: check every guide, run the per-guide output steps (`BuildSteps`) in each guide's
/// job, then the site-wide steps, and switch the output folder to the result. A failure says
/// which step failed ("render the site: …").
public struct SiteBuild {
    public var guides: String
    /// A folder whose files replace the built-in theme's; nil for the built-in theme alone.
    public var templates: String?
    /// Page words that replace the theme's (`siteTitle`, `siteDescription`), by language.
    public var siteWords: [String: [String: String]] = [:]
    public var output: String
    public var baseURL: String
    public var context: CheckContext
    public var jobs: Int
    /// The folder relative paths are read from.
    public var workspace: Workspace
    /// Where to remember each guide's findings and files, so the next build redoes only the
    /// guides that changed; nil to check and render everything.
    public var cache: CacheFolder?
    /// The outputs, given the site builder made from the templates: `BuildSteps.standard` unless
    /// a caller adds its own.
    public var steps: @Sendable (SiteBuilder) -> BuildSteps = BuildSteps.standard
    /// The languages to build; nil for every language a guide is written in.
    public var languages: Set<String>?
    /// Asked in each guide's job and before the output changes: true stops the build with
    /// `ToolFailure.stopped`, leaving the output as it was. Once the switch to the new output
    /// has begun it is finished, so the output is never left half-written.
    public var isStopped: @Sendable () -> Bool = { false }

    public init(guides: String, templates: String?, output: String, baseURL: String, context: CheckContext, jobs: Int,
                workspace: Workspace, cache: CacheFolder?) {
        self.guides = guides
        self.templates = templates
        self.output = output
        self.baseURL = baseURL
        self.context = context
        self.jobs = jobs
        self.workspace = workspace
        self.cache = cache
    }

    /// What a finished build reports.
    public struct Outcome {
        public var check: GuideCheck.Result
        /// Nil when the guides had errors and nothing was written.
        public var summary: OutputWriter.Summary?
        public var fileCount: Int
        /// Problems saving the cache: the build is fine, the next one slower.
        public var warnings: [String] = []
    }

    /// What a preview server keeps between its builds: what the last build that wrote the
    /// output found and made for each guide, and the files changed since that build.
    public final class Memory: @unchecked Sendable {
        var guides: GuideCheck.Memory<Swift.Result<RenderedGuide, ToolFailure>>?
        /// Files changed since the last build that wrote the output (later builds failed).
        var pending: Set<String> = []

        public init() {}
    }

    /// Runs every step. Returns without changing the output when the check found errors.
    ///
    /// One pass: each guide's job loads, checks and renders it and stages its files, so no more
    /// than a few guides are in memory at once. Only the titles the index pages need are kept.
    /// Any error drops the staging folder, leaving the previous output as it was.
    ///
    /// With `memory`, the build remembers what it found and made; told which files `changed`
    /// since (absolute paths; nil for "anything may have"), the next build reads, checks and
    /// renders only those guides, reuses every other guide's findings and files as remembered
    /// (its files are neither read nor stat'ed), and makes the site-wide pages again: the same
    /// output as a full build. The memory trusts that nothing else writes the guides' files in
    /// the output folder. A change outside the guides folder (templates, the project file)
    /// means a full build.
    public func run(remembering memory: Memory? = nil, changed: Set<String>? = nil) throws(ToolFailure) -> Outcome {
        var since: GuideCheck.Memory<Swift.Result<RenderedGuide, ToolFailure>>?
        var dirty: Set<String> = []
        if let memory, let known = memory.guides, let changed {
            let all = changed.union(memory.pending)
            let folder = workspace.resolve(guides)
            if known.files.first.map({ $0.root == folder }) == true, all.allSatisfy({ GuideFiles.contains($0, folderOf: known.files) }) {
                since = known
                dirty = all
            }
        }
        // The output stays as the last good build left it: the changes wait for the next build
        // (a full build's are not known file by file, so that one is full too).
        let keepWaiting = {
            if since != nil { memory?.pending = dirty } else { memory?.guides = nil }
        }
        do {
            let outcome = try run(since: since, dirty: dirty, memory: memory)
            if outcome.summary == nil { keepWaiting() }
            return outcome
        } catch let failure where failure == .outputMoved {
            // A guide's file in the output is not where the memory has it: build everything.
            memory?.guides = nil
            return try run(since: nil, dirty: [], memory: memory)
        } catch {
            keepWaiting()
            throw error
        }
    }

    private func run(since: GuideCheck.Memory<Swift.Result<RenderedGuide, ToolFailure>>?, dirty: Set<String>,
                     memory: Memory?) throws(ToolFailure) -> Outcome {
        // A build from memory neither reads nor saves the cache: the memory is newer.
        let cache = since == nil ? self.cache : nil
        let writer = try OutputWriter(output: output, inputs: [guides] + (templates.map { [$0] } ?? []), workspace: workspace)
        let templates = try performing("read templates") {
            try SiteTemplates(overrides: self.templates.map(workspace.resolve), named: self.templates, siteWords: siteWords)
        }
        let steps = self.steps(SiteBuilder(templates: templates, baseURL: baseURL))
        var check = GuideCheck(paths: [guides], context: context, workspace: workspace)
        check.jobs = jobs
        var previous = RenderRecords()
        // Fingerprints hash this executable and the templates: only worth it when there is a cache.
        var checkFingerprint: UInt64 = 0
        var renderFingerprint: UInt64 = 0
        if let cache {
            checkFingerprint = CheckRecords.fingerprint(context)
            renderFingerprint = RenderRecords.fingerprint(theme: templates.effectiveFiles, baseURL: baseURL)
            check.records = CheckRecords.load(from: cache, fingerprint: checkFingerprint)
            previous = RenderRecords.load(from: cache, output: writer.root, fingerprint: renderFingerprint)
        }
        let session = try writer.begin()
        let checked: GuideCheck.Result
        let rendered: [Swift.Result<RenderedGuide, ToolFailure>]
        let remembered: GuideCheck.Memory<Swift.Result<RenderedGuide, ToolFailure>>
        do throws(ToolFailure) {
            let languages = self.languages
            let isStopped = self.isStopped
            (checked, rendered, remembered) = try check.run(reuse: { [previous] source in
                // Unchanged since the last build, and its files untouched: nothing to redo.
                guard let contentHash = source.contentHash, let record = previous.record(for: source.file, contentHash: contentHash),
                      session.keep(record.outputs) else { return nil }
                return .success(RenderedGuide(source: source, platform: record.platform, paths: record.outputs.map(\.path), stamps: record.outputs))
            }, each: { guide, source -> Swift.Result<RenderedGuide, ToolFailure> in
                if isStopped() { return .failure(.stopped) }
                return Self.render(guide, source: source, languages: languages, steps: steps, into: session)
            }, since: since, changed: dirty)
            // The guides remembered as they were: their files stay as the last build left them.
            if since != nil {
                for file in remembered.files where !dirty.contains(file.path) {
                    guard case .success(let guide)? = remembered.perFile[file.display]?.value else { continue }
                    guard session.adopt(guide.paths) else { throw ToolFailure.outputMoved }
                }
            }
            if isStopped() { throw ToolFailure.stopped }
        } catch {
            session.abort()
            throw error
        }
        var warnings: [String] = []
        if let cache, let warning = checked.saveRecords(to: cache, fingerprint: checkFingerprint, previous: check.records) {
            warnings.append(warning)
        }
        guard checked.engine.errorCount == 0 else {
            session.abort()
            return Outcome(check: checked, summary: nil, fileCount: 0, warnings: warnings)
        }
        do throws(ToolFailure) {
            let guides = try rendered.map { result throws(ToolFailure) in try result.get() }
            if isStopped() { throw ToolFailure.stopped }
            let platforms = guides.map(\.platform)
            for platform in platforms {
                for locale in platform.documents.keys.sorted() {
                    guard let omitted = platform.documents[locale]?.sheet.omissions, !omitted.isEmpty else { continue }
                    let named = omitted.count > 4 ? omitted.prefix(3).joined(separator: ", ") + " and \(omitted.count - 3) more"
                        : omitted.joined(separator: ", ")
                    warnings.append("\(platform.guide.file): the \(locale) sheet leaves out \(named) to fit on one A4 page; the full guide has them")
                }
            }
            for step in steps.siteSteps {
                for file in try performing(step.name, { try step.files(for: platforms) }) {
                    try session.stage(file.path, file.bytes)
                }
            }
            let count = session.count
            SwitchPause.beforeSwitch(until: isStopped)
            if isStopped() { throw ToolFailure.stopped }
            let summary = try session.commit()
            memory?.guides = remembered
            memory?.pending = []
            // Saved unless every guide was kept as the last build left it.
            let allKept = guides.count == previous.byFile.count && guides.allSatisfy { $0.stamps != nil }
            if let cache, !allKept {
                let records = RenderRecords(guides.compactMap { $0.record(in: session) })
                if let warning = records.save(to: cache, output: writer.root, fingerprint: renderFingerprint) {
                    warnings.append(warning)
                }
            }
            return Outcome(check: checked, summary: summary, fileCount: count, warnings: warnings)
        } catch {
            session.abort()
            throw error
        }
    }

    /// What rendering one guide made, or what an earlier build made that is still in place.
    struct RenderedGuide: Sendable {
        /// The guide file, as this build read it.
        var source: GuideCheck.Source
        /// The guide with its documents' bodies dropped: all the index pages need.
        var platform: SitePlatform
        /// Its files, relative to the output folder.
        var paths: [String]
        /// Their stamps when they were kept from an earlier build; nil when just rendered.
        var stamps: [OutputStamp]?

        /// The record for the next build, with the files' stamps as they are now in place.
        /// Nil when the guide was not read as plain bytes, or a file of it is missing.
        func record(in session: OutputSession) -> RenderRecord? {
            guard let contentHash = source.contentHash else { return nil }
            if let stamps {
                return RenderRecord(file: source.file, contentHash: contentHash, platform: platform, outputs: stamps)
            }
            var outputs: [OutputStamp] = []
            for path in paths {
                guard let stamp = session.stamp(path) else { return nil }
                outputs.append(stamp)
            }
            return RenderRecord(file: source.file, contentHash: contentHash, platform: platform, outputs: outputs)
        }
    }

    /// One guide's documents rendered in each language, then every per-guide step's files,
    /// staged; what comes back is the guide with its documents' bodies dropped, which is all
    /// the site steps need.
    private static func render(_ guide: Guide, source: GuideCheck.Source, languages: Set<String>?, steps: BuildSteps, into session: OutputSession) -> Swift.Result<RenderedGuide, ToolFailure> {
        do throws(ToolFailure) {
            var maps: [String: GuideMap] = [:]
            var platform = try performing("render Markdown") { () throws -> SitePlatform in
                var documents: [String: SitePlatform.Documents] = [:]
                let routes = GuideRoutes(guide: guide)
                for language in guide.languages where languages?.contains(language.value) ?? true {
                    do throws(RenderError) {
                        let renderer = try GuideRenderer(guide: guide, locale: language.value, routes: routes)
                        let document = renderer.guide()
                        documents[language.value] = SitePlatform.Documents(guide: document, sheet: renderer.sheet())
                        maps[language.value] = renderer.map(linkingTo: document)
                    } catch {
                        throw ToolFailure(message: "\(language.location): \(error.message)")
                    }
                }
                return SitePlatform(guide: guide, documents: documents, summary: GuideSummary(guide: guide, routes: routes))
            }
            // Drawn once per language, for the pages and the files beside the Markdown.
            let drawings = try performing("draw the map") {
                try maps.mapValues { map throws(MapError) in try MapDrawing(map, fontFamily: MapDrawing.fontFamily(for: map.locale)) }
            }
            for (locale, drawing) in drawings { platform.documents[locale]?.map = drawing.inline }
            let rendered = RenderedGuideDocuments(guide: guide, platform: platform, maps: drawings)
            var paths: [String] = []
            for step in steps.guideSteps {
                for file in try performing(step.name, { try step.files(for: rendered) }) {
                    try session.stage(file.path, file.bytes)
                    paths.append(file.path)
                }
            }
            let summaries = platform.documents.mapValues { documents in
                SitePlatform.Documents(guide: documents.guide.withoutBody, sheet: documents.sheet.withoutBody)
            }
            let light = Guide(file: guide.file, languages: guide.languages, platform: guide.platform)
            return .success(RenderedGuide(source: source, platform: SitePlatform(guide: light, documents: summaries, summary: platform.summary), paths: paths))
        } catch {
            return .failure(error)
        }
    }
}

extension RenderedDocument {
    /// The document without its text: the title, description and date stay.
    var withoutBody: RenderedDocument {
        RenderedDocument(platform: platform, locale: locale, title: title, description: description,
                         lastVerified: lastVerified, translationKey: translationKey, frontMatter: "", body: "", headings: [],
                         omissions: omissions)
    }
}
