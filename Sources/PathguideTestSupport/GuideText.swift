/// The smallest guide every rule accepts, with each top-level section replaceable, so a test
/// writes only the part it is about.
///
/// Sections are given without their key and indented as list items (`  - id: …`); `extra` is
/// appended as written, for optional sections such as `scenarios:` or `tips:`.
public enum GuideText {
    public static let platform = """
          id: example-shop
          name: {zh: 示例商城, en: Example Shop}
          ui-languages: [zh]
          verified: {date: "2026-11-20"}
        """

    public static let sources = """
          - id: article
            file: 001_8634d3225c0b51a7.txt
            title: {zh: 如何联系客服, en: How to contact support}
        """

    public static let surfaces = """
          - id: app
            kind: mobile-app
            name: {zh: 示例 App, en: Example app}
            start: home
        """

    public static let screens = """
          - id: home
            name: {zh: 首页, en: Home}
            actions:
              - verb: tap
                label: 客服
                gloss: {en: Support}
                to: assistant
                source: article
        """

    public static let channels = """
          - id: assistant
            kind: smart-assistant
            name: {zh: 智能客服, en: Smart assistant}
            operated-by: platform
            source: article
            escalations:
              - verb: type
                label: 转人工
                gloss: {en: transfer to a person}
                to: agent
                source: article
          - id: agent
            kind: human-agent
            name: {zh: 人工客服, en: Human agent}
            operated-by: platform
            source: article
        """

    public static func minimal(
        languages: String = "[zh, en]",
        platform: String = platform,
        sources: String = sources,
        surfaces: String = surfaces,
        screens: String = screens,
        channels: String = channels,
        extra: String = ""
    ) -> String {
        """
        format: 1
        languages: \(languages)
        platform:
        \(platform)
        sources:
        \(sources)
        surfaces:
        \(surfaces)
        screens:
        \(screens)
        channels:
        \(channels)
        \(extra)
        """
    }
}
