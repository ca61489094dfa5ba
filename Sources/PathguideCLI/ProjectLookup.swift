import ArgumentParser
import PathguideBuild
import PathguideDiagnostics

/// The project a command runs in: `pathguide.yaml` found by walking up from the working folder.
/// A project file with errors stops the command with its report, in the command's format, and
/// exit status 1, before anything else is read.
enum ProjectLookup {
    static func current(format: ReportFormat = .text) throws -> Project {
        do {
            return try Project.find(from: WorkingDirectory.path)
        } catch let invalid as Project.Invalid {
            let terminal = Terminal.current
            terminal.out(invalid.report(format: format, color: terminal.isInteractive))
            terminal.err("pathguide: stopped: the project file has errors\n")
            throw ExitCode(1)
        }
    }
}
