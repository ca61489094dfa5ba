/// What the last build left: its number, and the errors that stopped it (none after a good
/// build). Pages read it as JSON from `LiveReload.statusPath`.
public struct BuildStatus: Codable, Equatable, Sendable {
    /// One error, located the way compilers and editors write it.
    public struct Problem: Codable, Equatable, Sendable {
        public var file: String
        public var line: Int
        public var column: Int
        public var message: String

        public init(file: String, line: Int, column: Int, message: String) {
            self.file = file
            self.line = line
            self.column = column
            self.message = message
        }
    }

    /// Counts builds since the server started, good or failed; a page compares it with the
    /// one it was served after.
    public var generation: Int
    public var errors: [Problem]

    public init(generation: Int, errors: [Problem]) {
        self.generation = generation
        self.errors = errors
    }
}
