import Foundation
import Testing

/// The comparison pages of the repository's guides: every cell of each guide's row, in both
/// languages, and the links that lead to them.
@Suite struct ComparisonPageTests {
    /// The table's rows, each as its cells' text with the tags taken out.
    static func rows(_ page: String) throws -> [[String]] {
        guard let body = page.components(separatedBy: "<tbody>").last?.components(separatedBy: "</tbody>").first else { return [] }
        let cell = try Regex(#"<t[hd][^>]*>(.*?)</t[hd]>"#)
        return body.components(separatedBy: "<tr>").dropFirst().map { row in
            row.matches(of: cell).map { match in
                String(match.output[1].substring ?? "").replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
            }
        }
    }

    func page(_ built: BuiltSite, _ path: String) throws -> String {
        String(decoding: try Data(contentsOf: built.site.appendingPathComponent(path)), as: UTF8.self)
    }

    @Test func everyGuideHasItsRowInEnglish() async throws {
        let built = await BuiltSite.shared.value
        #expect(try Self.rows(try page(built, "en/compare/index.html")) == [
            ["Amazon", "1", "9", "0", "1", "0", "No hours known for any channel with people", "9",
             "Contact the seller or return an item (order)", "2026-11-24"],
            ["Douyin Shop", "3", "4", "1", "1", "0",
             "No, nobody: Monday to Thursday, 18:00–09:00; Friday 18:00 to Monday 09:00 (Asia/Shanghai)", "3", "None", "2026-11-24"],
            ["Taobao", "1", "9", "1", "0", "3", "No hours known for any channel with people", "9",
             "Asking Taobao to step in (earlier contact with the merchant); Complaint (earlier contact with the merchant); Hurry up shipping (催发货) (order)",
             "2026-11-24"],
        ])
    }

    @Test func everyGuideHasItsRowInChinese() async throws {
        let built = await BuiltSite.shared.value
        #expect(try Self.rows(try page(built, "zh/compare/index.html")) == [
            ["亚马逊", "1", "9", "0", "1", "0", "不知道任何人工渠道的服务时间", "9", "联系卖家/退货（订单）", "2026-11-24"],
            ["抖音小店", "3", "4", "1", "1", "0", "否，无人工：周一至周四 18:00–09:00；周五 18:00 至周一 09:00（Asia/Shanghai）", "3", "无", "2026-11-24"],
            ["淘宝", "1", "9", "1", "0", "3", "不知道任何人工渠道的服务时间", "9", "平台介入（先联系商家）；投诉（先联系商家）；催发货（订单）", "2026-11-24"],
        ])
    }

    @Test func theChartDrawsEachPlatformFewestStepsFirst() async throws {
        let built = await BuiltSite.shared.value
        let en = try page(built, "en/compare/index.html")
        let labels = en.components(separatedBy: #"text-anchor="end">"#).dropFirst().compactMap { $0.components(separatedBy: "<").first }
        #expect(labels == ["Amazon", "Taobao", "Douyin Shop"])
        #expect(en.contains(#"<svg role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 420 82""#))
        #expect(!en.contains("Not in the chart"))
    }

    @Test func indexAndRootPagesLinkToTheComparison() async throws {
        let built = await BuiltSite.shared.value
        #expect(try page(built, "en/index.html").contains(#"<p class="compare-link"><a href="compare/index.html">Compare all platforms</a></p>"#))
        #expect(try page(built, "zh/index.html").contains(#"<p class="compare-link"><a href="compare/index.html">比较所有平台</a></p>"#))
        let root = try page(built, "index.html")
        #expect(root.contains(#"<a class="root-compare" href="en/compare/index.html" hreflang="en">Compare all platforms</a>"#))
        #expect(root.contains(#"<a class="root-compare" href="zh/compare/index.html" hreflang="zh-Hans">比较所有平台</a>"#))
        let en = try page(built, "en/compare/index.html")
        #expect(en.contains(#"<link rel="canonical" href="https://help.example.org/en/compare/">"#))
        #expect(en.contains(#"hreflang="zh-Hans" href="https://help.example.org/zh/compare/""#))
    }
}
