import PathguideCore
import PathguideRender

/// The hours of a guide's channels as JSON data for the guide page's "open now" script: for each
/// channel with known hours, the anchor of its heading, its time zone, and its open times as
/// day, opens, closes (a stretch past midnight cut in two, as the guide format writes it).
///
///     {"channels": [{"anchor": "channel-merchant-chat", "timeZone": "Asia/Shanghai",
///                    "slots": [{"day": "mon", "opens": "09:00", "closes": "18:00"}, …]}]}
///
/// Only hours `OpeningTimes` accepts are written, so the script never reads a slot the checker
/// refuses. The page states every fact in its text; the data only adds the mark.
enum OpeningHoursJSON {
    /// The JSON text, or nil when no channel whose heading is in `anchors` has known hours.
    static func script(for guide: Guide, anchors: Set<String>) -> String? {
        let channels: [JSONValue] = guide.channels.compactMap { channel in
            let anchor = "channel-" + channel.id.value
            guard anchors.contains(anchor), let times = OpeningTimes(channel.hours) else { return nil }
            let zone: String, spans: [WeekSpan]
            switch times.known {
            case .always: (zone, spans) = ("UTC", [.wholeWeek])
            case let .weekly(open, timeZone): (zone, spans) = (timeZone.identifier, open)
            }
            return .object([
                .init("anchor", .string(anchor)),
                .init("timeZone", .string(zone)),
                .init("slots", .array(spans.flatMap(slots))),
            ])
        }
        guard !channels.isEmpty else { return nil }
        return OrganizationJSONLD.scriptSafeJSON(.object([.init("channels", .array(channels))]))
    }

    /// A stretch as one slot per day it touches.
    private static func slots(_ span: WeekSpan) -> [JSONValue] {
        var slots: [JSONValue] = []
        var start = span.start
        while start < span.end {
            let dayEnd = (start / 1440 + 1) * 1440
            let end = min(span.end, dayEnd)
            slots.append(.object([
                .init("day", .string(Weekday.allCases[start / 1440 % 7].rawValue)),
                .init("opens", .string(WeekWording.clock(start % 1440))),
                .init("closes", .string(WeekWording.clock(end - (start / 1440) * 1440))),
            ]))
            start = end
        }
        return slots
    }
}
