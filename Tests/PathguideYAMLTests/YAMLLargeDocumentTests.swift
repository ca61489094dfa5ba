import Testing
import PathguideYAML

/// A realistic mix of block and flow collections, all scalar styles and Chinese text.
///
/// Every document is `---`, `guides:` and then `entriesPerDocument` entries of
/// exactly `linesPerEntry` lines, so positions can be computed from indices.
private enum GuideCorpus {
    static let linesPerEntry = 14
    /// Nodes in one entry, aliases included (see `entry`).
    static let nodesPerEntry = 37

    static func document(_ d: Int, entries: Int) -> String {
        var text = "---\nguides:\n"
        for j in 0..<entries { text += entry(d * entries + j) }
        return text
    }

    static func entry(_ n: Int) -> String {
        """
          - id: guide-\(n)
            title: "抖音入门指南 第\(n)篇"
            summary: >
              这是一段关于短视频平台的介绍文字，编号 \(n)。
              It mixes English and 中文 text in one folded block.
            tags: [短视频, 教程, level-\(n % 7)]
            steps:
              - id: &s\(n) s\(n)-1
                text: 打开应用并登录账号，然后进入“我的”页面
                next: [*s\(n)]
              - id: s\(n)-2
                text: '浏览推荐页面 ''精选'' 内容'
                next: []
            meta: {author: 张三, draft: false, weight: \(n % 100)}

        """
    }

    static func count(_ node: YAMLNode) -> Int {
        switch node.kind {
        case .scalar: 1
        case .sequence(let items): 1 + items.reduce(0) { $0 + count($1) }
        case .mapping(let pairs): 1 + pairs.reduce(0) { $0 + count($1.key) + count($1.value) }
        }
    }
}

@Suite struct YAMLLargeDocumentTests {
    @Test func megabyteOfGuidesParsesCompletely() throws {
        let documents = 3
        let entries = 800
        let text = (0..<documents).map { GuideCorpus.document($0, entries: entries) }.joined()
        let bytes = Array(text.utf8)
        #expect(bytes.count > 1_000_000)

        let roots = try YAMLParser.parse(bytes)
        #expect(roots.count == documents)
        for root in roots {
            #expect(root["guides"]?.sequence?.count == entries)
            #expect(GuideCorpus.count(root) == 3 + entries * GuideCorpus.nodesPerEntry)
        }

        let last = try #require(roots.last?["guides"]?.sequence?.last)
        let n = documents * entries - 1
        let firstLineOfLastEntry = 1 + (documents - 1) * (2 + entries * GuideCorpus.linesPerEntry) + 2
            + (entries - 1) * GuideCorpus.linesPerEntry
        #expect(last.start == YAMLMark(line: firstLineOfLastEntry, column: 5))
        #expect(last["title"]?.scalar == YAMLScalar(value: "抖音入门指南 第\(n)篇", style: .doubleQuoted))
        #expect(last["title"]?.start == YAMLMark(line: firstLineOfLastEntry + 1, column: 12))
        #expect(last["summary"]?.scalar?.style == .folded)
        #expect(last["summary"]?.scalar?.value.hasPrefix("这是一段关于短视频平台的介绍文字，编号 \(n)。 It mixes") == true)

        let steps = try #require(last["steps"]?.sequence)
        #expect(steps[0]["next"]?.sequence?.first?.scalar?.value == "s\(n)-1")
        #expect(steps[0]["next"]?.sequence?.first?.start == YAMLMark(line: firstLineOfLastEntry + 9, column: 16))
        #expect(steps[1]["text"]?.scalar == YAMLScalar(value: "浏览推荐页面 '精选' 内容", style: .singleQuoted))
        #expect(last["meta"]?["author"]?.scalar?.value == "张三")
        #expect(last["meta"]?["author"]?.start == YAMLMark(line: firstLineOfLastEntry + 13, column: 20))
    }
}
