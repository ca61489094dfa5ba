/// The part of a source line that the text report quotes, and where its caret goes.
///
/// A guide written on one line can be tens of thousands of characters wide, and quoting all of it
/// under every finding made reports quadratic in the line's length. So the quote is a window of at
/// most `width` cells around the column, with `…` where the line was cut on either side:
///
/// ```
///     1 | …}, {id: Bad1998}, {id: Bad1999}, {id: Bad2000}, {id: Bad2001}, {id: Bad2002}, {id: Bad2003}, {…
///       |                                     ^
/// ```
///
/// Finding the window walks the line from its start to the column once, then at most `width`
/// scalars either side of it; only the window is copied. Cells are counted as `TerminalWidth`
/// counts them, except that for the budget a tab counts as the 8 cells it may take and a
/// zero-width scalar as 1, so no input makes the window wider or longer than `width`.
struct SourceWindow {
    /// The quoted text, sanitised, with `…` where the line was cut.
    var text: String
    /// What to print before the caret so that it lands under the column.
    var caretPadding: String

    /// Wide enough for the usual guide line, which is then quoted whole.
    static let defaultWidth = 100

    /// The window of `line` around `column` (1-based, in Unicode scalars, as diagnostics count).
    /// Columns past the end of the line put the caret after it, as if the line went on in spaces.
    init(line: String, column: Int, width: Int = SourceWindow.defaultWidth) {
        let width = max(width, 20)
        var scalars = Substring(line).unicodeScalars
        // A line split at LF alone keeps the CR of a CR LF ending.
        if scalars.last == "\r" { scalars = scalars[..<scalars.index(before: scalars.endIndex)] }

        // Walk to the column: the only part of the work that grows with the line.
        let wanted = max(column, 1) - 1
        var caret = scalars.startIndex
        var walked = 0
        var leftCost = 0
        while walked < wanted, caret < scalars.endIndex {
            leftCost += Self.cost(of: scalars[caret])
            scalars.formIndex(after: &caret)
            walked += 1
        }
        // Past the end, the line goes on in spaces; more than the window could show would be cut anyway.
        let pastEnd = min(wanted - walked, width + 1)
        leftCost += pastEnd

        // What lies right of the column, counted no further than could be shown.
        var rightCost = caret == scalars.endIndex ? 1 : 0
        var scan = caret
        while scan < scalars.endIndex, rightCost <= width {
            rightCost += Self.cost(of: scalars[scan])
            scalars.formIndex(after: &scan)
        }

        guard leftCost + rightCost > width else {
            text = Self.sanitized(scalars)
            caretPadding = TerminalWidth.padding(for: scalars[..<caret]) + String(repeating: " ", count: pastEnd)
            return
        }

        // Keep about two fifths of the window left of the caret, more when the line ends soon after it.
        let leftBudget = min(leftCost, max(width * 2 / 5, width - rightCost))
        let cutLeft = leftCost > leftBudget
        var start = scalars.startIndex
        var shownPastEnd = pastEnd
        var used = leftCost
        if cutLeft {
            var room = leftBudget - 1
            shownPastEnd = min(pastEnd, room)
            room -= shownPastEnd
            used = 1 + shownPastEnd
            start = caret
            if shownPastEnd == pastEnd {
                while start > scalars.startIndex {
                    let previous = scalars.index(before: start)
                    let cost = Self.cost(of: scalars[previous])
                    guard cost <= room else { break }
                    room -= cost
                    used += cost
                    start = previous
                }
            }
            // A combining mark with its base cut off would sit on the ellipsis.
            while start < caret, TerminalWidth.cells(of: scalars[start]) == 0 {
                used -= Self.cost(of: scalars[start])
                scalars.formIndex(after: &start)
            }
        }

        let rightBudget = width - used
        let cutRight = rightCost > rightBudget
        var end = scalars.endIndex
        if cutRight {
            var room = rightBudget - 1
            end = caret
            while end < scalars.endIndex {
                let cost = Self.cost(of: scalars[end])
                guard cost <= room else { break }
                room -= cost
                scalars.formIndex(after: &end)
            }
        }

        text = (cutLeft ? "…" : "") + Self.sanitized(scalars[start..<end]) + (cutRight ? "…" : "")
        caretPadding = (cutLeft ? " " : "") + TerminalWidth.padding(for: scalars[start..<caret])
            + String(repeating: " ", count: shownPastEnd)
    }

    /// The cells a scalar may take, for the window's budget: a tab up to the next of the
    /// terminal's 8-cell stops, and never less than one, so the budget also bounds the scalars.
    private static func cost(of scalar: Unicode.Scalar) -> Int {
        scalar == "\t" ? 8 : max(TerminalWidth.cells(of: scalar), 1)
    }

    /// The text with each control character and line break replaced by U+FFFD: one scalar for
    /// one, so the caret still lines up, and nothing that could move the cursor or change
    /// colours in a terminal. Tabs stay, and are copied into the caret line.
    private static func sanitized(_ scalars: Substring.UnicodeScalarView) -> String {
        var result = String.UnicodeScalarView()
        for scalar in scalars {
            result.append(scalar != "\t" && isUnsafe(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(result)
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
        default: false
        }
    }
}
