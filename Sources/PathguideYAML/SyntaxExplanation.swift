import CYAML

/// Turns libyaml's report of a syntax error into one an author can act on.
///
/// libyaml says where its reader gave up, in the grammar's terms ("did not find expected key").
/// For the mistakes people make most, the place where it gives up is not the mistake: a missing
/// closing quote swallows the lines after it and is reported tens of lines below; a list opened
/// with `[` is reported on the next line. This recognises those mistakes from libyaml's problem,
/// its context and the text, and reports each where it starts, in plain words, with what to
/// write instead and a note where libyaml gave up. Anything it does not recognise keeps
/// libyaml's own words and position.
struct SyntaxExplanation {
    /// What libyaml reported.
    struct Reported {
        var problem: String
        var mark: YAMLMark
        var context: String?
        var contextMark: YAMLMark
    }

    let input: UnsafeBufferPointer<UInt8>
    let lines: YAMLLines

    init(input: UnsafeBufferPointer<UInt8>) {
        self.input = input
        lines = YAMLLines(input)
    }

    func explain(_ reported: Reported) -> YAMLError {
        let gaveUp = YAMLError.Note(mark: reported.mark, message: "the YAML reader stopped here: \(reported.problem)")
        if let quote = unclosedQuote(before: reported.mark) {
            return YAMLError(
                kind: .syntax,
                message: "the text quoted with \(quote.character) here is not closed on its line, so the lines after it, "
                    + "up to line \(quote.end.line), are read as part of it; add the closing \(quote.character)",
                mark: quote.start, notes: [gaveUp])
        }
        let problem = reported.problem
        let context = reported.context ?? ""
        if context == "while scanning a quoted scalar", problem.hasPrefix("found unexpected end of stream")
            || problem.hasPrefix("found unexpected document indicator") {
            let quote = character(at: reported.contextMark) ?? "\""
            return YAMLError(
                kind: .syntax,
                message: "the text quoted with \(quote) here is never closed; add the closing \(quote) where the text ends",
                mark: reported.contextMark, notes: [gaveUp])
        }
        if problem == "found a tab character that violates indentation"
            || (problem == "found character that cannot start any token" && character(at: reported.mark) == "\t") {
            let inIndentation = leadingBlanks(of: reported.mark.line) >= reported.mark.column - 1
            return YAMLError(
                kind: .syntax,
                message: inIndentation
                    ? "a tab in the indentation; YAML indents with spaces only, so replace the tab with spaces"
                    : "a tab where YAML does not allow one; use spaces instead",
                mark: reported.mark)
        }
        if problem == "found character that cannot start any token", let found = character(at: reported.mark),
           found == "@" || found == "`" {
            return YAMLError(
                kind: .syntax,
                message: "a value cannot start with \(found) in YAML; put the whole value in quotes",
                mark: reported.mark)
        }
        if problem == "found unknown escape character" {
            return YAMLError(
                kind: .syntax,
                message: "a backslash in double-quoted text starts an escape, and this one is not an escape YAML knows; "
                    + "write \\\\ for a backslash, or use single quotes, where a backslash is an ordinary character",
                mark: reported.mark)
        }
        for (closing, opening, what) in [("]", "[", "sequence"), ("}", "{", "mapping")]
        where problem == "did not find expected ',' or '\(closing)'" && context == "while parsing a flow \(what)" {
            return YAMLError(
                kind: .syntax,
                message: "the \(opening) here is not closed; add \(closing) where it ends, "
                    + "or put the whole value in quotes if the \(opening) is part of the text",
                mark: reported.contextMark, notes: [gaveUp])
        }
        if problem == "mapping values are not allowed in this context" {
            return YAMLError(
                kind: .syntax,
                message: "a colon followed by a space inside a value without quotes; put the whole value in quotes",
                mark: reported.mark)
        }
        if problem == "could not find expected ':'", context == "while scanning a simple key" {
            return YAMLError(
                kind: .syntax,
                message: "this line has no ':' after its key; write 'key: value', "
                    + "or indent the line further to continue the value above it",
                mark: reported.contextMark, notes: [gaveUp])
        }
        let indentation = leadingBlanks(of: reported.mark.line)
        let startsLine = indentation == reported.mark.column - 1
        // A line that lines up with nothing around it: in a mapping, or in a list.
        let misaligned: [(problem: String, context: String, what: String, fix: String)] = [
            ("did not find expected key", "while parsing a block mapping", "mapping",
             "which lines up with no key of the mapping it belongs to; indent it exactly like that mapping's other keys"),
            ("did not find expected '-' indicator", "while parsing a block collection", "list",
             "which lines up with no item of the list it belongs to; start each item with '- ' at the same column"),
        ]
        if startsLine, let match = misaligned.first(where: { $0.problem == problem && $0.context == context }) {
            return YAMLError(
                kind: .syntax, message: "this line is indented by \(spaces(indentation)), \(match.fix)", mark: reported.mark,
                notes: [YAMLError.Note(mark: reported.contextMark, message: "that \(match.what) starts here")])
        }
        if problem == "block sequence entries are not allowed in this context" {
            return YAMLError(
                kind: .syntax,
                message: "a list item where a value is already given; leave the value after the key's ':' empty "
                    + "and put the list on the lines below",
                mark: reported.mark)
        }
        var message = problem
        if let context = reported.context {
            message += " (\(context) started at line \(reported.contextMark.line), column \(reported.contextMark.column))"
        }
        return YAMLError(kind: .syntax, message: message, mark: reported.mark)
    }

