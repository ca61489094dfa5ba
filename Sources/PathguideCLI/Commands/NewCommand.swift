import ArgumentParser
import Foundation
import PathguideBuild
import PathguideCheck
import PathguideFileSystem

/// `pathguide new PLATFORM-ID`
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a guide skeleton, guides/PLATFORM-ID.yaml, that check rejects until its placeholders are filled.",
        discussion: "The guide is written in the project's languages (pathguide.yaml), else Chinese and English."
    )

    @Argument(help: "The platform's id: lowercase letters, digits and single hyphens, such as acme-mall.")
    var platform: String

    func validate() throws {
        if let problem = UnsafeIDRule.problem(with: platform) {
            throw ValidationError("the platform id \(problem)")
        }
    }

    func run() throws {
        let project = try ProjectLookup.current()
        let guides = project.path(flag: nil, setting: project.settings.guides, default: "guides", from: WorkingDirectory.path)
        let name = platform + ".yaml"
        let text = GuideSkeleton.text(id: platform, languages: project.settings.languages.map(\.value))
        do {
            let folder = try Folder.open(guides.absolute, creating: true, named: guides.display)
            if folder.kind(of: name) != nil {
                throw ToolFailure(message: "\(folder.display(name)) is already there; choose another id or edit that guide")
            }
            try folder.create(name, Array(text.utf8))
        } catch let error as FileSystemError {
            throw ToolFailure(message: "cannot write the guide: \(error.message)")
        }
        let shown = guides.display == "." ? name : guides.display + "/" + name
        Terminal.current.out("wrote \(shown): replace every TODO in it, then run pathguide check\n")
    }
}
