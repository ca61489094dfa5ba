import Testing
import PathguideYAML

private func parseError(_ bytes: [UInt8], limits: YAMLLimits = .default) -> YAMLError? {
    do {
        _ = try YAMLParser.parse(bytes, limits: limits)
        return nil
    } catch {
        return error
    }
}

private func parseError(_ text: String) -> YAMLError? {
    parseError(Array(text.utf8))
}

@Suite struct YAMLErrorTests {
    /// "line:column message", then each note as "  line:column message".
    private func explained(_ text: String) throws -> [String] {
        let error = try #require(parseError(text))
        #expect(error.kind == .syntax)
        return ["\(error.mark) \(error.message)"] + error.notes.map { "  \($0.mark) \($0.message)" }
    }

    @Test func unclosedFlowSequenceIsReportedAtItsBracket() throws {
        #expect(try explained("a: [1, 2\nb: 3") == [
            "1:4 the [ here is not closed; add ] where it ends, or put the whole value in quotes if the [ is part of the text",
            "  2:2 the YAML reader stopped here: did not find expected ',' or ']'",
        ])
    }

    @Test func unclosedFlowMappingIsReportedAtItsBrace() throws {
        #expect(try explained("a: {x: 1\nb: 3\n") == [
            "1:4 the { here is not closed; add } where it ends, or put the whole value in quotes if the { is part of the text",
            "  2:2 the YAML reader stopped here: did not find expected ',' or '}'",
        ])
    }

    @Test func colonInAPlainValueAsksForQuotes() throws {
        #expect(try explained("a: b: c\n") == [
            "1:5 a colon followed by a space inside a value without quotes; put the whole value in quotes",
        ])
    }

    @Test func quoteNeverClosedIsReportedAtTheQuote() throws {
        #expect(try explained("key: \"unterminated\n") == [
            "1:6 the text quoted with \" here is never closed; add the closing \" where the text ends",
            "  2:1 the YAML reader stopped here: found unexpected end of stream",
        ])
        #expect(try explained("a: 'abc\nb: 1\n") == [
            "1:4 the text quoted with ' here is never closed; add the closing ' where the text ends",
            "  3:1 the YAML reader stopped here: found unexpected end of stream",
        ])
    }

    @Test func quoteThatSwallowsLinesIsReportedAtTheQuoteNotWhereTheReaderStops() throws {
        let text = """
            steps:
              - label: "Help
                to: help
              - label: Orders
                to: orders
              - label: "Me"
                to: me
            """
        #expect(try explained(text) == [
            "2:12 the text quoted with \" here is not closed on its line, so the lines after it, up to line 6, are read as part of it; add the closing \"",
            "  6:13 the YAML reader stopped here: did not find expected key",
        ])
    }

    @Test func quotedTextOverSeveralLinesOfProseIsNotBlamed() throws {
        // A quoted value may go on over lines indented deeper; the mistake here is the colon.
        #expect(try explained("a: \"one\n  two: three\"\nb: c: d\n") == [
            "3:5 a colon followed by a space inside a value without quotes; put the whole value in quotes",
        ])
    }

    @Test func tabInTheIndentationSaysYAMLIndentsWithSpaces() throws {
        let message = "a tab in the indentation; YAML indents with spaces only, so replace the tab with spaces"
        #expect(try explained("\tkey: 1\n") == ["1:1 " + message])
        // After a plain value libyaml is still scanning that scalar when it meets the tab.
        #expect(try explained("a:\n  b: 1\n\tc: 2\n") == ["3:1 " + message])
        #expect(try explained("a:\n  b: 1\n  \tc: 2\n") == ["3:3 " + message])
    }

    @Test func keyWithoutColonIsReportedAtItsLine() throws {
        #expect(try explained("a: 1\nb\nc: 2\n") == [
            "2:1 this line has no ':' after its key; write 'key: value', or indent the line further to continue the value above it",
            "  3:1 the YAML reader stopped here: could not find expected ':'",
        ])
    }

    @Test func keyIndentedUnlikeItsMappingSaysSo() throws {
        #expect(try explained("a:\n  b: 1\n c: 2\n") == [
            "3:2 this line is indented by 1 space, which lines up with no key of the mapping it belongs to; indent it exactly like that mapping's other keys",
            "  1:1 that mapping starts here",
        ])
    }

    @Test func valueStartingWithAReservedCharacterAsksForQuotes() throws {
        #expect(try explained("a: @x\n") == ["1:4 a value cannot start with @ in YAML; put the whole value in quotes"])
        #expect(try explained("a: `x`\n") == ["1:4 a value cannot start with ` in YAML; put the whole value in quotes"])
    }

    @Test func unknownEscapeSaysHowToWriteABackslash() throws {
        #expect(try explained("a: \"x\\qy\"\n") == [
            "1:6 a backslash in double-quoted text starts an escape, and this one is not an escape YAML knows; write \\\\ for a backslash, or use single quotes, where a backslash is an ordinary character",
        ])
    }

    @Test func mistakeItDoesNotKnowKeepsLibyamlsWords() throws {
        #expect(try explained("a: !<x 1\n") == [
            "1:7 did not find the expected '>' (while scanning a tag started at line 1, column 4)",
        ])
    }

    @Test func syntaxErrorAfterChineseTextCountsCharacters() throws {
        let error = try #require(parseError("名称: 抖音: 短视频\n"))
        #expect(error.kind == .syntax)
        #expect(error.mark == YAMLMark(line: 1, column: 7))
    }

    @Test func controlCharacters() throws {
        let error = try #require(parseError(Array("a: x\nb: ".utf8) + [0x00]))
        #expect(error.kind == .syntax)
        #expect(error.mark == YAMLMark(line: 2, column: 4))
        #expect(error.message == "control characters are not allowed (0x0)")
    }

    @Test func undefinedAlias() throws {
        let error = try #require(parseError("a: 1\nb: *nope\n"))
        #expect(error.kind == .undefinedAlias)
        #expect(error.mark == YAMLMark(line: 2, column: 4))
        #expect(error.message.contains("nope"))
    }

    @Test func anchorsDoNotCrossDocuments() throws {
        let error = try #require(parseError("a: &x 1\n---\nb: *x\n"))
        #expect(error.kind == .undefinedAlias)
        #expect(error.mark == YAMLMark(line: 3, column: 4))
    }

    @Test func aliasBeforeItsAnchorIsUndefined() throws {
        let error = try #require(parseError("- *later\n- &later x\n"))
        #expect(error.kind == .undefinedAlias)
        #expect(error.mark == YAMLMark(line: 1, column: 3))
    }

    @Test func aliasInsideItsOwnAnchorIsUndefined() throws {
        let error = try #require(parseError("a: &loop [1, *loop]\n"))
        #expect(error.kind == .undefinedAlias)
        #expect(error.mark == YAMLMark(line: 1, column: 14))
    }

    @Test func mangledInputNeverCrashes() {
        let sample = Array("""
            名称: &n "抖音"
            steps:
              - {id: a, next: [b, *n]}
              - |
                text ✓
            ? [k]
            : 'v'
            """.utf8)
        let alphabet = Array("[]{}:,-?&*!|>'\"#%@`\t\n\r ".utf8) + [0x00, 0xC3, 0xE6, 0xFF, 0xFE, 0xEF, 0xBB, 0xBF]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        var parsed = 0
        var failed = 0
        for _ in 0..<3000 {
            var bytes = sample
            for _ in 0...next(4) {
                switch next(3) {
                case 0: bytes[next(bytes.count)] = alphabet[next(alphabet.count)]
                case 1: bytes.insert(alphabet[next(alphabet.count)], at: next(bytes.count + 1))
                default: if !bytes.isEmpty { bytes.remove(at: next(bytes.count)) }
                }
            }
            do {
                _ = try YAMLParser.parse(bytes)
                parsed += 1
            } catch {
                #expect(error.mark.line >= 1 && error.mark.column >= 1)
                failed += 1
            }
        }
        #expect(parsed + failed == 3000)
        #expect(parsed > 0 && failed > 0)
    }

    @Test func errorDescriptionLeadsWithThePosition() {
        let error = YAMLError(kind: .syntax, message: "boom", mark: YAMLMark(line: 3, column: 7))
        #expect(error.description == "3:7: boom")
        #expect(YAMLError.Kind.tooManyNodes.rawValue == "tooManyNodes")
    }
}
