import CYAML

extension YAMLError {
    /// The error libyaml recorded in `parser` after `yaml_parser_parse` failed, explained: placed
    /// where the mistake starts and said in plain words when it is one `SyntaxExplanation` knows.
    init(libyaml parser: UnsafePointer<yaml_parser_t>, input: UnsafeBufferPointer<UInt8>) {
        let p = parser.pointee
        guard p.error != YAML_MEMORY_ERROR else {
            self.init(kind: .syntax, message: "libyaml ran out of memory", mark: .start)
            return
        }
        guard let problemPointer = p.problem else {
            self.init(kind: .syntax, message: "libyaml failed without saying why", mark: YAMLMark(p.mark))
            return
        }
        let problem = String(cString: problemPointer)
        if p.error == YAML_READER_ERROR {
            // Reader errors carry a raw byte offset and the offending value instead of a mark.
            var message = problem
            if p.problem_value != -1 {
                message += " (0x" + String(UInt32(bitPattern: p.problem_value), radix: 16, uppercase: true) + ")"
            }
            self.init(kind: .syntax, message: message,
                      mark: YAMLLines(input).mark(at: Int(truncatingIfNeeded: p.problem_offset)))
            return
        }
        let reported = SyntaxExplanation.Reported(
            problem: problem, mark: YAMLMark(p.problem_mark),
            context: p.context.map { String(cString: $0) }, contextMark: YAMLMark(p.context_mark))
        self = SyntaxExplanation(input: input).explain(reported)
    }
}

extension YAMLMark {
    init(_ mark: yaml_mark_t) {
        self.init(line: Int(truncatingIfNeeded: mark.line) + 1, column: Int(truncatingIfNeeded: mark.column) + 1)
    }
}
