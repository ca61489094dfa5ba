import Foundation
import PathguideCore
import PathguideLoader
import PathguideMap
import PathguideRender
import PathguideTestSupport
import Testing

/// The repository root, found from this file's path.
private let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Every guide in guides/, by platform id.
private let repositoryGuides: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("guides").path)) ?? [])
    .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()

private func load(_ platform: String) throws -> Guide {
    let loaded = GuideLoader().load(contentsOf: repositoryRoot.appendingPathComponent("guides/\(platform).yaml").path, displayPath: "guides/\(platform).yaml")
    return try #require(loaded.guide)
}

/// A guide's map in one language, drawn, with the document whose anchors it links to.
private func drawn(_ guide: Guide, locale: String) throws -> (map: GuideMap, drawing: MapDrawing, document: RenderedDocument) {
    let renderer = try GuideRenderer(guide: guide, locale: locale)
    let document = renderer.guide()
    let map = renderer.map(linkingTo: document)
    return (map, try MapDrawing(map, fontFamily: MapDrawing.fontFamily(for: locale)), document)
}

/// The maps of the repository's guides, read back from the SVG as XML.
@Suite struct MapDrawingTests {
    @Test func theRepositoryHasGuides() {
        #expect(repositoryGuides.count >= 3)
    }

    @Test(arguments: repositoryGuides)
    func everyChannelAndReachableScreenIsDrawn(platform: String) throws {
        let guide = try load(platform)
        let graph = NavigationGraph(guide: guide)
        let reachable = graph.reachability()
        #expect(reachable.screens.contains(true))
        for locale in guide.languages.map(\.value) {
            let (map, drawing, document) = try drawn(guide, locale: locale)
            let svg = try #require(SVGReader.read(drawing.inline), "\(platform) \(locale): the SVG is not well-formed XML")
            for (i, channel) in guide.channels.enumerated() {
                let id = "map-channel-\(i)"
                let node = try #require(map.nodes.first { $0.key == "channel-\(i)" })
                #expect(svg.group(id) != nil, "\(platform) \(locale): channel \(channel.id.value) is not drawn")
                #expect(svg.texts(in: id).joined(separator: " ") == node.name + " " + (node.note ?? ""), "\(platform) \(locale): \(channel.id.value)")
                #expect(svg.group(id)?.classes.contains(channel.staffing.rawValue) == true)
                let anchor = try #require(document.channelAnchors[channel.id.value])
                #expect(document.headings.contains { $0.anchor == anchor && $0.level == 3 })
                #expect(svg.links(in: id) == ["#" + anchor])
            }
            for (i, screen) in guide.screens.enumerated() where reachable.screens[i] {
                let id = "map-screen-\(i)"
                #expect(svg.group(id) != nil, "\(platform) \(locale): screen \(screen.id.value) is not drawn")
                #expect(svg.texts(in: id).joined(separator: " ") == map.nodes.first { $0.key == "screen-\(i)" }?.name)
            }
            #expect(svg.ids(withClass: "channel").count == guide.channels.count)
            #expect(svg.ids(withClass: "screen").count == guide.screens.count)
            #expect(svg.ids(withClass: "surface").count == guide.surfaces.count)
        }
    }

