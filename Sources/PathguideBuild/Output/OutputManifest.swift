import PathguideFileSystem

/// `.pathguide-manifest`: the files the last build wrote, one path a line relative to the output
/// folder. A build replaces or removes only files listed here, and reads the list as untrusted:
/// it lies in a folder that may be committed, so every line must be a path a build could have
/// written (relative, no `..`, no hidden or empty component), or nothing is touched at all.
struct OutputManifest: Equatable {
    static let name = ".pathguide-manifest"
    /// Far more than any build writes; a larger file is not a manifest.
    static let sizeLimit = 256 << 20
    private static let header = "# Files written by `pathguide build`. A build removes only files listed here.\n"

    var paths: Set<String>

    /// The manifest in `folder`, or an empty one when there is none.
    static func read(in folder: Folder) throws(ToolFailure) -> OutputManifest {
        guard folder.kind(of: name) != nil else { return OutputManifest(paths: []) }
        let bytes: [UInt8]
        do {
            bytes = try folder.read(name, limit: sizeLimit)
        } catch {
            throw ToolFailure(message: "\(error.message); it should be the list of files pathguide wrote: remove it, and the files it would have listed, and build again")
        }
        return try parse(bytes, file: folder.display(name))
    }

    /// The manifest's lines as paths; lines starting with '#' are comments.
    static func parse(_ bytes: [UInt8], file: String) throws(ToolFailure) -> OutputManifest {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw ToolFailure(message: "\(file) is not a pathguide manifest (it is not UTF-8 text)")
        }
        var paths = Set<String>()
        var number = 0
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            number += 1
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let path = String(decoding: line, as: UTF8.self)
            guard OutputPath.isSafe(path) else {
                throw ToolFailure(message: "\(file):\(number): '\(Self.quoted(path))' is not a file a build writes (an absolute path, '..', or a hidden or empty part); the manifest was changed by hand, so nothing was touched: restore it from the last build, or remove the line, and build again")
            }
            paths.insert(path)
        }
        return OutputManifest(paths: paths)
    }

    var bytes: [UInt8] {
        Array((Self.header + paths.sorted().map { $0 + "\n" }.joined()).utf8)
    }

    /// At most 200 characters of a line, with control characters shown as escapes.
    static func quoted(_ text: String) -> String {
        let shown = text.unicodeScalars.prefix(200).map { $0.value < 0x20 || $0.value == 0x7F ? $0.escaped(asASCII: true) : String($0) }.joined()
        return text.unicodeScalars.count > 200 ? shown + "…" : shown
    }
}
