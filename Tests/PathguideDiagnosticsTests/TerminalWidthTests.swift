import Testing
@testable import PathguideDiagnostics

@Suite struct TerminalWidthTests {
    @Test(arguments: [
        ("a", 1), ("é", 1), ("中", 2), ("「", 2), ("」", 2), ("か", 2), ("カ", 2), ("한", 2),
        ("Ａ", 2), ("￥", 2), ("𠀋", 2), ("\u{0301}", 0), ("\u{200B}", 0), ("ｶ", 1),
    ] as [(Unicode.Scalar, Int)])
    func cells(scalar: Unicode.Scalar, width: Int) {
        #expect(TerminalWidth.cells(of: scalar) == width)
    }

    @Test func paddingCountsScalarsAndCells() {
        #expect(TerminalWidth.caretPadding(line: "  label: 「抖音商城」 > 我的订单", column: 19) == String(repeating: " ", count: 24))
        #expect(TerminalWidth.caretPadding(line: "abc", column: 1) == "")
        #expect(TerminalWidth.caretPadding(line: "abc", column: 0) == "")
    }

    @Test func combiningMarksTakeNoCell() {
        // "é" written as e + U+0301 is two scalars but one cell.
        #expect(TerminalWidth.caretPadding(line: "e\u{0301}x", column: 3) == " ")
    }

    @Test func tabsAreCopied() {
        #expect(TerminalWidth.caretPadding(line: "\ta\tb", column: 4) == "\t \t")
    }

    @Test func columnsPastTheEndArePadded() {
        #expect(TerminalWidth.caretPadding(line: "中", column: 4) == "    ")
    }
}
