import PathguideCore

extension Phrasebook {
    /// English: labels stay as the app shows them in 「」, glossed in ("…") when the app does
    /// not speak English; positions follow the thing they place ("at the bottom right").
    static let english = Phrasebook(
        languageTag: "en",
        guideTitle: { "How to reach \($0) customer service" },
        guideDescription: { "Step by step: every way to reach \($0) customer service, who answers and when, and where to turn if they cannot help." },
        guideIntro: { "This guide shows how to reach \($0) customer service: where to tap, who answers and when, and where to turn next if they cannot help." },
        sheetTitle: { "\($0) customer service" },
        sheetDescription: { "A one-page help sheet: how to reach \($0) customer service." },
        date: { date in
            let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
            return "\(date.day) \(months[date.month - 1]) \(date.year)"
        },
        verifiedOn: { "Last verified on \($0)." },
        verificationMissing: "The date these facts were last verified is not recorded.",
        appVersion: { "Checked against app version \($0)." },

        quickestTitle: "The quickest way to a person",
        channelsTitle: "All the ways to reach customer service",
        routeTitle: "How to get there",
        escalationsTitle: "If this does not help",
        scenariosTitle: "Which channel for which problem",
        troubleshootingTitle: "Troubleshooting",
        tipsTitle: "Tips",
        sourcesTitle: "Sources",
        sheetQuickestTitle: { "Quickest way to a person: \($0)" },
        sheetBotsTitle: "If a bot answers",
        handOver: { "\($0) → \($1)" },
        sheetContactsTitle: "Phone and email",

        labelSeparator: ": ",
        sentenceSeparator: " ",
        fullStop: ".",
        sentence: { text in
            guard let last = text.last, !".!?".contains(last) else { return text }
            return text + "."
        },
        list: { items, conjunction in englishList(items, conjunction == .and ? "and" : "or") },

        quickestIntro: { channel, surface in
            surface.map { "The quickest way to reach a person is \(midSentence(channel)), from the \($0)." }
                ?? "The quickest way to reach a person is \(midSentence(channel))."
        },
        nobodyReachable: "This guide knows no route to a channel where a person answers.",

        who: { op, staffing in
            let runBy = switch op {
            case .merchant: "the shop"
            case .platform: "the platform"
            case .thirdParty: "a third party"
            }
            return "Run by \(runBy); \(englishAnswers(staffing))."
        },
        answers: englishAnswers,
        hoursLabel: "Hours",
        queueLabel: "Waiting",
        prerequisitesLabel: "You need",
        regionsLabel: "Only in",
        addressLabel: "Address",
        contactLabel: { kind in
            switch kind {
            case .phone: "Phone"
            case .email: "Email"
            case .url: "Website"
            case .wechat: "WeChat"
            case .weibo: "Weibo"
            case .other: "Other"
            }
        },
        prerequisite: { kind in
            switch kind {
            case .order: "an order"
            case .merchantContact: "to have contacted the shop first"
            case .login: "to be logged in"
            case .refundRequest: "a refund request"
            case .refusedRefund: "a refund the shop has refused"
            case .other: "something more (see the note)"
            }
        },
        noRoute: "This guide does not yet say how to get here.",
        anotherWay: "Another way:",

        alwaysOpen: "Around the clock",
        hoursUnknown: "Hours not published",
        weekday: { day in
            switch day {
            case .mon: "Monday"
            case .tue: "Tuesday"
            case .wed: "Wednesday"
            case .thu: "Thursday"
            case .fri: "Friday"
            case .sat: "Saturday"
            case .sun: "Sunday"
            }
        },
        everyDay: "Every day",
        dayRange: { "\($0) to \($1)" },
        dayList: { englishList($0, "and") },
        slot: { days, opens, closes in "\(days), \(opens)–\(closes)" },
        slotSeparator: "; ",
        inTimeZone: { "\($0) (\($1))" },
        allDay: { "\($0), all day" },
        across: { fromDay, fromTime, toDay, toTime in "\(fromDay) \(fromTime) to \(toDay) \(toTime)" },
        allWeek: "All week, around the clock",

        moment: { weekday, date, time, zone in "\(weekday) \(date) \(time) (\(zone))" },
        openAt: { "Open at \($0)." },
        closedAt: { moment, next in next.map { "Closed at \(moment); it opens next at \($0)." } ?? "Closed at \(moment)." },
        nobodyOpenAt: { "No channel where a person answers is known to be open at \($0)." },
        nextToOpen: { channel, moment in "The next to open is \(midSentence(channel)), at \(moment)." },
        hoursUnknownFor: { "Hours not published for \(englishList($0.map(midSentence), "and"))." },
        outsideTheseHoursLabel: "Outside these hours",
        noneOpenOutside: "No other channel where a person answers is known to be open then.",
        openThen: { channel, hours in "\(channel) is open at some of those times: \(hours)." },
        opensAgain: { "It opens again: \($0)." },
        dayAt: { days, time in "\(days) at \(time)" },

        quotedLabel: { label, gloss in
            gloss.map { "「\(label)」 (\"\($0)\")" } ?? "「\(label)」"
        },
        step: { verb, object, position in
            let at = englishPosition(position)
            switch (verb, object) {
            case (.tap, .label(let x)), (.tap, .input(let x)): return "Tap \(x)\(at)."
            case (.tap, .target(let x)): return "Tap the entry for \(midSentence(x))\(at)."
            case (.click, .label(let x)), (.click, .input(let x)): return "Click \(x)\(at)."
            case (.click, .target(let x)): return "Click the link to \(midSentence(x))\(at)."
            case (.search, .label(let x)), (.search, .input(let x)), (.search, .target(let x)):
                return "Search for \(x)\(englishSearchBox(position))."
            case (.type, .label(let x)), (.type, .input(let x)): return "Type \(x)\(at)."
            case (.type, .target): return "Type your question\(at)."
            case (.choose, .label(let x)), (.choose, .input(let x)): return "Choose \(x)\(at)."
            case (.choose, .target(let x)): return "Choose \(midSentence(x))\(at)."
            case (.scroll, .label(let x)), (.scroll, .input(let x)): return "Scroll to \(x)\(at)."
            case (.scroll, .target(let x)): return "Scroll to \(midSentence(x))\(at)."
            case (.open, .label(let x)), (.open, .input(let x)): return "Open \(x)\(at)."
            // A screen or channel name is not a label on screen: say where to go, not what to tap.
            case (.open, .target(let x)): return "Go to \(midSentence(x))\(at)."
            case (.call, .label(let x)), (.call, .input(let x)): return "Call \(x)\(at)."
            case (.call, .target): return "Call the phone number shown\(at)."
            case (.email, .label(let x)), (.email, .input(let x)): return "Send an email to \(x)\(at)."
            case (.email, .target): return "Send an email to the address shown\(at)."
            case (.ask, .label(let x)): return "Ask \(x)\(at)."
            // Authors describe what to ask in many shapes ("your question about the product",
            // "ask Taobao to step in"); after a colon each of them reads as what to say.
            case (.ask, .input(let x)): return "Ask\(at) in your own words: \(x)."
            case (.ask, .target): return "Ask your question\(at)."
            case (.wait, .label(let x)), (.wait, .input(let x)): return "Wait for \(x)\(at)."
            case (.wait, .target): return "Wait to be passed on\(at)."
            }
        },
        conditional: { condition, step in
            let condition = capitalizingFirst(trimmingClausePunctuation(condition))
            // "Only in some cases; the app does not always show it" is a sentence of its own, not
            // an "if" clause: a colon reads better than a comma after it.
            let joint = condition.contains(";") ? ":" : ","
            return "\(condition)\(joint) \(lowercasingFirst(step))"
        },
        glossedName: { "\($0) (\($1))" },
        start: { kind, name in
            switch kind {
            case .phone: "Call \(name)."
            case .email: "Write to \(name)."
            case .mobileApp, .website, .wechatOfficialAccount, .miniProgram, .socialMedia: "Open the \(name)."
            }
        },
        onlyIn: { "Only in \($0)." },

        mapTitle: { "Map of the ways to \($0) customer service" },
        mapDescription: { channel in
            let quickest = channel.map { " The quickest way to a person, to \(midSentence($0)), is drawn with thicker lines." } ?? ""
            return "Where each way in and each screen leads, and whether people, a bot or self-service answer on each channel." + quickest + " The numbered steps say the same in words."
        },

        whereToGo: "Where to go",
        whereToGoInOrder: "Where to go, in order:",
        howToGetTo: { "How to get to \(midSentence($0)):" },
        prepareLabel: "Have ready:",
        ifItFailsLabel: "If that fails",
        ifStillStuck: { channels in
            "If that does not help, turn to \(englishList(channels.map(midSentence), "or"))."
        },
        source: { title, file in
            switch (title, file) {
            case let (title?, file?): "\(title) (file \(file))"
            case let (title?, nil): title
            case let (nil, file?): "File \(file)"
            case (nil, nil): ""
            }
        }
    )

