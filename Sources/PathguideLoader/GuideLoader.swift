import Foundation
import PathguideCore
import PathguideDiagnostics
import PathguideFileSystem
import PathguideYAML

/// One guide file after loading: its text (for showing source lines), the guide if it could be
/// built, and every problem found on the way.
public struct LoadedGuide: Error, Sendable {
    public var file: String
    public var text: String?
    public var guide: Guide?
    public var diagnostics: [Diagnostic]
}

/// Reads guide files: bytes → libyaml events → a positioned node tree → a `Guide`.
///
/// Loading never throws for a bad guide: every problem, down to a YAML syntax error, is a
/// diagnostic at its line and column.
public struct GuideLoader: Sendable {
    public var limits: YAMLLimits
    /// Whether `LoadedGuide.text` is filled in. A run over thousands of guides that rereads the
    /// few files with findings turns it off, so no file is copied into a String for nothing.
    public var keepsText: Bool

    public init(limits: YAMLLimits = .default, keepsText: Bool = true) {
        self.limits = limits
        self.keepsText = keepsText
    }

    /// Loads the file at `path`, which belongs to the folder `root` (default: the folder holding
    /// it); diagnostics name it as `displayPath` (default: `path` as given).
    public func load(contentsOf path: String, displayPath: String? = nil, within root: String? = nil) -> LoadedGuide {
        let name = displayPath ?? path
        switch read(path, displayPath: name, within: root ?? InputFile.folder(of: path)) {
        case let .success(bytes): return load(bytes: bytes, file: name)
        case let .failure(refused): return refused
        }
    }

    /// The only way a guide file is read: a regular file of at most `limits.maxBytes` bytes,
    /// through a symbolic link only to such a file inside `root`. Anything else (a link leading
    /// out of the folder, a pipe, a device, a file of /proc) is refused by name without reading
    /// a byte of it, as a loaded guide with one `unreadable-file` or `yaml-limit` error.
    public func read(_ path: String, displayPath: String, within root: String, rootDisplay: String? = nil) -> Result<[UInt8], LoadedGuide> {
        do {
            return .success(try InputFile.read(path, display: displayPath, within: root, rootDisplay: rootDisplay, limit: limits.maxBytes))
        } catch {
            if case let .tooLarge(size, limit) = error.reason {
                return .failure(failure(displayPath, .yamlLimit, "file is \(size) bytes; guides are limited to \(limit) bytes"))
            }
            return .failure(failure(displayPath, .unreadableFile, "cannot read this guide: \(error.message)"))
        }
    }

    /// Loads a guide from text already in memory (tests, editors, standard input).
    public func load(text: String, file: String) -> LoadedGuide {
        load(bytes: Array(text.utf8), file: file)
    }

    public func load(bytes: [UInt8], file: String) -> LoadedGuide {
        let text = keepsText ? String(validating: bytes, as: UTF8.self) : nil
        let opened = Self.document(bytes, file: file, limits: limits, what: "a guide",
                                   needs: "a guide needs at least 'format', 'languages', 'platform', 'sources', 'surfaces' and 'channels'")
        let context: DecodeContext
        let root: Int
        switch opened {
        case let .success((opened, first?)): (context, root) = (opened, first)
        case let .success((opened, nil)): return LoadedGuide(file: file, text: text, guide: nil, diagnostics: opened.diagnostics)
        case let .failure(stopped): return LoadedGuide(file: file, text: text, guide: nil, diagnostics: stopped.diagnostics)
        }
        let guide = GuideDecoder(context: context).guide(root)
        if let guide {
            DuplicateIDs.report(in: guide, into: context)
        }
        return LoadedGuide(file: file, text: text, guide: guide, diagnostics: context.diagnostics)
    }

    /// Parses `bytes` as one YAML document to decode: the decoding context and the root node,
    /// or the diagnostics that stop it (not UTF-8, a syntax error, a limit, an empty file).
    /// Shared by every file pathguide reads as YAML (guides, the project file).
    /// With `allowingEmpty`, a file with no document (empty, or comments only) gives no root.
    static func document(_ bytes: [UInt8], file: String, limits: YAMLLimits, what: String, needs: String,
                         allowingEmpty: Bool = false) -> Result<(DecodeContext, Int?), DiagnosticList> {
        let tree: YAMLTree
        do {
            tree = try YAMLParser.tree(bytes, limits: limits)
        } catch {
            let rule: LoaderRule
            var message = error.message
            switch error.kind {
            case .syntax, .undefinedAlias: rule = .yamlSyntax
            case .tooLarge, .tooDeep, .tooManyNodes: rule = .yamlLimit
            case .notUTF8:
                rule = .unreadableFile
                if let problem = error.encodingProblem { message = problem.guideMessage }
            }
            let location = SourceLocation(file: file, line: error.mark.line, column: error.mark.column)
            let notes = error.notes.map {
                Diagnostic.Note(location: SourceLocation(file: file, line: $0.mark.line, column: $0.mark.column), message: $0.message)
            }
            return .failure(DiagnosticList([Diagnostic(ruleID: rule.rawValue, severity: .error, location: location,
                                                       message: message, notes: notes)]))
        }
        let context = DecodeContext(file: file, tree: tree)
        let documents = tree.documents
        guard let root = documents.first else {
            if allowingEmpty { return .success((context, nil)) }
            context.report(.missingField, at: SourceLocation(file: file, line: 1, column: 1), "the file is empty; \(needs)")
            return .failure(DiagnosticList(context.diagnostics))
        }
        if documents.count > 1 {
            context.report(.yamlSyntax, at: context.location(tree.start(documents[1])), "\(what) is one YAML document; found \(documents.count)")
        }
        return .success((context, root))
    }

    private func failure(_ file: String, _ rule: LoaderRule, _ message: String) -> LoadedGuide {
        let diagnostic = Diagnostic(ruleID: rule.rawValue, severity: .error, location: SourceLocation(file: file, line: 1, column: 1), message: message)
        return LoadedGuide(file: file, text: nil, guide: nil, diagnostics: [diagnostic])
    }
}

/// Diagnostics as an error value, for a `Result` whose failure is a list of findings.
struct DiagnosticList: Error {
    var diagnostics: [Diagnostic]
    init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
