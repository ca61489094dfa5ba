import PathguideDiagnostics
import PathguideYAML

/// What a decoder remembers about blocks that aliases repeat (`&name` … `*name`).
///
/// Read naively, a block used N times is decoded N times and its problems are reported N times,
/// and nested aliases multiply: a few kilobytes can give hundreds of thousands of copies of a few
/// dozen findings, after as much work as the node limit allows. Instead each block is decoded
/// once, where it is written, and its value reused at every alias; a finding inside it is
/// reported once, at its place in the block, with a note at the aliases that use the block.
struct AliasedBlocks {
    struct Key: Hashable {
        /// The anchored node.
        var node: Int
        /// The type decoded: one block can be read as different things.
        var type: ObjectIdentifier
        /// For lists, what the list is read as, since one element type can have several readers.
        var what: String
    }

    final class Value<T> {
        let value: T
        init(_ value: T) { self.value = value }
    }

    struct Finding: Hashable {
        var location: SourceLocation
        var rule: LoaderRule
        var message: String
    }

    /// Values decoded from anchored nodes.
    var values: [Key: AnyObject] = [:]
    /// The anchored nodes being decoded, innermost last.
    var open: [Int] = []
    /// Every finding reported so far, once the tree has aliases.
    var reported: Set<Finding> = []

    /// `message` at the first few of `count` places, the last note counting the rest.
    static func notes(_ message: String, at places: some Sequence<SourceLocation>, of count: Int) -> [Diagnostic.Note] {
        var notes = places.prefix(3).map { Diagnostic.Note(location: $0, message: message) }
        if count > notes.count, !notes.isEmpty {
            let more = count - notes.count
            notes[notes.count - 1].message += more == 1 ? ", and once more" : ", and \(more) more times"
        }
        return notes
    }
}

extension DecodeContext {
    /// `decode(node)`, once per block: a node that aliases share is decoded where it is written
    /// (its origin) the first time, and every later request for it, through the block or any of
    /// its aliases, gets that value back, moved to the alias's place.
    func once<T: Relocatable>(_ node: Int, _ decode: (Int) -> T?) -> T? {
        guard tree.isShared(node) else { return decode(node) }
        let origin = tree.origin(node)
        let key = AliasedBlocks.Key(node: origin, type: ObjectIdentifier(T.self), what: "")
        guard var value = decoded(key, decode) else { return nil }
        if node != origin {
            value.relocate(from: location(origin), to: location(node))
        }
        return value
    }

    /// The items of a list that aliases share, decoded once for each thing (`what`) it is read as.
    func onceList<T>(_ node: Int, what: String, _ decode: (Int) -> [T]) -> [T] {
        decoded(AliasedBlocks.Key(node: tree.origin(node), type: ObjectIdentifier([T].self), what: what), decode)
    }

    private func decoded<T>(_ key: AliasedBlocks.Key, _ decode: (Int) -> T) -> T {
        if let known = aliased.values[key] as? AliasedBlocks.Value<T> { return known.value }
        aliased.open.append(key.node)
        let value = decode(key.node)
        aliased.open.removeLast()
        aliased.values[key] = AliasedBlocks.Value(value)
        return value
    }

    /// Whether a finding is new; with aliases, the same one can be met again through another alias.
    func isNew(_ rule: LoaderRule, at location: SourceLocation, _ message: String) -> Bool {
        !tree.hasAliases || aliased.reported.insert(AliasedBlocks.Finding(location: location, rule: rule, message: message)).inserted
    }

    /// The block a finding about `node` belongs to: the node itself when aliases share it, or
    /// else the innermost block being decoded.
    func block(of node: Int?) -> Int? {
        if let node, tree.isShared(node) { return tree.origin(node) }
        return aliased.open.last
    }

    /// "used here" at the first few aliases of `block`.
    func usedHere(_ block: Int) -> [Diagnostic.Note] {
        let aliases = tree.aliases(of: block)
        return AliasedBlocks.notes("used here", at: aliases.lazy.map(location), of: aliases.count)
    }
}
