// swift-tools-version:6.0
import PackageDescription

// Coverage-guided fuzz targets for libFuzzer, kept out of the main package so that its build and
// tests never see sanitizer flags. Built by `make fuzz` (see Fuzz/fuzz.sh) with
// `--sanitize fuzzer --sanitize address`, which instruments these targets and every module of
// pathguide they use; libFuzzer supplies `main` and calls each target's `LLVMFuzzerTestOneInput`.
let package = Package(
    name: "pathguide-fuzz",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "fuzz-guide", targets: ["fuzz-guide"]),
        .executable(name: "fuzz-html", targets: ["fuzz-html"]),
    ],
    dependencies: [
        .package(name: "pathguide", path: ".."),
    ],
    targets: [
        // Bytes as a guide file: load, check, every report format, and render when the guide is valid.
        .executableTarget(
            name: "fuzz-guide",
            dependencies: [
                .product(name: "PathguideCore", package: "pathguide"),
                .product(name: "PathguideDiagnostics", package: "pathguide"),
                .product(name: "PathguideLoader", package: "pathguide"),
                .product(name: "PathguideCheck", package: "pathguide"),
                .product(name: "PathguideRender", package: "pathguide"),
            ]
        ),
        // Bytes as an HTML page: positions in the page, work bounded, no crash.
        .executableTarget(
            name: "fuzz-html",
            dependencies: [.product(name: "PathguideHTML", package: "pathguide")]
        ),
    ]
)
