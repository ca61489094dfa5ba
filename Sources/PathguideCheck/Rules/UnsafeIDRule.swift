import PathguideCore
import PathguideDiagnostics

/// Ids become file names (`output/markdown/en/<platform>.md`) and anchors, so each must be safe
/// on every file system and in every URL: a lowercase ASCII slug, not too long, and not a name
/// Windows reserves for a device.
public struct UnsafeIDRule: GuideRule {
    public static let description = RuleDescription(
        id: .unsafeID, defaultSeverity: .error, name: "Unsafe id",
        summary: "Every id must be a lowercase ASCII slug (letters, digits, single hyphens) of at most 64 characters and not a reserved Windows device name, because ids become file names.")

    static let maxLength = 64

    /// Windows refuses these as file names whatever the extension, so `con.md` cannot be written.
    static let reservedNames: Set<String> = Set(["con", "prn", "aux", "nul"] + (1...9).flatMap { ["com\($0)", "lpt\($0)"] })

    private static let explanation = "Ids become file names and anchors, so they must be safe on every file system and in every URL."

    public init() {}

    public func check(_ input: RuleInput) -> [Diagnostic] {
        let parts = input.parts
        var diagnostics: [Diagnostic] = []
        for p in parts.indices {
            if let id = parts[p].id, let diagnostic = check(id) { diagnostics.append(diagnostic) }
        }
        return diagnostics
    }

    /// Why `id` is not a safe id, in the words of the finding; nil when it is one. For commands
    /// that take an id before any guide exists (`pathguide new`).
    public static func problem(with id: String) -> String? {
        UnsafeIDRule().check(Located(id, at: SourceLocation(file: "", line: 1, column: 1)))?.message
    }

    private func check(_ id: Located<String>) -> Diagnostic? {
        let value = id.value
        if Self.isSafeSlug(value) { return nil }
        let problems = Self.problems(in: value)
        if value.isEmpty {
            return diagnostic("an empty id is not safe; ids are lowercase letters, digits and single hyphens", at: id.location,
                              explanation: Self.explanation)
        }
        if !problems.isEmpty {
            let slug = Self.slug(value)
            let example = slug.map { ", like '\($0)'" } ?? ""
            return diagnostic("'\(Wording.excerpt(value))' is not a safe id: it has \(Wording.list(problems)); ids are lowercase letters, digits and single hyphens\(example)",
                              at: id.location, explanation: Self.explanation)
        }
        if value.count > Self.maxLength {
            return diagnostic("id '\(Wording.excerpt(value))' is \(value.count) characters long; ids may have at most \(Self.maxLength)",
                              at: id.location, explanation: Self.explanation)
        }
        if Self.reservedNames.contains(value) {
            return diagnostic("'\(value)' is a reserved device name on Windows and cannot be a file name; choose another id",
                              at: id.location, explanation: Self.explanation)
        }
        return nil
    }

    /// Whether `id` is a slug of at most `maxLength` characters and no reserved name: the usual
    /// case, settled on the bytes.
    static func isSafeSlug(_ id: String) -> Bool {
        let utf8 = id.utf8
        guard !utf8.isEmpty, utf8.count <= maxLength, utf8.first != UInt8(ascii: "-"), utf8.last != UInt8(ascii: "-") else { return false }
        var previous: UInt8 = 0
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
            case UInt8(ascii: "-") where previous != UInt8(ascii: "-"): break
            default: return false
            }
            previous = byte
        }
        // Every reserved name has three or four letters.
        return utf8.count < 3 || utf8.count > 4 || !reservedNames.contains(id)
    }

    /// What keeps `id` from being a slug, each named once, in the order first met.
    static func problems(in id: String) -> [String] {
        var problems: [String] = []
        func add(_ problem: String) {
            if !problems.contains(problem) { problems.append(problem) }
        }
        let scalars = Array(id.unicodeScalars)
        for (i, c) in scalars.enumerated() {
            switch c {
            case "a"..."z", "0"..."9":
                continue
            case "A"..."Z":
                add("uppercase letters")
            case "-" where i == 0:
                add("a leading hyphen")
            case "-" where i == scalars.count - 1:
                add("a trailing hyphen")
            case "-" where scalars[i + 1] == "-":
                add("two hyphens in a row")
            case "-":
                continue
            case " ":
                add("a space")
            case "/", "\\":
                add("a separator '\(c)'")
            case ".":
                add("a dot")
            case "_":
                add("an underscore")
            case _ where Wording.isControl(c):
                add("a control character")
            case _ where !c.isASCII:
                add("non-ASCII characters")
            default:
                add("the character '\(c)'")
            }
        }
        return problems
    }

    /// The slug an author most likely meant, or `nil` when there is no good guess (non-ASCII
    /// letters cannot be transliterated reliably; a reserved name would be refused next).
    static func slug(_ id: String) -> String? {
        guard id.unicodeScalars.allSatisfy(\.isASCII) else { return nil }
        var slug = ""
        for c in id.lowercased().unicodeScalars {
            if ("a"..."z").contains(c) || ("0"..."9").contains(c) {
                slug.unicodeScalars.append(c)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        slug = String(slug.prefix(maxLength))
        while slug.hasSuffix("-") { slug.removeLast() }
        guard !slug.isEmpty, slug != id, !reservedNames.contains(slug) else { return nil }
        return slug
    }
}
