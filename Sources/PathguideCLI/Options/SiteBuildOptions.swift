import ArgumentParser
import Foundation
import PathguideBuild
import PathguideCheck
import PathguideCore
import PathguideLoader

/// The options of a site build, shared by `build` and `serve`, and the one place that turns
/// them and the project file into a `SiteBuild`.
struct SiteBuildOptions: ParsableArguments {
    @Option(help: "The folder of guides (default: the project's, else guides/).")
    var guides: String?

    @Option(help: "A folder of templates (Mustache pages, CSS, page strings) that replace the built-in theme's, file by file (default: the project's, else templates/ when it exists).")
    var templates: String?

    @Option(help: "Where to write markdown/ and site/ (default: the project's, else output/).")
    var output: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp(
        "The address the site is served from, for canonical links and the sheets' QR codes.",
        discussion: "Default: the project's base-url, else \(BuildCommand.localBaseURL) (a warning: the QR codes then point at this computer)."))
    var baseURL: String?

    @Option(help: "Guides rendered at once (default: the number of cores).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var dates: DateOptions

    @OptionGroup var cache: CacheOptions

    func validate() throws {
        if let baseURL, !ProjectSettings.isValidBaseURL(baseURL) {
            throw ValidationError("--base-url must be an http or https address such as https://help.example.org/, not '\(baseURL)'")
        }
        if jobs < 1 {
            throw ValidationError("--jobs must be at least 1")
        }
    }

    /// A build set up from the flags, then the project file, then the defaults, with the
    /// folders it reads and writes (absolute paths for watching and serving them).
    struct Prepared {
        var build: SiteBuild
        var guides: (display: String, absolute: String)
        /// Nil when the built-in theme is used.
        var templates: String?
        var output: (display: String, absolute: String)
    }

    /// Sets up the build in `project`, warning on the terminal when the base URL is the local one.
    func prepare(in project: Project) throws -> Prepared {
        let settings = project.settings
        let here = WorkingDirectory.path
        let guides = project.path(flag: self.guides, setting: settings.guides, default: "guides", from: here)
        // A templates folder overrides the built-in theme: the one named, else templates/ when it exists.
        var templates: String? = project.path(flag: self.templates, setting: settings.templates, default: "templates", from: here).display
        if self.templates == nil, settings.templates == nil, let folder = templates,
           !FileManager.default.fileExists(atPath: WorkingDirectory.resolve(folder)) {
            templates = nil
        }
        let output = project.path(flag: self.output, setting: settings.output, default: "output", from: here)
        let baseURL = self.baseURL ?? settings.baseURL?.value ?? BuildCommand.localBaseURL
        if baseURL == BuildCommand.localBaseURL {
            Terminal.current.err("pathguide: warning: the base URL is \(BuildCommand.localBaseURL), so the printed sheets' QR codes point at this computer; set base-url in \(project.file ?? GuideLoader.projectFileName) or pass --base-url\n")
        }
        var build = SiteBuild(guides: guides.display, templates: templates, output: output.display,
                              baseURL: baseURL.hasSuffix("/") ? baseURL : baseURL + "/",
                              context: try dates.context(in: project), jobs: jobs,
                              workspace: WorkingDirectory.workspace, cache: cache.folder(in: project))
        build.languages = settings.languages.isEmpty ? nil : Set(settings.languages.map(\.value))
        build.siteWords = BuildCommand.siteWords(title: settings.title, description: settings.description)
        return Prepared(build: build, guides: guides, templates: templates.map(WorkingDirectory.resolve), output: output)
    }
}
