import Foundation
import PathguideFileSystem

extension SiteTemplates {
    /// The largest template, stylesheet or strings file read from a templates folder.
    public static let sizeLimit = 4 << 20

    /// The built-in theme, with every file of the templates folder at `directory` that has a
    /// built-in file's name (`site.css`, `guide.mustache`, `strings.json`, …) taking its place,
    /// and every further `*.mustache` file there added as a partial. Other files are left alone.
    ///
    /// `directory` nil means the built-in theme alone: the caller decides whether a folder it
    /// did not find was asked for (`--templates DIR`, an error) or only looked for (`templates/`
    /// by default, no error). A folder that is given must exist. Its files are untrusted input
    /// like guides: each is read through the file system module's door (a regular file of at
    /// most `sizeLimit` bytes, a link only to a file inside the folder), so a pipe never blocks
    /// a build and a link to a file elsewhere is never published. Messages name the folder
    /// `display` (default: `directory`), and the built-in files `(built-in theme)/name`.
    ///
    /// `siteWords` (language → key → text, such as the project file's site title under
    /// `siteTitle`) replace those entries of `strings.json` for the languages it has.
    public init(overrides directory: String?, named display: String? = nil, siteWords: [String: [String: String]] = [:]) throws(SiteError) {
        var texts = Dictionary(uniqueKeysWithValues: Theme.builtIn.map { ($0.name, $0.text) })
        var paths: [String: String] = [:]
        if let directory {
            for (name, file) in try Self.overrides(in: directory, named: display ?? directory) {
                texts[name] = file.text
                paths[name] = file.path
            }
        }
        if !siteWords.isEmpty, let strings = texts[Self.stringsFile] {
            texts[Self.stringsFile] = Self.replacing(siteWords, in: strings)
        }
        try self.init(texts: texts) { name in paths[name] ?? Theme.builtInFolder + "/" + name }
    }

    /// The same as `init(overrides: directory, named: display)`, under the name callers used
    /// when a templates folder had to hold the whole theme.
    public init(directory: String, named display: String? = nil) throws(SiteError) {
        try self.init(overrides: directory, named: display)
    }

    /// `strings` (the JSON text of `strings.json`) with `words` put in for the languages it has;
    /// as it was when it is not the object of objects it should be (its own error follows).
    private static func replacing(_ words: [String: [String: String]], in strings: String) -> String {
        guard var table = (try? JSONSerialization.jsonObject(with: Data(strings.utf8))) as? [String: Any] else { return strings }
        for (language, entries) in words {
            guard var existing = table[language] as? [String: Any] else { continue }
            for (key, text) in entries { existing[key] = text }
            table[language] = existing
        }
        guard let data = try? JSONSerialization.data(withJSONObject: table, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]) else { return strings }
        return String(decoding: data, as: UTF8.self)
    }

    /// The files of the folder at `directory` that take part in the theme: name → text and the
    /// path messages give it.
    private static func overrides(in directory: String, named shown: String) throws(SiteError) -> [String: (text: String, path: String)] {
        let folder: Folder
        do {
            folder = try Folder.open(InputFile.realPath(directory) ?? directory, named: shown)
        } catch where error.reason == .notFound {
            throw SiteError("\(shown): error: no such templates folder")
        } catch {
            throw SiteError("\(shown): error: the templates folder \(error.description)")
        }
        let listed: [String]
        do {
            listed = try folder.entries().map(\.name)
        } catch {
            throw SiteError("\(shown): error: cannot list the templates folder: \(error.description)")
        }
        var files: [String: (text: String, path: String)] = [:]
        for name in listed.sorted() where Theme.builtInNames.contains(name) || name.hasSuffix(".mustache") {
            let path = folder.display(name)
            let bytes: [UInt8]
            do {
                bytes = try InputFile.read(directory + "/" + name, display: path, within: directory, rootDisplay: shown, limit: sizeLimit)
            } catch where error.reason == .notFound {
                // Removed since the listing: the built-in file stands.
                continue
            } catch {
                throw SiteError("\(path): error: cannot read this template: \(error.message)")
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw SiteError("\(path): error: not UTF-8 text")
            }
            files[name] = (text, path)
        }
        return files
    }
}
