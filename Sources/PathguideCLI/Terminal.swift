import Foundation
import PathguideBuild

/// Where a command's output goes: the real standard streams, or buffers a test reads back.
/// Commands reach it through a task-local, so tests can run many commands side by side.
public final class Terminal: @unchecked Sendable {
    private let capture: Bool
    private let lock = NSLock()
    private var standardOutput = ""
    private var standardError = ""

    init(capture: Bool) {
        self.capture = capture
    }

    @TaskLocal static var current = Terminal(capture: false)

    /// Whether standard output is a terminal a person is reading (and so may get colour).
    var isInteractive: Bool {
        !capture && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    func out(_ text: String) {
        guard capture else { FileHandle.standardOutput.write(Data(text.utf8)); return }
        lock.withLock { standardOutput += text }
    }

    func err(_ text: String) {
        guard capture else { FileHandle.standardError.write(Data(text.utf8)); return }
        lock.withLock { standardError += text }
    }

    var captured: (stdout: String, stderr: String) {
        lock.withLock { (standardOutput, standardError) }
    }
}
