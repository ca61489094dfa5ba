import PathguideCheck
import PathguideCore
import Testing

/// What the articles say of hours, as the hours-gap rule reads the guides: only article 001
/// gives any (a shop's customer service, "一般在工作日的9:00-18:00"); the others give none.
@Suite struct HoursGapTests {
    func findings(_ id: String) throws -> [String] {
        let repository = try RepositoryGuide(id)
        let context = CheckContext(today: LocalDate(year: 2026, month: 11, day: 24))
        return HoursGapRule().check(RuleInput(guide: repository.guide, context: context)).map {
            "\($0.location?.description ?? "-"): \($0.message)" + $0.notes.map { "\n  \($0.location?.description ?? "-"): \($0.message)" }.joined()
        }
    }

    @Test func douyinShopIsKnownToAnswerOnlyOnWeekdaysInWorkingHours() throws {
        #expect(try findings("douyin-shop") == ["""
            guides/douyin-shop.yaml:168:7: no channel with people is known to be open: Monday to Thursday, 18:00–09:00; Friday 18:00 to Monday 09:00 (Asia/Shanghai)
              guides/douyin-shop.yaml:214:12: channel 'douyin-service' has people and unknown hours
              guides/douyin-shop.yaml:231:12: channel 'shop-phone' has people and unknown hours
              guides/douyin-shop.yaml:244:12: channel 'shop-email' has people and unknown hours
            """])
    }

    @Test func taobaoAndAmazonGiveNoHours() throws {
        #expect(try findings("taobao").map { $0.prefix(while: { $0 != "\n" }) } == [
            "guides/taobao.yaml:6:7: none of the 9 channels with people has known hours",
        ])
        #expect(try findings("amazon").map { $0.prefix(while: { $0 != "\n" }) } == [
            "guides/amazon.yaml:6:7: none of the 9 channels with people has known hours",
        ])
    }
}
