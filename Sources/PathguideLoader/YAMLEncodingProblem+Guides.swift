import PathguideYAML

extension YAMLEncodingProblem {
    /// What the guide file is and how to make it UTF-8. Chinese text that is not UTF-8 was most
    /// likely saved as GBK, the encoding Chinese editions of Windows default to.
    var guideMessage: String {
        let conversion = encoding.map { "convert it, e.g. with iconv -f \($0) -t UTF-8" }
            ?? "convert it from the encoding it was saved in, e.g. with iconv -f GBK -t UTF-8"
        return "the file is \(found); guides are UTF-8 text: \(conversion)"
    }
}
