import PathguideCore
import PathguideDiagnostics
import PathguideYAML

/// Turns the YAML node tree of one file into a `Guide`, reporting every problem it meets and
/// carrying on past it, so one run shows them all.
struct GuideDecoder {
    let context: DecodeContext

    /// The format versions this loader understands.
    static let supportedFormats = [1]

    func guide(_ root: Int) -> Guide? {
        guard var top = MappingReader(root, what: "the guide", context: context) else { return nil }
        var format: Located<Int>?
        if let node = top.required("format"), let value = context.int(node, for: "'format'") {
            if Self.supportedFormats.contains(value.value) {
                format = value
            } else {
                context.report(.invalidValue, at: node, "format \(value.value) is not supported; this version of pathguide reads format \(Self.supportedFormats.map(String.init).joined(separator: ", "))")
            }
        }
        let languages = top.strings("languages", required: true)
        let platform = top.required("platform").flatMap(platform)
        let sources = top.list("sources", required: true, source)
        let surfaces = top.list("surfaces", required: true, of: .declaring(.surface), surface)
        let screens = top.list("screens", of: .declaring(.screen), screen)
        let channels = top.list("channels", required: true, of: .declaring(.channel), channel)
        let scenarios = top.list("scenarios", scenario)
        let tips = top.list("tips", tip)
        let troubleshooting = top.list("troubleshooting", trouble)
        let sheet = top.optional("sheet").flatMap(sheetChoice)
        top.finish()
        guard let platform else { return nil }
        return Guide(file: context.file, format: format, languages: languages, platform: platform,
                     sources: sources, surfaces: surfaces, screens: screens, channels: channels,
                     scenarios: scenarios, tips: tips, troubleshooting: troubleshooting, sheet: sheet,
                     unloaded: context.unloaded)
    }

    /// A placeholder used when a required text is missing, so the rest of the entity still decodes.
    private func emptyText(at location: SourceLocation) -> LocalizedText {
        .unloaded(at: location)
    }

    /// Records a part that could not be built (the reason is reported already), so rules know
    /// it was written; gives nothing in its place.
    private func unloaded<Part>(_ kind: UnloadedPart.Kind, id: Located<String>? = nil, at node: Int) -> Part? {
        context.unloaded.append(UnloadedPart(kind: kind, id: id, location: context.location(node)))
        return nil
    }

    private func sheetChoice(_ node: Int) -> SheetChoice? {
        guard var map = MappingReader(node, what: "'sheet'", context: context) else { return nil }
        let channels = map.strings("channels", required: true)
        map.finish()
        return SheetChoice(channels: channels, location: context.location(node))
    }

    private func platform(_ node: Int) -> Platform? {
        context.once(node) { node in
            guard var map = MappingReader(node, what: "the platform", context: context) else { return nil }
            let id = map.string("id", required: true)
            let name = map.text("name", required: true)
            let uiLanguages = map.strings("ui-languages", required: true)
            let regions = map.list("regions", region)
            let verified = map.optional("verified").flatMap(verification)
            map.finish()
            guard let id else { return nil }
            return Platform(id: id, name: name ?? emptyText(at: map.location), uiLanguages: uiLanguages,
                            regions: regions, verified: verified, location: map.location)
        }
    }

    private func verification(_ node: Int) -> Verification? {
        context.once(node) { node in
            guard var map = MappingReader(node, what: "'verified'", context: context) else { return nil }
            let dateNode = map.optional("date")
            let date = dateNode.flatMap { node in context.date(node, for: "date") ?? unloaded(.verifiedDate, at: node) }
            let appVersion = map.optional("app-version").flatMap { context.lenientString($0, for: "'app-version'") }
            map.finish()
            return Verification(date: date, appVersion: appVersion, location: map.location)
        }
    }

    private func region(_ node: Int) -> Region? {
        context.once(node) { node in
            guard var map = MappingReader(node, what: "a region", context: context) else { return unloaded(.declaring(.region), at: node) }
            let id = map.string("id", required: true)
            let name = map.text("name", required: true)
            let note = map.text("note")
            map.finish()
            guard let id else { return unloaded(.declaring(.region), at: node) }
            return Region(id: id, name: name ?? emptyText(at: map.location), note: note, location: map.location)
        }
    }

    private func source(_ node: Int) -> Source? {
        context.once(node) { node in
            guard var map = MappingReader(node, what: "a source", context: context) else { return unloaded(.declaring(.source), at: node) }
            let id = map.string("id", required: true)
            let title = map.text("title")
            let file = map.string("file")
            let url = map.string("url")
            map.finish()
            guard let id else { return unloaded(.declaring(.source), at: node) }
            return Source(id: id, title: title, file: file, url: url, location: map.location)
        }
    }

