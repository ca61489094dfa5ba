import Testing
import PathguideYAML

/// libyaml (YAML 1.1) ends a line at LF, CR LF, a lone CR, NEL, LS and PS. Every position the
/// module reports counts lines by exactly those breaks, whichever path found it: a node, the
/// scanner, the parser, or the reader, which only knows a byte offset.
@Suite struct YAMLLineBreakTests {
    static let breaks = ["\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"]

    private func parseError(_ text: String) -> YAMLError? {
        do {
            _ = try YAMLParser.parse(Array(text.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: breaks)
    func nodePositions(lineBreak: String) throws {
        let root = try #require(try YAMLParser.parse(Array("a: 1\(lineBreak)bc: 名称\(lineBreak)d: [x, y]".utf8)).first)
        let pairs = try #require(root.mapping)
        #expect(pairs.map(\.key.start) == [YAMLMark(line: 1, column: 1), YAMLMark(line: 2, column: 1), YAMLMark(line: 3, column: 1)])
        #expect(root["bc"]?.start == YAMLMark(line: 2, column: 5))
        #expect(root["bc"]?.end == YAMLMark(line: 2, column: 7))
        #expect(root["d"]?.sequence?.map(\.start) == [YAMLMark(line: 3, column: 5), YAMLMark(line: 3, column: 8)])
    }

    @Test(arguments: breaks)
    func scannerError(lineBreak: String) throws {
        let error = try #require(parseError("a: 1\(lineBreak)b: c: d"))
        #expect(error.mark == YAMLMark(line: 2, column: 5))
        #expect(error.message == "a colon followed by a space inside a value without quotes; put the whole value in quotes")
    }

    @Test(arguments: breaks)
    func parserErrorAndItsContext(lineBreak: String) throws {
        let error = try #require(parseError("a: 1\(lineBreak)b: [1, 2\(lineBreak)c: 3"))
        #expect(error.mark == YAMLMark(line: 2, column: 4))
        #expect(error.notes == [YAMLError.Note(mark: YAMLMark(line: 3, column: 2), message: "the YAML reader stopped here: did not find expected ',' or ']'")])
    }

    @Test(arguments: breaks)
    func unclosedQuoteSeesTheLinesAfterAnyBreak(lineBreak: String) throws {
        let error = try #require(parseError("a: \"x\(lineBreak)b: 2\(lineBreak)c: \"y\"\(lineBreak)"))
        #expect(error.mark == YAMLMark(line: 1, column: 4))
        #expect(error.message.hasPrefix("the text quoted with \" here is not closed on its line, so the lines after it, up to line 3,"))
    }

    @Test(arguments: breaks)
    func readerErrorAfterTheBreak(lineBreak: String) throws {
        let error = try #require(parseError("名: 1\(lineBreak)b: 抖音\(lineBreak)c: \u{1F}"))
        #expect(error.mark == YAMLMark(line: 3, column: 4))
        #expect(error.message == "control characters are not allowed (0x1F)")
    }

    /// The control character is the first character of its line, right after the break.
    @Test(arguments: breaks)
    func readerErrorRightAfterTheBreak(lineBreak: String) throws {
        let error = try #require(parseError("a: 1\(lineBreak)\u{1F}\n"))
        #expect(error.mark == YAMLMark(line: 2, column: 1))
        #expect(error.message == "control characters are not allowed (0x1F)")
    }

    @Test func readerErrorAfterEveryKindOfBreak() throws {
        let error = try #require(parseError("a: 1\n\r\n\r\u{85}\u{2028}\u{2029}b: \u{7F}"))
        #expect(error.mark == YAMLMark(line: 7, column: 4))
        #expect(error.message == "control characters are not allowed (0x7F)")
    }
}
