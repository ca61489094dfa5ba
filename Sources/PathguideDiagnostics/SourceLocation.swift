import Synchronization

/// A position in a source file: 1-based line, 1-based column counted in Unicode scalars
/// (the way libyaml counts), so a caret can be drawn under the right character.
///
/// The file is held as a `SourceLocation.File`, a name stored once for the whole run, so a
/// location is three words that copy without any reference counting however many of them a
/// guide's model holds.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The file, shared with every other location in it.
    public var source: File
    public var line: Int
    public var column: Int

    public init(_ source: File, line: Int, column: Int) {
        self.source = source
        self.line = line
        self.column = column
    }

    public init(file: String, line: Int, column: Int) {
        self.init(File(file), line: line, column: column)
    }

    /// The file as the user named it (relative paths stay relative: output must not leak absolute paths).
    public var file: String {
        get { source.name }
        set { source = File(newValue) }
    }

    /// `file:line:column`, the form compilers and editors understand.
    public var description: String { "\(file):\(line):\(column)" }

    public static func == (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.line == rhs.line && lhs.column == rhs.column && lhs.source == rhs.source
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        hasher.combine(line)
        hasher.combine(column)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.source.storage.toOpaque() == rhs.source.storage.toOpaque() {
            return (lhs.line, lhs.column) < (rhs.line, rhs.column)
        }
        return (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

extension SourceLocation {
    /// A file name, stored once per distinct spelling for the life of the process and named
    /// by its address, so copying one costs nothing and comparing two usually takes one
    /// pointer comparison. Equality and hashing are those of `String`, as before.
    public struct File: Hashable, Sendable, CustomStringConvertible {
        /// Never released: `File.table` keeps every name for the life of the process.
        let storage: Unmanaged<Name>

        /// The stored name spelt exactly as `name`, made on first use.
        public init(_ name: String) {
            storage = File.table.withLock { names in
                if let known = names[SpelledName(name)] { return Unmanaged.passUnretained(known) }
                let stored = Name(name)
                names[SpelledName(name)] = stored
                return Unmanaged.passUnretained(stored)
            }
        }

        public var name: String { storage._withUnsafeGuaranteedRef { $0.text } }

        public var description: String { name }

        public static func == (lhs: File, rhs: File) -> Bool {
            lhs.storage.toOpaque() == rhs.storage.toOpaque()
                || lhs.storage._withUnsafeGuaranteedRef { l in rhs.storage._withUnsafeGuaranteedRef { r in l.text == r.text } }
        }

        public func hash(into hasher: inout Hasher) {
            // The name's own hash, worked out once: equal names (as `String` compares them) hash
            // alike even when spelt differently.
            hasher.combine(storage._withUnsafeGuaranteedRef { $0.textHash })
        }

        final class Name: Sendable {
            let text: String
            let textHash: Int

            init(_ text: String) {
                self.text = text
                textHash = text.hashValue
            }
        }

        /// A name compared byte for byte, so each spelling keeps its own entry and a location
        /// always prints the name it was given.
        struct SpelledName: Hashable {
            let text: String

            init(_ text: String) { self.text = text }

            static func == (lhs: SpelledName, rhs: SpelledName) -> Bool { lhs.text.utf8.elementsEqual(rhs.text.utf8) }

            func hash(into hasher: inout Hasher) {
                var text = text
                text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            }
        }

        private static let table = Mutex<[SpelledName: Name]>([:])
    }
}