    @Test(arguments: repositoryGuides)
    func theHighlightedPathIsTheQuickestRouteToAPerson(platform: String) throws {
        let guide = try load(platform)
        let graph = NavigationGraph(guide: guide)
        let (channel, route) = try #require(graph.quickestRouteToPerson())
        // The nodes the route passes, worked out from the graph alone.
        var expected = ["map-surface-\(route.surface)"]
        var at = try #require(graph.node(guide.surfaces[route.surface].start.value))
        func id(_ node: NavigationGraph.Node) -> String {
            switch node {
            case .screen(let i): "map-screen-\(i)"
            case .channel(let i): "map-channel-\(i)"
            }
        }
        expected.append(id(at))
        for step in route.steps {
            let target = switch step {
            case let .action(screen, index): guide.screens[screen].actions[index].target.value
            case let .escalation(channel, index): guide.channels[channel].escalations[index].target.value
            }
            at = try #require(graph.node(target))
            expected.append(id(at))
        }
        #expect(expected.last == "map-channel-\(channel)")
        for locale in guide.languages.map(\.value) {
            let svg = try #require(SVGReader.read(try drawn(guide, locale: locale).drawing.inline))
            let nodes = svg.elements.filter { $0.name == "g" && $0.classes.contains("node") && $0.classes.contains("quickest") }.compactMap { $0.attributes["id"] }
            #expect(Set(nodes) == Set(expected), "\(platform) \(locale)")
            // The start edge, then one edge per step.
            let edges = svg.elements.filter { $0.name == "g" && $0.classes.contains("edge") && $0.classes.contains("quickest") }
            #expect(edges.count == route.steps.count + 1, "\(platform) \(locale)")
        }
    }

    @Test(arguments: repositoryGuides)
    func thePictureHasANameADescriptionAndNoGraphvizLeftovers(platform: String) throws {
        let guide = try load(platform)
        for locale in guide.languages.map(\.value) {
            let (map, drawing, _) = try drawn(guide, locale: locale)
            for svg in [drawing.inline, drawing.file] {
                let read = try #require(SVGReader.read(svg))
                #expect(read.root?.name == "svg")
                #expect(read.root?.attributes["role"] == "img")
                #expect(read.root?.attributes["viewBox"]?.isEmpty == false)
                #expect(read.elements.dropFirst().prefix(2).map(\.name) == ["title", "desc"])
                #expect(read.elements[1].text == map.title)
                #expect(read.elements[2].text == map.description)
                #expect(read.elements.filter { $0.name == "title" }.count == 1)
                #expect(!svg.contains("<!--"), "Graphviz's comments (its version, node names) are left out")
                #expect(!svg.contains("<!DOCTYPE"))
            }
            #expect(drawing.inline.hasPrefix("<svg "))
            #expect(drawing.file.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
            // The file is shown with <img>, which cannot follow links.
            #expect(!drawing.file.contains("<a "))
            #expect(drawing.inline.contains("<a xlink:href=\"#channel-"))
        }
    }

    @Test func drawingIsTheSameEveryTimeAndFromParallelJobs() async throws {
        let guides = try repositoryGuides.map(load)
        let serial = try guides.map { guide in try guide.languages.map { try drawn(guide, locale: $0.value).drawing } }
        let parallel = try await withThrowingTaskGroup(of: (Int, [MapDrawing]).self) { group in
            for (i, guide) in guides.enumerated() {
                for _ in 0..<3 {
                    group.addTask { (i, try guide.languages.map { try drawn(guide, locale: $0.value).drawing }) }
                }
            }
            var all: [(Int, [MapDrawing])] = []
            for try await result in group { all.append(result) }
            return all
        }
        #expect(parallel.count == guides.count * 3)
        for (i, drawings) in parallel {
            #expect(drawings == serial[i])
        }
    }

    @Test func guideTextIsShownExactlyAsTyped() throws {
        // Markup, an entity, Graphviz's own escape for the node name, quotes.
        let name = #"<b>&amp; \N "q" x"#
        let text = GuideText.minimal(screens: """
              - id: home
                name: {zh: '\(name)', en: '\(name)'}
                actions:
                  - verb: tap
                    label: 'A&B <i>'
                    gloss: {en: Support}
                    to: assistant
                    source: article
            """)
        let loaded = GuideLoader().load(text: text, file: "test.yaml")
        #expect(loaded.diagnostics.isEmpty)
        let guide = try #require(loaded.guide)
        let svg = try #require(SVGReader.read(try drawn(guide, locale: "en").drawing.inline))
        #expect(svg.texts(in: "map-screen-0") == [name])
        #expect(svg.texts(in: "map-edge-1") == [#"「A&B <i>」 ("Support")"#])
        #expect(!svg.elements.contains { $0.name == "b" || $0.name == "i" })
    }
}
