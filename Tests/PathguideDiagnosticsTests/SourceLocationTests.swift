import Testing
@testable import PathguideDiagnostics

@Suite struct SourceLocationTests {
    @Test func aNameIsStoredOnce() {
        let first = SourceLocation.File("guides/taobao.yaml")
        let again = SourceLocation.File("guides/" + "taobao.yaml")
        #expect(first.storage.toOpaque() == again.storage.toOpaque())
        #expect(first == again)
        #expect(first.name == "guides/taobao.yaml")
        #expect(SourceLocation.File("guides/amazon.yaml") != first)
    }

    @Test func locationsMadeEitherWayAreEqual() {
        let file = SourceLocation.File("guides/douyin-shop.yaml")
        let shared = SourceLocation(file, line: 12, column: 7)
        let named = SourceLocation(file: "guides/douyin-shop.yaml", line: 12, column: 7)
        #expect(shared == named)
        #expect(shared.hashValue == named.hashValue)
        #expect(named.file == "guides/douyin-shop.yaml")
        #expect(named.description == "guides/douyin-shop.yaml:12:7")
        #expect(shared != SourceLocation(file, line: 12, column: 8))
        #expect(shared != SourceLocation(file, line: 13, column: 7))
    }

    @Test func namesCompareAsStrings() {
        // é as one scalar and as e with a combining accent: equal as `String`s, spelt apart.
        let composed = SourceLocation(file: "caf\u{E9}.yaml", line: 1, column: 1)
        let decomposed = SourceLocation(file: "cafe\u{301}.yaml", line: 1, column: 1)
        #expect(composed == decomposed)
        #expect(composed.hashValue == decomposed.hashValue)
        #expect(!(composed < decomposed) && !(decomposed < composed))
        // Each keeps the spelling it was given.
        #expect(Array(composed.file.unicodeScalars) == Array("caf\u{E9}.yaml".unicodeScalars))
        #expect(Array(decomposed.file.unicodeScalars) == Array("cafe\u{301}.yaml".unicodeScalars))
    }

    @Test func orderIsByFileThenLineThenColumn() {
        let a = SourceLocation(file: "a.yaml", line: 9, column: 9)
        let b = SourceLocation(file: "b.yaml", line: 1, column: 1)
        let b2 = SourceLocation(file: "b.yaml", line: 1, column: 2)
        let b3 = SourceLocation(file: "b.yaml", line: 2, column: 1)
        #expect([b3, b2, a, b].sorted() == [a, b, b2, b3])
    }

    @Test func settingTheFileRenamesOneLocation() {
        var location = SourceLocation(file: "old.yaml", line: 3, column: 4)
        let other = location
        location.file = "new.yaml"
        #expect(location == SourceLocation(file: "new.yaml", line: 3, column: 4))
        #expect(other.file == "old.yaml")
    }
}
