import Foundation
import PathguideCore

/// The schema.org `Organization` for a platform, with one `ContactPoint` per support channel,
/// as JSON-LD for a guide page's head: search engines and assistants read contact data from it.
///
/// Only facts from the guide appear: a contact without a value adds no property, hours the
/// sources do not give add no `hoursAvailable`, and the Organization has a `url` only when one of
/// its surfaces is a website with an address. Its `@id` is the same on every language's page,
/// so readers of the graph know the pages describe one organization; the page it is described on
/// is `mainEntityOfPage`, with the day the guide was last verified as `dateModified`.
enum OrganizationJSONLD {
    /// Where the JSON-LD sits: the page's address and language, and the Organization's id.
    struct Page {
        var url: String
        /// The page's BCP 47 language tag (`zh-Hans`).
        var language: String
        var organizationID: String
    }

    /// The JSON text, ready to sit inside `<script type="application/ld+json">`.
    static func script(for guide: Guide, locale: String, page: Page) -> String {
        scriptSafeJSON(object(for: guide, locale: locale, page: page))
    }

    static func object(for guide: Guide, locale: String, page: Page) -> JSONValue {
        var organization: [JSONValue.Member] = [
            .init("@context", .string("https://schema.org")),
            .init("@type", .string("Organization")),
            .init("@id", .string(page.organizationID)),
            .init("name", .string(text(guide.platform.name, locale))),
        ]
        let websites = guide.surfaces.filter { $0.kind.value == .website }.compactMap { $0.url?.value }
        if let website = websites.first { organization.append(.init("url", .string(website))) }
        var webPage: [JSONValue.Member] = [
            .init("@type", .string("WebPage")),
            .init("@id", .string(page.url)),
            .init("url", .string(page.url)),
            .init("inLanguage", .string(page.language)),
        ]
        if let date = guide.platform.verified?.date?.value {
            webPage.append(.init("dateModified", .string(date.description)))
        }
        organization.append(.init("mainEntityOfPage", .object(webPage)))
        let languages = guide.platform.uiLanguages.map { JSONValue.string($0.value) }
        let points = guide.channels.map { contactPoint($0, locale: locale, languages: languages) }
        if !points.isEmpty { organization.append(.init("contactPoint", .array(points))) }
        return .object(organization)
    }

    private static func contactPoint(_ channel: Channel, locale: String, languages: [JSONValue]) -> JSONValue {
        var point: [JSONValue.Member] = [
            .init("@type", .string("ContactPoint")),
            .init("contactType", .string(text(channel.name, locale))),
        ]
        if !languages.isEmpty { point.append(.init("availableLanguage", .array(languages))) }
        var telephones: [String] = []
        var emails: [String] = []
        var urls: [String] = []
        for contact in channel.contacts {
            for address in [contact.value?.value, contact.url?.value].compactMap({ $0 }) {
                let trimmed = address.trimmingCharacters(in: .whitespaces)
                let lowered = trimmed.lowercased()
                if lowered.hasPrefix("tel:") {
                    telephones.append(String(trimmed.dropFirst(4)))
                } else if lowered.hasPrefix("mailto:") {
                    emails.append(String(trimmed.dropFirst(7)))
                } else if lowered.hasPrefix("https://") || lowered.hasPrefix("http://") {
                    urls.append(trimmed)
                } else if address == contact.value?.value {
                    // A bare value means what its kind says; WeChat ids and the like have no property.
                    switch contact.kind.value {
                    case .phone: telephones.append(trimmed)
                    case .email: emails.append(trimmed)
                    default: break
                    }
                }
            }
        }
        if let value = oneOrMany(telephones) { point.append(.init("telephone", value)) }
        if let value = oneOrMany(emails) { point.append(.init("email", value)) }
        if let value = oneOrMany(urls) { point.append(.init("url", value)) }
        if let hours = openingHours(channel.hours) { point.append(.init("hoursAvailable", .array(hours))) }
        return .object(point)
    }

    private static func openingHours(_ hours: Hours?) -> [JSONValue]? {
        let offset = hours?.timeZone.flatMap { fixedOffset(of: $0.value) } ?? ""
        switch hours?.schedule {
        case .weekly(let slots):
            return slots.map { slot in
                .object([
                    .init("@type", .string("OpeningHoursSpecification")),
                    .init("dayOfWeek", .array(slot.days.map { .string(dayURL($0.value)) })),
                    .init("opens", .string(slot.opens.value + offset)),
                    .init("closes", .string(slot.closes.value + offset)),
                ])
            }
        case .always:
            // schema.org's documented way to say "open 24 hours": 00:00 to 23:59 every day.
            return [.object([
                .init("@type", .string("OpeningHoursSpecification")),
                .init("dayOfWeek", .array(Weekday.allCases.map { .string(dayURL($0)) })),
                .init("opens", .string("00:00")),
                .init("closes", .string("23:59")),
            ])]
        case .unknown, nil:
            return nil
        }
    }

    /// The zone's offset from UTC as schema.org's `Time` writes it (`:00+08:00`, after `HH:MM`),
    /// when the zone keeps one offset all year. A zone with daylight saving time gets none: one
    /// offset would be wrong half the year, and `OpeningHoursSpecification` has no time zone
    /// property; the page's text names the zone.
    static func fixedOffset(of identifier: String) -> String? {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        // Fixed days, so the answer does not depend on when the site is built.
        let january = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z
        let july = Date(timeIntervalSince1970: 1_782_864_000)  // 2026-07-01T00:00:00Z
        let seconds = zone.secondsFromGMT(for: january)
        guard zone.secondsFromGMT(for: july) == seconds else { return nil }
        let minutes = abs(seconds) / 60
        let sign = seconds < 0 ? "-" : "+"
        return ":00" + sign + String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    private static func dayURL(_ day: Weekday) -> String {
        switch day {
        case .mon: "https://schema.org/Monday"
        case .tue: "https://schema.org/Tuesday"
        case .wed: "https://schema.org/Wednesday"
        case .thu: "https://schema.org/Thursday"
        case .fri: "https://schema.org/Friday"
        case .sat: "https://schema.org/Saturday"
        case .sun: "https://schema.org/Sunday"
        }
    }

    /// The text in `locale`, else the first language written (the checker reports the gap).
    private static func text(_ text: LocalizedText, _ locale: String) -> String {
        text[locale] ?? text.entries.first?.text ?? ""
    }

    /// Repeated contacts appear once; one value stays a plain string, as most readers expect.
    private static func oneOrMany(_ values: [String]) -> JSONValue? {
        var unique: [String] = []
        for value in values where !value.isEmpty && !unique.contains(value) {
            unique.append(value)
        }
        switch unique.count {
        case 0: return nil
        case 1: return .string(unique[0])
        default: return .array(unique.map(JSONValue.string))
        }
    }

    /// Sorted, pretty JSON in which `<`, `>` and `&` are `\u` escapes: the JSON means the same,
    /// and no text in it can close the `<script>` element or start a comment in it.
    static func scriptSafeJSON(_ value: JSONValue) -> String {
        var writer = ScriptSafeJSONWriter()
        writer.write(value)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
