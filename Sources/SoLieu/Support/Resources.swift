/// Everything read from `Lexicons/`, loaded once per process and shared
/// read-only by all threads.
public struct Resources: Sendable {
    public let compounds: Compounds
    public let words: WordTables
    /// Keys of `Lexicons/abbreviations.tsv`.
    public let abbreviations: KeySet

    /// The process-wide resources (loaded on first use).
    public static func shared() throws -> Resources { try cached.get() }

    private static let cached: Result<Resources, Error> = Result {
        let breakers = try Breakers()
        return try Resources(breakers: breakers)
    }

    public init(breakers: Breakers) throws {
        let keys = { (phrase: String) -> [UInt64] in Resources.phraseKeys(phrase, breakers: breakers) }
        let compoundLexicon = try Lexicon.load("compounds.tsv")
        let compoundKeys = compoundLexicon.rows.map { keys($0[0]) }
        compounds = Compounds(lexicon: compoundLexicon, rowKeys: compoundKeys)
        words = try WordTables(keys: keys, compoundKeys: compoundKeys)
        abbreviations = KeySet(try Lexicon.load("abbreviations.tsv").rows.map { Fold.key($0[0]) })
    }

    /// Token keys of a phrase, tokenized like running text (spaces dropped).
    public static func phraseKeys(_ phrase: String, breakers: Breakers) -> [UInt64] {
        let doc = Tokenizer().tokenize(NormalizedText(SourceText(phrase)), breakers: breakers)
        return doc.tokens.filter { !$0.isSpace }.map(\.key)
    }
}
