import Foundation
@testable import PathguideCLI
import PathguideTestSupport
import Testing

/// A guide with more than one page of numbers gets a sheet that still prints on one A4 page, and
/// the build says what it left out.
@Suite struct SheetSpaceTests {
    /// The repository's Taobao guide with `count` more phone numbers on its hotline.
    static func crowdedTaobao(numbers count: Int) throws -> String {
        let guide = try String(contentsOf: BuiltSite.repository.appendingPathComponent("guides/taobao.yaml"), encoding: .utf8)
        let anchor = "        source: s000\n    source: [s000, s002]\n\n  - id: wechat-account"
        #expect(guide.contains(anchor))
        let numbers = (0..<count).map { "      - kind: phone\n        value: \"400-800-\(1000 + $0)\"\n        source: s000\n" }.joined()
        return guide.replacingOccurrences(of: anchor, with: "        source: s000\n" + numbers + "    source: [s000, s002]\n\n  - id: wechat-account")
    }

    @Test func aCrowdedSheetStaysOnOnePageAndTheBuildSaysWhatItLeftOut() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pathguide-sheet-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("guides"), withIntermediateDirectories: true)
        try Self.crowdedTaobao(numbers: 12).write(to: folder.appendingPathComponent("guides/taobao.yaml"), atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("output")
        let arguments = ["build", "--guides", folder.appendingPathComponent("guides").path, "--output", output.path,
                         "--base-url", BuiltSite.baseURL, "--today", BuiltSite.today]
        let result = await Pathguide.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let file = folder.appendingPathComponent("guides/taobao.yaml").path
        #expect(result.stderr == """
            pathguide: warning: \(file): the en sheet leaves out '400-800-1000' of 'Taobao's official hotline', '400-800-1001' of 'Taobao's official hotline', '400-800-1002' of 'Taobao's official hotline' and 9 more to fit on one A4 page; the full guide has them
            pathguide: warning: \(file): the zh sheet leaves out '400-800-1005' of '淘宝官方热线电话', '400-800-1006' of '淘宝官方热线电话', '400-800-1007' of '淘宝官方热线电话' and 4 more to fit on one A4 page; the full guide has them

            """)
        // A rebuild that reuses the guide from the cache says it again.
        #expect(await Pathguide.run(arguments).stderr == result.stderr)
        for locale in ["en", "zh"] {
            let pdf = folder.appendingPathComponent("\(locale).pdf")
            let profile = folder.appendingPathComponent("chromium-\(locale)")
            let print = try await ExternalTool.chromium.run([
                "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile.path)", "--no-pdf-header-footer",
                "--print-to-pdf=\(pdf.path)", output.appendingPathComponent("site/\(locale)/taobao/sheet/index.html").absoluteString,
            ])
            #expect(print?.status == 0, "\(print?.stderr ?? "")")
            let info = try #require(try await ExternalTool.pdfinfo.run([pdf.path]))
            #expect(info.stdout.contains("Pages:           1\n"), "\(locale): \(info.stdout)")
        }
    }
}
