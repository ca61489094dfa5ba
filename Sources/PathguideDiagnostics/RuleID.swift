/// The stable id of a rule, printed in brackets after each message and used as SARIF `ruleId`.
///
/// Every id the tool can report is a static member here, so the loader, the checker and `links`
/// share one namespace and a misspelt id does not compile. The strings are never renamed once
/// published.
public struct RuleID: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}

// MARK: Loading (Sources/PathguideLoader)

extension RuleID {
    public static let yamlSyntax = RuleID(rawValue: "yaml-syntax")
    public static let yamlLimit = RuleID(rawValue: "yaml-limit")
    public static let unknownKey = RuleID(rawValue: "unknown-key")
    public static let wrongType = RuleID(rawValue: "wrong-type")
    public static let missingField = RuleID(rawValue: "missing-field")
    public static let duplicateKey = RuleID(rawValue: "duplicate-key")
    public static let duplicateID = RuleID(rawValue: "duplicate-id")
    public static let invalidValue = RuleID(rawValue: "invalid-value")
    public static let unreadableFile = RuleID(rawValue: "unreadable-file")
}

// MARK: Checking (Sources/PathguideCheck)

extension RuleID {
    public static let unreachableChannel = RuleID(rawValue: "unreachable-channel")
    public static let danglingReference = RuleID(rawValue: "dangling-reference")
    public static let unreachableScreen = RuleID(rawValue: "unreachable-screen")
    public static let invalidRoute = RuleID(rawValue: "invalid-route")
    public static let botWithoutHuman = RuleID(rawValue: "bot-without-human")
    public static let missingTranslation = RuleID(rawValue: "missing-translation")
    public static let unsupportedLanguage = RuleID(rawValue: "unsupported-language")
    public static let duplicateLanguage = RuleID(rawValue: "duplicate-language")
    public static let fileName = RuleID(rawValue: "file-name")
    public static let unsafeID = RuleID(rawValue: "unsafe-id")
    public static let unsafeURL = RuleID(rawValue: "unsafe-url")
    public static let insecureURL = RuleID(rawValue: "insecure-url")
    public static let hiddenCharacter = RuleID(rawValue: "hidden-character")
    public static let badHours = RuleID(rawValue: "bad-hours")
    public static let hoursGap = RuleID(rawValue: "hours-gap")
    public static let verifiedDate = RuleID(rawValue: "verified-date")
    public static let staleVerification = RuleID(rawValue: "stale-verification")
    public static let missingSource = RuleID(rawValue: "missing-source")
    public static let unfilledPlaceholder = RuleID(rawValue: "unfilled-placeholder")
}

// MARK: Links (Sources/PathguideLinks)

extension RuleID {
    public static let brokenLink = RuleID(rawValue: "broken-link")
    public static let missingFragment = RuleID(rawValue: "missing-fragment")
    public static let duplicateAnchor = RuleID(rawValue: "duplicate-anchor")
    public static let missingImage = RuleID(rawValue: "missing-image")
    public static let invalidLink = RuleID(rawValue: "invalid-link")
    public static let deadExternalLink = RuleID(rawValue: "dead-external-link")
    public static let unverifiedExternalLink = RuleID(rawValue: "unverified-external-link")
    public static let unreadablePage = RuleID(rawValue: "unreadable-page")
}
