/// How many terminal cells text takes, so a caret can be drawn under the right character.
///
/// Columns in diagnostics count Unicode scalars, but terminals give East Asian wide characters
/// two cells and combining marks none. This is a deliberately small table in the spirit of
/// `wcwidth`, covering what guides actually contain (Chinese, Japanese, Korean, fullwidth
/// punctuation, common emoji) rather than the whole of Unicode's East Asian Width property.
enum TerminalWidth {
    /// The cells one scalar occupies: 0, 1 or 2.
    static func cells(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if isZeroWidth(scalar) { return 0 }
        switch value {
        case 0x1100...0x115F,  // Hangul Jamo initial consonants
             0x2E80...0xA4CF,  // CJK radicals, punctuation such as 「」, kana, ideographs, Yi
             0xAC00...0xD7A3,  // Hangul syllables
             0xF900...0xFAFF,  // CJK compatibility ideographs
             0xFE30...0xFE4F,  // CJK compatibility forms
             0xFF00...0xFF60,  // fullwidth forms
             0xFFE0...0xFFE6,  // fullwidth signs
             0x1F300...0x1F64F,  // pictographs and emoticons, wide in current terminals
             0x1F900...0x1F9FF,  // supplemental pictographs
             0x20000...0x3FFFD:  // CJK extensions B and beyond
            return 2
        default:
            return 1
        }
    }

    /// What to print before a caret so that it lands just after `scalars` on a line that
    /// starts with them.
    ///
    /// Tabs are copied rather than counted, because their width depends on where the terminal's
    /// tab stops fall; the caret line and the source line share the same prefix, so copied tabs
    /// expand identically in both.
    static func padding(for scalars: Substring.UnicodeScalarView) -> String {
        var padding = ""
        for scalar in scalars {
            if scalar == "\t" {
                padding.append("\t")
            } else {
                padding.append(String(repeating: " ", count: cells(of: scalar)))
            }
        }
        return padding
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark:
            return true
        default:
            switch scalar.value {
            case 0x1160...0x11FF,  // Hangul medial vowels and final consonants join the preceding jamo
                 0x200B...0x200F,  // zero-width space, joiners, direction marks
                 0x2060...0x2064,
                 0xFEFF:
                return true
            default:
                return false
            }
        }
    }
}
