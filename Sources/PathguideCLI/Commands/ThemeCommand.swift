import ArgumentParser
import PathguideBuild
import PathguideSite

/// `pathguide theme export DIR`
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "The built-in theme: templates, stylesheets and page words.",
        subcommands: [ExportCommand.self]
    )

    /// `pathguide theme export DIR`
    struct ExportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the built-in theme into a folder, as a starting point for templates of your own.",
            discussion: "Writes nothing when any of the theme's files is already there. A build reads such a folder as overrides: keep only the files you change."
        )

        @Argument(help: "The folder to write into (made when missing), such as templates.")
        var directory: String

        func run() throws {
            let written: [String]
            do {
                written = try Theme.export(to: WorkingDirectory.resolve(directory), named: directory)
            } catch {
                throw ToolFailure(message: error.message)
            }
            let folder = directory.hasSuffix("/") ? directory : directory + "/"
            Terminal.current.out(written.map { "wrote \(folder)\($0)\n" }.joined())
        }
    }
}
