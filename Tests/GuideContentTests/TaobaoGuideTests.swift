import PathguideCore
import Testing

/// Articles 000, 002 and 003 (Taobao): every channel each one names is in the guide, reachable,
/// and cites that article.
@Suite struct TaobaoGuideTests {
    @Test func everyChannelOfArticle000IsPresentAndReachable() throws {
        let taobao = try RepositoryGuide("taobao")
        let source = try #require(taobao.source(file: "000_4360f71e5e02fa80.txt"))
        // 商家客服: 商品详情页 “页面下方或者侧边通常会有‘客服’按钮，点击即可进入与商家客服的对话窗口”.
        taobao.expectChannel("merchant-chat", kind: .merchantSupport, source: source)
        // 人工客服 at the shop: 在对话窗口中输入“转人工”等关键词，看是否能触发人工客服接入;
        // 高级客服或者售后客服.
        taobao.expectChannel("merchant-agent", kind: .humanAgent, source: source)
        // 平台客服，也叫做淘宝小蜜: 在“我的淘宝”页面，或者订单页面 … “官方客服”、“淘宝小蜜”、“帮助中心”;
        // 智能客服 (机器人客服) with 转人工 / 人工客服 and the 转人工 shortcut button.
        let xiaomi = taobao.expectChannel("platform-xiaomi", kind: .smartAssistant, source: source)
        #expect(xiaomi?.escalations.contains { $0.target.value == "platform-agent" } == true)
        // 平台客服的人工接入也可能需要排队.
        taobao.expectChannel("platform-agent", kind: .humanAgent, source: source)
        // 联系平台客服，请求平台介入，协助解决问题.
        taobao.expectChannel("platform-intervention", kind: .platformIntervention, source: source)
        // 淘宝官方的热线电话 … 热线电话在官方客服的页面中一般会有显示 (no number given).
        let hotline = taobao.expectChannel("hotline", kind: .hotline, source: source)
        #expect(hotline?.contacts.allSatisfy { $0.value == nil } == true, "the article gives no number")
        // 通过淘宝官方网站、微信公众号、微博等渠道联系客服.
        taobao.expectChannel("website-service", kind: .platformSupport, source: source)
        taobao.expectChannel("wechat-account", kind: .socialAccount, source: source)
        taobao.expectChannel("weibo-account", kind: .socialAccount, source: source)
    }

    @Test func everyChannelOfArticle002IsPresentAndReachable() throws {
        let taobao = try RepositoryGuide("taobao")
        let source = try #require(taobao.source(file: "002_653cdeb0849b8683.txt"))
        // 淘宝客服 answering 买家在浏览商品详情页时 … 对商品的材质、尺寸、功能、使用方法等方面存在疑问,
        // and telling buyers about 优惠活动.
        taobao.expectChannel("merchant-chat", kind: .merchantSupport, source: source)
        // 淘宝客服 handling 退款退货 by 平台的规则和流程: 客服要及时与卖家沟通协调; 指导买家 … 填写退货物流信息.
        taobao.expectChannel("platform-agent", kind: .humanAgent, source: source)
        // 售后电话 / 电话客服: 有买家反映售后电话等待时间过长.
        taobao.expectChannel("hotline", kind: .hotline, source: source)
    }

    @Test func everyChannelOfArticle003IsPresentAndReachable() throws {
        let taobao = try RepositoryGuide("taobao")
        let source = try #require(taobao.source(file: "003_e8265dda8f00d966.txt"))
        // “淘宝求助”: 首页搜索框输入“淘宝求助”; 我的淘宝 > 消费者中心 > 客户服务 > 淘宝求助;
        // 商品详情页右下角的“客服”图标 > 淘宝客服; 淘宝网页版右上角的“我的淘宝” > 客户服务 > 淘宝客服.
        taobao.expectChannel("taobao-help", kind: .platformSupport, source: source)
        // 消费者因发货物流、商品质量、售后服务等问题求助商家; 在聊天渠道.
        taobao.expectChannel("merchant-chat", kind: .merchantSupport, source: source)
        // ① 发起了一笔退款，被直接拒绝后无奈发起了纠纷.
        taobao.expectChannel("dispute", kind: .dispute, source: source)
        // ② 非常生气，直接向平台投诉商家.
        taobao.expectChannel("complaint", kind: .complaint, source: source)
        // ③ 在聊天窗口直接要求平台客服主动介入 (消费者咨询介入).
        taobao.expectChannel("platform-intervention", kind: .platformIntervention, source: source)
        // ④ 点击了“催发货”按钮，商家超时不处理 (工单超时不处理).
        taobao.expectChannel("urge-shipping", kind: .merchantSupport, source: source)
    }

