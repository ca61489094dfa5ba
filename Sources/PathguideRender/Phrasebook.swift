import PathguideCore

/// Every word the renderer writes itself, for one reader language: titles, sentence templates
/// for steps, hours, who runs a channel. Render code only fills templates, so adding a
/// language is adding one phrasebook, and no sentence is pieced together elsewhere.
///
/// Templates take and return plain text; the renderer escapes the result as a whole. Guide
/// texts arrive already in the reader's language, labels as the app shows them.
struct Phrasebook: Sendable {
    /// What a step acts on, for the step templates.
    enum StepObject: Sendable, Equatable {
        /// A UI label, already quoted (and glossed) by `quotedLabel`.
        case label(String)
        /// What to enter, in the reader's words: "the name of the shop you want".
        case input(String)
        /// Nothing is named on screen: the step is described by where it leads.
        case target(String)
    }

    /// How items of a list are joined: "A, B and C" or "A, B or C".
    enum Conjunction: Sendable {
        case and, or
    }

    // MARK: Documents

    /// The BCP 47 tag of the language (`zh-Hans`), for `lang` in front matter.
    var languageTag: String
    var guideTitle: @Sendable (_ platform: String) -> String
    var guideDescription: @Sendable (_ platform: String) -> String
    var guideIntro: @Sendable (_ platform: String) -> String
    var sheetTitle: @Sendable (_ platform: String) -> String
    var sheetDescription: @Sendable (_ platform: String) -> String
    var date: @Sendable (LocalDate) -> String
    var verifiedOn: @Sendable (_ date: String) -> String
    var verificationMissing: String
    var appVersion: @Sendable (_ version: String) -> String

    // MARK: Section titles

    var quickestTitle: String
    var channelsTitle: String
    var routeTitle: String
    var escalationsTitle: String
    var scenariosTitle: String
    var troubleshootingTitle: String
    var tipsTitle: String
    var sourcesTitle: String
    var sheetQuickestTitle: @Sendable (_ channel: String) -> String
    var sheetBotsTitle: String
    /// From one channel on to another, as a label: "Smart assistant → Human agent".
    var handOver: @Sendable (_ from: String, _ to: String) -> String
    var sheetContactsTitle: String

    // MARK: Punctuation and lists

    /// Between a field label and its value: ": " or "：".
    var labelSeparator: String
    /// Between sentences: " " in English, nothing in Chinese.
    var sentenceSeparator: String
    var fullStop: String
    /// Ends `text` with a full stop unless it already ends a sentence.
    var sentence: @Sendable (_ text: String) -> String
    var list: @Sendable (_ items: [String], _ conjunction: Conjunction) -> String

    // MARK: The quickest way

    /// Names the channel and, when there are steps to take, the surface they start on.
    var quickestIntro: @Sendable (_ channel: String, _ surface: String?) -> String
    var nobodyReachable: String

    // MARK: Channels

    /// One sentence: who runs the channel and who answers.
    var who: @Sendable (ChannelOperator, Staffing) -> String
    /// Who answers, as the part of `who` that says it: "a bot answers".
    var answers: @Sendable (Staffing) -> String
    var hoursLabel: String
    var queueLabel: String
    var prerequisitesLabel: String
    var regionsLabel: String
    var addressLabel: String
    var contactLabel: @Sendable (ContactKind) -> String
    var prerequisite: @Sendable (PrerequisiteKind) -> String
    var noRoute: String
    var anotherWay: String

    // MARK: Hours

    var alwaysOpen: String
    var hoursUnknown: String
    var weekday: @Sendable (Weekday) -> String
    var everyDay: String
    var dayRange: @Sendable (_ first: String, _ last: String) -> String
    var dayList: @Sendable ([String]) -> String
    var slot: @Sendable (_ days: String, _ opens: String, _ closes: String) -> String
    var slotSeparator: String
    var inTimeZone: @Sendable (_ schedule: String, _ timeZone: String) -> String
    /// Whole days: "Saturday and Sunday, all day".
    var allDay: @Sendable (_ days: String) -> String
    /// A stretch longer than a day, by its two ends: "Friday 18:00 to Monday 09:00".
    var across: @Sendable (_ fromDay: String, _ fromTime: String, _ toDay: String, _ toTime: String) -> String
    var allWeek: String

    // MARK: Open or closed at an instant

    /// A wall-clock moment: "Monday 2026-12-14 09:00 (Asia/Shanghai)".
    var moment: @Sendable (_ weekday: String, _ date: String, _ time: String, _ timeZone: String) -> String
    var openAt: @Sendable (_ moment: String) -> String
    var closedAt: @Sendable (_ moment: String, _ next: String?) -> String
    var nobodyOpenAt: @Sendable (_ moment: String) -> String
    var nextToOpen: @Sendable (_ channel: String, _ moment: String) -> String
    var hoursUnknownFor: @Sendable (_ channels: [String]) -> String
    /// For a channel with hours: what to do when it is closed.
    var outsideTheseHoursLabel: String
    var noneOpenOutside: String
    /// Another channel that answers when this one is closed, with its hours.
    var openThen: @Sendable (_ channel: String, _ hours: String) -> String
    var opensAgain: @Sendable (_ when: String) -> String
    /// Days and a time: "Monday to Friday at 09:00".
    var dayAt: @Sendable (_ days: String, _ time: String) -> String

    // MARK: Steps

    /// A UI label as the app shows it, with its gloss when the reader needs one.
    var quotedLabel: @Sendable (_ label: String, _ gloss: String?) -> String
    /// One sentence per verb, placing the object and the position.
    var step: @Sendable (Verb, StepObject, ScreenPosition?) -> String
    /// A step that only applies sometimes; `condition` is the guide's `when`.
    var conditional: @Sendable (_ condition: String, _ step: String) -> String
    /// A surface's name as its own UI shows it, glossed in the reader's language.
    var glossedName: @Sendable (_ shown: String, _ gloss: String) -> String
    /// The first step of every route: open the app, go to the website, call the line.
    var start: @Sendable (SurfaceKind, _ name: String) -> String
    var onlyIn: @Sendable (_ regions: String) -> String

    // MARK: The map of the paths

    /// The picture's accessible name.
    var mapTitle: @Sendable (_ platform: String) -> String
    /// What the picture shows, naming the channel the highlighted route ends at, if any.
    var mapDescription: @Sendable (_ quickestChannel: String?) -> String

    // MARK: Scenarios, troubleshooting, sources

    var whereToGo: String
    var whereToGoInOrder: String
    /// Introduces a scenario's route, naming where it ends.
    var howToGetTo: @Sendable (_ channel: String) -> String
    var prepareLabel: String
    var ifItFailsLabel: String
    var ifStillStuck: @Sendable (_ channels: [String]) -> String
    var source: @Sendable (_ title: String?, _ file: String?) -> String

    /// The phrasebook for a locale, if there is one.
    static func forLocale(_ locale: String) -> Phrasebook? {
        switch locale {
        case "en": .english
        case "zh": .chinese
        default: nil
        }
    }

    /// The phrasebook for a locale, or the error that names the locales there are.
    static func required(_ locale: String) throws(RenderError) -> Phrasebook {
        guard let phrases = forLocale(locale) else {
            throw RenderError(message: "unsupported locale '\(locale)'; supported locales are \(locales.joined(separator: ", "))")
        }
        return phrases
    }

    /// Locales with a phrasebook, sorted.
    static let locales = ["en", "zh"]
}
