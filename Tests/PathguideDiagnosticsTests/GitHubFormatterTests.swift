import Testing
@testable import PathguideDiagnostics

@Suite struct GitHubFormatterTests {
    @Test func fullReport() {
        assertSnapshot(GitHubFormatter().format(Fixtures.diagnostics, context: Fixtures.context()), named: "github")
    }

    @Test func commands() {
        let output = GitHubFormatter().format(
            [Fixtures.unreachable, Fixtures.literalPercent, Fixtures.longPath, Fixtures.noGuides],
            context: Fixtures.context()
        )
        #expect(output == """
            ::error title=no-guides::no guides matched 'missing/*.yaml'%0Anote: patterns are relative to the working directory
            ::error file=guides/douyin-shop.yaml,line=12,col=7,title=unreachable-channel::channel 'merchant-chat' cannot be reached from any surface's start%0AAdd a step that leads to 'merchant-chat', or delete the channel.%0Aguides/douyin-shop.yaml:3:3: note: channel 'merchant-chat' defined here
            ::notice file=guides/douyin-shop.yaml,line=30,col=5,title=long-path::the shortest path to 'refund' takes 9 taps
            ::warning file=guides/淘宝 checkout.yaml,line=4,col=9,title=literal-percent::text '50%25 off, today: only' has a literal '%25'%0Ait is shown as written
            pathguide: 2 errors, 1 warning, 1 note in 3 files

            """)
    }

    @Test func emptyReport() {
        #expect(GitHubFormatter().format([], context: Fixtures.context()) == "pathguide: no problems in 3 files\n")
    }

    @Test func underStrictTheSummarySaysWhyWarningsFail() {
        #expect(GitHubFormatter().format([Fixtures.ambiguousLabel], context: Fixtures.context(strict: true)) == """
            ::warning file=guides/douyin-shop.yaml,line=18,col=19,title=ambiguous-label::label '我的订单' is used by 2 surfaces
            pathguide: 1 warning in 3 files (--strict: warnings are failures)

            """)
    }

    @Test func escapesLikeTheActionsToolkit() {
        #expect(GitHubFormatter.escapeData("100% a,b: c\r\nd") == "100%25 a,b: c%0D%0Ad")
        #expect(GitHubFormatter.escapeProperty("100% a,b: c\r\nd") == "100%25 a%2Cb%3A c%0D%0Ad")
        // Escaping `%` first means existing escapes are not mistaken for ours.
        #expect(GitHubFormatter.escapeData("%0A") == "%250A")
    }

    @Test func propertiesAreEscaped() {
        let diagnostic = Diagnostic(
            ruleID: RuleID(rawValue: "odd:rule,id"), severity: .warning,
            location: PathguideDiagnostics.SourceLocation(file: "a,b:c.yaml", line: 1, column: 2), message: "m"
        )
        let output = GitHubFormatter().format([diagnostic], context: Fixtures.context())
        #expect(output.hasPrefix("::warning file=a%2Cb%3Ac.yaml,line=1,col=2,title=odd%3Arule%2Cid::m\n"))
    }

    @Test func findingsBeyondTheLimitsAreCountedInANotice() {
        #expect(GitHubFormatter().format(Fixtures.floodDiagnostics, context: Fixtures.floodContext()) == """
            ::warning file=guides/flood.yaml,line=1,col=1,title=ambiguous-label::label 'x' is used by 2 surfaces
            ::error file=guides/flood.yaml,line=2,col=3,title=missing-field::a channel is missing required key 'kind'
            ::error file=guides/flood.yaml,line=3,col=3,title=missing-field::a channel is missing required key 'kind'
            ::notice file=guides/flood.yaml::2 more findings in this file are not shown (5 in all)
            pathguide: 4 errors, 1 warning in 2 files

            """)
    }

    @Test func findingsWithoutAFileAreLimitedToo() {
        let unlocated = (1...3).map { _ in Fixtures.noGuides }
        #expect(GitHubFormatter().format(unlocated, context: Fixtures.floodContext()) == """
            ::error title=no-guides::no guides matched 'missing/*.yaml'%0Anote: patterns are relative to the working directory
            ::error title=no-guides::no guides matched 'missing/*.yaml'%0Anote: patterns are relative to the working directory
            ::notice::1 more finding without a file is not shown (3 in all)
            pathguide: 3 errors in 2 files

            """)
    }
}
