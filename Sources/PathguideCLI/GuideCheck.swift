import Foundation
import PathguideCheck
import PathguideCore
import PathguideDiagnostics
import PathguideLoader

/// One run of the checker over files and folders: load every guide, run every rule, collect
/// every diagnostic. Shared by `check` and `build`, which refuses to build on errors.
///
/// Guides are not kept: each is loaded, checked and handed to `each` by one job, then let go,
/// so memory stays flat however many guides there are. A file whose bytes are those of a record
/// from the last run (see `CheckRecords`) gets that record's findings without being parsed.
struct GuideCheck {
    var paths: [String]
    var context: CheckContext
    /// Source texts are reread for the few files with findings (see `Result.report`).
    var loader = GuideLoader(keepsText: false)
    /// Independent files load and check in parallel; the default is one job per core.
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// What an earlier run found, by file and the hash of its bytes.
    var records = CheckRecords()

    struct Result {
        var files: [String]
        var engine: DiagnosticEngine
        /// What this run found in each file it could read, for the next run.
        var records: [CheckRecord] = []

        func report(format: ReportFormat, color: Bool) -> String {
            // Source texts are not kept (10,000 guides' worth would be most of the memory), so
            // the few files with findings are read again for their lines.
            let reported = Set(engine.diagnostics.compactMap { $0.location?.file })
            var contents: [String: String] = [:]
            for file in reported {
                contents[file] = try? String(contentsOfFile: WorkingDirectory.resolve(file), encoding: .utf8)
            }
            let reportContext = ReportContext(
                toolName: "pathguide",
                toolVersion: Pathguide.version,
                rules: GuideCheck.allRules,
                checkedFiles: files,
                sourceLines: ReportContext.sourceLines(from: contents),
                useColor: color
            )
            return format.formatter.format(engine.sorted, context: reportContext)
        }
    }

    /// Every rule id the checker can report, loader problems included.
    static var allRules: [RuleDescription] {
        LoaderRule.allCases.map(\.description) + Checker.ruleDescriptions
    }

    func run() throws(ToolFailure) -> Result {
        // Nothing to make from a guide: every value "reused", so no guide is loaded only for `each`.
        try run(reuse: { _ in () }, each: { _, _ in () }).result
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
        let files = try GuideFiles.collect(paths)
        let loader = self.loader
        let checker = Checker(context: context)
        let records = self.records
        // Resolved here: the working folder is task-local, and the jobs run on other threads.
        let located = files.map { (display: $0, path: WorkingDirectory.resolve($0)) }
        let perFile = located.parallelMap(jobs: jobs) { file -> (record: CheckRecord?, diagnostics: [Diagnostic], platform: Guide?, value: Value?) in
            guard let bytes = FileBytes.read(file.path, limit: loader.limits.maxBytes) else {
                // Unreadable, too large or not a plain file: the loader says which, every time.
                let loaded = loader.load(contentsOf: file.path, displayPath: file.display)
                guard let guide = loaded.guide else { return (nil, loaded.diagnostics, nil, nil) }
                let diagnostics = loaded.diagnostics + checker.check(guide)
                let source = Source(file: file.display, contentHash: nil)
                let value = diagnostics.contains { $0.severity == .error } ? nil : reuse(source) ?? each(guide, source)
                return (nil, diagnostics, Self.platformOnly(guide), value)
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
            guard record.platformID != nil, !record.diagnostics.contains(where: { $0.severity == .error }) else {
                return (record, record.diagnostics, record.platformOnly, nil)
            }
            if let value = reuse(source) {
                return (record, record.diagnostics, record.platformOnly, value)
            }
            guard let loaded = guide ?? loader.load(bytes: bytes, file: file.display).guide else {
                return (record, record.diagnostics, record.platformOnly, nil)
            }
            return (record, record.diagnostics, record.platformOnly, each(loaded, source))
        }
        var engine = DiagnosticEngine()
        for file in perFile {
            engine.emit(contentsOf: file.diagnostics)
        }
        engine.emit(contentsOf: GuideLoader.duplicatePlatformIDs(perFile.compactMap(\.platform)))
        let result = Result(files: files, engine: engine, records: perFile.compactMap(\.record))
        return (result, perFile.compactMap(\.value))
    }

    /// Only the platform is kept, for the check of ids across guides.
    private static func platformOnly(_ guide: Guide) -> Guide {
        Guide(file: guide.file, languages: [], platform: guide.platform)
    }
}
