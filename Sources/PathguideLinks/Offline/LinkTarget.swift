/// Where an internal link lands in the site folder, the way a static web server answers it.
enum LinkTarget: Equatable {
    /// An existing file, as a path relative to the folder.
    case file(String)
    /// Nothing there; `lookedFor` is the file a server would have sent.
    case missing(lookedFor: String)

    /// A link to a folder (by its form, `guides/`, or because a folder has that name) lands on
    /// the folder's `index.html`, or `index.htm`.
    init(page segments: [String], isDirectory: Bool, in site: SiteFolder) {
        let path = segments.joined(separator: "/")
        if !isDirectory, site.isFile(path) {
            self = .file(path)
            return
        }
        guard isDirectory || site.isDirectory(path) else {
            self = .missing(lookedFor: path)
            return
        }
        let folder = path.isEmpty ? "" : path + "/"
        if site.isFile(folder + "index.html") {
            self = .file(folder + "index.html")
        } else if site.isFile(folder + "index.htm") {
            self = .file(folder + "index.htm")
        } else {
            self = .missing(lookedFor: folder + "index.html")
        }
    }
}
