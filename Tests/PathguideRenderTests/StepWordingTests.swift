import PathguideCore
@testable import PathguideRender
import Testing

/// One step at a time, as the reader sees it: exact sentences per verb, position and gloss rule.
@Suite struct StepWordingTests {
    /// A verb with a label, a typed input or neither, in both languages.
    struct Case: Sendable, CustomTestStringConvertible {
        var action: String
        var en: String
        var zh: String
        var testDescription: String { action }
    }

    static let verbs: [Case] = [
        Case(action: "{verb: tap, label: 我, gloss: {en: Me}, position: bottom-right, to: agent}",
             en: #"Tap 「我」 ("Me") at the bottom right."#, zh: "点击右下角的「我」。"),
        Case(action: "{verb: tap, position: top-right, to: agent}",
             en: "Tap the entry for Human agent at the top right.", zh: "点击右上角的人工客服入口。"),
        Case(action: "{verb: click, label: 联系客服, gloss: {en: Contact us}, position: top-right, to: agent}",
             en: #"Click 「联系客服」 ("Contact us") at the top right."#, zh: "点击右上角的「联系客服」。"),
        Case(action: "{verb: click, to: agent}",
             en: "Click the link to Human agent.", zh: "点击人工客服链接。"),
        Case(action: "{verb: search, input: {zh: 你想要查看的店铺名称, en: the name of the shop you want}, to: agent}",
             en: "Search for the name of the shop you want.", zh: "搜索你想要查看的店铺名称。"),
        Case(action: "{verb: search, input: {zh: 你想要查看的店铺名称, en: the name of the shop you want}, position: top-right, to: agent}",
             en: "Search for the name of the shop you want in the search box at the top right.", zh: "在右上角的搜索框中搜索你想要查看的店铺名称。"),
        Case(action: "{verb: search, label: 淘宝求助, gloss: {en: Taobao Help}, to: agent}",
             en: #"Search for 「淘宝求助」 ("Taobao Help")."#, zh: "搜索「淘宝求助」。"),
        Case(action: "{verb: type, label: 转人工, gloss: {en: transfer to a person}, position: chat-input, to: agent}",
             en: #"Type 「转人工」 ("transfer to a person") in the chat box."#, zh: "在聊天输入框中输入「转人工」。"),
        Case(action: "{verb: type, input: {zh: 订单号, en: the order number}, position: chat-input, to: agent}",
             en: "Type the order number in the chat box.", zh: "在聊天输入框中输入订单号。"),
        Case(action: "{verb: type, position: chat-input, to: agent}",
             en: "Type your question in the chat box.", zh: "在聊天输入框中输入你的问题。"),
        Case(action: "{verb: choose, label: 智能客服, gloss: {en: Smart customer service}, to: agent}",
             en: #"Choose 「智能客服」 ("Smart customer service")."#, zh: "选择「智能客服」。"),
        Case(action: "{verb: scroll, label: 更多, gloss: {en: More}, position: bottom, to: agent}",
             en: #"Scroll to 「更多」 ("More") at the bottom."#, zh: "滑动到底部的「更多」。"),
        Case(action: "{verb: open, label: 我的订单, gloss: {en: My orders}, to: agent}",
             en: #"Open 「我的订单」 ("My orders")."#, zh: "进入「我的订单」。"),
        Case(action: "{verb: open, to: agent}",
             en: "Go to Human agent.", zh: "进入人工客服。"),
        Case(action: "{verb: call, to: agent}",
             en: "Call the phone number shown.", zh: "拨打页面上显示的电话。"),
        Case(action: "{verb: call, label: \"95188\", to: agent}",
             en: "Call 「95188」.", zh: "拨打「95188」。"),
        Case(action: "{verb: email, to: agent}",
             en: "Send an email to the address shown.", zh: "发邮件到页面上显示的邮箱。"),
        Case(action: "{verb: ask, input: {zh: 你对退款进度的疑问, en: your question about the refund}, position: chat-input, to: agent}",
             en: "Ask in the chat box in your own words: your question about the refund.", zh: "在聊天输入框中用自己的话提出：你对退款进度的疑问。"),
        Case(action: "{verb: ask, label: 人工客服, gloss: {en: a human agent}, to: agent}",
             en: #"Ask 「人工客服」 ("a human agent")."#, zh: "询问「人工客服」。"),
        Case(action: "{verb: wait, to: agent}",
             en: "Wait to be passed on.", zh: "等待转接。"),
        Case(action: "{verb: wait, label: 人工客服已接入, gloss: {en: an agent has joined}, to: agent}",
             en: #"Wait for 「人工客服已接入」 ("an agent has joined")."#, zh: "等待「人工客服已接入」出现。"),
    ]

    @Test(arguments: verbs)
    func verb(_ example: Case) throws {
        #expect(try TestGuide.step(example.action, locale: "en") == example.en)
        #expect(try TestGuide.step(example.action, locale: "zh") == example.zh)
    }

    /// Every position, on the same tap.
    static let positions: [(ScreenPosition, en: String, zh: String)] = [
        (.top, "at the top", "点击顶部的「客服」。"),
        (.topLeft, "at the top left", "点击左上角的「客服」。"),
        (.topRight, "at the top right", "点击右上角的「客服」。"),
        (.bottom, "at the bottom", "点击底部的「客服」。"),
        (.bottomLeft, "at the bottom left", "点击左下角的「客服」。"),
        (.bottomRight, "at the bottom right", "点击右下角的「客服」。"),
        (.left, "on the left", "点击左侧的「客服」。"),
        (.right, "on the right", "点击右侧的「客服」。"),
        (.center, "in the middle of the screen", "点击屏幕中间的「客服」。"),
        (.side, "at the side of the screen", "点击屏幕侧边的「客服」。"),
        (.bottomBar, "in the bar along the bottom", "点击底部导航栏中的「客服」。"),
        (.item, "next to the item in question", "点击对应条目旁的「客服」。"),
        (.chatInput, "in the chat box", "点击聊天输入框中的「客服」。"),
    ]

    @Test func everyPositionHasAPhrase() throws {
        #expect(Set(Self.positions.map(\.0)).union([.varies]) == Set(ScreenPosition.allCases))
        for (position, en, zh) in Self.positions {
            let action = "{verb: tap, label: 客服, gloss: {en: Support}, position: \(position.rawValue), to: agent}"
            #expect(try TestGuide.step(action, locale: "en") == #"Tap 「客服」 ("Support") \#(en)."#)
            #expect(try TestGuide.step(action, locale: "zh") == zh)
        }
    }

    @Test func variesSaysThePlaceIsNotFixed() throws {
        let action = "{verb: tap, label: 客服, gloss: {en: Support}, position: varies, to: agent}"
        #expect(try TestGuide.step(action, locale: "en") == #"Tap 「客服」 ("Support") — its place varies."#)
        #expect(try TestGuide.step(action, locale: "zh") == "点击「客服」（位置不固定）。")
    }

    @Test func noGlossWhenTheAppShowsTheReadersLanguage() throws {
        let action = "{verb: tap, label: 客服, gloss: {en: Support}, position: bottom-right, to: agent}"
        #expect(try TestGuide.step(action, uiLanguages: "[zh, en]", locale: "en") == "Tap 「客服」 at the bottom right.")
        #expect(try TestGuide.step(action, uiLanguages: "[zh, en]", locale: "zh") == "点击右下角的「客服」。")
    }

    @Test func glossInChineseWhenTheAppIsEnglishOnly() throws {
        let action = "{verb: tap, label: Your Orders, gloss: {zh: 我的订单}, position: top-right, to: agent}"
        #expect(try TestGuide.step(action, uiLanguages: "[en]", locale: "zh") == "点击右上角的「Your Orders」（“我的订单”）。")
        #expect(try TestGuide.step(action, uiLanguages: "[en]", locale: "en") == "Tap 「Your Orders」 at the top right.")
    }

    @Test func conditionLeadsTheStep() throws {
        let action = "{verb: call, to: agent, when: {zh: 如果店铺页面上提供了电话, en: if the shop page lists a phone number}}"
        #expect(try TestGuide.step(action, locale: "en") == "If the shop page lists a phone number, call the phone number shown.")
        #expect(try TestGuide.step(action, locale: "zh") == "如果店铺页面上提供了电话，拨打页面上显示的电话。")
    }

    @Test func aConditionThatIsASentenceOfItsOwnTakesAColon() throws {
        let action = "{verb: tap, label: 在线聊天, gloss: {en: Online chat}, to: agent, when: {zh: 仅在某些情况下, en: only in some cases; the app does not always show it}}"
        #expect(try TestGuide.step(action, locale: "en") == #"Only in some cases; the app does not always show it: tap 「在线聊天」 ("Online chat")."#)
        #expect(try TestGuide.step(action, locale: "zh") == "仅在某些情况下，点击「在线聊天」。")
    }

    @Test func routesStartWithTheSurfaceAndNotesFollowTheirStep() throws {
        let guide = TestGuide.text(actions: ["{verb: tap, label: 客服, gloss: {en: Support}, position: bottom-right, to: agent, note: {zh: 在右下角。, en: It is at the bottom right.}}"])
        let en = try TestGuide.renderer(guide, locale: "en").guide().body
        #expect(en.contains("""
            1. Open the 示例 App (Example app).

            2. Tap 「客服」 ("Support") at the bottom right.

                It is at the bottom right.

            """))
        let zh = try TestGuide.renderer(guide, locale: "zh").guide().body
        #expect(zh.contains("""
            1. 打开示例 App。

            2. 点击右下角的「客服」。

                在右下角。

            """))
    }

    @Test func actionsThatDifferOnlyInTheirLabelAreOneStep() throws {
        let guide = TestGuide.text(actions: [
            "{verb: type, label: 转人工, gloss: {en: transfer to a person}, position: chat-input, to: agent}",
            "{verb: type, label: 人工客服, gloss: {en: a human agent}, position: chat-input, to: agent}",
        ])
        let en = try TestGuide.renderer(guide, locale: "en").guide().body
        #expect(en.contains(#"2. Type 「转人工」 ("transfer to a person") or 「人工客服」 ("a human agent") in the chat box."#))
        #expect(!en.contains("Another way:"), "a route through the same screens is not another way")
        let zh = try TestGuide.renderer(guide, locale: "zh").guide().body
        #expect(zh.contains("2. 在聊天输入框中输入「转人工」或「人工客服」。"))
    }

    @Test func latinAndHanAreSpacedWhereTemplatesJoinThem() throws {
        let guide = TestGuide.text(platformName: "{zh: Amazon 中国, en: Amazon China}", surfaces: """
              - id: app
                kind: mobile-app
                name: {zh: Amazon App, en: Amazon app}
                start: home
            """)
        let zh = try TestGuide.renderer(guide, locale: "zh").guide()
        #expect(zh.title == "如何联系 Amazon 中国客服")
        #expect(zh.body.contains("1. 打开 Amazon App。"))
    }
}
