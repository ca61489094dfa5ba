import Foundation
import PathguideDiagnostics
import PathguideLinks

/// Links to the site's own public address (`--base-url`), which a built site has in its
/// canonical links and language alternates. They are files of the site under another name.
public struct SiteAddresses {
    var baseURL: String?
    var root: URL

    public init(baseURL: String?, root: URL) {
        self.baseURL = baseURL
        self.root = root
    }

    /// Splits `links` into findings for own-address links whose file is missing, and the
    /// links that really are external.
    public func partition(_ links: [ExternalLink]) -> (findings: [Diagnostic], external: [ExternalLink]) {
        guard let base = baseURL.map({ $0.hasSuffix("/") ? $0 : $0 + "/" }) else { return ([], links) }
        var findings: [Diagnostic] = []
        var external: [ExternalLink] = []
        for link in links {
            guard link.url.hasPrefix(base) || link.url + "/" == base else {
                external.append(link)
                continue
            }
            let relative = String(link.url.dropFirst(min(base.count, link.url.count)))
            let path = relative.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let decoded = path.removingPercentEncoding ?? path
            if !exists(decoded) {
                findings.append(Diagnostic(
                    ruleID: .brokenLink, severity: .error, location: link.location,
                    message: "link to '\(link.url)' is under the site's address but no file of the site answers it (looked for \(decoded.isEmpty || decoded.hasSuffix("/") ? decoded + "index.html" : decoded))"))
            }
        }
        return (findings, external)
    }

    /// A file, or a folder with an index page, under the site root; never outside it.
    private func exists(_ path: String) -> Bool {
        guard !path.split(separator: "/").contains("..") else { return false }
        let target = root.appendingPathComponent(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory) else { return false }
        return !isDirectory.boolValue || FileManager.default.fileExists(atPath: target.appendingPathComponent("index.html").path)
    }
}
