import Foundation
import PathguideCheck
import PathguideCore
import PathguideDiagnostics
import PathguideLoader
import PathguideSupport

/// One run of the checker over files and folders: load every guide, run every rule, collect
/// every diagnostic. Shared by `check` and `build`, which refuses to build on errors.
///
/// Guides are not kept: each is loaded, checked and handed to `each` by one job, then let go,
/// so memory stays flat however many guides there are. A file whose bytes are those of a record
/// from the last run (see `CheckRecords`) gets that record's findings without being parsed.
public struct GuideCheck {
    public var paths: [String]
    public var context: CheckContext
    /// The folder relative paths are read from.
    public var workspace: Workspace
    /// Source texts are reread for the few files with findings (see `Result.report`).
    public var loader = GuideLoader(keepsText: false)
    /// Independent files load and check in parallel; the default is one job per core.
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// What an earlier run found, by file and the hash of its bytes.
    var records = CheckRecords()

    public init(paths: [String], context: CheckContext, workspace: Workspace) {
        self.paths = paths
        self.context = context
        self.workspace = workspace
    }

    public struct Result {
        /// Every file checked, as the user named it.
        public var files: [String]
        public var engine: DiagnosticEngine
        /// Why the cache could not be saved (the run is fine, the next one slower).
        public var cacheWarning: String?
        /// What this run found in each file it could read, for the next run.
        var records: [CheckRecord] = []

        /// The lines the findings point at, by file and line number, taken from the very bytes
        /// that were checked: a report never reads a file again, so it can only quote a guide.
        var sourceLines: [String: [Int: String]] = [:]

        /// The report in `format`; with `strict`, warnings count as failures in it, as in the exit status.
        public func report(format: ReportFormat, color: Bool, strict: Bool = false) -> String {
            let lines = sourceLines
            let reportContext = ReportContext(
                toolName: "pathguide",
                toolVersion: PathguideVersion.current,
                rules: GuideCheck.allRules,
                checkedFiles: files,
                sourceLines: { file, line in lines[file]?[line] },
                useColor: color,
                strict: strict
            )
            return format.formatter.format(engine.sorted, context: reportContext)
        }
    }

    /// The lines of `bytes` that `diagnostics` point at (notes included), for the report.
    /// Source texts are not kept (10,000 guides' worth would be most of the memory): only the
    /// few lines quoted.
    static func quotedLines(_ diagnostics: [Diagnostic], file: String, bytes: [UInt8]) -> [Int: String] {
        let wanted = Set(diagnostics.flatMap { diagnostic in
            ([diagnostic.location] + diagnostic.notes.map(\.location)).compactMap { location in
                location.flatMap { $0.file == file ? $0.line : nil }
            }
        })
        guard !wanted.isEmpty, let text = String(validating: bytes, as: UTF8.self) else { return [:] }
        let lookup = ReportContext.sourceLines(from: [file: text])
        var lines: [Int: String] = [:]
        for line in wanted {
            lines[line] = lookup(file, line)
        }
        return lines
    }

    /// Every rule id the checker can report, loader problems included.
    static var allRules: [RuleDescription] {
        LoaderRule.allCases.map(\.description) + Checker.ruleDescriptions
    }

    /// Checks every guide. With a cache folder, a guide whose bytes match a record of an earlier
    /// run is not parsed again, and this run's records are saved for the next; a problem saving
    /// them comes back as `Result.cacheWarning`.
    public func run(cache: CacheFolder? = nil) throws(ToolFailure) -> Result {
        var check = self
        // The fingerprint hashes this executable: only worth it when there is a cache.
        let fingerprint = cache.map { _ in CheckRecords.fingerprint(context) } ?? 0
        if let cache {
            check.records = CheckRecords.load(from: cache, fingerprint: fingerprint)
        }
        // Nothing to make from a guide: every value "reused", so no guide is loaded only for `each`.
        var result = try check.run(reuse: { _ in () }, each: { _, _ in () }).result
        if let cache {
            result.cacheWarning = result.saveRecords(to: cache, fingerprint: fingerprint, previous: check.records)
        }
        return result
    }

    /// A guide file as this run read it.
    struct Source: Sendable {
        /// The file as the user named it.
        var file: String
        /// The hash of its bytes, by which records of earlier runs are matched; nil when the file
        /// was not read as plain bytes (not a regular file, too large), so nothing is remembered.
        var contentHash: UInt64?
    }

