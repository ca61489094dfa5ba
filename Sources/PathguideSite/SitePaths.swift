/// Where each generated file lives in `output/site`, in one place so pages, links, the QR codes
/// and the build manifest agree.
///
///     index.html                      links to each language's index
///     <locale>/index.html             the platforms in one language
///     <locale>/<platform>/index.html  a guide page
///     <locale>/<platform>/sheet/index.html  the printable help sheet
///     assets/site.css, assets/sheet.css
public enum SitePaths {
    public static let root = "index.html"
    public static func index(locale: String) -> String { "\(locale)/index.html" }
    public static func guide(platform: String, locale: String) -> String { "\(locale)/\(platform)/index.html" }
    public static func sheet(platform: String, locale: String) -> String { "\(locale)/\(platform)/sheet/index.html" }
    public static let stylesheet = "assets/site.css"
    public static let sheetStylesheet = "assets/sheet.css"

    /// `relative(from: index(locale: l), to: guide(platform: p, locale: l))`, without splitting
    /// paths: the index and the guide share the language's folder. An index links to every
    /// platform, so this is worth having.
    static func guideFromIndex(platform: String) -> String { "\(platform)/index.html" }
    /// `relative(from: index(locale: l), to: sheet(platform: p, locale: l))`.
    static func sheetFromIndex(platform: String) -> String { "\(platform)/sheet/index.html" }

    /// The public address of a guide page under `baseURL` (which ends with `/`), for QR codes
    /// and canonical links: directory form, no `index.html`.
    public static func guideURL(platform: String, locale: String, baseURL: String) -> String {
        baseURL + "\(locale)/\(platform)/"
    }

    /// The public address of any site file under `baseURL`: a folder's `index.html` becomes the
    /// folder itself (`zh/taobao/sheet/`), as servers and canonical links expect.
    public static func url(of path: String, baseURL: String) -> String {
        if path == root { return baseURL }
        if path.hasSuffix("/index.html") { return baseURL + path.dropLast("index.html".count) }
        return baseURL + path
    }

    /// A relative link from the page at `from` to the file at `to`, both site paths, so the
    /// site works from any folder and from `file://`.
    public static func relative(from: String, to: String) -> String {
        // Split on the bytes: '/' is ASCII, and a UTF-8 sequence never contains its byte.
        let fromParts = from.utf8.split(separator: UInt8(ascii: "/")).dropLast()
        let toParts = to.utf8.split(separator: UInt8(ascii: "/"))
        var common = 0
        while common < fromParts.count, common < toParts.count - 1, fromParts[fromParts.startIndex + common].elementsEqual(toParts[common]) {
            common += 1
        }
        let up = Array(repeating: "..", count: fromParts.count - common)
        return (up + toParts[common...].map { String(Substring($0)) }).joined(separator: "/")
    }
}
