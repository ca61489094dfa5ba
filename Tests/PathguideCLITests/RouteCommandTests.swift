import Foundation
@testable import PathguideCLI
import Testing

/// The clean guide with a weekday agent, a weekend hotline reached from the agent, and a shop
/// chat with no published hours.
let hoursGuide = cleanGuide.replacingOccurrences(of: """
            hours:
              schedule: always
              source: s1

        """, with: """
            hours:
              schedule:
                - {days: [mon, tue, wed, thu, fri], opens: "09:00", closes: "18:00"}
              time-zone: Asia/Shanghai
              source: s1
            escalations:
              - {verb: call, to: hotline, when: {zh: 周末, en: at weekends}, source: s1}
          - id: hotline
            kind: hotline
            name: {zh: 客服热线, en: The hotline}
            operated-by: platform
            source: s1
            hours:
              schedule:
                - {days: [sat, sun], opens: "10:00", closes: "16:00"}
              time-zone: Asia/Shanghai
              source: s1
            escalations:
              - {verb: ask, to: shop, when: {zh: 问题在店铺, en: if the shop must act}, source: s1}
          - id: shop
            kind: merchant-support
            name: {zh: 店铺客服, en: The shop's chat}
            operated-by: merchant
            source: s1
            hours: unknown

        """)

@Suite struct RouteCommandTests {
    func run(_ arguments: [String]) async throws -> CommandResult {
        let folder = try GuideFolder(["shop.yaml": hoursGuide])
        return await folder.run(["route"] + arguments)
    }

    @Test func theQuickestOpenPersonInEnglish() async throws {
        let result = try await run(["shop", "--at", "2026-12-07T10:00+08:00", "--lang", "en"])
        #expect(result.stdout == """
            Shop: Agent
            Run by the platform; people answer. Hours: Monday to Friday, 09:00–18:00 (Asia/Shanghai). Open at Monday 2026-12-07 10:00 (Asia/Shanghai).

            1. Open the 应用 (App).
            2. Tap 「客服」 ("Support") at the bottom right.
            3. Type 「转人工」 ("transfer to a person").

            """)
        #expect(result.status == 0)
        #expect(result.stderr == "")
    }

    @Test func theOpeningMinuteIsOpenAndTheClosingMinuteIsNot() async throws {
        #expect(try await run(["shop", "--at", "2026-12-07T01:00:00Z", "--lang", "en"]).status == 0)
        let closed = try await run(["shop", "--at", "2026-12-07T10:00:00Z", "--lang", "en"])
        #expect(closed.status == 1)
        #expect(closed.stdout == """
            Shop
            No channel where a person answers is known to be open at Monday 2026-12-07 10:00 (UTC). The next to open is Agent, at Tuesday 2026-12-08 09:00 (Asia/Shanghai). Hours not published for the shop's chat.

            """)
    }

    @Test func atTheWeekendTheHotlineInChinese() async throws {
        let result = try await run(["shop", "--at", "2026-12-12T11:30+08:00", "--lang", "zh"])
        #expect(result.stdout == """
            商城：客服热线
            由平台提供，人工回复。服务时间：周六、周日 10:00–16:00（Asia/Shanghai）。2026-12-12（周六）11:30（Asia/Shanghai）正在服务。

            1. 打开应用。
            2. 点击右下角的「客服」。
            3. 输入「转人工」。
            4. 周末，拨打页面上显示的电话。

            """)
        #expect(result.status == 0)
    }

    @Test func nobodyOpenInChineseSaysWhenTheNextOpens() async throws {
        let result = try await run(["shop", "--at", "2026-12-12T20:00+08:00", "--lang", "zh"])
        #expect(result.stdout == """
            商城
            2026-12-12（周六）20:00（UTC+08:00）没有已知正在服务的人工渠道。最先开始服务的是客服热线，时间：2026-12-13（周日）10:00（Asia/Shanghai）。未公布服务时间：店铺客服。

            """)
        #expect(result.status == 1)
    }

    @Test func aNamedChannelWhateverItsHours() async throws {
        let result = try await run(["shop", "--to", "hotline", "--at", "2026-12-07T10:00+08:00", "--lang", "en"])
        #expect(result.stdout == """
            Shop: The hotline
            Run by the platform; people answer. Hours: Saturday and Sunday, 10:00–16:00 (Asia/Shanghai). Closed at Monday 2026-12-07 10:00 (Asia/Shanghai); it opens next at Saturday 2026-12-12 10:00 (Asia/Shanghai).

            1. Open the 应用 (App).
            2. Tap 「客服」 ("Support") at the bottom right.
            3. Type 「转人工」 ("transfer to a person").
            4. At weekends, call the phone number shown.

            """)
        #expect(result.status == 0)
    }

    @Test func unknownNamesAreRefusedNamingTheValidOnes() async throws {
        let platform = try await run(["shopp"])
        #expect(platform.status == 2)
        #expect(platform.stderr == "pathguide: error: no guide for platform 'shopp' in guides; the platforms are shop\n")
        let channel = try await run(["shop", "--to", "agnet"])
        #expect(channel.status == 2)
        #expect(channel.stderr == "pathguide: error: platform 'shop' has no channel 'agnet'; its channels are agent, bot, hotline, shop\n")
        let language = try await run(["shop", "--lang", "fr"])
        #expect(language.status == 2)
        #expect(language.stderr == "pathguide: error: unsupported locale 'fr'; supported locales are en, zh\n")
        let time = try await run(["shop", "--at", "2026-12-07 10:00"])
        #expect(time.status == 2)
        #expect(time.stderr.hasPrefix("Error: --at must be a date and time in ISO 8601 with an offset, like 2026-12-07T10:00:00+08:00, not '2026-12-07 10:00'\n"))
    }
}
