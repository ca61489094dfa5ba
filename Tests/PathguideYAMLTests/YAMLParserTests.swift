import Testing
@testable import PathguideYAML

private func mark(_ line: Int, _ column: Int) -> YAMLMark { YAMLMark(line: line, column: column) }

private func single(_ text: String) throws -> YAMLNode {
    let documents = try YAMLParser.parse(text)
    try #require(documents.count == 1)
    return documents[0]
}

@Suite struct YAMLParserTests {
    static let guide = """
        title: Hello
        steps:
          - id: one
            text: "quoted"
          - [a, b]
        body: |
          line1
          line2
        fold: >
          x
          y
        sq: 'it'

        """

    @Test func blockMappingKeysAndPositions() throws {
        let root = try single(Self.guide)
        #expect(root.typeName == "mapping")
        #expect(root.start == mark(1, 1))
        #expect(root.end == mark(13, 1))
        let pairs = try #require(root.mapping)
        #expect(pairs.map { $0.key.scalar?.value } == ["title", "steps", "body", "fold", "sq"])
        #expect(pairs[1].key.start == mark(2, 1))
        #expect(pairs[1].key.end == mark(2, 6))

        let title = try #require(root["title"])
        #expect(title.scalar == YAMLScalar(value: "Hello", style: .plain))
        #expect(title.start == mark(1, 8))
        #expect(title.end == mark(1, 13))
        #expect(title.tag == nil)
    }

    @Test func blockAndFlowSequences() throws {
        let root = try single(Self.guide)
        let steps = try #require(root["steps"])
        #expect(steps.start == mark(3, 3))
        let items = try #require(steps.sequence)
        #expect(items.count == 2)

        #expect(items[0].typeName == "mapping")
        #expect(items[0].start == mark(3, 5))
        #expect(items[0]["id"]?.scalar?.value == "one")
        #expect(items[0]["id"]?.start == mark(3, 9))
        let text = try #require(items[0]["text"])
        #expect(text.scalar == YAMLScalar(value: "quoted", style: .doubleQuoted))
        #expect(text.start == mark(4, 11))
        #expect(text.end == mark(4, 19))

        let flow = items[1]
        #expect(flow.start == mark(5, 5))
        #expect(flow.end == mark(5, 11))
        #expect(flow.sequence?.map { $0.scalar?.value } == ["a", "b"])
        #expect(flow.sequence?.map(\.start) == [mark(5, 6), mark(5, 9)])
    }

    @Test func blockAndQuotedScalarStyles() throws {
        let root = try single(Self.guide)
        let body = try #require(root["body"])
        #expect(body.scalar == YAMLScalar(value: "line1\nline2\n", style: .literal))
        #expect(body.start == mark(6, 7))
        #expect(root["fold"]?.scalar == YAMLScalar(value: "x y\n", style: .folded))
        #expect(root["fold"]?.start == mark(9, 7))
        #expect(root["sq"]?.scalar == YAMLScalar(value: "it", style: .singleQuoted))
        #expect(root["sq"]?.start == mark(12, 5))
    }

    @Test func flowMapping() throws {
        let root = try single("{a: 1, \"b\": [x, {c: d}]}")
        #expect(root.start == mark(1, 1))
        #expect(root.end == mark(1, 25))
        let pairs = try #require(root.mapping)
        #expect(pairs.count == 2)
        #expect(pairs[1].key.scalar == YAMLScalar(value: "b", style: .doubleQuoted))
        #expect(pairs[1].value.start == mark(1, 13))
        #expect(pairs[1].value.sequence?[1]["c"]?.scalar?.value == "d")
        #expect(pairs[1].value.sequence?[1]["c"]?.start == mark(1, 21))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let root = try single("名称: 抖音\n描述: \"短视频 平台\"\n😀: x\n")
        let pairs = try #require(root.mapping)
        #expect(pairs[0].key.scalar?.value == "名称")
        #expect(pairs[0].value.scalar?.value == "抖音")
        #expect(pairs[0].value.start == mark(1, 5))
        #expect(pairs[0].value.end == mark(1, 7))
        #expect(pairs[1].value.scalar == YAMLScalar(value: "短视频 平台", style: .doubleQuoted))
        #expect(pairs[1].value.start == mark(2, 5))
        // A character outside the BMP is still one column.
        #expect(pairs[2].value.start == mark(3, 4))
    }

