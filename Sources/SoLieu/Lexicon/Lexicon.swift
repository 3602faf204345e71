import Foundation

/// Errors reading a lexicon. They name the file and line.
public enum LexiconError: Error, CustomStringConvertible {
    case missing(name: String)
    case noHeader(name: String)
    case badRow(name: String, line: Int, expected: Int, found: Int)
    case noNoteColumn(name: String)

    public var description: String {
        switch self {
        case let .missing(name): return "Lexicons/\(name): not found (not embedded at build time and not in $SOLIEU_LEXICONS)"
        case let .noHeader(name): return "Lexicons/\(name): no header row"
        case let .badRow(name, line, expected, found):
            return "Lexicons/\(name):\(line): \(found) tab-separated fields, the header has \(expected)"
        case let .noNoteColumn(name): return "Lexicons/\(name): the last column of the header must be `note`"
        }
    }
}

/// One lexicon file: `#` comment lines, a header row whose last column is
/// `note`, then one tab-separated row per entry.
public struct Lexicon: Sendable {
    public struct Row: Sendable {
        public let fields: [String]
        /// 1-based line number in the file, for `--explain` and errors.
        public let line: Int
        public subscript(_ i: Int) -> String { i < fields.count ? fields[i] : "" }
    }

    public let name: String
    public let columns: [String]
    public let rows: [Row]

    public init(name: String, text: String) throws {
        self.name = name
        var columns: [String]? = nil
        var rows = [Row]()
        var lineNo = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping
            }
            guard let header = columns else {
                guard fields.last == "note" else { throw LexiconError.noNoteColumn(name: name) }
                columns = fields
                continue
            }
            guard fields.count == header.count else {
                throw LexiconError.badRow(name: name, line: lineNo, expected: header.count, found: fields.count)
            }
            if fields[0].isEmpty { continue }
            rows.append(Row(fields: fields, line: lineNo))
        }
        guard let cols = columns else { throw LexiconError.noHeader(name: name) }
        self.columns = cols
        self.rows = rows
    }

    /// Loads an embedded lexicon, or the file of that name in the folder
    /// `$SOLIEU_LEXICONS` when set (for lexicon authors trying a change
    /// without rebuilding).
    public static func load(_ name: String) throws -> Lexicon {
        if let dir = ProcessInfo.processInfo.environment["SOLIEU_LEXICONS"], !dir.isEmpty {
            let url = URL(fileURLWithPath: dir).appendingPathComponent(name)
            if let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) {
                return try Lexicon(name: name, text: text)
            }
        }
        guard let text = EmbeddedLexicons.files[name] else { throw LexiconError.missing(name: name) }
        return try Lexicon(name: name, text: text)
    }

    public func column(_ name: String) -> Int? { columns.firstIndex(of: name) }
}
