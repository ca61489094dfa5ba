import PathguideCheck
import PathguideTestSupport
import Testing

@Suite struct FileNameRuleTests {
    let rule = FileNameRule()

    /// The minimal guide with its platform id marked 1️⃣.
    static let guide = GuideText.minimal(platform: GuideText.platform.replacingOccurrences(of: "id: example-shop", with: "id: 1️⃣example-shop"))

    @Test func aFileNamedAfterAnotherPlatformIsReportedAtTheId() throws {
        let marked = try MarkedGuide(Self.guide, file: "guides/shop.yaml")
        #expect(marked.findings(by: rule) == [
            marked.warning(.fileName, at: "1️⃣", "platform id 'example-shop' is not the file's name 'shop.yaml'; rename the file to 'example-shop.yaml' or the platform to 'shop'"),
        ])
        #expect(marked["1️⃣"] == "guides/shop.yaml:4:7")
    }

    @Test func theShortExtensionIsKept() throws {
        let marked = try MarkedGuide(Self.guide, file: "shop.yml")
        #expect(marked.findings(by: rule) == [
            marked.warning(.fileName, at: "1️⃣", "platform id 'example-shop' is not the file's name 'shop.yml'; rename the file to 'example-shop.yml' or the platform to 'shop'"),
        ])
    }

    @Test func onlySafeIdsAreOffered() throws {
        let capitals = try MarkedGuide(Self.guide, file: "guides/Example-Shop.yaml")
        #expect(capitals.findings(by: rule) == [
            capitals.warning(.fileName, at: "1️⃣", "platform id 'example-shop' is not the file's name 'Example-Shop.yaml'; rename the file to 'example-shop.yaml'"),
        ])
        let unsafe = try MarkedGuide(
            GuideText.minimal(platform: GuideText.platform.replacingOccurrences(of: "id: example-shop", with: "id: 1️⃣Shop")),
            file: "guides/shop.yaml")
        #expect(unsafe.findings(by: rule) == [
            unsafe.warning(.fileName, at: "1️⃣", "platform id 'Shop' is not the file's name 'shop.yaml'; rename the platform to 'shop'"),
        ])
        let neither = try MarkedGuide(
            GuideText.minimal(platform: GuideText.platform.replacingOccurrences(of: "id: example-shop", with: "id: 1️⃣Shop")),
            file: "guides/My Shop.yaml")
        #expect(neither.findings(by: rule) == [
            neither.warning(.fileName, at: "1️⃣", "platform id 'Shop' is not the file's name 'My Shop.yaml'"),
        ])
    }

    @Test(arguments: [
        "guides/example-shop.yaml",
        "example-shop.yml",
        "../other/guides/example-shop.yaml",
        // Not a guide file name to compare: no .yaml or .yml ending, or nothing before it.
        "<stdin>",
        "guides/example-shop.txt",
        "guides/.yaml",
        "",
    ])
    func passes(file: String) throws {
        let marked = try MarkedGuide(Self.guide, file: file)
        #expect(marked.findings(by: rule) == [])
    }
}
