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

    @Test func paddingCountsCells() {
        #expect(TerminalWidth.padding(for: Substring("  label: 「抖音商城」 > ").unicodeScalars) == String(repeating: " ", count: 24))
        #expect(TerminalWidth.padding(for: Substring("").unicodeScalars) == "")
    }

    @Test func combiningMarksTakeNoCell() {
        // "é" written as e + U+0301 is two scalars but one cell.
        #expect(TerminalWidth.padding(for: Substring("e\u{0301}").unicodeScalars) == " ")
    }

    @Test func tabsAreCopied() {
        #expect(TerminalWidth.padding(for: Substring("\ta\t").unicodeScalars) == "\t \t")
    }
}
