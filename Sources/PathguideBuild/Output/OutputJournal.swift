/// `.pathguide-journal`: what a build is about to do to the output folder, written in one
/// rename before the first file moves and removed after the last. A build that finds one knows
/// that an earlier build was interrupted (killed, out of time, out of disk) while switching
/// from the old output to the new, and finishes that switch before anything else, so the files
/// and the manifest always end up agreeing.
///
/// Like the manifest it is read as untrusted: a line that is not what a build writes stops the
/// build with nothing touched.
struct OutputJournal: Equatable {
    static let name = ".pathguide-journal"
    static let sizeLimit = 512 << 20

    /// The staging folder the new files are moved from.
    var staging: String
    /// One file to move into place: its name in the (flat) staging folder, and its path
    /// relative to the output folder.
    struct Move: Equatable {
        var staged: String
        var path: String
    }

    /// Files to move from the staging folder into place.
    var moves: [Move]
    /// Files of the previous build that this one no longer makes.
    var removals: [String]

    var bytes: [UInt8] {
        var text = "# pathguide journal: a build is moving its files into place; the next build finishes the move.\n"
        text += "staging \(staging)\n"
        for move in moves { text += "move \(move.staged) \(move.path)\n" }
        for path in removals { text += "remove \(path)\n" }
        return Array(text.utf8)
    }

    static func parse(_ bytes: [UInt8], file: String) throws(ToolFailure) -> OutputJournal {
        func refuse(_ line: Int, _ why: String) -> ToolFailure {
            ToolFailure(message: "\(file):\(line): \(why); this is not a journal pathguide wrote, so nothing was touched: remove it and build again")
        }
        guard String(validating: bytes, as: UTF8.self) != nil else { throw refuse(1, "not UTF-8 text") }
        var journal = OutputJournal(staging: "", moves: [], removals: [])
        var number = 0
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            number += 1
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let text = String(decoding: line, as: UTF8.self)
            guard let space = text.firstIndex(of: " ") else { throw refuse(number, "'\(OutputManifest.quoted(text))' is not a journal line") }
            let verb = text[..<space]
            let argument = String(text[text.index(after: space)...])
            switch verb {
            case "staging" where journal.staging.isEmpty && OutputWriter.isStagingName(argument):
                journal.staging = argument
            case "move":
                guard let gap = argument.firstIndex(of: " "), argument[..<gap].allSatisfy({ $0.isASCII && $0.isNumber }),
                      !argument[..<gap].isEmpty, OutputPath.isSafe(String(argument[argument.index(after: gap)...])) else {
                    throw refuse(number, "'\(OutputManifest.quoted(text))' is not a journal line")
                }
                journal.moves.append(Move(staged: String(argument[..<gap]), path: String(argument[argument.index(after: gap)...])))
            case "remove" where OutputPath.isSafe(argument):
                journal.removals.append(argument)
            default:
                throw refuse(number, "'\(OutputManifest.quoted(text))' is not a journal line")
            }
        }
        guard !journal.staging.isEmpty else { throw refuse(1, "it names no staging folder") }
        return journal
    }
}
