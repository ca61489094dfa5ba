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
    /// Moves every position of the value's own node from `old` to `new`.
    mutating func relocate(from old: SourceLocation, to new: SourceLocation)
}

extension SourceLocation {
    fileprivate mutating func move(from old: SourceLocation, to new: SourceLocation) {
        if self == old { self = new }
    }
}

extension LocalizedText: Relocatable {
    mutating func relocate(from old: SourceLocation, to new: SourceLocation) {
        location.move(from: old, to: new)
    }
}

extension Platform: Relocatable {
    mutating func relocate(from old: SourceLocation, to new: SourceLocation) {
        location.move(from: old, to: new)
        name.relocate(from: old, to: new)
    }
}

extension Verification: Relocatable {
    mutating func relocate(from old: SourceLocation, to new: SourceLocation) {
        location.move(from: old, to: new)
    }
}

extension Region: Relocatable {
    mutating func relocate(from old: SourceLocation, to new: SourceLocation) {
        location.move(from: old, to: new)
        name.relocate(from: old, to: new)
    }
}

extension Source: Relocatable {
    mutating func relocate(from old: SourceLocation, to new: SourceLocation) {
        location.move(from: old, to: new)
    }
}

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

extension Action: Relocatable {
    mutating func relocate(from old: SourceLocation, to new: SourceLocation) {
        location.move(from: old, to: new)
    }
}

extension Channel: Relocatable {
    mutating func relocate(from old: SourceLocation, to new: SourceLocation) {
        location.move(from: old, to: new)
        name.relocate(from: old, to: new)
    }
}

extension Hours: Relocatable {
    mutating func relocate(from old: SourceLocation, to new: SourceLocation) {
        location.move(from: old, to: new)
    }
}

extension HoursSlot: Relocatable {
    mutating func relocate(from old: SourceLocation, to new: SourceLocation) {
        location.move(from: old, to: new)
    }
}

extension Prerequisite: Relocatable {
    mutating func relocate(from old: SourceLocation, to new: SourceLocation) {
        location.move(from: old, to: new)
        kind.location.move(from: old, to: new)
    }
}

extension Contact: Relocatable {
    mutating func relocate(from old: SourceLocation, to new: SourceLocation) {
        location.move(from: old, to: new)
    }
}

extension Scenario: Relocatable {
    mutating func relocate(from old: SourceLocation, to new: SourceLocation) {
        location.move(from: old, to: new)
        title.relocate(from: old, to: new)
    }
}

extension PinnedRoute: Relocatable {
    mutating func relocate(from old: SourceLocation, to new: SourceLocation) {
        location.move(from: old, to: new)
    }
}

extension Tip: Relocatable {
    mutating func relocate(from old: SourceLocation, to new: SourceLocation) {
        location.move(from: old, to: new)
    }
}

extension Trouble: Relocatable {
    mutating func relocate(from old: SourceLocation, to new: SourceLocation) {
        location.move(from: old, to: new)
    }
}
