/// What changed under the watched paths during one burst of saves: what a rebuild needs to know
/// to redo only the guides that changed.
public struct ChangeSet: Equatable, Sendable {
    /// Files written, made, removed or renamed (either name), by absolute path, net of the burst:
    /// a file made and removed again within it (an editor's temporary file, renamed over the
    /// guide) is not listed. Hidden files are never listed, as the build never reads them.
    public var files: Set<String>
    /// True when more than single files changed, or what changed is not known file by file: a
    /// folder came, went or was renamed, a watched path itself was replaced, events were lost.
    /// Everything must then be looked at again, and `files` is empty.
    public var everything: Bool

    public init(files: Set<String> = [], everything: Bool = false) {
        self.files = files
        self.everything = everything
    }

    /// True when nothing at all changed.
    public var isEmpty: Bool { files.isEmpty && !everything }

}
