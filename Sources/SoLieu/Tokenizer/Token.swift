/// What a token is. Raw values are stable (used in `--explain`).
public enum TokenKind: UInt8, Sendable, CustomStringConvertible {
    case word, number, punctuation, symbol, space, newline

    public var description: String {
        switch self {
        case .word: return "word"
        case .number: return "number"
        case .punctuation: return "punctuation"
        case .symbol: return "symbol"
        case .space: return "space"
        case .newline: return "newline"
        }
    }
}

/// One token: a half-open range of UTF-16 units of the normalized text.
public struct Token: Sendable, Equatable {
    public var start: Int32
    public var end: Int32
    public var kind: TokenKind
    /// Sentence index (0-based).
    public var sentence: Int32
    /// Fold key (case- and tone-placement-insensitive) for matching.
    public var key: UInt64

    @inline(__always) public var length: Int { Int(end - start) }
    @inline(__always) public var isSpace: Bool { kind == .space || kind == .newline }
}
