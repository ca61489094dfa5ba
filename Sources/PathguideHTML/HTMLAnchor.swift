/// A place a `#fragment` can land on: an element's `id`, or the `name` of an `a` element.
public struct HTMLAnchor: Hashable, Sendable {
    /// The id or name with character references decoded, exactly as a fragment must match it.
    public var name: String
    /// `id` or `name`.
    public var attribute: String
    /// The element's name in lower case.
    public var tag: String
    /// Where the attribute's value starts.
    public var position: HTMLPosition

    public init(name: String, attribute: String, tag: String, position: HTMLPosition) {
        self.name = name
        self.attribute = attribute
        self.tag = tag
        self.position = position
    }

    /// Whether this anchor comes from an `id` attribute (ids must be unique, names need not be).
    public var isID: Bool { attribute == "id" }
}
