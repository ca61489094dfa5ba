import Foundation
import PathguideTestSupport
import Testing

/// The guide page's "open now" mark, run in Chromium with the clock fixed: a copy of the built
/// page gets a script before the page's own that makes `Date.now()` return a chosen instant.
@Suite(.serialized) struct OpenNowMarkTests {
    /// The marks the page's script wrote, as `class: text`, after loading it at `instant`.
    func marks(page: String, at instant: String) async throws -> [String] {
        let built = await BuiltSite.shared.value
        let html = try String(contentsOf: built.site.appendingPathComponent(page), encoding: .utf8)
        let milliseconds = Int(try #require(ISO8601DateFormatter().date(from: instant)).timeIntervalSince1970 * 1000)
        let clock = "<script>Date.now = function () { return \(milliseconds); };</script>\n"
        let hook = try #require(html.range(of: "<script type=\"application/json\" id=\"opening-hours\""))
        var fixed = html
        fixed.insert(contentsOf: clock, at: hook.lowerBound)
        // Outside the shared site, which other tests list; the mark needs no stylesheet.
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("pathguide-fixed-clock-\(UUID().uuidString).html")
        try fixed.write(to: copy, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: copy) }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("pathguide-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let dump = try #require(try await ExternalTool.chromium.run([
            "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile.path)", "--dump-dom", copy.absoluteString,
        ]))
        #expect(dump.status == 0, "\(dump.stderr)")
        let pattern = try NSRegularExpression(pattern: #"<p class="open-now ([a-z-]+)">([^<]*)</p>"#)
        let text = dump.stdout
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            "\(text[Range(match.range(at: 1), in: text)!]): \(text[Range(match.range(at: 2), in: text)!])"
        }
    }

    @Test func openOnAWeekdayMorningInShanghai() async throws {
        // 02:00 UTC is 10:00 in Shanghai, whatever the reader's own zone.
        #expect(try await marks(page: "en/douyin-shop/index.html", at: "2026-12-07T02:00:00Z") == ["is-open: Open now (10:00 in Asia/Shanghai)"])
    }

    @Test func closedAtTheClosingMinuteAndAtTheWeekend() async throws {
        #expect(try await marks(page: "zh/douyin-shop/index.html", at: "2026-12-07T10:00:00Z") == ["is-closed: 现在不在服务时间（Asia/Shanghai 18:00）"])
        #expect(try await marks(page: "en/douyin-shop/index.html", at: "2026-12-12T02:00:00Z") == ["is-closed: Closed now (10:00 in Asia/Shanghai)"])
    }

    @Test func withoutTheScriptThePageStillGivesTheHours() async throws {
        let built = await BuiltSite.shared.value
        let html = try String(contentsOf: built.site.appendingPathComponent("en/douyin-shop/index.html"), encoding: .utf8)
        // Without the script the page still gives the hours in words.
        #expect(html.contains("Monday to Friday, 09:00–18:00 (Asia/Shanghai)"))
        #expect(!html.contains("class=\"open-now"))
    }
}
