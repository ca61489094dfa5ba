import ArgumentParser
import Foundation
import PathguideBuild

/// `pathguide init [DIR] [--ci]`
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a project: pathguide.yaml, guides/ with an example guide, the JSON Schemas, a .gitignore.",
        discussion: "Writes nothing when any of these files is already there."
    )

    @Argument(help: "The project folder (default: the current folder; made when missing).")
    var directory = "."

    @Flag(help: "Also write a GitHub Actions workflow that runs check, build and links.")
    var ci = false

    func run() throws {
        let path = WorkingDirectory.resolve(directory)
        let written = try ProjectStarter.write(ProjectStarter.files(ci: ci), into: path, display: directory)
        let terminal = Terminal.current
        let place = directory == "." ? "" : "\(directory)/"
        terminal.out(written.map { "wrote \(place)\($0)\n" }.joined())
        terminal.out("""
            next: \(directory == "." ? "" : "cd \(directory) && ")pathguide check, then pathguide build; \
            set base-url in pathguide.yaml to where the site will be served, \
            and start a guide of your own with pathguide new PLATFORM-ID

            """)
    }
}
