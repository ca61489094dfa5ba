import Foundation
import PathguideCore
import PathguideDiagnostics
import PathguideYAML

/// One guide file after loading: its text (for showing source lines), the guide if it could be
/// built, and every problem found on the way.
public struct LoadedGuide: Sendable {
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

    /// Loads the file at `path`; diagnostics name it as `displayPath` (default: `path` as given).
    public func load(contentsOf path: String, displayPath: String? = nil) -> LoadedGuide {
        let name = displayPath ?? path
        if let bytes = Self.regularFile(atPath: path, limit: limits.maxBytes) {
            return load(bytes: bytes, file: name)
        }
        let url = URL(fileURLWithPath: path)
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limits.maxBytes {
            return failure(name, .yamlLimit, "file is \(size) bytes; guides are limited to \(limits.maxBytes) bytes")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return failure(name, .unreadableFile, "cannot read file: \((error as NSError).localizedDescription)")
        }
        return load(bytes: [UInt8](data), file: name)
    }

    /// The bytes of a regular file of at most `limit` bytes, read with a few system calls; nil for
    /// anything else (a larger file, a link, a folder, an error), which `load(contentsOf:)` then
    /// reads the slow way so that it is reported in the same words as always.
    static func regularFile(atPath path: String, limit: Int) -> [UInt8]? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size <= limit else { return nil }
        let size = Int(info.st_size)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        // One byte more than the size, to see that the file did not grow since `lstat`.
        let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            guard let base = buffer.baseAddress else { return }
            while count < size + 1 {
                let read = Foundation.read(descriptor, base + count, size + 1 - count)
                guard read > 0 else { break }
                count += read
            }
        }
        return bytes.count == size ? bytes : nil
    }

    /// Loads a guide from text already in memory (tests, editors, standard input).
    public func load(text: String, file: String) -> LoadedGuide {
        load(bytes: Array(text.utf8), file: file)
    }

    public func load(bytes: [UInt8], file: String) -> LoadedGuide {
        let text = keepsText ? String(validating: bytes, as: UTF8.self) : nil
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
            let diagnostic = Diagnostic(ruleID: rule.rawValue, severity: .error, location: location, message: message)
            return LoadedGuide(file: file, text: text, guide: nil, diagnostics: [diagnostic])
        }
        let context = DecodeContext(file: file, tree: tree)
        let documents = tree.documents
        guard let root = documents.first else {
            context.report(.missingField, at: SourceLocation(file: file, line: 1, column: 1), "the file is empty; a guide needs at least 'format', 'languages', 'platform', 'sources', 'surfaces' and 'channels'")
            return LoadedGuide(file: file, text: text, guide: nil, diagnostics: context.diagnostics)
        }
        if documents.count > 1 {
            context.report(.yamlSyntax, at: context.location(tree.start(documents[1])), "a guide is one YAML document; found \(documents.count)")
        }
        let guide = GuideDecoder(context: context).guide(root)
        if let guide {
            DuplicateIDs.report(in: guide, into: context)
        }
        return LoadedGuide(file: file, text: text, guide: guide, diagnostics: context.diagnostics)
    }

    private func failure(_ file: String, _ rule: LoaderRule, _ message: String) -> LoadedGuide {
        let diagnostic = Diagnostic(ruleID: rule.rawValue, severity: .error, location: SourceLocation(file: file, line: 1, column: 1), message: message)
        return LoadedGuide(file: file, text: nil, guide: nil, diagnostics: [diagnostic])
    }
}
