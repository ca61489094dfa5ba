import PathguideYAML
import Testing

/// The flat tree the loader reads: the same nodes, positions and texts as `YAMLNode` trees.
@Suite struct YAMLTreeTests {
    static let text = """
        id: &a home
        name: {zh: 首页, en: Home}
        steps: [*a, 'two', "thr\\u0065e"]
        empty:
        tagged: !!str 12

        """

    @Test func nodesKindsAndPositions() throws {
        let tree = try YAMLParser.tree(Self.text)
        #expect(tree.documents.count == 1)
        let root = tree.documents[0]
        #expect(tree.kind(root) == .mapping)
        #expect(tree.count(root) == 5)
        #expect((0..<5).map { tree.string(tree.key(root, $0)) } == ["id", "name", "steps", "empty", "tagged"])
        let name = tree.value(root, 1)
        #expect(tree.kind(name) == .mapping)
        #expect(tree.start(name) == YAMLMark(line: 2, column: 7))
        #expect(tree.string(tree.value(name, 0)) == "首页")
        #expect(!tree.isASCII(tree.value(name, 0)))
        #expect(tree.isASCII(tree.value(name, 1)))
        let steps = tree.value(root, 2)
        #expect(tree.kind(steps) == .sequence)
        #expect((0..<3).map { tree.string(tree.item(steps, $0)) } == ["home", "two", "three"])
        #expect((0..<3).map { tree.style(tree.item(steps, $0)) } == [.plain, .singleQuoted, .doubleQuoted])
        // The alias reads as the anchored scalar, at the alias's own place.
        #expect(tree.start(tree.item(steps, 0)) == YAMLMark(line: 3, column: 9))
        #expect(tree.string(tree.value(root, 3)) == "")
        #expect(tree.tag(tree.value(root, 4)) == "tag:yaml.org,2002:str")
        #expect(!tree.hasTag(tree.value(root, 3)))
    }

    @Test func scalarComparisons() throws {
        let tree = try YAMLParser.tree("[café, cafe\u{301}, Kind, \u{212A}ind, kind, '']")
        let list = tree.documents[0]
        let item = { tree.item(list, $0) }
        #expect(tree.scalar(item(0), equals: item(1)))
        #expect(tree.scalar(item(2), equals: item(3)))
        #expect(tree.scalar(item(3), equals: item(2)))
        #expect(!tree.scalar(item(2), equals: item(4)))
        #expect(tree.scalar(item(4), equals: "kind"))
        #expect(!tree.scalar(item(4), equals: "kin"))
        #expect(tree.scalar(item(5), equals: ""))
        #expect(!tree.scalar(list, equals: ""))
    }

    @Test func sameNodesAsTheNodeTree() throws {
        let tree = try YAMLParser.tree(Self.text)
        #expect(tree.nodes() == (try YAMLParser.parse(Self.text)))
        #expect(tree.node(tree.documents[0]) == tree.nodes()[0])
    }

    /// `\L` takes two bytes in the input and three in the text, so texts can outgrow the input.
    @Test func textsLongerThanTheInput() throws {
        let escapes = String(repeating: "\\L", count: 40)
        let tree = try YAMLParser.tree("[\"\(escapes)\", \"\(escapes)\"]")
        let list = tree.documents[0]
        let expected = String(repeating: "\u{2028}", count: 40)
        #expect(tree.string(tree.item(list, 0)) == expected)
        #expect(tree.string(tree.item(list, 1)) == expected)
        #expect(!tree.isASCII(tree.item(list, 1)))
    }

    @Test func aliasesNameTheBlockTheyRepeat() throws {
        let tree = try YAMLParser.tree("""
            a: &block {k: &word v}
            b: *block
            c: [*block, *word]
            d: &unused x

            """)
        let root = tree.documents[0]
        let block = tree.value(root, 0)
        let word = tree.value(block, 0)
        let b = tree.value(root, 1)
        let c = tree.value(root, 2)
        let (c0, c1) = (tree.item(c, 0), tree.item(c, 1))
        #expect(tree.hasAliases)
        #expect([block, word, b, c0, c1].allSatisfy(tree.isShared))
        #expect(![root, c, tree.value(root, 3), tree.key(block, 0)].contains(where: tree.isShared))
        #expect([block, b, c0].map(tree.origin) == [block, block, block])
        #expect([word, c1, c].map(tree.origin) == [word, word, c])
        #expect(tree.aliases(of: block) == [b, c0])
        #expect(tree.aliases(of: c0) == [b, c0])
        #expect(tree.aliases(of: word) == [c1])
        #expect(tree.aliases(of: tree.value(root, 3)).isEmpty)
        // An alias shares the block's children; only its own place differs.
        #expect(tree.value(b, 0) == word)
        #expect(tree.start(b) == YAMLMark(line: 2, column: 4))
        #expect(tree.start(block) == YAMLMark(line: 1, column: 4))
    }

    @Test func aTreeWithoutAliases() throws {
        let tree = try YAMLParser.tree("a: &a 1\nb: [2]\n")
        #expect(!tree.hasAliases)
        #expect(!tree.isShared(tree.value(tree.documents[0], 0)))
    }

    @Test func emptyStreamHasNoDocuments() throws {
        #expect(try YAMLParser.tree("").documents.isEmpty)
        #expect(try YAMLParser.tree("# only a comment\n").documents.isEmpty)
    }
}
