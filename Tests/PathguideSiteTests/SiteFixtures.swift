import Foundation
import PathguideCore
import PathguideLoader
import PathguideRender
import PathguideSite
import Testing

/// Small inputs for the site tests: a guide with contacts and hours, documents written by hand
/// in the shape the renderer produces, and the built-in theme.
enum SiteFixtures {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The built-in theme's files as they are in the repository, before being compiled in.
    static let themeFolder = repository.appendingPathComponent("Sources/PathguideSite/Theme").path
    static let baseURL = "https://help.example.org/"

    /// A guide whose hotline has a number, a mailbox and a page, and whose chat has weekly hours.
    /// `chatName` lets a test put hostile text into a channel name.
    static func guideText(id: String = "shop", chatName: String = "商家客服", languages: String = "[zh, en]") -> String {
        """
        format: 1
        languages: \(languages)
        platform:
          id: \(id)
          name: {zh: 商城, en: Shop}
          ui-languages: [zh]
          verified: {date: "2026-11-20"}
        sources:
          - id: s1
            file: a.txt
        surfaces:
          - id: app
            kind: mobile-app
            name: {zh: 应用, en: App}
            start: home
        screens:
          - id: home
            name: {zh: 首页, en: Home}
            actions:
              - verb: tap
                label: 客服
                gloss: {en: Support}
                to: chat
                source: s1
              - verb: call
                to: hotline
                source: s1
        channels:
          - id: chat
            kind: merchant-support
            name: {zh: '\(chatName)', en: '\(chatName)'}
            operated-by: merchant
            hours:
              schedule:
                - {days: [mon, tue, wed, thu, fri], opens: "09:00", closes: "18:00"}
                - {days: [sat], opens: "10:00", closes: "16:00"}
              time-zone: Asia/Shanghai
              source: s1
            source: s1
          - id: hotline
            kind: hotline
            name: {zh: 客服热线, en: Hotline}
            operated-by: platform
            hours: always
            contacts:
              - kind: phone
                value: "95188"
                source: s1
              - kind: email
                value: help@example.org
                source: s1
              - kind: url
                url: https://example.org/help
                source: s1
              - kind: wechat
                value: example-help
                source: s1
              - kind: phone
                note: {zh: 见店铺页面, en: On the shop page}
                source: s1
            source: s1
        """
    }

    static func guide(id: String = "shop", chatName: String = "商家客服", languages: String = "[zh, en]") throws -> Guide {
        let loaded = GuideLoader().load(text: guideText(id: id, chatName: chatName, languages: languages), file: "guides/\(id).yaml")
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        return try #require(loaded.guide)
    }

    /// A guide document: a title, two sections with steps, a subsection, and text that must
    /// stay escaped.
    static func guideDocument(platform: String = "shop", locale: String) -> RenderedDocument {
        let zh = locale == "zh"
        let body = """
            # \(zh ? "如何联系商城客服" : "How to reach Shop customer service")

            \(zh ? "先试商家客服。" : "Try the shop first.") <script>alert(1)</script>

            ## \(zh ? "商家客服" : "Shop chat")

            1. \(zh ? "点击「客服」" : "Tap 「客服」 (Support)")
            2. \(zh ? "输入问题" : "Type your question")

            ### \(zh ? "营业时间" : "Hours")

            \(zh ? "周一至周五 09:00–18:00" : "Monday to Friday 09:00–18:00")

            ## \(zh ? "客服热线" : "Hotline")

            ```
            95188
            ```

            """
        return RenderedDocument(
            platform: platform, locale: locale,
            title: zh ? "如何联系商城客服" : "How to reach Shop customer service",
            description: zh ? "商城客服的入口与时间。" : "Where to find Shop's customer service, and when it answers.",
            lastVerified: "2026-11-20", translationKey: "\(platform)-guide",
            frontMatter: "---\ntitle: x\n---\n", body: body,
            headings: [
                .init(level: 1, text: zh ? "如何联系商城客服" : "How to reach Shop customer service", anchor: "top"),
                .init(level: 2, text: zh ? "商家客服" : "Shop chat", anchor: "channel-chat"),
                .init(level: 3, text: zh ? "营业时间" : "Hours", anchor: "channel-chat-hours"),
                .init(level: 2, text: zh ? "客服热线" : "Hotline", anchor: "channel-hotline"),
            ]
        )
    }

    static func sheetDocument(platform: String = "shop", locale: String) -> RenderedDocument {
        let zh = locale == "zh"
        let body = """
            # \(zh ? "联系商城客服" : "Reaching Shop customer service")

            ## \(zh ? "在 App 里" : "In the app")

            1. \(zh ? "打开商城 App" : "Open the Shop app")
            2. \(zh ? "点击「客服」" : "Tap 「客服」 (Support)")

            """
        return RenderedDocument(
            platform: platform, locale: locale,
            title: zh ? "联系商城客服" : "Reaching Shop customer service",
            description: zh ? "一页打印版。" : "A one-page sheet.",
            lastVerified: "2026-11-20", translationKey: "\(platform)-sheet",
            frontMatter: "", body: body,
            headings: [
                .init(level: 1, text: zh ? "联系商城客服" : "Reaching Shop customer service", anchor: "sheet-title"),
                .init(level: 2, text: zh ? "在 App 里" : "In the app", anchor: "sheet-app"),
            ]
        )
    }

    static func platform(id: String = "shop", chatName: String = "商家客服", locales: [String] = ["zh", "en"]) throws -> SitePlatform {
        let guide = try guide(id: id, chatName: chatName, languages: "[\(locales.joined(separator: ", "))]")
        var documents: [String: SitePlatform.Documents] = [:]
        for locale in locales {
            documents[locale] = .init(guide: guideDocument(platform: id, locale: locale), sheet: sheetDocument(platform: id, locale: locale))
        }
        return SitePlatform(guide: guide, documents: documents)
    }

    static func templates() throws -> SiteTemplates {
        try SiteTemplates(overrides: nil)
    }

    static func build(_ platforms: [SitePlatform]) throws -> [String: String] {
        try build(platforms, templates: templates())
    }

    static func build(_ platforms: [SitePlatform], templates: SiteTemplates) throws -> [String: String] {
        let files = try SiteBuilder(templates: templates, baseURL: baseURL).build(platforms)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
    }

    /// The text of every file of the built-in theme, for tests that change one of them.
    static func templateFiles() throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: Theme.builtIn.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
    }
}