    /// Checks every guide, and hands each one with no errors of its own to `each` in the same
    /// job; the values it returns come back in file order. A guide whose bytes match a record
    /// in `records` is not loaded or checked again, and `reuse` may supply its value without
    /// loading it at all.
    func run<Value: Sendable>(
        reuse: @escaping @Sendable (Source) -> Value? = { _ in nil },
        each: @escaping @Sendable (Guide, Source) -> Value
    ) throws(ToolFailure) -> (result: Result, values: [Value]) {
        let (result, values, _) = try run(reuse: reuse, each: each, since: nil)
        return (result, values)
    }

    /// What a run found in each file, kept by a caller that runs again and again (`serve`), so
    /// that the next run reads only the files that changed since (see `run(…since:)`).
    struct Memory<Value: Sendable>: Sendable {
        /// The guide files, in the order `GuideFiles.collect` gives them.
        var files: [GuideFiles.File]
        /// What each file's job found and made, by the file's display path.
        var perFile: [String: PerFile<Value>]
    }

    /// As `run(reuse:each:)`; with `memory` (and the absolute paths of the files `changed`
    /// since it was made), neither the folders are walked nor any file read but the changed ones:
    /// every other file's findings and value are the remembered ones. Changed paths must all be
    /// inside the one guides folder (see `GuideFiles.updating`). Returns this run's memory.
    func run<Value: Sendable>(
        reuse: @escaping @Sendable (Source) -> Value? = { _ in nil },
        each: @escaping @Sendable (Guide, Source) -> Value,
        since memory: Memory<Value>?, changed: Set<String> = []
    ) throws(ToolFailure) -> (result: Result, values: [Value], memory: Memory<Value>) {
        let files: [GuideFiles.File]
        if let memory {
            files = GuideFiles.updating(memory.files, changed: changed)
        } else {
            files = try GuideFiles.collect(paths, in: workspace)
        }
        let remembered = memory?.perFile ?? [:]
        let loader = self.loader
        let checker = Checker(context: context)
        let records = self.records
        let perFile = files.parallelMap(jobs: jobs) { file -> PerFile<Value> in
            if !changed.contains(file.path), let known = remembered[file.display] { return known }
            let bytes: [UInt8]
            switch loader.read(file.path, displayPath: file.display, within: file.root, rootDisplay: file.rootDisplay) {
            case let .success(read): bytes = read
            case let .failure(refused): return PerFile(diagnostics: refused.diagnostics)
            }
            let contentHash = XXH64.hash(bytes)
            let source = Source(file: file.display, contentHash: contentHash)
            var guide: Guide?
            let record: CheckRecord
            if let known = records.record(for: source.file, contentHash: contentHash) {
                record = known
            } else {
                let loaded = loader.load(bytes: bytes, file: file.display)
                guide = loaded.guide
                record = CheckRecord(file: file.display, contentHash: contentHash,
                                     diagnostics: loaded.diagnostics + (loaded.guide.map(checker.check) ?? []),
                                     platformID: loaded.guide?.platform.id)
            }
            var result = PerFile<Value>(record: record, diagnostics: record.diagnostics, platform: record.platformOnly)
            result.lines = Self.quotedLines(record.diagnostics, file: file.display, bytes: bytes)
            guard record.platformID != nil, !record.diagnostics.contains(where: { $0.severity == .error }) else {
                return result
            }
            if let value = reuse(source) {
                result.value = value
            } else if let loaded = guide ?? loader.load(bytes: bytes, file: file.display).guide {
                result.value = each(loaded, source)
            }
            return result
        }
        var engine = DiagnosticEngine()
        for file in perFile {
            engine.emit(contentsOf: file.diagnostics)
        }
        engine.emit(contentsOf: GuideLoader.duplicatePlatformIDs(perFile.compactMap(\.platform)))
        var result = Result(files: files.map(\.display), engine: engine, records: perFile.compactMap(\.record))
        for (file, entry) in zip(files, perFile) where !entry.lines.isEmpty {
            result.sourceLines[file.display] = entry.lines
        }
        var kept: [String: PerFile<Value>] = [:]
        for (file, entry) in zip(files, perFile) { kept[file.display] = entry }
        return (result, perFile.compactMap(\.value), Memory(files: files, perFile: kept))
    }

    /// What one file's job found.
    struct PerFile<Value: Sendable>: Sendable {
        var record: CheckRecord?
        var diagnostics: [Diagnostic]
        /// Only the platform is kept, for the check of ids across guides.
        var platform: Guide?
        var value: Value?
        var lines: [Int: String] = [:]
    }
}