    private func surface(_ node: Int) -> Surface? {
        context.once(node) { node in
            guard var map = MappingReader(node, what: "a surface", context: context) else { return unloaded(.declaring(.surface), at: node) }
            let id = map.string("id", required: true)
            let kind = map.enumeration("kind", as: SurfaceKind.self, required: true)
            let name = map.text("name", required: true)
            let start = map.string("start", required: true)
            let url = map.string("url")
            let note = map.text("note")
            let regions = map.references("regions")
            let sources = map.references("source")
            map.finish()
            guard let id, let kind, let start else { return unloaded(.declaring(.surface), id: id, at: node) }
            return Surface(id: id, kind: kind, name: name ?? emptyText(at: map.location), start: start, url: url,
                           note: note, regions: regions, sources: sources, location: map.location)
        }
    }

    private func screen(_ node: Int) -> Screen? {
        context.once(node) { node in
            guard var map = MappingReader(node, what: "a screen", context: context) else { return unloaded(.declaring(.screen), at: node) }
            let id = map.string("id", required: true)
            let name = map.text("name", required: true)
            let note = map.text("note")
            let actions = map.list("actions", of: .action) { action($0, what: "an action") }
            let sources = map.references("source")
            map.finish()
            guard let id else { return unloaded(.declaring(.screen), at: node) }
            return Screen(id: id, name: name ?? emptyText(at: map.location), note: note, actions: actions,
                          sources: sources, location: map.location)
        }
    }

    private func action(_ node: Int, what: String) -> Action? {
        context.once(node) { node in
            guard var map = MappingReader(node, what: what, context: context) else { return unloaded(what == "an escalation" ? .escalation : .action, at: node) }
            let verb = map.enumeration("verb", as: Verb.self, required: true)
            let label = map.optional("label").flatMap { context.string($0, for: "'label'") }
            let gloss = map.text("gloss")
            let input = map.text("input")
            let position = map.enumeration("position", as: ScreenPosition.self)
            let target = map.string("to", required: true)
            let condition = map.text("when")
            let note = map.text("note")
            let regions = map.references("regions")
            let sources = map.references("source")
            map.finish()
            guard let verb, let target else { return unloaded(what == "an escalation" ? .escalation : .action, at: node) }
            return Action(verb: verb, label: label, gloss: gloss, input: input, position: position, target: target,
                          condition: condition, note: note, regions: regions, sources: sources, location: map.location)
        }
    }

    private func channel(_ node: Int) -> Channel? {
        context.once(node) { node in
            guard var map = MappingReader(node, what: "a channel", context: context) else { return unloaded(.declaring(.channel), at: node) }
            let id = map.string("id", required: true)
            let kind = map.enumeration("kind", as: ChannelKind.self, required: true)
            let name = map.text("name", required: true)
            let operatedBy = map.enumeration("operated-by", as: ChannelOperator.self, required: true)
            let staffedBy = map.enumeration("staffed-by", as: Staffing.self)
            let description = map.text("description")
            let hours = map.optional("hours").flatMap(hours)
            let queue = map.text("queue")
            let prerequisites = map.list("prerequisites", prerequisite)
            let escalations = map.list("escalations", of: .escalation) { action($0, what: "an escalation") }
            let contacts = map.list("contacts", contact)
            let regions = map.references("regions")
            let sources = map.references("source")
            map.finish()
            guard let id, let kind, let operatedBy else { return unloaded(.declaring(.channel), id: id, at: node) }
            return Channel(id: id, kind: kind, name: name ?? emptyText(at: map.location), operatedBy: operatedBy,
                           staffedBy: staffedBy, description: description, hours: hours, queue: queue,
                           prerequisites: prerequisites, escalations: escalations, contacts: contacts,
                           regions: regions, sources: sources, location: map.location)
        }
    }

    private static let scheduleWords = ["unknown", "always"]

    /// `schedule: unknown | always | [slots]`, also accepted as the bare words `hours: unknown`.
    private func scheduleWord(_ node: Int) -> Hours.Schedule? {
        guard let word = context.string(node, for: "'schedule'") else { return nil }
        switch word.value {
        case "unknown": return .unknown
        case "always": return .always
        default:
            let suggestion = Suggestion.phrase(for: word.value, among: Self.scheduleWords)
            context.report(.invalidValue, at: node, "'\(word.value)' is not a valid schedule\(suggestion.isEmpty ? "; use unknown, always or a list of days and times" : suggestion)")
            return nil
        }
    }

    private func hours(_ node: Int) -> Hours? {
        context.once(node) { node in
            if context.tree.isScalar(node) {
                return scheduleWord(node).map { Hours(schedule: $0, location: context.location(node)) }
            }
            guard var map = MappingReader(node, what: "'hours'", context: context) else { return unloaded(.hours, at: node) }
            var schedule: Hours.Schedule?
            if let value = map.required("schedule") {
                if context.tree.kind(value) == .sequence {
                    schedule = .weekly(context.list(value, for: "'schedule'", slot))
                } else {
                    schedule = scheduleWord(value)
                }
            }
            let timeZone = map.string("time-zone")
            let note = map.text("note")
            let sources = map.references("source")
            map.finish()
            guard let schedule else { return unloaded(.hours, at: node) }
            return Hours(schedule: schedule, timeZone: timeZone, note: note, sources: sources, location: map.location)
        }
    }

