import PathguideCore
import PathguideDiagnostics

/// A guide's file is named after its platform (`guides/shop.yaml` holds `id: shop`), as
/// `pathguide new` names it: the built pages are named by the id (`output/markdown/en/shop.md`,
/// `en/shop/`), so a reader of a page, or of a finding, finds its source by that name.
public struct FileNameRule: GuideRule {
    public static let description = RuleDescription(
        id: .fileName, defaultSeverity: .warning, name: "File name",
        summary: "A guide's file should be named after its platform id (guides/shop.yaml for id: shop), because the built pages are named by the id.")

    private static let explanation = "The built pages are named by the platform id, so a file named after it is the one to open for a page."

    /// The endings a guide file may have; the name before one is what the id is compared with.
    static let extensions = [".yaml", ".yml"]

    public init() {}

    public func check(_ input: RuleInput) -> [Diagnostic] {
        let guide = input.guide
        let id = guide.platform.id
        // A guide read from elsewhere than a .yaml file (a test's text, standard input) has no
        // file name to compare.
        guard let (name, stem) = Self.fileName(of: guide.file), !id.value.isEmpty, stem != id.value else { return [] }
        return [diagnostic(
            "platform id '\(Wording.excerpt(id.value))' is not the file's name '\(Wording.excerpt(name))'\(Self.advice(id: id.value, name: name, stem: stem))",
            at: id.location, explanation: Self.explanation)]
    }

    /// What to rename, offering only safe ids: an unsafe id is reported by `unsafe-id`, and a
    /// file name that is no id (`Shop Guide.yaml`) is no name for the platform.
    private static func advice(id: String, name: String, stem: String) -> String {
        let ending = String(name.dropFirst(stem.count))
        switch (UnsafeIDRule.isSafeSlug(id), UnsafeIDRule.isSafeSlug(stem)) {
        case (true, true): return "; rename the file to '\(id + ending)' or the platform to '\(stem)'"
        case (true, false): return "; rename the file to '\(id + ending)'"
        case (false, true): return "; rename the platform to '\(stem)'"
        case (false, false): return ""
        }
    }

    /// The last component of `path` and that name without its extension; nil when the file
    /// does not end in one of `extensions` or has nothing before it.
    static func fileName(of path: String) -> (name: String, stem: String)? {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        for ending in extensions where name.hasSuffix(ending) && name.count > ending.count {
            return (name, String(name.dropLast(ending.count)))
        }
        return nil
    }
}
