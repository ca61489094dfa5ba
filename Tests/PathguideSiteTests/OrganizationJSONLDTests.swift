import Foundation
@testable import PathguideSite
import Testing

@Suite struct OrganizationJSONLDTests {
    /// The JSON-LD of a built guide page, parsed back.
    private func jsonLD(_ page: String) throws -> [String: Any] {
        let start = try #require(page.range(of: "<script type=\"application/ld+json\">\n"))
        let end = try #require(page.range(of: "\n</script>", range: start.upperBound..<page.endIndex))
        let text = String(page[start.upperBound..<end.lowerBound])
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func page(_ locale: String, chatName: String = "商家客服") throws -> String {
        try #require(try SiteFixtures.build([try SiteFixtures.platform(chatName: chatName)])["\(locale)/shop/index.html"])
    }

    @Test func organizationWithAContactPointPerChannel() throws {
        let json = try jsonLD(try page("en"))
        #expect(json["@context"] as? String == "https://schema.org")
        #expect(json["@type"] as? String == "Organization")
        #expect(json["name"] as? String == "Shop")
        let points = try #require(json["contactPoint"] as? [[String: Any]])
        #expect(points.map { $0["contactType"] as? String } == ["商家客服", "Hotline"])
        #expect(points.allSatisfy { $0["@type"] as? String == "ContactPoint" && $0["availableLanguage"] as? [String] == ["zh"] })
    }

    @Test func contactsWithValuesBecomeProperties() throws {
        let hotline = try #require((try jsonLD(try page("en"))["contactPoint"] as? [[String: Any]])?.last)
        #expect(hotline["telephone"] as? String == "95188")
        #expect(hotline["email"] as? String == "help@example.org")
        #expect(hotline["url"] as? String == "https://example.org/help")
        // The WeChat account and the phone contact without a number add nothing.
        #expect(Set(hotline.keys) == ["@type", "availableLanguage", "contactType", "email", "hoursAvailable", "telephone", "url"])
    }

    @Test func weeklyHoursBecomeOpeningHoursSpecifications() throws {
        let chat = try #require((try jsonLD(try page("zh"))["contactPoint"] as? [[String: Any]])?.first)
        let hours = try #require(chat["hoursAvailable"] as? [[String: Any]])
        #expect(hours.count == 2)
        #expect(hours[0]["@type"] as? String == "OpeningHoursSpecification")
        #expect(hours[0]["dayOfWeek"] as? [String] == ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"].map { "https://schema.org/" + $0 })
        // Asia/Shanghai keeps one offset all year, so the times carry it.
        #expect(hours[0]["opens"] as? String == "09:00:00+08:00")
        #expect(hours[0]["closes"] as? String == "18:00:00+08:00")
        #expect(hours[1]["dayOfWeek"] as? [String] == ["https://schema.org/Saturday"])
        #expect(chat["telephone"] == nil)
    }

    @Test func theOrganizationIsOneAcrossLanguagesAndNamesItsPage() throws {
        let zh = try jsonLD(try page("zh"))
        let en = try jsonLD(try page("en"))
        #expect(zh["@id"] as? String == "https://help.example.org/zh/shop/#organization")
        #expect(en["@id"] as? String == zh["@id"] as? String)
        let webPage = try #require(en["mainEntityOfPage"] as? [String: Any])
        #expect(webPage["@type"] as? String == "WebPage")
        #expect(webPage["@id"] as? String == "https://help.example.org/en/shop/")
        #expect(webPage["url"] as? String == "https://help.example.org/en/shop/")
        #expect(webPage["inLanguage"] as? String == "en")
        #expect(webPage["dateModified"] as? String == "2026-11-20")
        #expect((zh["mainEntityOfPage"] as? [String: Any])?["inLanguage"] as? String == "zh-Hans")
        // No surface of the fixture is a website with an address: no url is made up.
        #expect(en["url"] == nil)
    }

    @Test(arguments: [
        ("Asia/Shanghai", ":00+08:00"), ("Asia/Kolkata", ":00+05:30"), ("UTC", ":00+00:00"),
        ("America/Caracas", ":00-04:00"), ("America/New_York", nil), ("Europe/Berlin", nil), ("Mars/Olympus", nil),
    ] as [(String, String?)])
    func offsetsOnlyForZonesWithOneOffset(zone: String, offset: String?) {
        #expect(OrganizationJSONLD.fixedOffset(of: zone) == offset)
    }

    @Test func alwaysOpenIsEveryDayAroundTheClock() throws {
        let hotline = try #require((try jsonLD(try page("zh"))["contactPoint"] as? [[String: Any]])?.last)
        let hours = try #require(hotline["hoursAvailable"] as? [[String: Any]])
        #expect(hours.count == 1)
        #expect((hours[0]["dayOfWeek"] as? [String])?.count == 7)
        #expect(hours[0]["opens"] as? String == "00:00")
        #expect(hours[0]["closes"] as? String == "23:59")
    }

    @Test func textCannotCloseTheScript() throws {
        let hostile = "Chat</script><script>alert(1)</script>&amp;"
        let page = try page("en", chatName: hostile)
        #expect(!page.contains("</script><script>"))
        #expect(page.contains(#""contactType" : "Chat\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e\u0026amp;""#))
        // The escapes are JSON, so the parsed value is the text as written.
        let points = try #require(try jsonLD(page)["contactPoint"] as? [[String: Any]])
        #expect(points.first?["contactType"] as? String == hostile)
    }

    @Test func keysAreSorted() throws {
        let page = try page("en")
        let start = try #require(page.range(of: "\"@context\""))
        let name = try #require(page.range(of: "\"name\" : \"Shop\""))
        let contact = try #require(page.range(of: "\"contactPoint\""))
        #expect(start.lowerBound < contact.lowerBound && contact.lowerBound < name.lowerBound)
    }
}
