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
    @Test func unclosedFlowSequenceIsReportedWhereLibyamlGivesUp() throws {
        let error = try #require(parseError("a: [1, 2\nb: 3"))
        #expect(error.kind == .syntax)
        // libyaml reads "2\nb" as one multi-line plain scalar, then stops at the ':'.
        #expect(error.mark == YAMLMark(line: 2, column: 2))
        #expect(error.message == "did not find expected ',' or ']' (while parsing a flow sequence started at line 1, column 4)")
    }

    @Test func mappingValueInPlainScalar() throws {
        let error = try #require(parseError("a: b: c\n"))
        #expect(error.kind == .syntax)
        #expect(error.mark == YAMLMark(line: 1, column: 5))
        #expect(error.message == "mapping values are not allowed in this context")
    }

    @Test func unterminatedQuotedScalar() throws {
        let error = try #require(parseError("key: \"unterminated\n"))
        #expect(error.kind == .syntax)
        #expect(error.mark == YAMLMark(line: 2, column: 1))
        #expect(error.message.contains("found unexpected end of stream"))
        #expect(error.message.contains("while scanning a quoted scalar started at line 1, column 6"))
    }

    @Test func tabIndentation() throws {
        let first = try #require(parseError("\tkey: 1\n"))
        #expect(first.kind == .syntax)
        #expect(first.mark == YAMLMark(line: 1, column: 1))
        #expect(first.message.hasPrefix("found character that cannot start any token"))

        // After a plain value libyaml is still scanning that scalar when it meets the tab.
        let later = try #require(parseError("ok: 1\n\tkey: 1\n"))
        #expect(later.mark == YAMLMark(line: 2, column: 1))
        #expect(later.message == "found a tab character that violates indentation (while scanning a plain scalar started at line 1, column 5)")
    }

    @Test func syntaxErrorAfterChineseTextCountsCharacters() throws {
        let error = try #require(parseError("名称: 抖音: 短视频\n"))
        #expect(error.kind == .syntax)
        #expect(error.mark == YAMLMark(line: 1, column: 7))
        #expect(error.message == "mapping values are not allowed in this context")
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
