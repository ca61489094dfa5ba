import Foundation
import PathguideFileSystem

/// Carries out a journal: moves the staged files into place, removes the previous build's files
/// that the new one no longer makes, installs the new manifest, then drops the journal and the
/// staging folder. Every step can be repeated, so a switch that was interrupted is finished by
/// running it again: a file already moved is no longer in the staging folder and is skipped.
/// The staging folder is flat (file `17` is the 17th file staged), so moving a file is one rename
/// between two open folders and clearing the staging folder afterwards costs a few calls.
struct OutputSwitch {
    let output: OutputTree
    /// Nil when the staging folder is already gone (the switch had finished but for the journal).
    let staging: Folder?
    /// The output folder as the user named it.
    let display: String

    /// `previous` is the manifest in place before the switch: only files it lists are replaced or
    /// removed, so even a journal planted in a pull request cannot reach any other file.
    /// `resuming` is true when an interrupted switch is finished: a file already moved is then
    /// skipped, and what is in place is checked again, since the build that checked it is gone.
    func apply(_ journal: OutputJournal, previous: Set<String>, resuming: Bool, summary: inout OutputWriter.Summary) throws(ToolFailure) {
        do {
            SwitchPause.afterMove(0)
            for move in journal.moves {
                guard let staging else { break }
                if resuming {
                    guard staging.kind(of: move.staged) == .regular else { continue }
                    if let info = try output.info(move.path) {
                        let kind = FileKind(mode: info.st_mode)
                        guard kind == .regular else { throw FileSystemError(output.root.display(move.path), .wrongKind(kind, expected: .regular)) }
                        guard previous.contains(move.path) else {
                            throw ToolFailure(message: "refusing to overwrite \(output.root.display(move.path)), which pathguide did not write; move it away and build again")
                        }
                    }
                }
                try output.move(move.staged, from: staging, to: move.path)
                summary.written += 1
                SwitchPause.afterMove(summary.written)
            }
            for path in journal.removals where previous.contains(path) {
                if try output.remove(path) { summary.removed += 1 }
            }
            if let staging, staging.kind(of: OutputManifest.name) == .regular {
                try staging.move(OutputManifest.name, to: output.root, as: OutputManifest.name)
            }
            try output.root.removeFile(OutputJournal.name)
            try output.root.removeTree(journal.staging)
        } catch let failure as ToolFailure {
            throw interrupted(failure.message)
        } catch let error as FileSystemError {
            throw interrupted(error.message)
        } catch {
            throw interrupted("\(error)")
        }
    }

    private func interrupted(_ why: String) -> ToolFailure {
        ToolFailure(message: "\(why); the switch to the new output in \(display) stopped part-way: the next build finishes it (its plan is in \(display)/\(OutputJournal.name))")
    }
}

/// A pause in the middle of the switch, for the tests that kill a build there: with
/// `PATHGUIDE_TEST_PAUSE_AFTER_MOVES=N` in its environment, a build stops after moving N files,
/// says so on standard error, and waits to be killed. Unset, it costs one comparison per file.
/// A pause just before the switch is for the tests that stop a build with a signal.
enum SwitchPause {
    static let variable = "PATHGUIDE_TEST_PAUSE_AFTER_MOVES"
    private static let after: Int? = ProcessInfo.processInfo.environment[variable].flatMap { Int($0) }

    /// Called with 0 before the first move, then with the number of files moved so far.
    static func afterMove(_ count: Int) {
        guard let after, count == after else { return }
        let line = "pathguide: paused after \(count) moves\n"
        _ = line.withCString { write(2, $0, strlen($0)) }
        while true { pause() }
    }

    static let beforeSwitchVariable = "PATHGUIDE_TEST_PAUSE_BEFORE_SWITCH"
    private static let beforeSwitch = ProcessInfo.processInfo.environment[beforeSwitchVariable] != nil

    /// With `PATHGUIDE_TEST_PAUSE_BEFORE_SWITCH` set, a build says so once everything is staged
    /// and waits there until `stopped` is true: a build stopped at its last moment.
    static func beforeSwitch(until stopped: () -> Bool) {
        guard beforeSwitch else { return }
        let line = "pathguide: paused before the switch\n"
        _ = line.withCString { write(2, $0, strlen($0)) }
        while !stopped() { usleep(10_000) }
    }
}
