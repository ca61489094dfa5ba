import ArgumentParser
import Foundation
import PathguideBuild

/// The result of running the command line in-process: what it printed and its exit status.
public struct CommandResult: Sendable {
    public var stdout: String
    public var stderr: String
    public var status: Int32
}

/// The `pathguide` command line. The executable is `Pathguide.main()`; tests call `run(_:)`.
///
/// Exit status: 0 clean, 1 problems found, 2 the tool could not run (bad arguments, a path that
/// does not exist). ArgumentParser's own usage errors (64) are folded into 2.
public enum Pathguide {
    public static let version = PathguideVersion.current

    /// The process entry point. The main thread waits while the command runs as a task: it is
    /// not one of the threads Swift concurrency shares, so waiting there blocks nothing, and the
    /// process stays an ordinary one (valgrind's callgrind cannot follow an async `main`).
    public static func main() -> Never {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let finished = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var status: Int32 = 0
        Task.detached {
            status = await execute(arguments)
            finished.signal()
        }
        finished.wait()
        exit(status)
    }

    /// Runs the command line with `arguments` in this process, capturing its output. Relative
    /// paths are read from `workingDirectory` (default: the process's current folder).
    public static func run(_ arguments: [String], workingDirectory: URL? = nil) async -> CommandResult {
        let terminal = Terminal(capture: true)
        let status = await Terminal.$current.withValue(terminal) {
            await WorkingDirectory.$current.withValue(workingDirectory) { await execute(arguments) }
        }
        let (out, err) = terminal.captured
        return CommandResult(stdout: out, stderr: err, status: status)
    }

    /// Runs a command that works synchronously (check, build, links) on a thread of its own:
    /// it may work for seconds, and on one of the few threads Swift concurrency shares it would
    /// hold up every other task meanwhile (in the tests, servers and timers of other tests). The
    /// thread sees the same terminal and working folder, and gets the main thread's stack size.
    private static func onItsOwnThread(_ command: ParsableCommand) async throws {
        let terminal = Terminal.current
        let workingDirectory = WorkingDirectory.current
        nonisolated(unsafe) var command = command
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, Error>) in
            let thread = Thread {
                continuation.resume(with: Result {
                    try Terminal.$current.withValue(terminal) {
                        try WorkingDirectory.$current.withValue(workingDirectory) { try command.run() }
                    }
                })
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    static func execute(_ arguments: [String]) async -> Int32 {
        let terminal = Terminal.current
        do {
            var command = try PathguideCommand.parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try await onItsOwnThread(command)
            }
            return 0
        } catch let failure as ToolFailure {
            terminal.err("pathguide: error: \(failure.message)\n")
            return 2
        } catch {
            let code = PathguideCommand.exitCode(for: error)
            let message = PathguideCommand.fullMessage(for: error)
            if code == .success {
                terminal.out(message.isEmpty ? "" : message + "\n")
                return 0
            }
            if !message.isEmpty { terminal.err(message + "\n") }
            if code == .validationFailure { return 2 }
            return code.rawValue
        }
    }
}


/// The root command: `pathguide <subcommand>`.
struct PathguideCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pathguide",
        abstract: "Turn descriptions of how shopping platforms lead customers to support into checked how-to guides.",
        version: Pathguide.version,
        subcommands: [InitCommand.self, NewCommand.self, CheckCommand.self, BuildCommand.self, ServeCommand.self, LinksCommand.self, RouteCommand.self, ThemeCommand.self]
    )
}
