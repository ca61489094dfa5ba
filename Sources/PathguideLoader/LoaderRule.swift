import PathguideDiagnostics

/// The problems the loader itself reports: the file is not valid YAML, or not a valid guide shape.
/// Their ids are stable, like the checker's rule ids.
public enum LoaderRule: CaseIterable, Sendable {
    case yamlSyntax
    case yamlLimit
    case unknownKey
    case wrongType
    case missingField
    case duplicateKey
    case duplicateID
    case invalidValue
    case unreadableFile

    /// The id findings of this kind carry.
    public var id: RuleID {
        switch self {
        case .yamlSyntax: .yamlSyntax
        case .yamlLimit: .yamlLimit
        case .unknownKey: .unknownKey
        case .wrongType: .wrongType
        case .missingField: .missingField
        case .duplicateKey: .duplicateKey
        case .duplicateID: .duplicateID
        case .invalidValue: .invalidValue
        case .unreadableFile: .unreadableFile
        }
    }

    public var description: RuleDescription {
        switch self {
        case .yamlSyntax:
            RuleDescription(id: id, defaultSeverity: .error, name: "YAML syntax",
                            summary: "The file must be well-formed YAML (one document).")
        case .yamlLimit:
            RuleDescription(id: id, defaultSeverity: .error, name: "YAML limit",
                            summary: "Files are bounded in size, nesting depth and alias expansion, so a hostile file cannot exhaust memory.")
        case .unknownKey:
            RuleDescription(id: id, defaultSeverity: .error, name: "Unknown key",
                            summary: "Every key must be one the format defines; a misspelt key would otherwise be ignored silently.")
        case .wrongType:
            RuleDescription(id: id, defaultSeverity: .error, name: "Wrong type",
                            summary: "Each value must have the type the format defines: a text, a list, a mapping, a string.")
        case .missingField:
            RuleDescription(id: id, defaultSeverity: .error, name: "Missing field",
                            summary: "Required keys must be present.")
        case .duplicateKey:
            RuleDescription(id: id, defaultSeverity: .error, name: "Duplicate key",
                            summary: "A key may appear once per mapping; YAML readers disagree on which value wins.")
        case .duplicateID:
            RuleDescription(id: id, defaultSeverity: .error, name: "Duplicate id",
                            summary: "Ids are unique within a guide, and platform ids across guides, because they become anchors and file names.")
        case .invalidValue:
            RuleDescription(id: id, defaultSeverity: .error, name: "Invalid value",
                            summary: "Enumerated values, dates and the format version must be ones the format defines.")
        case .unreadableFile:
            RuleDescription(id: id, defaultSeverity: .error, name: "Unreadable file",
                            summary: "Every guide file named must be a readable regular file of UTF-8 text; a symbolic link only to such a file inside the guides folder; never a pipe, a device or a file of /proc.")
        }
    }
}
