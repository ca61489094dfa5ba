import PathguideCore
import PathguideDiagnostics

/// Guide texts are shown to readers as written, so a character that changes what they see
/// without being seen itself has no place in them: a right-to-left override turns "call 110"
/// around on the page, a control character prints as nothing or as a box. One finding per text,
/// at the text, naming the first such character and where it is.
public struct HiddenCharacterRule: GuideRule {
    public static let description = RuleDescription(
        id: .hiddenCharacter, defaultSeverity: .error, name: "Hidden character",
        summary: "Texts and labels must not hold characters readers cannot see that change what they do see: bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), direction marks, and control characters other than line breaks and tabs.")

    public init() {}

    public func check(_ input: RuleInput) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for part in input.parts {
            if let label = part.label, let problem = Self.problem(in: label.value) {
                diagnostics.append(diagnostic("label of \(part.name) \(problem)", at: label.location))
            }
            for field in part.texts {
                for entry in field.text.entries {
                    guard let problem = Self.problem(in: entry.text) else { continue }
                    diagnostics.append(diagnostic("\(field.name) of \(part.name) in '\(entry.language)' \(problem)", at: entry.location))
                }
            }
        }
        return diagnostics
    }

    /// "holds U+202E RIGHT-TO-LEFT OVERRIDE (character 5)…" for the first hidden character, or nil.
    public static func problem(in text: String) -> String? {
        // Every such character is outside printable ASCII: most texts pass on one look at the bytes.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 >= 0x7F }) else { return nil }
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            guard let name = hiddenName(scalar) else { continue }
            let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            return "holds \(code) \(name) (character \(offset + 1)), which readers do not see but which changes what they see; remove it"
        }
        return nil
    }

    private static func hiddenName(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return nil
        case 0x00...0x1F, 0x7F...0x9F: return "a control character"
        case 0x061C: return "ARABIC LETTER MARK"
        case 0x200E: return "LEFT-TO-RIGHT MARK"
        case 0x200F: return "RIGHT-TO-LEFT MARK"
        case 0x202A: return "LEFT-TO-RIGHT EMBEDDING"
        case 0x202B: return "RIGHT-TO-LEFT EMBEDDING"
        case 0x202C: return "POP DIRECTIONAL FORMATTING"
        case 0x202D: return "LEFT-TO-RIGHT OVERRIDE"
        case 0x202E: return "RIGHT-TO-LEFT OVERRIDE"
        case 0x2066: return "LEFT-TO-RIGHT ISOLATE"
        case 0x2067: return "RIGHT-TO-LEFT ISOLATE"
        case 0x2068: return "FIRST STRONG ISOLATE"
        case 0x2069: return "POP DIRECTIONAL ISOLATE"
        default: return nil
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
