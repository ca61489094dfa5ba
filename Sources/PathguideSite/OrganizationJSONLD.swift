import Foundation
import PathguideCore

/// The schema.org `Organization` for a platform, with one `ContactPoint` per support channel,
/// as JSON-LD for a guide page's head: search engines and assistants read contact data from it.
///
/// Only facts from the guide appear: a contact without a value adds no property, hours the
/// sources do not give add no `hoursAvailable`. Opening hours carry no time zone because
/// `OpeningHoursSpecification` has none; the page text states it.
enum OrganizationJSONLD {
    /// The JSON text, ready to sit inside `<script type="application/ld+json">`.
    static func script(for guide: Guide, locale: String) -> String {
        scriptSafeJSON(object(for: guide, locale: locale))
    }

    static func object(for guide: Guide, locale: String) -> JSONValue {
        var organization: [JSONValue.Member] = [
            .init("@context", .string("https://schema.org")),
            .init("@type", .string("Organization")),
            .init("name", .string(text(guide.platform.name, locale))),
        ]
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
        switch hours?.schedule {
        case .weekly(let slots):
            return slots.map { slot in
                .object([
                    .init("@type", .string("OpeningHoursSpecification")),
                    .init("dayOfWeek", .array(slot.days.map { .string(dayURL($0.value)) })),
                    .init("opens", .string(slot.opens.value)),
                    .init("closes", .string(slot.closes.value)),
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
