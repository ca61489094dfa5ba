import PathguideCore
@testable import PathguideRender
import Testing

/// The public surface: locales, errors, headings and the shape of the documents.
@Suite struct GuideRendererTests {
    @Test func supportedLocales() {
        #expect(GuideRenderer.supportedLocales == ["en", "zh"])
    }

    @Test func unsupportedLocale() throws {
        let guide = try TestGuide.load(TestGuide.text())
        #expect(throws: RenderError(message: "unsupported locale 'fr'; supported locales are en, zh")) {
            try GuideRenderer(guide: guide, locale: "fr")
        }
    }

    @Test func localeTheGuideIsNotWrittenIn() throws {
        var guide = try TestGuide.load(TestGuide.text())
        guide.languages = guide.languages.filter { $0.value == "zh" }
        #expect(throws: RenderError(message: "guide 'example-shop' is not written in 'en'; its languages are zh")) {
            try GuideRenderer(guide: guide, locale: "en")
        }
    }

    @Test func douyinHeadingsInOrderWithUniqueAnchors() throws {
        let guide = try #require(repositoryGuide("douyin-shop")?.guide)
        for locale in GuideRenderer.supportedLocales {
            let document = try GuideRenderer(guide: guide, locale: locale).guide()
            let anchors = document.headings.map(\.anchor)
            #expect(Set(anchors).count == anchors.count)
            #expect(anchors.filter { !$0.hasPrefix("channel-") && !$0.hasPrefix("scenario-") && !$0.hasPrefix("troubleshooting-") }
                == ["title", "quickest", "channels", "scenarios", "troubleshooting", "tips", "sources"])
            #expect(anchors.contains("channel-merchant-chat"))
            #expect(anchors.contains("channel-merchant-chat-route"))
            #expect(anchors.contains("channel-merchant-chat-escalations"))
            #expect(anchors.contains("scenario-refund"))
            let headingLines = document.body.split(separator: "\n").filter { $0.hasPrefix("#") }
            #expect(headingLines.count == document.headings.count)
            for (line, heading) in zip(headingLines, document.headings) {
                #expect(line.hasPrefix(String(repeating: "#", count: heading.level) + " "))
            }
            #expect(document.body.hasSuffix("\n") && !document.body.hasSuffix("\n\n"))
            #expect(!document.body.contains("<"), "no raw HTML")
        }
    }

    @Test func sheetIsShort() throws {
        for platform in GuideSnapshotTests.platforms {
            guard let guide = repositoryGuide(platform)?.guide else { continue }
            for locale in GuideRenderer.supportedLocales {
                let sheet = try GuideRenderer(guide: guide, locale: locale).sheet()
                let lines = sheet.body.split(separator: "\n").count
                #expect(lines <= 28, "\(platform) \(locale) sheet has \(lines) lines of content")
                #expect(sheet.headings.first?.anchor == "title")
                #expect(sheet.headings.dropFirst().first?.anchor == "quickest")
            }
        }
    }

    @Test func hours() throws {
        let guide = try TestGuide.load(TestGuide.text(channels: """
              - id: agent
                kind: human-agent
                name: {zh: 人工客服, en: Human agent}
                operated-by: platform
                hours:
                  schedule:
                    - {days: [fri, mon, tue, wed, thu], opens: "09:00", closes: "18:00"}
                    - {days: [sat], opens: "10:00", closes: "16:00"}
                  time-zone: Asia/Shanghai
              - id: weekends
                kind: hotline
                name: {zh: 热线, en: Hotline}
                operated-by: platform
                hours:
                  schedule:
                    - {days: [mon, tue, thu, sat, sun], opens: "08:00", closes: "24:00"}
                  time-zone: Asia/Shanghai
              - id: always
                kind: hotline
                name: {zh: 全天热线, en: All-day line}
                operated-by: platform
                hours: always
              - id: unknown
                kind: hotline
                name: {zh: 未知热线, en: Unknown line}
                operated-by: platform
                hours:
                  schedule: unknown
                  note: {zh: 原文未提及。, en: The article does not say.}
            """))
        func hours(_ locale: String) throws -> [String] {
            let context = RenderContext(guide: guide, locale: locale, phrases: try #require(Phrasebook.forLocale(locale)))
            return guide.channels.compactMap { $0.hours.map(HoursWriter(context: context).full) }
        }
        #expect(try hours("en") == [
            "Monday to Friday, 09:00–18:00; Saturday, 10:00–16:00 (Asia/Shanghai).",
            "Monday, Tuesday, Thursday, Saturday and Sunday, 08:00–24:00 (Asia/Shanghai).",
            "Around the clock.",
            "Hours not published. The article does not say.",
        ])
        #expect(try hours("zh") == [
            "周一至周五 09:00–18:00；周六 10:00–16:00（Asia/Shanghai）。",
            "周一、周二、周四、周六、周日 08:00–24:00（Asia/Shanghai）。",
            "全天24小时。",
            "未公布服务时间。原文未提及。",
        ])
    }
}
