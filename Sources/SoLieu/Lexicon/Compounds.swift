/// Compound words from `Lexicons/compounds.tsv`, joined by longest match.
public struct Compounds: Sendable {
    public let lexicon: Lexicon
    let table: PhraseTable<Int32>

    /// `rowKeys[i]` are the token keys of row i's phrase.
    init(lexicon: Lexicon, rowKeys: [[UInt64]]) {
        self.lexicon = lexicon
        table = PhraseTable<Int32>(rowKeys.enumerated().compactMap { (i, k) in k.count >= 2 ? (k, Int32(i)) : nil })
    }

    /// A merged token for output: either one token or a compound of several.
    public struct Span: Sendable {
        public var firstToken: Int
        public var endToken: Int
        /// Row of compounds.tsv, or nil for a plain token.
        public var entry: Int32?
    }

    /// Tokens with compounds merged, in order.
    /// - Complexity: O(tokens × longest phrase).
    public func merge(_ doc: TokenizedText) -> [Span] {
        var spans = [Span]()
        spans.reserveCapacity(doc.tokens.count)
        let tokens = doc.tokens
        var i = 0
        while i < tokens.count {
            if tokens[i].kind == .word,
               let m = table.match(tokens, at: i, limit: Int(doc.sentenceTokenStart[Int(tokens[i].sentence) + 1])) {
                spans.append(Span(firstToken: i, endToken: m.end, entry: m.value))
                i = m.end
            } else {
                spans.append(Span(firstToken: i, endToken: i + 1, entry: nil))
                i += 1
            }
        }
        return spans
    }
}
