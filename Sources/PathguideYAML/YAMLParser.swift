import CYAML

/// Parses YAML text into positioned node trees with libyaml's event parser.
///
/// The input must be UTF-8 (a leading BOM is allowed); anything else is refused before
/// libyaml reads it. Every document in the stream becomes one root node. Aliases are expanded
/// in place, and the limits in `YAMLLimits` bound input size, nesting and
/// alias expansion so that hostile input fails quickly instead of exhausting
/// memory.
public enum YAMLParser {
    /// Parses every document in `bytes`.
    ///
    /// An empty stream, or one with only comments, gives `[]`. A document with
    /// empty content (`---` alone) gives a null plain scalar node.
    public static func parse(
        _ bytes: some Collection<UInt8>, limits: YAMLLimits = .default
    ) throws(YAMLError) -> [YAMLNode] {
        try tree(bytes, limits: limits).nodes()
    }

    /// Parses every document in `text`.
    public static func parse(_ text: String, limits: YAMLLimits = .default) throws(YAMLError) -> [YAMLNode] {
        try tree(text, limits: limits).nodes()
    }

    /// Parses every document in `bytes` into one flat tree, the cheapest form to read.
    public static func tree(
        _ bytes: some Collection<UInt8>, limits: YAMLLimits = .default
    ) throws(YAMLError) -> YAMLTree {
        try checkSize(bytes.count, limits: limits)
        let result = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(YAMLError) in try parse(buffer: buffer, limits: limits) }
        }
        if let result { return try result.get() }
        return try tree(Array(bytes), limits: limits)
    }

    /// Parses every document in `text` into one flat tree.
    public static func tree(_ text: String, limits: YAMLLimits = .default) throws(YAMLError) -> YAMLTree {
        try checkSize(text.utf8.count, limits: limits)
        var text = text
        let result = text.withUTF8 { buffer in
            Result { () throws(YAMLError) in try parse(buffer: buffer, limits: limits) }
        }
        return try result.get()
    }

    private static func checkSize(_ count: Int, limits: YAMLLimits) throws(YAMLError) {
        guard count <= limits.maxBytes else {
            throw YAMLError(
                kind: .tooLarge,
                message: "input is \(count) bytes, more than the limit of \(limits.maxBytes)", mark: .start)
        }
    }

    private static func parse(buffer: UnsafeBufferPointer<UInt8>, limits: YAMLLimits) throws(YAMLError) -> YAMLTree {
        // libyaml asserts on a null input pointer, and an empty stream has no documents anyway.
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return YAMLTree() }
        if let (problem, offset) = YAMLEncodingProblem.find(in: buffer) {
            throw YAMLError(
                kind: .notUTF8, message: "the input is \(problem.found); YAML input must be UTF-8",
                mark: YAMLLines(buffer).mark(at: offset), encodingProblem: problem)
        }

        // The parser points at itself once given string input, so it needs a stable address.
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) != 0 else {
            throw YAMLError(kind: .syntax, message: "libyaml ran out of memory", mark: .start)
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_input_string(parser, base, buffer.count)

        let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        defer { event.deallocate() }

        var builder = TreeBuilder(limits: limits, inputSize: buffer.count)
        while true {
            guard yaml_parser_parse(parser, event) != 0 else {
                throw YAMLError(libyaml: parser, input: buffer)
            }
            defer { yaml_event_delete(event) }
            if event.pointee.type == YAML_STREAM_END_EVENT { break }
            try builder.consume(event)
        }
        return builder.finish()
    }
}
