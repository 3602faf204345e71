/// The word lists the extractors consult, each built from one lexicon file.
/// A value is the lexicon row's fields, so rules read the columns they need
/// and `--explain` can name `file:line`.
public struct WordTables: Sendable {
    public struct Entry: Sendable {
        public let file: String
        public let line: Int
        public let fields: [String]
        public subscript(_ i: Int) -> String { i < fields.count ? fields[i] : "" }
        public var rule: String { "\(file):\(line)" }
    }

    public let numerals: PhraseTable<Entry>
    public let magnitudes: PhraseTable<Entry>
    public let qualifiers: PhraseTable<Entry>
    public let timeUnits: PhraseTable<Entry>
    public let relativeDates: PhraseTable<Entry>
    public let partsOfDay: PhraseTable<Entry>
    public let weekdays: PhraseTable<Entry>
    public let identifierCues: PhraseTable<Entry>
    public let currencies: PhraseTable<Entry>
    public let units: PhraseTable<Entry>
    public let places: PhraseTable<Entry>
    public let indicatorHeads: PhraseTable<Entry>
    public let verbs: PhraseTable<Entry>
    public let notRecords: PhraseTable<Entry>

    init(keys: (String) -> [UInt64]) throws {
        func table(_ name: String) throws -> PhraseTable<Entry> {
            let lex = try Lexicon.load(name)
            var t = PhraseTable<Entry>()
            for row in lex.rows {
                let k = keys(row[0])
                t.insert(keys: k, value: Entry(file: name, line: row.line, fields: row.fields))
            }
            return t
        }
        numerals = try table("numerals.tsv")
        magnitudes = try table("magnitudes.tsv")
        qualifiers = try table("qualifiers.tsv")
        timeUnits = try table("time_units.tsv")
        relativeDates = try table("relative_dates.tsv")
        partsOfDay = try table("parts_of_day.tsv")
        weekdays = try table("weekdays.tsv")
        identifierCues = try table("identifier_cues.tsv")
        currencies = try table("currencies.tsv")
        units = try table("units.tsv")
        places = try table("places.tsv")
        indicatorHeads = try table("indicator_heads.tsv")
        verbs = try table("verbs.tsv")
        notRecords = try table("not_records.tsv")
    }
}
