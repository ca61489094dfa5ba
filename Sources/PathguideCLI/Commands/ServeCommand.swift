import ArgumentParser
import Foundation
import PathguideBuild
import PathguideDiagnostics
import PathguideServe

/// `pathguide serve [--bind ADDR] [--port N]` and the options of `build`.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it on this computer, and rebuild and reload pages as the guides change.",
        discussion: """
            Builds exactly as `build` does, then serves output/site/ and watches the guides, the \
            templates and the project file. After a change, only the changed guides are redone and \
            open pages reload; while the guides have errors, the last good pages stay served and \
            show the errors over them. Ctrl-C stops it.
            """
    )

    @Option(help: "The address to listen on (an IPv4 or IPv6 address).")
    var bind = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port = 1313

    @OptionGroup var site: SiteBuildOptions

    func validate() throws {
        guard (0...65_535).contains(port) else {
            throw ValidationError("--port must be from 0 to 65535")
        }
        guard PreviewServer.canBind(bind) else {
            throw ValidationError("--bind must be an IPv4 or IPv6 address such as 127.0.0.1 or ::1, not '\(bind)'")
        }
    }

    func run() async throws {
        let project = try ProjectLookup.current()
        let prepared = try site.prepare(in: project)
        let terminal = Terminal.current
        // Caught from the first build on: Ctrl-C then stops it before the output changes (or
        // once a switch already under way is finished), and the command exits with 130.
        let stop = StopSignal()
        defer { stop.release() }
        var build = prepared.build
        build.isStopped = { stop.hasStopped }
        // Used by one build at a time: the first here, then each rebuild in turn, never two at once.
        nonisolated(unsafe) let building = build
        let memory = SiteBuild.Memory()
        let output = prepared.output.display
        let firstErrors: [BuildStatus.Problem]
        do throws(ToolFailure) {
            firstErrors = try Self.build(building, memory: memory, changed: nil, output: output, terminal: terminal)
        } catch {
            if error == ToolFailure.stopped { throw ExitCode(130) }
            throw error
        }
        if stop.hasStopped { throw ExitCode(130) }

        var watched = [prepared.guides.absolute]
        if let templates = prepared.templates { watched.append(templates) }
        if let file = project.file { watched.append(WorkingDirectory.resolve(file)) }
        let server = PreviewServer(site: SiteFiles(root: prepared.output.absolute + "/site"), bind: bind,
                                   port: UInt16(port), watcher: ChangeWatcher(paths: watched, ignoring: [prepared.output.absolute]))
        let name = URL(fileURLWithPath: project.workspace.folder).lastPathComponent
        let host = bind.contains(":") ? "[\(bind)]" : bind
        do {
            try await server.run(
                errors: firstErrors,
                listening: { port in terminal.out("serving \(name) at http://\(host):\(port)/ (Ctrl-C to stop)\n") },
                notice: { message in terminal.err("pathguide: note: \(message)\n") },
                rebuild: { changes in Self.rebuild(building, memory: memory, changes: changes, output: output, terminal: terminal) },
                until: { await stop.wait() })
        } catch let failure as PreviewServer.Failure {
            throw ToolFailure(message: failure.message)
        } catch {
            throw ToolFailure(message: "could not serve on \(host):\(port): \(error.localizedDescription)")
        }
        terminal.out("stopped\n")
    }

    /// A build after `changes`, with any failure that is not the guides' said on the terminal
    /// and over the pages alike (the output folder is busy, a template went missing).
    static func rebuild(_ build: SiteBuild, memory: SiteBuild.Memory, changes: ChangeSet, output: String,
                        terminal: Terminal) -> [BuildStatus.Problem] {
        let changed: Set<String>? = changes.everything ? nil : changes.files
        let failure: ToolFailure
        do throws(ToolFailure) {
            return try Self.build(build, memory: memory, changed: changed, output: output, terminal: terminal)
        } catch {
            failure = error
        }
        // The server is stopping: the output is as the last build left it.
        if failure == ToolFailure.stopped { return [] }
        terminal.err("pathguide: error: \(failure.message)\n")
        return [BuildStatus.Problem(file: "", line: 0, column: 0, message: failure.message)]
    }

    /// Builds once, reporting on the terminal as `build` does, and returns the errors that
    /// stopped the build (none when it wrote the site).
    /// Only the guides `changed` (absolute paths; nil when anything may have) are redone: the
    /// rest is as `memory` has it from the last build.
    static func build(_ build: SiteBuild, memory: SiteBuild.Memory, changed: Set<String>?, output: String,
                      terminal: Terminal) throws(ToolFailure) -> [BuildStatus.Problem] {
        let outcome = try build.run(remembering: memory, changed: changed)
        for warning in outcome.warnings {
            terminal.err("pathguide: warning: \(warning)\n")
        }
        guard let summary = outcome.summary else {
            terminal.out(outcome.check.report(format: .text, color: terminal.isInteractive))
            terminal.err("pathguide: build stopped: the guides have errors; the last good pages are still served\n")
            return outcome.check.engine.sorted.filter { $0.severity == .error }.map { diagnostic in
                BuildStatus.Problem(file: diagnostic.location?.file ?? "", line: diagnostic.location?.line ?? 0,
                                    column: diagnostic.location?.column ?? 0, message: diagnostic.message)
            }
        }
        if outcome.check.engine.warningCount > 0 {
            terminal.out(outcome.check.report(format: .text, color: terminal.isInteractive))
        }
        terminal.out("wrote \(output)/: \(outcome.fileCount) files, \(summary.written) changed, \(summary.removed) removed\n")
        return []
    }
}