    @Test func byteOverloadMatchesStringOverload() throws {
        let text = "名称: 抖音\nlist: [1, 2]\n"
        let fromString = try YAMLParser.parse(text)
        let fromBytes = try YAMLParser.parse(Array(text.utf8))
        let fromSlice = try YAMLParser.parse(Array(text.utf8)[...])
        #expect(fromString == fromBytes)
        #expect(fromString == fromSlice)
    }

    @Test func leadingByteOrderMarkTakesNoColumn() throws {
        let root = try #require(try YAMLParser.parse([0xEF, 0xBB, 0xBF] + Array("a: b".utf8)).first)
        #expect(root["a"]?.start == mark(1, 4))
    }

    @Test func emptyAndCommentOnlyInputsHaveNoDocuments() throws {
        #expect(try YAMLParser.parse("").isEmpty)
        #expect(try YAMLParser.parse([UInt8]()).isEmpty)
        #expect(try YAMLParser.parse("\n\n  \n").isEmpty)
        #expect(try YAMLParser.parse("# just a comment\n# and another\n").isEmpty)
    }

    @Test func everyDocumentInTheStream() throws {
        let documents = try YAMLParser.parse("a: 1\n---\nb: 2\n...\n--- c\n")
        #expect(documents.count == 3)
        #expect(documents[0]["a"]?.scalar?.value == "1")
        #expect(documents[1].start == mark(3, 1))
        #expect(documents[2].scalar?.value == "c")
        #expect(documents[2].start == mark(5, 5))
    }

    @Test func emptyDocumentIsNull() throws {
        let documents = try YAMLParser.parse("---\n")
        #expect(documents.count == 1)
        #expect(documents[0].isNull)
        #expect(documents[0].scalar == YAMLScalar(value: "", style: .plain))
        #expect(documents[0].start == mark(2, 1))
    }

    @Test func tagsAreKeptAsLibyamlResolvesThem() throws {
        let root = try single("a: !!str 1\nb: !local x\nc: ! y\nd: plain\n")
        #expect(root["a"]?.tag == "tag:yaml.org,2002:str")
        #expect(root["a"]?.start == mark(1, 4))
        #expect(root["b"]?.tag == "!local")
        #expect(root["c"]?.tag == "!")
        #expect(root["d"]?.tag == nil)
        let tagged = try single("!!map {a: !!seq [x]}")
        #expect(tagged.tag == "tag:yaml.org,2002:map")
        #expect(tagged["a"]?.tag == "tag:yaml.org,2002:seq")
    }

    @Test func nullsAreOnlyPlainUntaggedNullSpellings() throws {
        let root = try single("""
            a: ~
            b: null
            c: NULL
            d:
            e: 'null'
            f: !!str null
            g: nil
            h: !!null ''
            i: []
            """)
        let nulls = root.mapping?.map { $0.value.isNull }
        #expect(nulls == [true, true, true, true, false, false, false, false, false])
    }

    @Test func aliasCopiesAnchoredContentPositionedAtTheAlias() throws {
        let root = try single("base: &b {x: 1, y: [2]}\nuse: *b\nname: &n !!str Ada\nagain: *n\n")
        let base = try #require(root["base"])
        let use = try #require(root["use"])
        #expect(use.kind == base.kind)
        #expect(use.start == mark(2, 6))
        #expect(use.end == mark(2, 8))
        // The content inside keeps the positions of the original.
        #expect(use.mapping?.first?.key.start == mark(1, 11))
        #expect(use["x"]?.start == mark(1, 14))
        let again = try #require(root["again"])
        #expect(again.scalar?.value == "Ada")
        #expect(again.tag == "tag:yaml.org,2002:str")
        #expect(again.start == mark(4, 8))
    }

    @Test func laterAnchorWithTheSameNameWins() throws {
        let root = try single("- &a one\n- *a\n- &a two\n- *a\n")
        #expect(root.sequence?.map { $0.scalar?.value } == ["one", "one", "two", "two"])
    }

    @Test func keysNeedNotBeScalars() throws {
        let root = try single("? [a, b]\n: c\n")
        let pair = try #require(root.mapping?.first)
        #expect(pair.key.typeName == "sequence")
        #expect(pair.key.start == mark(1, 3))
        #expect(pair.value.scalar?.value == "c")
    }
}
