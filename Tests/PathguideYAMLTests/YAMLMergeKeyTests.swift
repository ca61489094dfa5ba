import PathguideYAML
import Testing

/// YAML 1.1's merge key, as most YAML readers accept it: `<<: *base` copies the pairs of the
/// mapping `base` into the mapping, where its own keys win.
@Suite struct YAMLMergeKeyTests {
    /// Each pair of `node` as "key=value@line:column" (the value's position).
    private func pairs(_ tree: YAMLTree, _ node: Int) -> [String] {
        (0..<tree.count(node)).map { i in
            let value = tree.value(node, i)
            return "\(tree.string(tree.key(node, i)))=\(tree.string(value))@\(tree.start(value))"
        }
    }

    @Test func mergedPairsKeepTheirPlacesAndOwnKeysWin() throws {
        let tree = try YAMLParser.tree("""
            base: &base
              a: 1
              b: 2
            x:
              <<: *base
              b: 3
            """)
        let root = tree.documents[0]
        #expect(pairs(tree, tree.value(root, 1)) == ["a=1@2:6", "b=3@6:6"])
        // The anchored mapping itself is unchanged.
        #expect(pairs(tree, tree.value(root, 0)) == ["a=1@2:6", "b=2@3:6"])
    }

    @Test func aListOfMappingsMergesEarlierFirst() throws {
        let tree = try YAMLParser.tree("""
            one: &one {a: 1, b: 1}
            two: &two {b: 2, c: 2}
            x:
              c: 0
              <<: [*one, *two]
            """)
        let root = tree.documents[0]
        #expect(pairs(tree, tree.value(root, 2)) == ["c=0@4:6", "a=1@1:15", "b=1@1:21"])
    }

    @Test func aQuotedKeyIsAnOrdinaryKey() throws {
        let tree = try YAMLParser.tree("base: &b {a: 1}\nx:\n  '<<': *b\n")
        let x = tree.value(tree.documents[0], 1)
        #expect(tree.count(x) == 1)
        #expect(tree.string(tree.key(x, 0)) == "<<")
    }

    @Test func aMergeOfSomethingElseStaysForTheReaderToReport() throws {
        let tree = try YAMLParser.tree("x:\n  <<: 5\n  a: 1\n")
        let x = tree.value(tree.documents[0], 0)
        #expect(pairs(tree, x) == ["<<=5@2:7", "a=1@3:6"])
    }
}
