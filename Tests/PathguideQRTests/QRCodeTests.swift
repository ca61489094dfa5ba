import PathguideQR
import Testing

@Suite struct QRCodeTests {
    @Test func shortURLFitsVersionTwo() throws {
        // Version 2 is 25 modules per side; a 30-byte URL at level M needs version 2 or 3.
        let code = try #require(QRCode("https://example.org/en/taobao/"))
        #expect(code.size == 25 || code.size == 29)
        #expect(code.modules.count == code.size * code.size)
    }

    @Test func finderPatternsSitInThreeCorners() throws {
        let code = try #require(QRCode("https://example.org/"))
        let n = code.size
        for (row, column) in [(0, 0), (0, n - 7), (n - 7, 0)] {
            // Each finder is a 7×7 dark ring around a light ring around a 3×3 dark centre.
            #expect(code[row, column] && code[row + 6, column + 6])
            #expect(!code[row + 1, column + 1])
            #expect(code[row + 3, column + 3])
        }
    }

    @Test func sameTextSameCode() {
        #expect(QRCode("https://example.org/a") == QRCode("https://example.org/a"))
        #expect(QRCode("https://example.org/a") != QRCode("https://example.org/b"))
    }

    @Test func emptyOrOversizedTextHasNoCode() {
        #expect(QRCode("") == nil)
        #expect(QRCode(String(repeating: "x", count: 4_000), correction: .high) == nil)
    }

    @Test func svgHasQuietZoneAndEscapedTitle() throws {
        let code = try #require(QRCode("https://example.org/"))
        let svg = code.svg(margin: 4, title: "Guide <&> \"page\"")
        let side = code.size + 8
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\""))
        #expect(svg.contains("<title>Guide &lt;&amp;&gt; &quot;page&quot;</title>"))
        // The top-left finder's first row is one run of seven modules, offset by the margin.
        #expect(svg.contains("<path d=\"M4 4h7v1h-7z"))
        #expect(svg.hasSuffix("</svg>"))
    }

    /// The path written digit by digit is the one string interpolation writes, run by run.
    @Test(arguments: [0, 4, 13, -2])
    func svgPathMatchesTheModules(margin: Int) throws {
        let code = try #require(QRCode("https://help.example.org/zh/douyin-shop/"))
        var path = ""
        for row in 0..<code.size {
            var column = 0
            while column < code.size {
                guard code[row, column] else { column += 1; continue }
                var run = 1
                while column + run < code.size, code[row, column + run] { run += 1 }
                path += "M\(column + margin) \(row + margin)h\(run)v1h-\(run)z"
                column += run
            }
        }
        #expect(code.svg(margin: margin, title: "t").contains("<path d=\"\(path)\" fill=\"#000\"/>"))
    }
}