    @Test func theArticlesButtonsAndKeywordsAreLabelledExactly() throws {
        let taobao = try RepositoryGuide("taobao")
        // Article 000: the 客服 button, the platform entries, and the words that reach a person.
        // Article 003: the search term, the consumer center path, 淘宝客服, 催发货, and the
        // path to the interactive message settings.
        for label in ["客服", "我的淘宝", "官方客服", "淘宝小蜜", "帮助中心", "转人工", "人工客服",
                      "淘宝求助", "消费者中心", "淘宝客服", "催发货", "消息", "互动消息", "设置"] {
            #expect(taobao.labels.contains(label), "no action labelled \(label)")
        }
    }

    @Test func everyArticleIsCitedAndEveryScenarioRouteIsPinned() throws {
        let taobao = try RepositoryGuide("taobao")
        for file in ["000_4360f71e5e02fa80.txt", "002_653cdeb0849b8683.txt", "003_e8265dda8f00d966.txt"] {
            #expect(taobao.source(file: file) != nil, "no source for \(file)")
        }
        let pinned = taobao.guide.scenarios.filter { $0.route != nil }.map(\.id.value)
        for id in ["pre-sale-question", "order-status", "refund-return", "shipping-delay", "account-security", "help-on-website"] {
            #expect(pinned.contains(id), "scenario '\(id)' has no pinned route")
        }
    }

    @Test func theGuideInventsNoContactDetailsOrHours() throws {
        let taobao = try RepositoryGuide("taobao")
        // None of the three articles gives a phone number, account name, address or opening hours:
        // 热线电话在官方客服的页面中一般会有显示; 商家客服，可能存在值班时间限制.
        for channel in taobao.guide.channels {
            for contact in channel.contacts {
                #expect(contact.value == nil && contact.url == nil, "channel '\(channel.id.value)' has a contact value")
                #expect(contact.note != nil, "channel '\(channel.id.value)' has a contact without a note")
            }
            guard let hours = channel.hours else {
                Issue.record("channel '\(channel.id.value)' has no hours")
                continue
            }
            if case .unknown = hours.schedule {} else {
                Issue.record("channel '\(channel.id.value)' has hours the articles do not give")
            }
        }
        #expect(taobao.guide.surfaces.allSatisfy { $0.url == nil })
        #expect(taobao.guide.sources.allSatisfy { $0.url == nil })
    }

    @Test func everyScenarioTopicTheArticlesSupportIsCovered() throws {
        let taobao = try RepositoryGuide("taobao")
        let topics = Set(taobao.guide.scenarios.map(\.topic.value))
        // 000: 售前咨询, 退换货, 账户安全, 平台介入; 002: 查询订单状态, 修改订单信息（如收货地址、联系方式）,
        // 查看物流信息; 003: 物流查询, 活动咨询（优惠券使用）, 投诉, and 平台求助率 for sellers.
        for topic: Topic in [.preSale, .orderStatus, .changeOrder, .refundReturn, .logistics, .accountSecurity, .coupons, .complaint, .selling] {
            #expect(topics.contains(topic), "no scenario about \(topic.rawValue)")
        }
    }

    @Test func theInteractiveMessageSettingsCanBeReached() throws {
        let taobao = try RepositoryGuide("taobao")
        // 003: 点击下方的【消息】→【互动消息】→ 右上角的【设置】→ 关闭【消息免打扰】的开关.
        let route = try #require(taobao.graph.quickestRoute(to: "interaction-settings"))
        let steps = route.steps.map { taobao.graph.action(for: $0) }
        #expect(steps.map { $0.label?.value } == ["消息", "互动消息", "设置"])
        #expect(steps.map { $0.position?.value } == [.bottom, nil, .topRight])
    }
}