    private func slot(_ node: Int) -> HoursSlot? {
        context.once(node) { node in
            guard var map = MappingReader(node, what: "an opening time", context: context) else { return unloaded(.other, at: node) }
            var days: [Located<Weekday>] = []
            if let value = map.required("days") {
                days = context.list(value, for: "'days'") { context.enumeration($0, as: Weekday.self, for: "day") }
            }
            let opens = map.required("opens").flatMap { context.lenientString($0, for: "'opens'") }
            let closes = map.required("closes").flatMap { context.lenientString($0, for: "'closes'") }
            map.finish()
            guard let opens, let closes else { return unloaded(.other, at: node) }
            return HoursSlot(days: days, opens: opens, closes: closes, location: map.location)
        }
    }

    private func prerequisite(_ node: Int) -> Prerequisite? {
        context.once(node) { node in
            if context.tree.isScalar(node) {
                return context.enumeration(node, as: PrerequisiteKind.self, for: "prerequisite")
                    .map { Prerequisite(kind: $0, location: $0.location) }
            }
            guard var map = MappingReader(node, what: "a prerequisite", context: context) else { return unloaded(.other, at: node) }
            let kind = map.enumeration("kind", as: PrerequisiteKind.self, required: true)
            let note = map.text("note")
            map.finish()
            guard let kind else { return unloaded(.other, at: node) }
            return Prerequisite(kind: kind, note: note, location: map.location)
        }
    }

    private func contact(_ node: Int) -> Contact? {
        context.once(node) { node in
            guard var map = MappingReader(node, what: "a contact", context: context) else { return unloaded(.other, at: node) }
            let kind = map.enumeration("kind", as: ContactKind.self, required: true)
            let value = map.optional("value").flatMap { context.lenientString($0, for: "'value'") }
            let url = map.string("url")
            let note = map.text("note")
            let sources = map.references("source")
            map.finish()
            guard let kind else { return unloaded(.other, at: node) }
            if value == nil, url == nil, note == nil {
                context.report(.missingField, at: node, "a contact needs a 'value', a 'url', or a 'note' saying where to find it")
            }
            return Contact(kind: kind, value: value, url: url, note: note, sources: sources, location: map.location)
        }
    }

    private func scenario(_ node: Int) -> Scenario? {
        context.once(node) { node in
            guard var map = MappingReader(node, what: "a scenario", context: context) else { return unloaded(.declaring(.scenario), at: node) }
            let id = map.string("id", required: true)
            let topic = map.enumeration("topic", as: Topic.self, required: true)
            let title = map.text("title", required: true)
            let channels = map.strings("channels", required: true)
            let prepare = map.texts("prepare")
            let ifItFails = map.text("if-it-fails")
            let route = map.optional("route").flatMap(pinnedRoute)
            let sources = map.references("source")
            map.finish()
            guard let id, let topic else { return unloaded(.declaring(.scenario), id: id, at: node) }
            return Scenario(id: id, topic: topic, title: title ?? emptyText(at: map.location), channels: channels,
                            prepare: prepare, ifItFails: ifItFails, route: route, sources: sources, location: map.location)
        }
    }

    private func pinnedRoute(_ node: Int) -> PinnedRoute? {
        context.once(node) { node in
            guard var map = MappingReader(node, what: "a route", context: context) else { return unloaded(.other, at: node) }
            let surface = map.string("surface", required: true)
            let through = map.strings("through", required: true)
            map.finish()
            guard let surface else { return unloaded(.other, at: node) }
            return PinnedRoute(surface: surface, through: through, location: map.location)
        }
    }

    private func tip(_ node: Int) -> Tip? {
        context.once(node) { node in
            guard var map = MappingReader(node, what: "a tip", context: context) else { return unloaded(.other, at: node) }
            let text = map.text("text", required: true)
            let sources = map.references("source")
            map.finish()
            guard let text else { return unloaded(.other, at: node) }
            return Tip(text: text, sources: sources, location: map.location)
        }
    }

    private func trouble(_ node: Int) -> Trouble? {
        context.once(node) { node in
            guard var map = MappingReader(node, what: "a troubleshooting entry", context: context) else { return unloaded(.other, at: node) }
            let symptom = map.text("symptom", required: true)
            let remedies = map.texts("remedies")
            let channels = map.strings("channels")
            let sources = map.references("source")
            map.finish()
            guard let symptom else { return unloaded(.other, at: node) }
            return Trouble(symptom: symptom, remedies: remedies, channels: channels, sources: sources, location: map.location)
        }
    }
}
