import Testing
@testable import PathguideDiagnostics

@Suite struct SourceWindowTests {
    /// "w000 w001 w002 …": every 5-character word names its own offset, so a cut shows where it fell.
    private static func words(_ count: Int) -> String {
        (0..<count).map { n in "w" + String(repeating: "0", count: 3 - String(n).count) + String(n) + " " }.joined()
    }

    /// The scalars `range` of `line`, as a string.
    private static func slice(_ line: String, _ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(Array(line.unicodeScalars)[range]))
    }

    /// The window's text and caret padding.
    private func quote(_ line: String, _ column: Int) -> [String] {
        let window = SourceWindow(line: line, column: column)
        return [window.text, window.caretPadding]
    }

    private static func spaces(_ count: Int) -> String { String(repeating: " ", count: count) }

    @Test func aShortLineIsQuotedWhole() {
        let window = quote("      to: merchant-chat", 7)
        #expect(window == ["      to: merchant-chat", Self.spaces(6)])
    }

    @Test func aLineOfExactlyTheWidthIsQuotedWhole() {
        let line = Self.words(20)
        #expect(line.count == 100)
        #expect(quote(line, 100) == [line, Self.spaces(99)])
    }

    @Test func aLongLineIsCutOnTheRight() {
        let line = Self.words(40)
        // The caret is near the start: the first 99 cells, then the ellipsis in the 100th.
        #expect(quote(line, 5)
            == [Self.slice(line, 0..<99) + "…", Self.spaces(4)])
    }

    @Test func aLongLineIsCutOnTheLeft() {
        let line = Self.words(40)
        // Column 195 of 200: the ellipsis, then the last 99 scalars; the caret keeps its character.
        let window = quote(line, 195)
        #expect(window == ["…" + Self.slice(line, 101..<200), Self.spaces(94)])
        #expect(Array(window[0].unicodeScalars)[94] == Array(line.unicodeScalars)[194])
    }

    @Test func aLongLineIsCutOnBothSides() {
        let line = Self.words(60)
        // 39 scalars before the caret, the caret's and 58 after it, an ellipsis at either end.
        let window = quote(line, 150)
        #expect(window == ["…" + Self.slice(line, 110..<208) + "…", Self.spaces(40)])
        #expect(window[0].unicodeScalars.count == 100)
        #expect(Array(window[0].unicodeScalars)[40] == Array(line.unicodeScalars)[149])
    }

    @Test func wideCharactersTakeTwoCells() {
        let line = String(repeating: "中文", count: 50)
        // Column 60 is the 30th 文. Left of it 19 characters (38 cells) after the ellipsis, then
        // 30 characters from the caret on: 1 + 38 + 60 + 1 = 100 cells.
        let window = quote(line, 60)
        #expect(window == ["…" + Self.slice(line, 40..<89) + "…", Self.spaces(39)])
        #expect(Array(window[0].unicodeScalars)[20] == "文")
    }

    @Test func wideCharactersBeforeTheCaretOfAShortLine() {
        let window = quote("  label: 「抖音商城」 > 我的订单", 19)
        #expect(window == ["  label: 「抖音商城」 > 我的订单", Self.spaces(24)])
    }

    @Test func controlCharactersAreReplacedInsideTheWindow() {
        let line = String(repeating: "a", count: 130) + "\u{1B}[2J\u{85}\u{2028}" + String(repeating: "b", count: 100)
        let window = quote(line, 135)
        let expected = String(repeating: "a", count: 35) + "\u{FFFD}[2J\u{FFFD}\u{FFFD}" + String(repeating: "b", count: 57)
        #expect(window == ["…" + expected + "…", Self.spaces(40)])
    }

    @Test func aTrailingCarriageReturnIsDropped() {
        #expect(quote("abc\r", 2) == ["abc", " "])
    }

    @Test func tabsAreCopiedAndCountEightCells() {
        #expect(quote("\tnext:\t设置", 8) == ["\tnext:\t设置", "\t     \t"])
        // 50 tabs could be 400 cells: only 12 fit beside the ellipsis and the caret's character.
        let tabs = String(repeating: "\t", count: 50) + "x"
        let tabbed = String(repeating: "\t", count: 12)
        #expect(quote(tabs, 51) == ["…" + tabbed + "x", " " + tabbed])
    }

    @Test func combiningMarksCountTowardTheBudgetAndNeverStartTheWindow() {
        // 300 accents on one letter take no cells, but each costs one, so the window stays small;
        // those kept left of the caret lost their letter and are dropped.
        let line = "a" + String(repeating: "\u{0301}", count: 300) + "b"
        #expect(quote(line, 302) == ["…b", " "])
    }

    @Test func columnsPastTheEndPadWithSpaces() {
        #expect(quote("中", 4) == ["中", Self.spaces(4)])
        #expect(quote("", 3) == ["", Self.spaces(2)])
        #expect(quote("abc", 0) == ["abc", ""])
    }

    @Test func columnsFarPastTheEndStayInTheWindow() {
        let line = Self.words(40)
        #expect(quote(line, 205) == ["…" + Self.slice(line, 106..<200), Self.spaces(99)])
        #expect(quote(line, .max) == ["…", Self.spaces(99)])
        #expect(quote("\t", .max) == ["…", Self.spaces(99)])
    }
}
