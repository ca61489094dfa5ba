import Foundation
import PathguideHTML

/// The ids and names of every page, for fragment links within and across pages.
///
/// Pages the walk read are indexed up front; a page it skipped (inside a hidden folder, say)
/// is parsed the first time a link needs it, and kept.
struct AnchorIndex {
    private var pages: [String: Set<String>] = [:]

    mutating func record(_ names: Set<String>, for page: String) {
        pages[page] = names
    }

    /// The ids and names in `page`, a path relative to the site folder.
    mutating func anchors(in page: String, folder: SiteFolder) -> Set<String> {
        if let known = pages[page] { return known }
        let document = (try? Data(contentsOf: folder.url(of: page))).map { data in
            data.withUnsafeBytes { HTMLDocument.parse($0) }
        } ?? HTMLDocument()
        let names = Set(document.anchors.map(\.name))
        record(names, for: page)
        return names
    }
}
