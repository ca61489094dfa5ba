import Testing
import PathguideMarkdown

/// `link|image url @line:column`, one line per link, so a failure shows the whole list.
private func summary(_ markdown: String) -> [String] {
    CommonMark.links(in: markdown).map { "\($0.isImage ? "image" : "link") \($0.url) @\($0.line):\($0.column)" }
}

@Suite struct CommonMarkLinksTests {
    @Test func linksAndImagesWithCharacterColumns() {
        #expect(summary("# 标题 [h](h.md)\n\n中文 [x](a.md) and ![图](b.png)\n\n<https://example.org/>\n") == [
            "link h.md @1:6",
            "link a.md @3:4",
            "image b.png @3:18",
            "link https://example.org/ @5:1",
        ])
    }

    @Test func referenceLinksTakeTheirDefinitionsDestination() {
        #expect(summary("See [the guide][g] and [g].\n\n[g]: <guide one.md> \"title\"\n") == [
            "link guide one.md @1:5",
            "link guide one.md @1:24",
        ])
    }

    @Test func escapesAndEntitiesAreResolved() {
        #expect(summary(#"[a](x\(1\).md) [b](q?a=1&amp;b=2)"#) == [
            "link x(1).md @1:1",
            "link q?a=1&b=2 @1:16",
        ])
    }

    /// libcmark 0.30 misplaces these; the positions here are where the `[` really is.
    @Test func continuationLinesAndWrappedLinks() {
        let markdown = """
            first line
               indented [a](a.md)
            > quote
            > cont [b](b.md)
            lazy [c](c.md)

            - item [d](d.md)
              more [e](e.md)

            text [wrapped
            over](w.md) and ![an
            image](i.png)

            first line
            then <https://example.org/> and <x@example.org>
            """
        #expect(summary(markdown) == [
            "link a.md @2:13",
            "link b.md @4:8",
            "link c.md @5:6",
            "link d.md @7:8",
            "link e.md @8:8",
            "link w.md @10:6",
            "image i.png @11:17",
            "link https://example.org/ @15:6",
            "link mailto:x@example.org @15:33",
        ])
    }

    @Test func codeAndRawHTMLAreNotLinks() {
        #expect(summary("    [no](indented.md)\n\n`[no](code.md)` <a href=\"raw.md\">x</a>\n\n```\n[no](fenced.md)\n```\n") == [])
        #expect(summary("") == [])
    }
}
