import Testing
@testable import PathguideYAML

private func parseError(_ bytes: [UInt8]) -> YAMLError? {
    do {
        _ = try YAMLParser.parse(bytes)
        return nil
    } catch {
        return error
    }
}

private func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
    text.utf16.flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
}

private func utf32(_ text: String, bigEndian: Bool) -> [UInt8] {
    text.unicodeScalars.flatMap { scalar -> [UInt8] in
        let bytes = (0..<4).map { UInt8(truncatingIfNeeded: scalar.value >> (8 * UInt32($0))) }
        return bigEndian ? bytes.reversed() : bytes
    }
}

@Suite struct YAMLEncodingProblemTests {
    @Test(arguments: [
        ([0xFF, 0xFE] + utf16("名称: 抖音\n", bigEndian: false), "UTF-16"),
        ([0xFE, 0xFF] + utf16("名称: 抖音\n", bigEndian: true), "UTF-16"),
        ([0xFF, 0xFE, 0, 0] + utf32("a: 1\n", bigEndian: false), "UTF-32"),
        ([0, 0, 0xFE, 0xFF] + utf32("a: 1\n", bigEndian: true), "UTF-32"),
    ])
    func byteOrderMarksOfOtherEncodingsAreRefused(bytes: [UInt8], encoding: String) throws {
        let error = try #require(parseError(bytes))
        #expect(error.kind == .notUTF8)
        #expect(error.mark == YAMLMark(line: 1, column: 1))
        #expect(error.message == "the input is \(encoding) (it starts with a \(encoding) byte order mark); YAML input must be UTF-8")
        #expect(error.encodingProblem == YAMLEncodingProblem(
            found: "\(encoding) (it starts with a \(encoding) byte order mark)", encoding: encoding))
    }

    @Test(arguments: [
        (utf16("a: 1\n", bigEndian: false), "UTF-16 (its first bytes, 61 00, are ASCII written as UTF-16)", "UTF-16LE"),
        (utf16("a: 1\n", bigEndian: true), "UTF-16 (its first bytes, 00 61, are ASCII written as UTF-16)", "UTF-16BE"),
        (utf32("a: 1\n", bigEndian: false), "UTF-32 (its first bytes, 61 00 00 00, are ASCII written as UTF-32)", "UTF-32LE"),
        (utf32("a: 1\n", bigEndian: true), "UTF-32 (its first bytes, 00 00 00 61, are ASCII written as UTF-32)", "UTF-32BE"),
        ([0x61, 0x00], "UTF-16 (its first bytes, 61 00, are ASCII written as UTF-16)", "UTF-16LE"),
    ])
    func otherEncodingsWithoutAByteOrderMarkAreRefused(bytes: [UInt8], found: String, encoding: String) throws {
        let error = try #require(parseError(bytes))
        #expect(error.kind == .notUTF8)
        #expect(error.mark == YAMLMark(line: 1, column: 1))
        #expect(error.encodingProblem == YAMLEncodingProblem(found: found, encoding: encoding))
    }

    @Test func aUTF8ByteOrderMarkIsAccepted() throws {
        let root = try #require(try YAMLParser.parse([0xEF, 0xBB, 0xBF] + Array("名称: 抖音\n".utf8)).first)
        #expect(root["名称"]?.scalar?.value == "抖音")
        #expect(root["名称"]?.start == YAMLMark(line: 1, column: 5))
    }

    @Test func everyLengthOfCharacterIsAccepted() throws {
        let text = "a: \"~é抖😀\u{10FFFF}\u{FFFD}\"\n"
        let root = try #require(try YAMLParser.parse(Array(text.utf8)).first)
        #expect(root["a"]?.scalar?.value == "~é抖😀\u{10FFFF}\u{FFFD}")
    }

    /// Each case: bytes after `名称: 抖音\nb: `, and what the first of them is found to be.
    @Test(arguments: [
        ([0xFF, 0x0A], "not UTF-8 (byte 0xFF cannot begin a character)"),
        ([0x80], "not UTF-8 (byte 0x80 cannot begin a character)"),
        ([0xC0, 0x80], "not UTF-8 (byte 0xC0 cannot begin a character)"),
        ([0xF5, 0x80, 0x80, 0x80], "not UTF-8 (byte 0xF5 cannot begin a character)"),
        ([0xE6, 0x8A], "not UTF-8 (byte 0xE6 begins a character that is cut short)"),
        ([0xE6, 0x8A, 0x41], "not UTF-8 (byte 0xE6 begins a character that is cut short)"),
        ([0xE0, 0x80, 0x80], "not UTF-8 (byte 0xE0 begins a character that is cut short)"),
        ([0xED, 0xA0, 0x80], "not UTF-8 (byte 0xED begins a character that is cut short)"),
        ([0xF0, 0x80, 0x80, 0x80], "not UTF-8 (byte 0xF0 begins a character that is cut short)"),
        ([0xF4, 0x90, 0x80, 0x80], "not UTF-8 (byte 0xF4 begins a character that is cut short)"),
        ([0xB4, 0xF3, 0xC2, 0xBD], "not UTF-8 (byte 0xB4 cannot begin a character)"),
    ] as [([UInt8], String)])
    func invalidUTF8IsRefusedAtItsFirstByte(tail: [UInt8], found: String) throws {
        let error = try #require(parseError(Array("名称: 抖音\nb: ".utf8) + tail))
        #expect(error.kind == .notUTF8)
        #expect(error.mark == YAMLMark(line: 2, column: 4))
        #expect(error.message == "the input is \(found); YAML input must be UTF-8")
        #expect(error.encodingProblem == YAMLEncodingProblem(found: found))
    }

    /// libyaml would stop at the unclosed sequence first; the encoding is checked before it reads.
    @Test func invalidUTF8IsFoundBeyondAnEarlierSyntaxError() throws {
        let error = try #require(parseError(Array("a: [1,\nb: c: d\n".utf8) + [0xFE]))
        #expect(error.kind == .notUTF8)
        #expect(error.mark == YAMLMark(line: 3, column: 1))
    }

    @Test(arguments: ["\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"])
    func invalidUTF8AfterAByteOrderMarkAndAnyBreak(lineBreak: String) throws {
        let error = try #require(parseError([0xEF, 0xBB, 0xBF] + Array("a: 1\(lineBreak)b: ".utf8) + [0xFE]))
        #expect(error.mark == YAMLMark(line: 2, column: 4))
    }

    /// The scan takes ASCII eight bytes at a time; a bad byte is found at every offset in such a run.
    @Test(arguments: 0..<20)
    func invalidByteAtEveryOffsetOfAnASCIIRun(offset: Int) throws {
        let bytes = Array(repeating: UInt8(ascii: "x"), count: offset) + [0xC3] + Array(repeating: UInt8(ascii: "y"), count: 12)
        let found = bytes.withUnsafeBufferPointer { YAMLEncodingProblem.firstInvalidUTF8(in: $0) }
        #expect(found?.offset == offset)
        #expect(found?.complete == false)
    }

    /// The check agrees with the standard library's UTF-8 validation on mangled text.
    @Test func agreesWithTheStandardLibrary() {
        let sample = Array("名称: 抖音 😀 é\u{10FFFF} plain ASCII text, long enough to fill words\n".utf8)
        let alphabet: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                                 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        var valid = 0
        for _ in 0..<5000 {
            var bytes = sample
            for _ in 0...next(3) {
                switch next(3) {
                case 0: bytes[next(bytes.count)] = alphabet[next(alphabet.count)]
                case 1: bytes.insert(alphabet[next(alphabet.count)], at: next(bytes.count + 1))
                default: bytes.remove(at: next(bytes.count))
                }
            }
            let found = bytes.withUnsafeBufferPointer { YAMLEncodingProblem.firstInvalidUTF8(in: $0) }
            let expected = String(validating: bytes, as: UTF8.self) == nil
            #expect((found != nil) == expected)
            if let found {
                // Everything before the offending byte is valid on its own.
                #expect(String(validating: bytes[..<found.offset], as: UTF8.self) != nil)
            } else {
                valid += 1
            }
        }
        #expect(valid > 0 && valid < 5000)
    }
}
