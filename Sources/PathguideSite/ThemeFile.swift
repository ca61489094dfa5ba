/// One file of a theme: a Mustache template, a stylesheet or the strings file, by its name in
/// the templates folder (`guide.mustache`, `site.css`, `strings.json`) and its exact bytes.
public struct ThemeFile: Sendable, Hashable {
    /// The file's name in a templates folder; never a path.
    public let name: String
    /// The file's contents, byte for byte (UTF-8 text).
    public let bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// The contents as text, for a file known to be UTF-8.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
