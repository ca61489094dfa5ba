/// The default look of the site, compiled into pathguide: the files of `Theme/` beside this
/// source, embedded by SwiftPM as byte arrays (`PackageResources`).
///
/// Embedded in the code rather than copied as a resource bundle, so a binary installed on its
/// own (`make install`) still has its theme. A templates folder overrides it file by file
/// (`SiteTemplates(overrides:named:)`), and `export(to:named:)` writes it out as the starting
/// point for one.
public enum Theme {
    /// Every built-in file, sorted by name. Listed by hand because SwiftPM generates one member
    /// per file and no list of them; a test compares this list with the `Theme/` folder.
    public static let builtIn: [ThemeFile] = [
        ThemeFile(name: "compare.mustache", bytes: PackageResources.compare_mustache),
        ThemeFile(name: "guide.mustache", bytes: PackageResources.guide_mustache),
        ThemeFile(name: "head.mustache", bytes: PackageResources.head_mustache),
        ThemeFile(name: "index.mustache", bytes: PackageResources.index_mustache),
        ThemeFile(name: "language-switch.mustache", bytes: PackageResources.language_switch_mustache),
        ThemeFile(name: "page.mustache", bytes: PackageResources.page_mustache),
        ThemeFile(name: "root.mustache", bytes: PackageResources.root_mustache),
        ThemeFile(name: "sheet.css", bytes: PackageResources.sheet_css),
        ThemeFile(name: "sheet.mustache", bytes: PackageResources.sheet_mustache),
        ThemeFile(name: "site.css", bytes: PackageResources.site_css),
        ThemeFile(name: "strings.json", bytes: PackageResources.strings_json),
    ]

    /// How messages name the folder of the built-in files, which is on no disk:
    /// `(built-in theme)/strings.json`.
    public static let builtInFolder = "(built-in theme)"

    /// The names of the built-in files: the only names, besides `*.mustache`, that a templates
    /// folder can override.
    public static let builtInNames: Set<String> = Set(builtIn.map(\.name))

    /// Whether `file` (as a message names it) is one of the built-in files.
    static func isBuiltIn(_ file: String) -> Bool {
        file.hasPrefix(builtInFolder + "/")
    }
}
