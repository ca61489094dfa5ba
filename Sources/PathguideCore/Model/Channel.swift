import PathguideDiagnostics

/// A way to get help: a chat, a hotline, a dispute form, an assistant.
public struct Channel: Sendable {
    public var id: Located<String>
    public var kind: Located<ChannelKind>
    public var name: LocalizedText
    public var operatedBy: Located<ChannelOperator>
    /// Set only when it differs from what the kind implies (see `ChannelKind.defaultStaffing`).
    public var staffedBy: Located<Staffing>?
    public var description: LocalizedText?
    public var hours: Hours?
    /// What waiting is like: queues, peak times.
    public var queue: LocalizedText?
    public var prerequisites: [Prerequisite]
    /// Ways on from here when this channel cannot help (to a person, to the platform).
    public var escalations: [Action]
    public var contacts: [Contact]
    public var regions: [Located<String>]
    public var sources: [Located<String>]
    public var location: SourceLocation

    public init(id: Located<String>, kind: Located<ChannelKind>, name: LocalizedText, operatedBy: Located<ChannelOperator>, staffedBy: Located<Staffing>? = nil, description: LocalizedText? = nil, hours: Hours? = nil, queue: LocalizedText? = nil, prerequisites: [Prerequisite] = [], escalations: [Action] = [], contacts: [Contact] = [], regions: [Located<String>] = [], sources: [Located<String>] = [], location: SourceLocation) {
        self.id = id
        self.kind = kind
        self.name = name
        self.operatedBy = operatedBy
        self.staffedBy = staffedBy
        self.description = description
        self.hours = hours
        self.queue = queue
        self.prerequisites = prerequisites
        self.escalations = escalations
        self.contacts = contacts
        self.regions = regions
        self.sources = sources
        self.location = location
    }

    /// Who answers: the explicit `staffed-by`, else what the kind implies.
    public var staffing: Staffing { staffedBy?.value ?? kind.value.defaultStaffing }
}

/// Opening hours: unknown, always open, or a weekly schedule in a time zone.
public struct Hours: Sendable {
    /// The shape of the hours as written.
    public enum Schedule: Sendable {
        /// The sources do not say.
        case unknown
        /// Around the clock, every day.
        case always
        case weekly([HoursSlot])
    }

    public var schedule: Schedule
    /// An IANA time zone such as `Asia/Shanghai`; required for a weekly schedule.
    public var timeZone: Located<String>?
    public var note: LocalizedText?
    public var sources: [Located<String>]
    public var location: SourceLocation

    public init(schedule: Schedule, timeZone: Located<String>? = nil, note: LocalizedText? = nil, sources: [Located<String>] = [], location: SourceLocation) {
        self.schedule = schedule
        self.timeZone = timeZone
        self.note = note
        self.sources = sources
        self.location = location
    }
}

/// Some days, from one time to another (`09:00`–`18:00`). Times stay text until the hours rule
/// has checked them, so a bad time is reported where it was written.
public struct HoursSlot: Sendable {
    public var days: [Located<Weekday>]
    public var opens: Located<String>
    public var closes: Located<String>
    public var location: SourceLocation

    public init(days: [Located<Weekday>], opens: Located<String>, closes: Located<String>, location: SourceLocation) {
        self.days = days
        self.opens = opens
        self.closes = closes
        self.location = location
    }
}

/// Something a customer needs before a channel helps (an order, earlier contact with the merchant).
public struct Prerequisite: Sendable {
    public var kind: Located<PrerequisiteKind>
    public var note: LocalizedText?
    public var location: SourceLocation

    public init(kind: Located<PrerequisiteKind>, note: LocalizedText? = nil, location: SourceLocation) {
        self.kind = kind
        self.note = note
        self.location = location
    }
}

/// A phone number, address or link for a channel, or where to find one when a source
/// only says where it is shown.
public struct Contact: Sendable {
    public var kind: Located<ContactKind>
    /// The number, address or account name, exactly as the source gives it.
    public var value: Located<String>?
    public var url: Located<String>?
    /// Where to find it, when the source does not give the value itself.
    public var note: LocalizedText?
    public var sources: [Located<String>]
    public var location: SourceLocation

    public init(kind: Located<ContactKind>, value: Located<String>? = nil, url: Located<String>? = nil, note: LocalizedText? = nil, sources: [Located<String>] = [], location: SourceLocation) {
        self.kind = kind
        self.value = value
        self.url = url
        self.note = note
        self.sources = sources
        self.location = location
    }
}
