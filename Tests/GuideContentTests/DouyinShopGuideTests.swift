import PathguideCore
import Testing

/// Article 001 (Douyin shop): every channel it names is in the guide, reachable, and cites it.
@Suite struct DouyinShopGuideTests {
    @Test func everyChannelOfArticle001IsPresentAndReachable() throws {
        let douyin = try RepositoryGuide("douyin-shop")
        let source = try #require(douyin.source(file: "001_8634d3225c0b51a7.txt"))
        // 商家客服 from the order list and the shop page.
        douyin.expectChannel("merchant-chat", kind: .merchantSupport, source: source)
        // 智能客服 inside the shop's customer service entry, with a way on to a person.
        douyin.expectChannel("smart-service", kind: .smartAssistant, source: source)
        // 抖音客服中心 via 我 > 设置 > 客服与帮助 > 联系客服.
        douyin.expectChannel("douyin-service", kind: .platformSupport, source: source)
        // 帮助中心, named in the troubleshooting section.
        douyin.expectChannel("help-center", kind: .helpCenter, source: source)
        // Phone and email, where a shop page lists them.
        douyin.expectChannel("shop-phone", kind: .hotline, source: source)
        douyin.expectChannel("shop-email", kind: .email, source: source)
    }

    @Test func theArticlesButtonsAreLabelledExactly() throws {
        let douyin = try RepositoryGuide("douyin-shop")
        for label in ["购物车", "我的订单", "客服", "我", "设置", "客服与帮助", "联系客服", "智能客服"] {
            #expect(douyin.labels.contains(label), "no action labelled \(label)")
        }
    }
}
