/// An indicator record (RECORDS.md section 4). Mentions are indices into the
/// document's `mentions`.
public struct Indicator: Sendable {
    public enum Modality: String, Sendable { case actual, estimate, forecast, target }
    public enum Direction: String, Sendable { case increase, decrease, unchanged }
    /// The side of a quoted price pair: "72,8 triệu đồng/lượng mua vào và 74,5 triệu đồng/lượng bán ra".
    public enum Side: String, Sendable { case buy, sell }
    public struct Change: Sendable {
        public var direction: Direction
        // The mention indices are stored as Int32 (nil: Int32.min), so that an `Indicator`
        // stays under 128 bytes and a copy or move is inline (not a `memmove` call).
        @usableFromInline var _value: Int32
        @usableFromInline var _baseline: Int32
        @usableFromInline var _from: Int32

        init(direction: Direction, value: Int?, baseline: Int?, from: Int?) {
            self.direction = direction
            _value = Change.pack(value); _baseline = Change.pack(baseline); _from = Change.pack(from)
        }

        @inline(__always) @usableFromInline static func pack(_ i: Int?) -> Int32 {
            guard let i else { return .min }
            precondition(i >= 0 && i <= Int(Int32.max), "mention index out of range")
            return Int32(truncatingIfNeeded: i)
        }
        @inline(__always) @usableFromInline static func unpack(_ v: Int32) -> Int? { v == .min ? nil : Int(v) }

        @inlinable public var value: Int? {
            get { Change.unpack(_value) }
            set { _value = Change.pack(newValue) }
        }
        @inlinable public var baseline: Int? {
            get { Change.unpack(_baseline) }
            set { _baseline = Change.pack(newValue) }
        }
        /// Starting level of "từ X lên Y".
        @inlinable public var from: Int? {
            get { Change.unpack(_from) }
            set { _from = Change.pack(newValue) }
        }
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
