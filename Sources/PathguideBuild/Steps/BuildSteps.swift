import PathguideCore
import PathguideMap
import PathguideRender
import PathguideSite

/// A file an output step makes: its path relative to the output folder, and its bytes.
public struct OutputFile: Sendable, Equatable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}

/// One guide as the per-guide steps see it: the guide, its documents rendered in each of its
/// languages (Markdown bodies, headings, titles) and the map of its paths drawn in each, made
/// once and shared by every step. The platform's documents carry the map's inline SVG for
/// the guide pages.
public struct RenderedGuideDocuments: Sendable {
    public let guide: Guide
    public let platform: SitePlatform
    /// Keyed by language code, like `platform.documents`.
    public let maps: [String: MapDrawing]
}

/// An output the build makes from each guide on its own (its Markdown, its pages, a picture of
/// its paths). Steps run in each guide's job, in parallel across guides; what they return is
/// staged into the output folder.
public protocol GuideStep: Sendable {
    /// What a failure says it was doing: "render Markdown".
    var name: String { get }
    func files(for guide: RenderedGuideDocuments) throws -> [OutputFile]
}

/// An output the build makes once from every guide (the index pages, a comparison page). It
/// sees each guide as the index pages need it: titles, descriptions, dates, no bodies.
public protocol SiteStep: Sendable {
    var name: String { get }
    func files(for platforms: [SitePlatform]) throws -> [OutputFile]
}

/// The outputs of a build, in order. Adding an output is one type and one line here.
public struct BuildSteps: Sendable {
    public var guideSteps: [any GuideStep]
    public var siteSteps: [any SiteStep]

    public init(guideSteps: [any GuideStep], siteSteps: [any SiteStep]) {
        self.guideSteps = guideSteps
        self.siteSteps = siteSteps
    }

    /// Markdown for site generators with the maps beside it and a list per language, the static
    /// site's guide pages and sheets, its index and comparison pages.
    public static func standard(site: SiteBuilder) -> BuildSteps {
        BuildSteps(
            guideSteps: [MarkdownStep(), MapStep(), GuidePagesStep(site: site)],
            siteSteps: [SiteIndexStep(site: site), MarkdownIndexStep(site: site), ComparisonStep(site: site)]
        )
    }
}

/// Runs `body` and names `step` in any error it throws, so a failure says where it happened.
func performing<T>(_ step: String, _ body: () throws -> T) throws(ToolFailure) -> T {
    do {
        return try body()
    } catch let failure as ToolFailure {
        throw ToolFailure(message: "\(step): \(failure.message)")
    } catch let error as SiteError {
        throw ToolFailure(message: "\(step): \(error.message)")
    } catch let error as RenderError {
        throw ToolFailure(message: "\(step): \(error.message)")
    } catch let error as MapError {
        throw ToolFailure(message: "\(step): \(error.message)")
    } catch {
        throw ToolFailure(message: "\(step): \(error)")
    }
}
