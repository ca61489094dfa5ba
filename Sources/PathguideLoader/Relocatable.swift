import PathguideCore
import PathguideDiagnostics

/// A decoded value that can stand at an alias.
///
/// A block that aliases repeat is decoded once, where it is written, and reused at each alias.
/// Decoding it again at an alias would give the same value except where the value records the
/// position of its own node, which is then the alias's: its `location`, and a part that takes its
/// position from the node (the empty text put in place of a missing name, a prerequisite written
/// as a bare word). A part written inside the block keeps its place, which is never where the
/// block itself starts.
protocol Relocatable {
    /// Where the value's own node is.
    var location: SourceLocation { get set }
    /// Moves every position of the value's own node from `old` to `new`. By default only
    /// `location`; a value with more positions of its own node moves those too.
    mutating func relocate(from old: SourceLocation, to new: SourceLocation)
}

extension Relocatable {
    mutating func relocate(from old: SourceLocation, to new: SourceLocation) {
        location.move(from: old, to: new)
    }
}

extension SourceLocation {
    fileprivate mutating func move(from old: SourceLocation, to new: SourceLocation) {
        if self == old { self = new }
    }
}

extension LocalizedText: Relocatable {}

extension Platform: Relocatable {
    mutating func relocate(from old: SourceLocation, to new: SourceLocation) {
        location.move(from: old, to: new)
        name.relocate(from: old, to: new)
    }
}

extension Verification: Relocatable {}

extension Region: Relocatable {
    mutating func relocate(from old: SourceLocation, to new: SourceLocation) {
        location.move(from: old, to: new)
        name.relocate(from: old, to: new)
    }
}

extension Source: Relocatable {}

extension Surface: Relocatable {
    mutating func relocate(from old: SourceLocation, to new: SourceLocation) {
        location.move(from: old, to: new)
        name.relocate(from: old, to: new)
    }
}

extension Screen: Relocatable {
    mutating func relocate(from old: SourceLocation, to new: SourceLocation) {
        location.move(from: old, to: new)
        name.relocate(from: old, to: new)
    }
}

extension Action: Relocatable {}

extension Channel: Relocatable {
    mutating func relocate(from old: SourceLocation, to new: SourceLocation) {
        location.move(from: old, to: new)
        name.relocate(from: old, to: new)
    }
}

extension Hours: Relocatable {}

extension HoursSlot: Relocatable {}

extension Prerequisite: Relocatable {
    mutating func relocate(from old: SourceLocation, to new: SourceLocation) {
        location.move(from: old, to: new)
        kind.location.move(from: old, to: new)
    }
}

extension Contact: Relocatable {}

extension Scenario: Relocatable {
    mutating func relocate(from old: SourceLocation, to new: SourceLocation) {
        location.move(from: old, to: new)
        title.relocate(from: old, to: new)
    }
}

extension PinnedRoute: Relocatable {}

extension Tip: Relocatable {}

extension Trouble: Relocatable {}
