import CYAML

extension YAMLError {
    /// The error libyaml recorded in `parser` after `yaml_parser_parse` failed.
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
        var message = String(cString: problemPointer)
        let mark: YAMLMark
        if p.error == YAML_READER_ERROR {
            // Reader errors carry a raw byte offset and the offending value instead of a mark.
            mark = RawOffsetMark.mark(at: Int(truncatingIfNeeded: p.problem_offset), in: input)
            if p.problem_value != -1 {
                message += " (0x" + String(UInt32(bitPattern: p.problem_value), radix: 16, uppercase: true) + ")"
            }
        } else {
            mark = YAMLMark(p.problem_mark)
            if let context = p.context {
                let at = YAMLMark(p.context_mark)
                message += " (\(String(cString: context)) started at line \(at.line), column \(at.column))"
            }
        }
        self.init(kind: .syntax, message: message, mark: mark)
    }
}

extension YAMLMark {
    init(_ mark: yaml_mark_t) {
        self.init(line: Int(truncatingIfNeeded: mark.line) + 1, column: Int(truncatingIfNeeded: mark.column) + 1)
    }
}
