/// The vocabulary of the guide format. Raw values are what authors write in YAML;
/// they are part of the format and never renamed.

/// Where a customer starts: an app, a website, an account on another service, a phone line.
public enum SurfaceKind: String, Sendable, CaseIterable, Hashable {
    case mobileApp = "mobile-app"
    case website
    case wechatOfficialAccount = "wechat-official-account"
    case miniProgram = "mini-program"
    case socialMedia = "social-media"
    case phone
    case email
}

/// What a customer does on a screen to get somewhere else.
public enum Verb: String, Sendable, CaseIterable, Hashable {
    /// `tap` on a phone, `click` with a mouse on a website.
    case tap, click, search, type, choose, scroll, open, call, email, ask, wait
}

/// Where on the screen the thing to act on is.
public enum ScreenPosition: String, Sendable, CaseIterable, Hashable {
    case top
    case topLeft = "top-left"
    case topRight = "top-right"
    case bottom
    case bottomLeft = "bottom-left"
    case bottomRight = "bottom-right"
    case left, right, center, side
    /// The row of tabs along the bottom of an app.
    case bottomBar = "bottom-bar"
    /// On each item of a list (an order, a product).
    case item
    /// The input box of a chat.
    case chatInput = "chat-input"
    /// Differs from one shop or version to the next; the note says how.
    case varies
}

/// The typed kinds of support channel.
public enum ChannelKind: String, Sendable, CaseIterable, Hashable {
    case merchantSupport = "merchant-support"
    case platformSupport = "platform-support"
    case smartAssistant = "smart-assistant"
    case humanAgent = "human-agent"
    case hotline
    case email
    case webForm = "web-form"
    case helpCenter = "help-center"
    case dispute
    case complaint
    case platformIntervention = "platform-intervention"
    case socialAccount = "social-account"

    /// Who answers when the kind alone says so; a channel may override it with `staffed-by`.
    public var defaultStaffing: Staffing {
        switch self {
        case .smartAssistant: .bot
        case .helpCenter: .selfService
        default: .people
        }
    }
}

/// Who answers on a channel.
public enum Staffing: String, Sendable, CaseIterable, Hashable {
    case people
    case bot
    /// A bot first, with people behind it in the same window.
    case mixed
    /// Articles and forms, nobody answering live.
    case selfService = "self-service"
    /// The sources do not say who answers. Such a channel never counts as a way to a person.
    case unknown

    /// Whether a customer can reach a person on this channel itself.
    public var hasPeople: Bool { self == .people || self == .mixed }
}

/// Who runs a channel.
public enum ChannelOperator: String, Sendable, CaseIterable, Hashable {
    case merchant, platform
    case thirdParty = "third-party"
}

/// What a customer must have before a channel will help.
public enum PrerequisiteKind: String, Sendable, CaseIterable, Hashable {
    case order
    case merchantContact = "merchant-contact"
    case login
    case refundRequest = "refund-request"
    case refusedRefund = "refused-refund"
    case other
}

/// A way to contact a channel outside the app.
public enum ContactKind: String, Sendable, CaseIterable, Hashable {
    case phone, email, url, wechat, weibo, other
}

/// The problems scenarios are about; used to group and order them.
public enum Topic: String, Sendable, CaseIterable, Hashable {
    case preSale = "pre-sale"
    case orderStatus = "order-status"
    case changeOrder = "change-order"
    case refundReturn = "refund-return"
    case logistics
    case accountSecurity = "account-security"
    case coupons
    case privacy
    case complaint
    case selling
    case other
}

/// Days of the week in opening hours.
public enum Weekday: String, Sendable, CaseIterable, Hashable {
    case mon, tue, wed, thu, fri, sat, sun
}
