import Mustache

/// The look of the site: Mustache templates, two stylesheets and the chrome's words. They are
/// the built-in theme (`Theme.builtIn`), with any file of a templates folder the user has
/// (`--templates DIR`, by default `templates/`) taking the place of the built-in file of the
/// same name (see `SiteTemplates+Overrides.swift`).
///
/// Everything is read and checked up front, so a template that does not parse or a partial
/// that names no template fails before any page is rendered, with the file and line in the
/// message. Further `*.mustache` files in the folder are loaded too, so users can add partials
/// of their own.
public struct SiteTemplates: Sendable {
    /// The templates the builder renders or the shipped ones include, without `.mustache`.
    public static let requiredTemplates = ["page", "head", "language-switch", "root", "index", "guide", "sheet", "compare"]
    public static let siteStylesheetFile = "site.css"
    public static let sheetStylesheetFile = "sheet.css"
    public static let stringsFile = "strings.json"

    public let library: MustacheLibrary
    /// Copied to `assets/site.css` as it is.
    public let siteCSS: String
    /// Copied to `assets/sheet.css` as it is.
    public let sheetCSS: String
    public let strings: SiteStrings
    /// Every file in effect (built-in or overriding, and added partials), sorted by name: what
    /// the pages depend on besides the guides, for a build cache to fingerprint.
    public let effectiveFiles: [ThemeFile]
    /// `strings` as template values, made once.
    let chromeTexts: [String: ChromeWords]

    /// Builds templates from file names and texts already in memory; messages name the files
    /// as if they were in `directory`. Every required file must be there.
    public init(files: [String: String], directory: String = "templates") throws(SiteError) {
        try self.init(texts: files) { name in
            directory.hasSuffix("/") ? directory + name : directory + "/" + name
        }
    }

    /// Builds templates from file names and texts; messages name file `name` as `path(name)`.
    init(texts files: [String: String], path: (String) -> String) throws(SiteError) {
        func required(_ name: String, _ what: String) throws(SiteError) -> String {
            guard let text = files[name] else {
                throw SiteError("\(path(name)): error: missing \(what); the site needs \(Self.requiredFileList)")
            }
            return text
        }

        // Before parsing: a template's content-type line is looked up when it is parsed.
        MustacheContentTypes.register(SiteHTMLContentType(), named: SiteHTMLContentType.name)
        var library = MustacheLibrary()
        for name in Self.requiredTemplates {
            _ = try required(name + ".mustache", "template")
        }
        let templateFiles = files.keys.filter { $0.hasSuffix(".mustache") }.sorted()
        for file in templateFiles {
            let text = files[file]!
            do {
                library.register(try MustacheTemplate(string: text), named: String(file.dropLast(".mustache".count)))
            } catch let error as MustacheTemplate.ParserError {
                throw SiteError(Self.message(for: error, in: path(file)))
            } catch {
                throw SiteError("\(path(file)): error: invalid template: \(error)")
            }
        }
        let templateNames = Set(templateFiles.map { String($0.dropLast(".mustache".count)) })
        for file in templateFiles {
            if let (name, line, column) = Self.partials(in: files[file]!).first(where: { !templateNames.contains($0.name) }) {
                throw SiteError("\(path(file)):\(line):\(column): error: the partial '\(name)' names no template; add \(name).mustache or fix the name")
            }
        }

        self.library = library
        self.siteCSS = try required(Self.siteStylesheetFile, "stylesheet")
        self.sheetCSS = try required(Self.sheetStylesheetFile, "stylesheet")
        self.strings = try SiteStrings(json: try required(Self.stringsFile, "strings file"), file: path(Self.stringsFile))
        self.chromeTexts = strings.table.mapValues { ChromeWords($0.mapValues(PageText.init)) }
        self.effectiveFiles = files.keys.sorted().map { ThemeFile(name: $0, bytes: Array(files[$0]!.utf8)) }
    }

    /// The chrome words of `locale` as template values (`{{strings.contents}}`).
    func chrome(for locale: String) throws(SiteError) -> ChromeWords {
        guard let texts = chromeTexts[locale] else {
            _ = try strings.strings(for: locale)
            return ChromeWords([:])
        }
        return texts
    }

    /// Renders the template `name` (known to exist: `init` checked it) with `context`.
    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    private static var requiredFileList: String {
        (requiredTemplates.map { $0 + ".mustache" } + [siteStylesheetFile, sheetStylesheetFile, stringsFile]).joined(separator: ", ")
    }

    /// `file:line:column: error: …` and the offending line, from the parser's position.
    private static func message(for error: MustacheTemplate.ParserError, in file: String) -> String {
        let reason: String
        switch error.error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: reason = "a section is closed with a different name than it was opened with"
        case .unfinishedName: reason = "a tag is not closed with }} or its name has characters Mustache does not allow"
        case .expectedSectionEnd: reason = "a section is opened but never closed"
        case .invalidSetDelimiter: reason = "a set-delimiter tag is malformed"
        case .transformAppliedToInheritanceSection: reason = "a transform is applied to an inheritance section"
        case .illegalTokenInsideInheritSection: reason = "a tag that is not a block is inside {{< }}"
        case .textInsideInheritSection: reason = "text is inside {{< }} outside any block"
        case .invalidConfigVariableSyntax: reason = "a pragma is malformed"
        case .unrecognisedConfigVariable: reason = "a pragma names an unknown setting"
        case nil: reason = "\(error.error)"
        }
        let context = error.context
        return "\(file):\(context.lineNumber):\(context.columnNumber): error: invalid template: \(reason)\n    \(context.line)"
    }

    /// The names of `{{> partial}}` and `{{< parent}}` tags, with 1-based line and column.
    static func partials(in text: String) -> [(name: String, line: Int, column: Int)] {
        var found: [(String, Int, Int)] = []
        var line = 1
        var column = 1
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix("{{") {
                var cursor = text.index(index, offsetBy: 2)
                while cursor < text.endIndex, text[cursor] == " " { cursor = text.index(after: cursor) }
                if cursor < text.endIndex, text[cursor] == ">" || text[cursor] == "<" {
                    cursor = text.index(after: cursor)
                    while cursor < text.endIndex, text[cursor] == " " { cursor = text.index(after: cursor) }
                    let nameEnd = text[cursor...].firstIndex { $0 == " " || $0 == "}" } ?? text.endIndex
                    let name = String(text[cursor..<nameEnd])
                    // A dynamic partial (`{{>*name}}`) is looked up at render time.
                    if !name.isEmpty, !name.hasPrefix("*") { found.append((name, line, column)) }
                }
            }
            if text[index].isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index = text.index(after: index)
        }
        return found
    }
}
