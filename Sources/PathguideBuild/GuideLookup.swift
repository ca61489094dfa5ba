import PathguideCheck
import PathguideCore
import PathguideDiagnostics
import PathguideLoader

/// One guide of a folder found by its platform id, for commands about one platform (`route`).
///
/// The file named after the platform (`taobao.yaml`, as the file-name rule asks) is read first;
/// only when it is missing or names another platform is every guide read, to find the right one
/// or to name the platforms there are.
public enum GuideLookup {
    /// The guide of `platform` in `folder`, with no errors. Fails naming the platforms there are,
    /// or with the first error of the guide (`pathguide check` lists them all).
    public static func guide(platform: String, in folder: String, workspace: Workspace, context: CheckContext) throws(ToolFailure) -> Guide {
        let files = try GuideFiles.collect([folder], in: workspace)
        let loader = GuideLoader(keepsText: false)
        func load(_ file: GuideFiles.File) -> LoadedGuide {
            switch loader.read(file.path, displayPath: file.display, within: file.root, rootDisplay: file.rootDisplay) {
            case let .success(bytes): loader.load(bytes: bytes, file: file.display)
            case let .failure(refused): refused
            }
        }
        let named = files.filter { stem(of: $0.display) == platform }
        var found = named.lazy.map(load).first { $0.guide?.platform.id.value == platform }
        var platforms: [String] = []
        if found == nil {
            for file in files {
                let loaded = load(file)
                guard let id = loaded.guide?.platform.id.value else { continue }
                platforms.append(id)
                if id == platform, found == nil { found = loaded }
            }
        }
        guard let found, let guide = found.guide else {
            let list = platforms.sorted()
            throw ToolFailure(message: "no guide for platform '\(platform)' in \(folder); "
                + (list.isEmpty ? "it has no readable guides" : "the platforms are \(list.joined(separator: ", "))"))
        }
        let problems = (found.diagnostics + Checker(context: context).check(guide)).filter { $0.severity == .error }.sorted()
        if let first = problems.first {
            throw ToolFailure(message: "\(first.location?.description ?? found.file): \(first.message) [\(first.ruleID)]; run pathguide check to see every problem")
        }
        return guide
    }

    /// The file name without folders and extension.
    private static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.firstIndex(of: ".").map { String(name[..<$0]) } ?? name
    }
}
