import Foundation
import PathguideFileSystem

/// The folder where `check` and `build` remember what they found, so a rerun redoes only the
/// guides that changed: `.pathguide-cache/` in the working folder unless `--cache-dir` says
/// otherwise, and none with `--no-cache`.
///
/// Each file in it starts with a magic line and a fingerprint of everything besides the guides
/// that the records depend on (this very executable, the templates, the date, the options). A file
/// whose fingerprint differs, or that cannot be read, is ignored and replaced: the cache can make a
/// run faster, never different. The folder holds a `CACHEDIR.TAG` (so backup tools skip it) and a
/// `.gitignore` of `*` (so it is never committed). Only files the cache itself wrote are replaced.
public struct CacheFolder: Sendable {
    public static let defaultPath = ".pathguide-cache"
    /// Bumped whenever the records' layout changes.
    static let formatVersion: UInt64 = 2
    /// Far more than 10,000 guides' records; a larger file is not the cache's.
    static let sizeLimit = 1 << 30
    private static let magic = Array("pathguide cache\n".utf8)

    let url: URL
    /// The folder as the user named it, for messages.
    let display: String

    public init(path: String, in workspace: Workspace) {
        url = URL(fileURLWithPath: workspace.resolve(path))
        display = path
    }

    /// The body of cache file `name`, when it was written with this `fingerprint`. The cache is
    /// read through the file system module like any untrusted folder: a link, a pipe or a file
    /// too large is no cache at all.
    func read(_ name: String, fingerprint: UInt64) -> CacheReader? {
        guard let folder = try? Folder.open(url.path, named: display),
              let bytes = try? folder.read(name, limit: Self.sizeLimit), bytes.starts(with: Self.magic) else { return nil }
        var reader = CacheReader(bytes, offset: Self.magic.count)
        guard (try? reader.readUInt64()) == Self.formatVersion, (try? reader.readUInt64()) == fingerprint else { return nil }
        return reader
    }

    /// Replaces cache file `name` in one rename. A cache that cannot be written is only slower
    /// next time, so the reason comes back as a warning rather than a failure. While another
    /// run is saving into the same folder (it holds the folder's lock), this one does not save.
    func write(_ name: String, fingerprint: UInt64, body: [UInt8]) -> String? {
        do throws(FileSystemError) {
            let folder = try Folder.open(url.path, creating: true, named: display)
            guard folder.tryLock() else { return nil }
            if folder.kind(of: "CACHEDIR.TAG") == nil {
                try folder.replace("CACHEDIR.TAG", Array("Signature: 8a477f597d28d172789f06886806bc55\n# This folder is a cache written by pathguide; it can be deleted at any time.\n".utf8))
            }
            if folder.kind(of: ".gitignore") == nil {
                try folder.replace(".gitignore", Array("# Written by pathguide: a cache, never to be committed.\n*\n".utf8))
            }
            if folder.kind(of: name) != nil {
                guard try folder.read(name, limit: Self.sizeLimit).starts(with: Self.magic) else {
                    return "\(folder.display(name)) was not written by pathguide; the cache is not saved"
                }
            }
            var header = CacheWriter(reservingCapacity: Self.magic.count + 20 + body.count)
            header.write(Self.formatVersion)
            header.write(fingerprint)
            try folder.replace(name, Self.magic + header.bytes + body)
            return nil
        } catch {
            return "cannot save the cache: \(error.message)"
        }
    }
}

/// What a cache fingerprint is made of: the executable that computes the records and whatever
/// else the records depend on, hashed together.
struct Fingerprint {
    private var writer = CacheWriter()

    init(_ kind: String) {
        writer.write(kind)
        writer.write(Self.executable)
    }

    mutating func add(_ text: String) { writer.write(text) }
    mutating func add(_ number: Int) { writer.write(number) }
    mutating func add(_ number: UInt64) { writer.write(number) }

    var value: UInt64 { XXH64.hash(writer.bytes) }

    /// The hash of this program's own bytes: a new build of pathguide may check or render
    /// differently, so it never trusts what an earlier one remembered.
    static let executable: UInt64 = {
        let path = InputFile.realPath("/proc/self/exe") ?? CommandLine.arguments.first.flatMap(InputFile.realPath)
        guard let path, let bytes = try? InputFile.read(path, display: path, within: InputFile.folder(of: path), limit: Int.max) else {
            // Unknown executable: a fingerprint that matches nothing earlier, so nothing is reused.
            return UInt64.random(in: .min ... .max)
        }
        return XXH64.hash(bytes)
    }()
}

