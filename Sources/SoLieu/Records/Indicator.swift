/// An indicator record (RECORDS.md section 4). Mentions are indices into the
/// document's `mentions`.
public struct Indicator: Sendable {
    public enum Modality: String, Sendable { case actual, estimate, forecast, target }
    public enum Direction: String, Sendable { case increase, decrease, unchanged }
    /// The side of a quoted price pair: "72,8 triệu đồng/lượng mua vào và 74,5 triệu đồng/lượng bán ra".
    public enum Side: String, Sendable { case buy, sell }
    public struct Change: Sendable {
        public var direction: Direction
        public var value: Int?
        public var baseline: Int?
        /// Starting level of "từ X lên Y".
        public var from: Int?
    }

    public var indicator: String?
    public var subject: String?
    public var value: Int
    public var period: Int?
    public var modality: Modality
    public var change: Change?
    /// Buy or sell side of a price pair, when the text says which.
    public var side: Side? = nil
    /// Sentence range in normalized units.
    public var sentenceStart: Int
    public var sentenceEnd: Int
    /// Tokens the indicator phrase was read from, when it comes from this sentence.
    var phraseTokens: Range<Int>? = nil
    /// The indicator phrase starts with a measure word of `indicator_heads.tsv`.
    var namedByHead = false
    /// The subject is a place name written in the text (for "Tỉnh …" later in the document).
    var subjectIsPlace = false
    /// Direction stated by a figureless clause before this one's ("… cũng tăng nhẹ, giao dịch quanh mức …").
    var statedDirection: Direction? = nil
}
