// swift-tools-version:6.0
import Foundation
import PackageDescription

/// Graphviz keeps its plugins (the dot layout, the SVG renderer) in a folder of their own, which
/// neither the linker nor the loader searches; pathguide links the two it needs from there.
let graphvizPlugins = ["/usr/lib/x86_64-linux-gnu/graphviz", "/usr/lib/aarch64-linux-gnu/graphviz", "/usr/lib64/graphviz", "/usr/lib/graphviz",
                       "/usr/local/lib/graphviz", "/opt/homebrew/lib/graphviz"]
    .first { FileManager.default.fileExists(atPath: $0) } ?? "/usr/lib/graphviz"

let package = Package(
    name: "pathguide",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "pathguide", targets: ["pathguide"]),
        .library(name: "PathguideCLI", targets: ["PathguideCLI"]),
        // For the fuzz targets in Fuzz/, a package of their own that builds with sanitizers.
        .library(name: "PathguideCore", targets: ["PathguideCore"]),
        .library(name: "PathguideDiagnostics", targets: ["PathguideDiagnostics"]),
        .library(name: "PathguideLoader", targets: ["PathguideLoader"]),
        .library(name: "PathguideCheck", targets: ["PathguideCheck"]),
        .library(name: "PathguideRender", targets: ["PathguideRender"]),
        .library(name: "PathguideHTML", targets: ["PathguideHTML"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // C libraries, each owned by exactly one Swift module.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "CGumbo",
            pkgConfig: "gumbo",
            providers: [.apt(["libgumbo-dev"])]
        ),
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        .systemLibrary(
            name: "CXXHash",
            pkgConfig: "libxxhash",
            providers: [.apt(["libxxhash-dev"])]
        ),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),

        // The file system as pathguide may touch it: folders held by descriptor, no link followed
        // out of a folder, no pipe or device opened as a file. No other module calls open(2).
        .target(name: "PathguideFileSystem"),
        // Mechanics every part shares: spreading work over cores, escaping XML.
        .target(name: "PathguideSupport"),
        // Diagnostics: locations, severities, rule descriptions and the printers. No I/O, no C.
        .target(name: "PathguideDiagnostics", dependencies: ["PathguideSupport"]),
        // The guide model and the navigation graph. No I/O, no C.
        .target(name: "PathguideCore", dependencies: ["PathguideDiagnostics"]),
        // The only module that talks to libyaml: YAML text to a positioned node tree.
        .target(name: "PathguideYAML", dependencies: ["CYAML"]),
        // The only module that talks to libcmark.
        .target(name: "PathguideMarkdown", dependencies: ["CCmark"]),
        // The only module that talks to libqrencode: text to a QR code drawn as SVG.
        .target(name: "PathguideQR", dependencies: ["CQRencode", "PathguideSupport"]),
        // Guides to CommonMark documents (full guides and help sheets) in each language. No I/O, no C.
        .target(name: "PathguideRender", dependencies: ["PathguideCore"]),
        // The only module that talks to Graphviz: a guide's map laid out by dot and drawn as SVG.
        .target(
            name: "PathguideMap",
            dependencies: ["PathguideCore", "PathguideRender", "PathguideSupport", "CGraphviz"],
            linkerSettings: [.unsafeFlags(["-L\(graphvizPlugins)", "-Xlinker", "-rpath", "-Xlinker", graphvizPlugins])]
        ),
        // The static site: pages from templates, bodies through libcmark, sheets with QR codes, JSON-LD.
        // The default theme (Theme/) is compiled in as bytes, not shipped as a resource bundle: an
        // installed binary has no bundle beside it.
        .target(
            name: "PathguideSite",
            dependencies: [
                "PathguideCore", "PathguideRender", "PathguideMarkdown", "PathguideQR", "PathguideFileSystem", "PathguideSupport",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.embedInCode("Theme")]
        ),
        // The only module that talks to gumbo: HTML5 pages to links, ids and their positions.
        .target(name: "PathguideHTML", dependencies: ["CGumbo"]),
        // `pathguide links`: internal links and fragments offline, external links online.
        .target(name: "PathguideLinks", dependencies: ["PathguideHTML", "PathguideDiagnostics", "PathguideMarkdown", "PathguideFileSystem", "PathguideSupport"]),
        // Files and YAML nodes to guides, with every problem as a diagnostic.
        .target(name: "PathguideLoader", dependencies: ["PathguideCore", "PathguideDiagnostics", "PathguideYAML", "PathguideFileSystem"]),
        // The rules `pathguide check` enforces.
        // It reads the renderer's languages, so that `check` refuses what `build` cannot write.
        .target(name: "PathguideCheck", dependencies: ["PathguideCore", "PathguideDiagnostics", "PathguideRender"]),
        // The pipeline the commands share: load, check, render, write; the cache and the output
        // folder. No argument parsing, no task-local state: every path is read against an
        // explicit workspace folder.
        .target(
            name: "PathguideBuild",
            dependencies: [
                "PathguideCore", "PathguideDiagnostics", "PathguideLoader", "PathguideCheck", "PathguideRender",
                "PathguideSite", "PathguideMap", "PathguideLinks", "PathguideFileSystem", "PathguideSupport", "CXXHash",
            ],
            // What `pathguide init` writes: the schemas, an example guide, the project file.
            resources: [.embedInCode("Starter")]
        ),
        // `pathguide serve`: the built site over HTTP on this computer, rebuilt and reloaded as
        // the guides change. The only module that talks to FlyingFox.
        .target(
            name: "PathguideServe",
            dependencies: [
                "PathguideBuild", "PathguideFileSystem",
                .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        // The command line, as a library the tests can call.
        .target(
            name: "PathguideCLI",
            dependencies: [
                "PathguideCore", "PathguideDiagnostics", "PathguideLoader", "PathguideCheck", "PathguideMarkdown",
                "PathguideRender", "PathguideSite", "PathguideLinks", "PathguideFileSystem", "PathguideBuild",
                "PathguideServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "pathguide", dependencies: ["PathguideCLI"]),
        // Helpers shared by the test targets (marked positions, snapshots); not part of the tool.
        .target(name: "PathguideTestSupport"),

        .testTarget(name: "PathguideFileSystemTests", dependencies: ["PathguideFileSystem"]),
        .testTarget(name: "PathguideDiagnosticsTests", dependencies: ["PathguideDiagnostics", "PathguideTestSupport"], exclude: ["__Snapshots__"]),
        .testTarget(name: "PathguideCoreTests", dependencies: ["PathguideCore", "PathguideLoader"]),
        .testTarget(name: "PathguideYAMLTests", dependencies: ["PathguideYAML"]),
        .testTarget(name: "PathguideMarkdownTests", dependencies: ["PathguideMarkdown"]),
        .testTarget(name: "PathguideLoaderTests", dependencies: ["PathguideLoader", "PathguideCore", "PathguideTestSupport"]),
        .testTarget(name: "PathguideCheckTests", dependencies: ["PathguideCheck", "PathguideLoader", "PathguideCore", "PathguideRender", "PathguideSite", "PathguideTestSupport"]),
        .testTarget(name: "PathguideQRTests", dependencies: ["PathguideQR"]),
        .testTarget(name: "PathguideMapTests", dependencies: ["PathguideMap", "PathguideRender", "PathguideLoader", "PathguideCore", "PathguideTestSupport"]),
        .testTarget(name: "PathguideRenderTests", dependencies: ["PathguideRender", "PathguideLoader", "PathguideTestSupport"], exclude: ["__Snapshots__"]),
        .testTarget(name: "PathguideSiteTests", dependencies: ["PathguideSite", "PathguideRender", "PathguideLoader", "PathguideTestSupport"]),
        .testTarget(name: "PathguideHTMLTests", dependencies: ["PathguideHTML", "PathguideTestSupport"]),
        .testTarget(name: "PathguideServeTests", dependencies: ["PathguideServe"]),
        .testTarget(name: "PathguideLinksTests", dependencies: ["PathguideLinks", "PathguideTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "PathguideCLITests", dependencies: ["PathguideCLI", "PathguideServe", "PathguideBuild", "PathguideCheck", "PathguideCore", "PathguideSupport", "PathguideTestSupport"]),
        // The guides in guides/ against their source articles: every channel an article names is
        // present and reachable.
        .testTarget(name: "GuideContentTests", dependencies: ["PathguideCore", "PathguideLoader", "PathguideCheck"]),
        // The built output checked with real tools: the Nu HTML checker, Hugo, headless Chromium.
        .testTarget(name: "OutputTests", dependencies: ["PathguideCLI", "PathguideTestSupport"]),
        // Runs check-jsonschema (PyPI) over guides/ against schema/guide.schema.json.
        .testTarget(name: "SchemaTests", dependencies: ["PathguideCore", "PathguideTestSupport", "PathguideYAML"]),
        .testTarget(name: "InstallTests", dependencies: ["PathguideCLI", "PathguideTestSupport"]), // make test-install: installs into a temporary folder and runs the result
    ]
)
