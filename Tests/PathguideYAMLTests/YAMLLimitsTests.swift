import Testing
import PathguideYAML

private func parseError(_ text: String, limits: YAMLLimits = .default) -> YAMLError? {
    do {
        _ = try YAMLParser.parse(text, limits: limits)
        return nil
    } catch {
        return error
    }
}

@Suite struct YAMLLimitsTests {
    @Test func defaults() {
        #expect(YAMLLimits.default.maxBytes == 8 * 1024 * 1024)
        #expect(YAMLLimits.default.maxDepth == 64)
        #expect(YAMLLimits.default.maxNodes == 1_000_000)
    }

    @Test func tooLargeIsRejectedBeforeParsing() throws {
        var limits = YAMLLimits.default
        limits.maxBytes = 10
        #expect(try YAMLParser.parse("0123456789", limits: limits).count == 1)
        // Even unparseable input is refused for its size first.
        let error = try #require(parseError("[[[[[ :: bad", limits: limits))
        #expect(error.kind == .tooLarge)
        #expect(error.mark == YAMLMark(line: 1, column: 1))
        let bytesError = #expect(throws: YAMLError.self) {
            try YAMLParser.parse(Array("01234567890".utf8), limits: limits)
        }
        #expect(bytesError?.kind == .tooLarge)
    }

    @Test func tooDeepFlowNesting() throws {
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        let error = try #require(parseError(deep))
        #expect(error.kind == .tooDeep)
        // The 65th '[' is the first container past depth 64.
        #expect(error.mark == YAMLMark(line: 1, column: 65))

        let atLimit = String(repeating: "[", count: 64) + "x" + String(repeating: "]", count: 64)
        #expect(try YAMLParser.parse(atLimit).count == 1)
    }

    @Test func tooDeepBlockNesting() throws {
        var limits = YAMLLimits.default
        limits.maxDepth = 2
        #expect(try YAMLParser.parse("a:\n  b: 1\n", limits: limits).count == 1)
        let error = try #require(parseError("a:\n  b:\n    - c\n", limits: limits))
        #expect(error.kind == .tooDeep)
        #expect(error.mark == YAMLMark(line: 3, column: 5))
    }

    @Test func nodesAreCountedWithoutAliasesToo() throws {
        var limits = YAMLLimits.default
        limits.maxNodes = 4
        #expect(try YAMLParser.parse("[1, 2, 3]", limits: limits).count == 1)
        limits.maxNodes = 3
        let error = try #require(parseError("[1, 2, 3]", limits: limits))
        #expect(error.kind == .tooManyNodes)
        #expect(error.mark == YAMLMark(line: 1, column: 8))
    }

    @Test func aliasesCountTheWholeAnchoredSubtree() throws {
        // The anchored sequence has 3 nodes; root, key, anchor and two aliases make 1 + 1 + 3 + 1 + 3 + 3.
        let text = "a: &x [1, 2]\nb: [*x, *x]\n"
        var limits = YAMLLimits.default
        limits.maxNodes = 13
        #expect(try YAMLParser.parse(text, limits: limits).count == 1)
        limits.maxNodes = 12
        let error = try #require(parseError(text, limits: limits))
        #expect(error.kind == .tooManyNodes)
        #expect(error.mark == YAMLMark(line: 2, column: 9))
    }

    @Test(.timeLimit(.minutes(1)))
    func billionLaughsFailsAtTheAliasThatCrossesTheLimit() throws {
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        var lines = ["a: &a [" + Array(repeating: "\"lol\"", count: 10).joined(separator: ", ") + "]"]
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]")
        }
        let error = try #require(parseError(lines.joined(separator: "\n") + "\n"))
        #expect(error.kind == .tooManyNodes)
        // Lines a...e hold 133,463 nodes with the root; each "*e" on line f adds 111,111,
        // so the 8th alias there (column 8 + 7 * 4) is the one past 1,000,000.
        #expect(error.mark == YAMLMark(line: 6, column: 36))
    }
}
