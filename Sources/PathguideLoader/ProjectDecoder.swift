import PathguideCore
import PathguideDiagnostics
import PathguideYAML

/// Turns `pathguide.yaml`'s node tree into `ProjectSettings`, reporting every problem it meets
/// as the guide decoder does: unknown keys with a suggestion, wrong types, values out of range.
struct ProjectDecoder {
    let context: DecodeContext

    func settings(_ root: Int) -> ProjectSettings? {
        guard var top = MappingReader(root, what: "the project file", context: context) else { return nil }
        var settings = ProjectSettings(file: context.file)
        settings.title = top.text("title")
        settings.description = top.text("description")
        settings.baseURL = top.string("base-url")
        if let url = settings.baseURL, !ProjectSettings.isValidBaseURL(url.value) {
            context.report(.invalidValue, at: url.location, "'base-url' must be an http or https address such as https://help.example.org/, not '\(url.value)'")
            settings.baseURL = nil
        }
        settings.languages = top.strings("languages")
        settings.guides = top.string("guides")
        settings.output = top.string("output")
        settings.templates = top.string("templates")
        settings.maxAge = top.optional("max-age").flatMap { count($0, for: "'max-age'") }
        settings.links = top.optional("links").flatMap(links)
        top.finish()
        return settings
    }

    private func links(_ node: Int) -> ProjectSettings.LinkSettings? {
        guard var map = MappingReader(node, what: "'links'", context: context) else { return nil }
        let settings = ProjectSettings.LinkSettings(
            exclude: map.strings("exclude"),
            accept: map.string("accept"),
            timeout: map.optional("timeout").flatMap { count($0, for: "'timeout'", minimum: 1) },
            cache: map.string("cache"),
            cacheTTL: map.optional("cache-ttl").flatMap { count($0, for: "'cache-ttl'") }
        )
        map.finish()
        return settings
    }

    /// A whole number of at least `minimum`.
    private func count(_ node: Int, for what: String, minimum: Int = 0) -> Located<Int>? {
        guard let value = context.int(node, for: what) else { return nil }
        guard value.value >= minimum else {
            context.report(.invalidValue, at: node, "\(what) must be \(minimum) or more, not \(value.value)")
            return nil
        }
        return value
    }
}

/// `pathguide.yaml` after loading: the settings if they could be read, and every problem.
public struct LoadedProject: Sendable {
    public var settings: ProjectSettings?
    public var diagnostics: [Diagnostic]
}

extension GuideLoader {
    /// The name of the project file, found by walking up from the current folder.
    public static let projectFileName = "pathguide.yaml"

    /// Loads a project file from its bytes, with the same parser, limits and messages as guides.
    public func loadProject(bytes: [UInt8], file: String) -> LoadedProject {
        switch Self.document(bytes, file: file, limits: limits, what: "the project file",
                             needs: "", allowingEmpty: true) {
        case let .success((context, root?)):
            let settings = ProjectDecoder(context: context).settings(root)
            return LoadedProject(settings: settings, diagnostics: context.diagnostics)
        case .success((_, nil)):
            // An empty project file: every setting at its default.
            return LoadedProject(settings: ProjectSettings(file: file), diagnostics: [])
        case let .failure(stopped):
            return LoadedProject(settings: nil, diagnostics: stopped.diagnostics)
        }
    }
}
