#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PathguideFileSystem

extension Theme {
    /// Writes the built-in theme into the folder at `path` (made, with any missing folders above
    /// it, when it is not there), as the starting point of a templates folder; returns the names
    /// written, sorted. Messages name the folder `display` (default: `path`).
    ///
    /// Nothing is overwritten: when any of the theme's names is taken (by a file, a folder, a
    /// link), the error names it and nothing is written. Files are made new (`O_EXCL`, never
    /// through a link), so one that appears meanwhile is not overwritten either; after a failed
    /// write, the files this call made are removed again.
    @discardableResult
    public static func export(to path: String, named display: String? = nil) throws(SiteError) -> [String] {
        let shown = display ?? path
        let folder: Folder
        do {
            folder = try Folder.open(path, creating: true, named: shown)
        } catch {
            throw SiteError("\(shown): error: cannot export the theme here: \(error.message)")
        }
        let taken = builtIn.map(\.name).filter { folder.kind(of: $0) != nil }
        if let first = taken.first {
            let more = taken.count > 1 ? ", and so do \(taken.count - 1) more of the theme's files" : ""
            throw SiteError("\(folder.display(first)): error: already exists\(more); the theme was not exported, so nothing was overwritten")
        }
        var written: [String] = []
        for file in builtIn {
            do {
                try folder.create(file.name, file.bytes)
                written.append(file.name)
            } catch {
                // A name taken since the check is someone else's file; anything else there is ours.
                if error.reason != .system(EEXIST) { try? folder.removeFile(file.name) }
                for name in written { try? folder.removeFile(name) }
                throw SiteError("\(folder.display(file.name)): error: cannot write the theme: \(error.message); nothing was exported")
            }
        }
        return written
    }
}
