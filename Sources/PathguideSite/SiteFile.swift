/// One file of the generated site: where it goes, relative to the site's root, and its text.
///
/// The builder only describes files; writing them is the build command's job, so the whole
/// site can be checked in memory and written in one step.
public struct SiteFile: Sendable, Equatable {
    /// A site path such as `zh/douyin-shop/index.html` (see `SitePaths`).
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
