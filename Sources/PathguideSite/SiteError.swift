/// Why the site could not be built: a template that is missing or does not parse, a strings file
/// without a language, or rendered documents that do not match their guide.
///
/// The message names the file (and line, where one is known) so a user editing `templates/`
/// can go straight to the problem.
public struct SiteError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
