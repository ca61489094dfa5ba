import PathguideCore
import Testing

/// Article 004 (Amazon app): every channel it names is in the guide, reachable, and cites it.
@Suite struct AmazonGuideTests {
    @Test func everyChannelOfArticle004IsPresentAndReachable() throws {
        let amazon = try RepositoryGuide("amazon")
        let source = try #require(amazon.source(file: "004_6cc4c882007d412d.txt"))
        // 点击“我的账号”……“客户服务”选项卡将出现在列表中。点击此选项可直接进入在线客服界面
        amazon.expectChannel("online-service", kind: .platformSupport, source: source)
        // 通过“帮助与支持”功能……点击“常见问题解答”或“帮助中心”，在弹出的对话框中输入您的需求描述，
        // 并选择相应的分类标签（如退货退款、订单查询等）。完成后点击提交按钮
        amazon.expectChannel("help-request", kind: .webForm, source: source)
        // 您将会收到一封带有详细联系方式和具体问题链接的电子邮件；若情况紧急则可以考虑通过电话或邮件联系
        amazon.expectChannel("email-support", kind: .email, source: source)
        // 客户代表会……提供初步解决方案或预约通话时间；若情况紧急则可以考虑通过电话或邮件联系
        amazon.expectChannel("phone-support", kind: .hotline, source: source)
        // 在某些情况下，亚马逊App可能还会展示一个名为“在线聊天”的选项。点击此按钮即可立即与人工客服人员建立联系
        amazon.expectChannel("live-chat", kind: .humanAgent, source: source)
        // 根据自身权限提供解决方案或转介给相关负责人处理
        amazon.expectChannel("person-in-charge", kind: .humanAgent, source: source)
        // 对于某些特殊情况（如需面谈交流）则建议主动联系客服人员安排视频会议
        amazon.expectChannel("video-meeting", kind: .humanAgent, source: source)
        // 在“我的订单”中找到需要退货的商品记录，点击“联系卖家/返回”按钮，并按照页面提示完成相应步骤
        amazon.expectChannel("seller-return", kind: .merchantSupport, source: source)
        // 进入该商品详情页……若有疑问则可以在页面底部留言询问官方客服代表
        amazon.expectChannel("product-question", kind: .platformSupport, source: source)
        // 请参考App内专门介绍此类内容的教程视频或图文说明；请仔细阅读并遵循应用内部发布的相关指南和提示
        amazon.expectChannel("app-guides", kind: .helpCenter, source: source)
    }

    @Test func theArticlesButtonsAreLabelledExactly() throws {
        let amazon = try RepositoryGuide("amazon")
        for label in ["我的账号", "客户服务", "常见问题解答", "帮助中心", "在线聊天", "我的订单", "联系卖家/返回", "设置", "账号与安全", "搜索"] {
            #expect(amazon.labels.contains(label), "no action labelled \(label)")
        }
        // “帮助与支持” is what the article calls the way through 常见问题解答 / 帮助中心, not a button
        // it tells you to tap, so it names the channel those two buttons open.
        let helpRequest = try #require(amazon.guide.channel("help-request"))
        #expect(helpRequest.name["zh"]?.contains("帮助与支持") == true)
    }

    @Test func theGuideInventsNoContactDetailsOrHours() throws {
        let amazon = try RepositoryGuide("amazon")
        // Article 004 gives no phone number, email address, URL or opening hours.
        for channel in amazon.guide.channels {
            for contact in channel.contacts {
                #expect(contact.value == nil && contact.url == nil, "channel '\(channel.id.value)' has a contact value")
                #expect(contact.note != nil, "channel '\(channel.id.value)' has a contact without a note")
            }
            guard let hours = channel.hours else {
                Issue.record("channel '\(channel.id.value)' has no hours")
                continue
            }
            if case .unknown = hours.schedule {} else {
                Issue.record("channel '\(channel.id.value)' has hours the article does not give")
            }
        }
        #expect(amazon.guide.surfaces.allSatisfy { $0.url == nil })
        #expect(amazon.guide.sources.allSatisfy { $0.url == nil })
    }

    @Test func theOnlineChatOptionIsConditional() throws {
        let amazon = try RepositoryGuide("amazon")
        // “在某些情况下，亚马逊App可能还会展示一个名为‘在线聊天’的选项”
        let chat = amazon.guide.screens.flatMap(\.actions).filter { $0.label?.value == "在线聊天" }
        #expect(!chat.isEmpty)
        #expect(chat.allSatisfy { $0.condition != nil })
    }

    @Test func everyScenarioTopicOfTheArticleIsCovered() throws {
        let amazon = try RepositoryGuide("amazon")
        let topics = Set(amazon.guide.scenarios.map(\.topic.value))
        for topic: Topic in [.refundReturn, .orderStatus, .preSale, .accountSecurity, .coupons, .privacy] {
            #expect(topics.contains(topic), "no scenario about \(topic.rawValue)")
        }
    }
}
