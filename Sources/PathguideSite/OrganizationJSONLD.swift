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
    static func script(for guide: Guide, locale: String) throws(SiteError) -> String {
        try scriptSafeJSON(object(for: guide, locale: locale), file: guide.file)
    }

    static func object(for guide: Guide, locale: String) -> [String: Any] {
        var organization: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": text(guide.platform.name, locale),
        ]
        let languages = guide.platform.uiLanguages.map(\.value)
        let points = guide.channels.map { contactPoint($0, locale: locale, languages: languages) }
        if !points.isEmpty { organization["contactPoint"] = points }
        return organization
    }

    private static func contactPoint(_ channel: Channel, locale: String, languages: [String]) -> [String: Any] {
        var point: [String: Any] = [
            "@type": "ContactPoint",
            "contactType": text(channel.name, locale),
        ]
        if !languages.isEmpty { point["availableLanguage"] = languages }
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
        if let value = oneOrMany(telephones) { point["telephone"] = value }
        if let value = oneOrMany(emails) { point["email"] = value }
        if let value = oneOrMany(urls) { point["url"] = value }
        if let hours = openingHours(channel.hours) { point["hoursAvailable"] = hours }
        return point
    }

    private static func openingHours(_ hours: Hours?) -> [[String: Any]]? {
        switch hours?.schedule {
        case .weekly(let slots):
            return slots.map { slot in
                [
                    "@type": "OpeningHoursSpecification",
                    "dayOfWeek": slot.days.map { dayURL($0.value) },
                    "opens": slot.opens.value,
                    "closes": slot.closes.value,
                ]
            }
        case .always:
            // schema.org's documented way to say "open 24 hours": 00:00 to 23:59 every day.
            return [[
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": Weekday.allCases.map(dayURL),
                "opens": "00:00",
                "closes": "23:59",
            ]]
        case .unknown, nil:
            return nil
        }
    }

    private static func dayURL(_ day: Weekday) -> String {
        let names: [Weekday: String] = [.mon: "Monday", .tue: "Tuesday", .wed: "Wednesday", .thu: "Thursday", .fri: "Friday", .sat: "Saturday", .sun: "Sunday"]
        return "https://schema.org/" + names[day]!
    }

    /// The text in `locale`, else the first language written (the checker reports the gap).
    private static func text(_ text: LocalizedText, _ locale: String) -> String {
        text[locale] ?? text.entries.first?.text ?? ""
    }

    /// Repeated contacts appear once; one value stays a plain string, as most readers expect.
    private static func oneOrMany(_ values: [String]) -> Any? {
        var seen = Set<String>()
        let unique = values.filter { !$0.isEmpty && seen.insert($0).inserted }
        switch unique.count {
        case 0: return nil
        case 1: return unique[0]
        default: return unique
        }
    }

    /// Sorted, pretty JSON in which `<`, `>` and `&` are `\u` escapes: the JSON means the same,
    /// and no text in it can close the `<script>` element or start a comment in it.
    static func scriptSafeJSON(_ object: [String: Any], file: String) throws(SiteError) -> String {
        let data: Data
        do {
            data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        } catch {
            throw SiteError("\(file): error: cannot encode the contact data as JSON: \(error)")
        }
        var json = ""
        for character in String(decoding: data, as: UTF8.self) {
            switch character {
            case "<": json += "\\u003c"
            case ">": json += "\\u003e"
            case "&": json += "\\u0026"
            default: json.append(character)
            }
        }
        return json
    }
}
