@testable import PathguideServe
import Testing

@Suite struct LiveReloadTests {
    func inject(_ html: String, generation: Int = 3) -> String {
        String(decoding: LiveReload.inject(into: Array(html.utf8), generation: generation), as: UTF8.self)
    }

    @Test func theScriptGoesBeforeTheLastClosingBody() {
        let script = LiveReload.tag(generation: 3)
        #expect(inject("<html><body><p>&lt;/body&gt;</p></body></html>\n") == "<html><body><p>&lt;/body&gt;</p>" + script + "</body></html>\n")
        #expect(inject("<BODY>a</BODY>") == "<BODY>a" + script + "</BODY>")
        #expect(inject("<p>no body</p>") == "<p>no body</p>" + script)
        #expect(inject("") == script)
    }

    @Test func theScriptKnowsTheBuildItWasServedAfter() {
        #expect(LiveReload.tag(generation: 7).contains("let seen = 7;"))
        #expect(LiveReload.tag(generation: 7).contains("fetch(`/__pathguide/events?since=${seen}`"))
    }

    @Test func errorsAreShownAsTextNeverAsMarkup() {
        let script = LiveReload.tag(generation: 0)
        #expect(!script.contains("innerHTML"))
        #expect(!script.contains("insertAdjacentHTML"))
        #expect(script.contains("head.textContent = "))
        // `append` with a string adds a text node.
        #expect(script.contains("box.append(`${e.line ? `${e.file}:${e.line}:${e.column}: ` : \"\"}${e.message}\\n`)"))
    }
}