    /// "A, B and C", without a serial comma.
    private static func englishAnswers(_ staffing: Staffing) -> String {
        switch staffing {
        case .people: "people answer"
        case .bot: "a bot answers"
        case .mixed: "a bot answers first, then people"
        case .selfService: "self-service, nobody answers live"
        case .unknown: "who answers is not known"
        }
    }

    private static func englishList(_ items: [String], _ conjunction: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
    }

    /// A name as it reads inside a sentence: a leading article is lowercased ("try the shop's
    /// customer service", not "try The shop's customer service"); anything else is kept.
    private static func midSentence(_ name: String) -> String {
        for article in ["The ", "A ", "An "] where name.hasPrefix(article) {
            return article.lowercased() + name.dropFirst(article.count)
        }
        return name
    }

    /// Where a thing is, placed after it: " at the bottom right".
    private static func englishPosition(_ position: ScreenPosition?) -> String {
        guard let position else { return "" }
        return switch position {
        case .top: " at the top"
        case .topLeft: " at the top left"
        case .topRight: " at the top right"
        case .bottom: " at the bottom"
        case .bottomLeft: " at the bottom left"
        case .bottomRight: " at the bottom right"
        case .left: " on the left"
        case .right: " on the right"
        case .center: " in the middle of the screen"
        case .side: " at the side of the screen"
        case .bottomBar: " in the bar along the bottom"
        case .item: " next to the item in question"
        case .chatInput: " in the chat box"
        case .varies: " — its place varies"
        }
    }

    /// A search happens in a search box; where the box is, if the guide says.
    private static func englishSearchBox(_ position: ScreenPosition?) -> String {
        switch position {
        case nil: ""
        case .varies?, .item?, .chatInput?: englishPosition(position)
        default: " in the search box" + englishPosition(position)
        }
    }

    private static func trimmingClausePunctuation(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last, last == " " || ",.;:".contains(last) { text.removeLast() }
        return String(text)
    }

    /// Only an ASCII lowercase first letter is raised: a condition written as "if …" starts
    /// the sentence; anything else is left as the author wrote it.
    private static func capitalizingFirst(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) else { return text }
        return String(first).uppercased() + String(text.unicodeScalars.dropFirst())
    }

    /// The step templates above all start with a capitalised verb; after a condition it
    /// continues the sentence.
    private static func lowercasingFirst(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, ("A"..."Z").contains(first),
              let second = text.unicodeScalars.dropFirst().first, ("a"..."z").contains(second)
        else { return text }
        return String(first).lowercased() + String(text.unicodeScalars.dropFirst())
    }
}
