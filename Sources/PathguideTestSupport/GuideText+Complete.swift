extension GuideText {
    /// A guide that sets every key the format has, each text in both languages with words used
    /// nowhere else, and that every rule accepts. Tests that must reach every field (the schema,
    /// the translation check) start from it, so a field the format gains must be added here.
    public static let complete = """
        format: 1
        languages: [zh, en]
        platform:
          id: example-shop
          name: {zh: 示例商城, en: Example Shop}
          ui-languages: [zh]
          regions:
            - id: mainland
              name: {zh: 中国大陆, en: Mainland China}
              note: {zh: 大陆版, en: The mainland edition}
          verified: {date: "2026-11-20", app-version: "10.40"}
        sources:
          - id: article
            title: {zh: 如何联系客服, en: How to contact support}
            file: 001_8634d3225c0b51a7.txt
            url: https://example.com/help
        surfaces:
          - id: app
            kind: mobile-app
            name: {zh: 示例 App, en: Example app}
            start: home
            url: https://example.com/app
            note: {zh: 最新版, en: The newest version}
            regions: [mainland]
            source: article
        screens:
          - id: home
            name: {zh: 首页, en: Home}
            note: {zh: 打开即见, en: Shown on opening}
            actions:
              - verb: tap
                label: 客服
                gloss: {en: Support}
                input: {zh: 你好, en: Hello}
                position: bottom-right
                to: assistant
                when: {zh: 已登录, en: When signed in}
                note: {zh: 图标为耳机, en: The icon is a headset}
                regions: [mainland]
                source: article
            source: article
        channels:
          - id: assistant
            kind: smart-assistant
            name: {zh: 智能客服, en: Smart assistant}
            operated-by: platform
            staffed-by: bot
            description: {zh: 自动回答, en: Answers by itself}
            hours:
              schedule:
                - {days: [mon, tue, wed, thu, fri], opens: "09:00", closes: "18:00"}
              time-zone: Asia/Shanghai
              note: {zh: 节假日除外, en: Except on holidays}
              source: article
            queue: {zh: 售后, en: After-sales}
            prerequisites:
              - kind: order
                note: {zh: 需有订单, en: An order is needed}
            escalations:
              - verb: type
                label: 转人工
                gloss: {en: transfer to a person}
                input: {zh: 转人工, en: Transfer}
                position: chat-input
                to: agent
                when: {zh: 机器人答不了时, en: When the bot cannot answer}
                note: {zh: 可多试几次, en: Try more than once}
                regions: [mainland]
                source: article
            contacts:
              - kind: url
                value: example.com/chat
                url: https://example.com/chat
                note: {zh: 网页版, en: The web edition}
                source: article
            regions: [mainland]
            source: article
          - id: agent
            kind: human-agent
            name: {zh: 人工客服, en: Human agent}
            operated-by: platform
            source: article
        scenarios:
          - id: refund
            topic: refund-return
            title: {zh: 退款, en: A refund}
            channels: [agent]
            prepare:
              - {zh: 订单号, en: The order number}
            if-it-fails: {zh: 申请介入, en: Ask the platform to step in}
            route: {surface: app, through: [assistant, agent]}
            source: article
        tips:
          - text: {zh: 先看帮助中心, en: Read the help center first}
            source: article
        troubleshooting:
          - symptom: {zh: 找不到入口, en: The entry cannot be found}
            remedies:
              - {zh: 更新应用, en: Update the app}
            channels: [agent]
            source: article
        sheet:
          channels: [agent]

        """
}
