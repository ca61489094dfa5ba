import PathguideDiagnostics

/// One platform's guide: everything one YAML file in `guides/` says.
///
/// Ids of sources, regions, surfaces, screens, channels and scenarios share one namespace per
/// guide, because an action's `to` may name a screen or a channel and every id becomes an
/// anchor or a file name when rendered.
public struct Guide: Sendable {
    /// The file the guide was read from, as the user named it.
    public var file: String
    /// The guide format version (`format: 1`).
    public var format: Located<Int>?
    /// The languages every text must be written in, in display order (`[zh, en]`).
    public var languages: [Located<String>]
    public var platform: Platform
    public var sources: [Source]
    public var surfaces: [Surface]
    public var screens: [Screen]
    public var channels: [Channel]
    public var scenarios: [Scenario]
    public var tips: [Tip]
    public var troubleshooting: [Trouble]
    /// What the one-page sheet shows, when the author chooses (`sheet: {channels: [...]}`).
    public var sheet: SheetChoice?
    /// Parts the loader reported and could not build, in the order written.
    public var unloaded: [UnloadedPart]

    public init(
        file: String,
        format: Located<Int>? = nil,
        languages: [Located<String>],
        platform: Platform,
        sources: [Source] = [],
        surfaces: [Surface] = [],
        screens: [Screen] = [],
        channels: [Channel] = [],
        scenarios: [Scenario] = [],
        tips: [Tip] = [],
        troubleshooting: [Trouble] = [],
        sheet: SheetChoice? = nil,
        unloaded: [UnloadedPart] = []
    ) {
        self.file = file
        self.format = format
        self.languages = languages
        self.platform = platform
        self.sources = sources
        self.surfaces = surfaces
        self.screens = screens
        self.channels = channels
        self.scenarios = scenarios
        self.tips = tips
        self.troubleshooting = troubleshooting
        self.sheet = sheet
        self.unloaded = unloaded
    }

    public func screen(_ id: String) -> Screen? { screens.first { $0.id.value == id } }
    public func channel(_ id: String) -> Channel? { channels.first { $0.id.value == id } }
    public func surface(_ id: String) -> Surface? { surfaces.first { $0.id.value == id } }
}

/// The platform a guide is about, and how current the guide is.
public struct Platform: Sendable {
    public var id: Located<String>
    public var name: LocalizedText
    /// Languages the platform's own UI shows. Labels are written in these; readers of other
    /// languages get a gloss.
    public var uiLanguages: [Located<String>]
    public var regions: [Region]
    public var verified: Verification?
    public var location: SourceLocation

    public init(id: Located<String>, name: LocalizedText, uiLanguages: [Located<String>], regions: [Region] = [], verified: Verification?, location: SourceLocation) {
        self.id = id
        self.name = name
        self.uiLanguages = uiLanguages
        self.regions = regions
        self.verified = verified
        self.location = location
    }
}

/// A calendar date as written in a guide (`2026-11-20`), with no time zone: a day of checking.
public struct LocalDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, rejecting impossible dates such as `2026-02-30`.
    public init?(iso text: Substring) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= LocalDate.days(inMonth: m, year: y)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The date `days` after 1970-01-01 (negative for earlier dates).
    public init(daysSinceEpoch days: Int) {
        // Howard Hinnant's civil_from_days.
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for date arithmetic without Foundation calendars.
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// When someone last checked the facts against the app, and on which version.
public struct Verification: Sendable {
    /// `nil` when the `date` key is missing; the date rule reports it.
    public var date: Located<LocalDate>?
    public var appVersion: Located<String>?
    public var location: SourceLocation

    public init(date: Located<LocalDate>?, appVersion: Located<String>? = nil, location: SourceLocation) {
        self.date = date
        self.appVersion = appVersion
        self.location = location
    }
}

/// A region where the platform behaves differently (a country's store, mainland China…).
public struct Region: Sendable {
    public var id: Located<String>
    public var name: LocalizedText
    public var note: LocalizedText?
    public var location: SourceLocation

    public init(id: Located<String>, name: LocalizedText, note: LocalizedText? = nil, location: SourceLocation) {
        self.id = id
        self.name = name
        self.note = note
        self.location = location
    }
}

/// Where facts come from: an article, a page. Every fact names one or more sources by id.
public struct Source: Sendable {
    public var id: Located<String>
    public var title: LocalizedText?
    /// A file name (for the articles kept with the project).
    public var file: Located<String>?
    public var url: Located<String>?
    public var location: SourceLocation

    public init(id: Located<String>, title: LocalizedText? = nil, file: Located<String>? = nil, url: Located<String>? = nil, location: SourceLocation) {
        self.id = id
        self.title = title
        self.file = file
        self.url = url
        self.location = location
    }
}

/// The channels the help sheet shows after the quickest way to a person, in the order given,
/// instead of the ones the sheet would choose itself; still only as many as fit one page.
public struct SheetChoice: Sendable {
    public var channels: [Located<String>]
    public var location: SourceLocation

    public init(channels: [Located<String>], location: SourceLocation) {
        self.channels = channels
        self.location = location
    }
}