    private func spaces(_ count: Int) -> String {
        count == 1 ? "1 space" : "\(count) spaces"
    }

    /// The character at `mark`, when the input has one there.
    private func character(at mark: YAMLMark) -> Character? {
        guard let offset = lines.offset(of: mark) else { return nil }
        var end = offset + 1
        while end < input.count, input[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: input[offset..<end]), as: UTF8.self).first
    }

    /// How many spaces and tabs start line `line`.
    private func leadingBlanks(of line: Int) -> Int {
        lines.text(ofLine: line).prefix { $0 == 0x20 || $0 == 0x09 }.count
    }

    /// A quoted text that runs over lines that look like YAML structure (a key, a list item)
    /// indented no deeper than the line the quote opens on: a closing quote left out, so the
    /// scanner read the lines after it as text until the next quote. The first one before `limit`.
    private func unclosedQuote(before limit: YAMLMark) -> (start: YAMLMark, end: YAMLMark, character: Character)? {
        guard let base = input.baseAddress, !input.isEmpty else { return nil }
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) != 0 else { return nil }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_input_string(parser, base, input.count)
        let token = UnsafeMutablePointer<yaml_token_t>.allocate(capacity: 1)
        defer { token.deallocate() }
        while yaml_parser_scan(parser, token) != 0 {
            defer { yaml_token_delete(token) }
            let type = token.pointee.type
            let start = YAMLMark(token.pointee.start_mark)
            if type == YAML_STREAM_END_TOKEN || start > limit { return nil }
            guard type == YAML_SCALAR_TOKEN else { continue }
            let style = token.pointee.data.scalar.style
            guard style == YAML_SINGLE_QUOTED_SCALAR_STYLE || style == YAML_DOUBLE_QUOTED_SCALAR_STYLE else { continue }
            let end = YAMLMark(token.pointee.end_mark)
            guard end.line > start.line else { continue }
            let indentation = leadingBlanks(of: start.line)
            for line in (start.line + 1)...end.line where looksLikeStructure(line, indentedAtMost: indentation) {
                return (start, end, style == YAML_SINGLE_QUOTED_SCALAR_STYLE ? "'" : "\"")
            }
        }
        return nil
    }

    /// Whether line `line` reads as a key (`word:` with no space in the word) or a list item,
    /// indented by at most `limit`.
    private func looksLikeStructure(_ line: Int, indentedAtMost limit: Int) -> Bool {
        let text = lines.text(ofLine: line)
        let indentation = text.prefix { $0 == 0x20 }.count
        guard indentation <= limit, indentation < text.count else { return false }
        let rest = text[(text.startIndex + indentation)...]
        if rest.first == UInt8(ascii: "-") {
            return rest.count == 1 || rest[rest.startIndex + 1] == 0x20
        }
        guard let colon = rest.firstIndex(of: UInt8(ascii: ":")), colon > rest.startIndex else { return false }
        let key = rest[rest.startIndex..<colon]
        guard !key.contains(0x20), !key.contains(0x09), key.first != UInt8(ascii: "#"),
              key.first != UInt8(ascii: "\""), key.first != UInt8(ascii: "'") else { return false }
        return colon + 1 == rest.endIndex || rest[colon + 1] == 0x20
    }
}
