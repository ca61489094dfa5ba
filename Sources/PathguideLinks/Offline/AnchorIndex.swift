import Foundation
import PathguideFileSystem
import PathguideHTML

/// The ids and names of every page, for fragment links within and across pages.
///
/// Pages the walk read are indexed up front; a page it skipped (inside a hidden folder, say)
/// is parsed the first time a link needs it, and kept.
struct AnchorIndex {
    /// The largest page parsed only for its anchors.
    static let pageLimit = 64 << 20
    private var pages: [String: Set<String>] = [:]

    mutating func record(_ names: Set<String>, for page: String) {
        pages[page] = names
    }

    /// The ids and names in `page`, a path relative to the site folder.
    mutating func anchors(in page: String, folder: SiteFolder) -> Set<String> {
        if let known = pages[page] { return known }
        // Read through the same door as every page: a pipe or a link out of the site is no page.
        let bytes = try? InputFile.read(folder.path(of: page), display: page, within: folder.root.path, limit: Self.pageLimit)
        let document = bytes.map { bytes in bytes.withUnsafeBytes { HTMLDocument.parse($0) } } ?? HTMLDocument()
        let names = Set(document.anchors.map(\.name))
        record(names, for: page)
        return names
    }
}
