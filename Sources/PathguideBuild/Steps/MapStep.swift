/// `markdown/<locale>/<platform>.svg`: the map of the guide's paths as a file of its own, beside
/// the Markdown that shows it, which site generators copy as it is.
struct MapStep: GuideStep {
    let name = "draw the map"

    static func fileName(_ platform: String) -> String { platform + ".svg" }

    func files(for guide: RenderedGuideDocuments) throws -> [OutputFile] {
        guide.maps.sorted { $0.key < $1.key }.map { locale, drawing in
            OutputFile(path: "markdown/\(locale)/\(Self.fileName(guide.platform.id))", text: drawing.file)
        }
    }
}
