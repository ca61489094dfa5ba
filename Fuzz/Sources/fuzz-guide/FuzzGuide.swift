import PathguideCheck
import PathguideCore
import PathguideDiagnostics
import PathguideLoader
import PathguideRender

/// libFuzzer's entry point: reads the bytes as a guide file the way `pathguide check` and
/// `pathguide build` do. The loader, every rule, every report format and, for a guide with no
/// errors, the Markdown renderer in each of its languages must finish on any input without
/// crashing; a guide that passes the check must also render, or `build` would fail on it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGuide(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    GuideRun.run(bytes)
    return 0
}

/// One guide file through the same steps as `GuideCheck` and the site build.
enum GuideRun {
    static let file = "guides/fuzz.yaml"
    static let loader = GuideLoader(keepsText: true)
    /// A fixed day, so that a run is reproducible whatever the clock says.
    static let checker = Checker(context: CheckContext(today: LocalDate(year: 2026, month: 12, day: 1)))
    static let rules = LoaderRule.allCases.map(\.description) + Checker.ruleDescriptions

    static func run(_ bytes: [UInt8]) {
        let loaded = loader.load(bytes: bytes, file: file)
        var engine = DiagnosticEngine()
        engine.emit(contentsOf: loaded.diagnostics)
        if let guide = loaded.guide {
            engine.emit(contentsOf: checker.check(guide))
        }
        report(engine.sorted, text: loaded.text ?? String(decoding: bytes, as: UTF8.self))
        if let guide = loaded.guide, engine.errorCount == 0 {
            render(guide)
        }
    }

    /// Every report format, the text one with and without colour, over the source lines the
    /// text format shows under each finding.
    static func report(_ diagnostics: [Diagnostic], text: String) {
        for useColor in [false, true] {
            let context = ReportContext(
                toolName: "pathguide", toolVersion: "0.0.0-fuzz", rules: rules, checkedFiles: [file],
                sourceLines: ReportContext.sourceLines(from: [file: text]), useColor: useColor)
            for format in ReportFormat.allCases where !useColor || format == .text {
                _ = format.formatter.format(diagnostics, context: context)
            }
        }
    }

    /// The full guide and the help sheet in each of the guide's languages, as the build does.
    static func render(_ guide: Guide) {
        let routes = GuideRoutes(guide: guide)
        for language in guide.languages {
            do {
                let renderer = try GuideRenderer(guide: guide, locale: language.value, routes: routes)
                _ = renderer.guide().markdown
                _ = renderer.sheet().markdown
            } catch {
                fatalError("a guide that passes the check does not render in '\(language.value)': \(error.message)")
            }
        }
    }
}
