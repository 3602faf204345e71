import CICU

/// Errors opening ICU services.
public enum ICUError: Error, CustomStringConvertible {
    case open(what: String, status: Int32)
    public var description: String {
        switch self {
        case let .open(what, status): return "ICU: cannot open \(what) (UErrorCode \(status))"
        }
    }
}

/// A pair of ICU break iterators (word and sentence), opened once and cloned
/// per thread. Not Sendable on purpose: one instance per task.
public final class Breakers {
    let word: OpaquePointer
    let sentence: OpaquePointer

    public init() throws {
        var st: Int32 = 0
        guard let w = sl_breaker_open(Int32(SL_BREAK_WORD), &st) else { throw ICUError.open(what: "word break iterator", status: st) }
        guard let s = sl_breaker_open(Int32(SL_BREAK_SENTENCE), &st) else {
            sl_breaker_close(w)
            throw ICUError.open(what: "sentence break iterator", status: st)
        }
        word = w
        sentence = s
    }

    private init(word: OpaquePointer, sentence: OpaquePointer) {
        self.word = word
        self.sentence = sentence
    }

    /// A copy for another thread (ubrk_clone: ~0.1 µs).
    public func clone() throws -> Breakers {
        var st: Int32 = 0
        guard let w = sl_breaker_clone(word, &st) else { throw ICUError.open(what: "word break clone", status: st) }
        guard let s = sl_breaker_clone(sentence, &st) else {
            sl_breaker_close(w)
            throw ICUError.open(what: "sentence break clone", status: st)
        }
        return Breakers(word: w, sentence: s)
    }

    deinit {
        sl_breaker_close(word)
        sl_breaker_close(sentence)
    }

    /// Boundaries (after 0) and rule statuses of `units` for one iterator.
    func boundaries(_ breaker: OpaquePointer, _ units: [UInt16]) -> ([Int32], [Int32]) {
        let n = units.count
        if n == 0 { return ([], []) }
        var pos = [Int32](repeating: 0, count: n + 1)
        var status = [Int32](repeating: 0, count: n + 1)
        var st: Int32 = 0
        let count = units.withUnsafeBufferPointer { u in
            pos.withUnsafeMutableBufferPointer { p in
                status.withUnsafeMutableBufferPointer { s in
                    sl_breaker_boundaries(breaker, u.baseAddress, Int32(n), p.baseAddress, s.baseAddress, Int32(n + 1), &st)
                }
            }
        }
        if count < 0 { return ([Int32(n)], [0]) }
        pos.removeSubrange(Int(count)...)
        status.removeSubrange(Int(count)...)
        return (pos, status)
    }
}

/// A tokenized document: the normalized text, its tokens and its sentences.
///
/// The fields live in one immutable class instance, so a copy (every rule
/// context holds one) costs one reference count instead of one per array.
public struct TokenizedText: Sendable {
    final class Storage: Sendable {
        let text: NormalizedText
        let tokens: [Token]
        let sentences: [(start: Int32, end: Int32)]
        let sentenceTokenStart: [Int32]
        let startMasks: [UInt32]
        let startMasksOwner: ObjectIdentifier?
        init(text: NormalizedText, tokens: [Token], sentences: [(start: Int32, end: Int32)], sentenceTokenStart: [Int32],
             startMasks: [UInt32], startMasksOwner: ObjectIdentifier?) {
            self.text = text; self.tokens = tokens; self.sentences = sentences; self.sentenceTokenStart = sentenceTokenStart
            self.startMasks = startMasks; self.startMasksOwner = startMasksOwner
        }
    }
    let storage: Storage

    public var text: NormalizedText { storage.text }
    public var tokens: [Token] { storage.tokens }
    /// Sentence ranges in normalized units, trimmed of surrounding whitespace.
    public var sentences: [(start: Int32, end: Int32)] { storage.sentences }
    /// Index of the first token of each sentence, plus tokens.count at the end.
    public var sentenceTokenStart: [Int32] { storage.sentenceTokenStart }
    /// Start masks of the tokens (`WordTables.startMasks`) for the word tables
    /// `startMasksOwner`, or empty until `Pipeline.extract` computes them.
    var startMasks: [UInt32] { storage.startMasks }
    var startMasksOwner: ObjectIdentifier? { storage.startMasksOwner }

    init(text: NormalizedText, tokens: [Token], sentences: [(start: Int32, end: Int32)], sentenceTokenStart: [Int32],
         startMasks: [UInt32] = [], startMasksOwner: ObjectIdentifier? = nil) {
        storage = Storage(text: text, tokens: tokens, sentences: sentences, sentenceTokenStart: sentenceTokenStart,
                          startMasks: startMasks, startMasksOwner: startMasksOwner)
    }

    /// The same document with the start masks of `words` (see `WordTables.startMasks`).
    func withStartMasks(_ words: WordTables) -> TokenizedText {
        TokenizedText(text: text, tokens: tokens, sentences: sentences, sentenceTokenStart: sentenceTokenStart,
                      startMasks: words.startMasks(tokens), startMasksOwner: ObjectIdentifier(words))
    }
}

/// Splits normalized text into sentences and tokens with ICU, then refines
/// ICU's word segments where news text needs it (see `Tokenizer.refine`).
///
/// Order of precedence (what wins when rules overlap):
/// 1. ICU sentence boundaries; a token never crosses one.
/// 2. ICU word boundaries with their rule status (number / letter / none).
/// 3. Refinement: segments that mix digits and letters ("1.000.000đ", "8h30",
///    "15ha", "U23") are cut into digit and letter runs; a number keeps its
///    internal "." and "," only between digits.
/// 4. Compounds from `Lexicons/compounds.tsv` by longest match (a separate
///    layer: `Compounds`), never across punctuation or lines.
public struct Tokenizer {

    /// Fold keys of abbreviations after which a period does not end a sentence.
    let abbreviations: KeySet

    public init() { abbreviations = KeySet([UInt64]()) }
    public init(abbreviations: KeySet) { self.abbreviations = abbreviations }

    public func tokenize(_ text: NormalizedText, breakers: Breakers) -> TokenizedText {
        let units = text.units
        let sentPos = units.withUnsafeBufferPointer { FastSentenceBreak.boundaries($0) } ?? breakers.boundaries(breakers.sentence, units).0
        var sentenceTokenStart: [Int32] = [0]
        sentenceTokenStart.reserveCapacity(sentPos.count + 2)
        var punctuation = [Int32]()
        // (The punctuation indices too, into storage for one per unit, copied out at the end:
        // `Array.append` went out of line twice per comma or period.)
        let punctuationStorage = UnsafeMutablePointer<Int32>.allocate(capacity: max(units.count, 1))
        defer { punctuationStorage.deallocate() }
        // Tokens are written straight into the array's storage: a token covers at least
        // one unit and tokens do not overlap, so there are at most `units.count` of them
        // (`Array.append` checked uniqueness and capacity at every token).
        // Word segments come from `FastWordBreak.run`, which hands each to the emitter
        // as it finds it; on text it does not handle, all is redone from ICU's boundaries.
        var tokens = [Token](unsafeUninitializedCapacity: units.count) { buffer, initialized in
            guard let base = buffer.baseAddress else { initialized = 0; return }
            initialized = units.withUnsafeBufferPointer { u -> Int in
                guard let text = u.baseAddress, u.count > 0 else { return 0 }
                return sentPos.withUnsafeBufferPointer { sp -> Int in
                    var e = SegmentEmitter(u: u, sentPos: sp, tables: Fold.packed,
                                           out: TokenWriter(base: base, capacity: buffer.count, punctuation: punctuationStorage),
                                           sentenceTokenStart: sentenceTokenStart)
                    let handled = FastWordBreak.table.withUnsafeBufferPointer { tbl in
                        FastWordBreak.run(text, u.count, tbl.baseAddress!, Fold.packed, FastWordBreak.letterFold, &e)
                    }
                    if !handled {
                        e = SegmentEmitter(u: u, sentPos: sp, tables: Fold.packed,
                                           out: TokenWriter(base: base, capacity: buffer.count, punctuation: punctuationStorage),
                                           sentenceTokenStart: sentenceTokenStart)
                        let (wordPos, wordStatus) = breakers.boundaries(breakers.word, units)
                        var start = 0
                        for (i, end) in wordPos.enumerated() {
                            e.segment(start: start, end: Int(end), status: wordStatus[i], wordKey: nil)
                            start = Int(end)
                        }
                    }
                    sentenceTokenStart = e.sentenceTokenStart
                    punctuation = Array(UnsafeBufferPointer(start: punctuationStorage, count: e.out.punctuationCount))
                    return e.out.count
                }
            }
        }
        sentenceTokenStart.append(Int32(tokens.count))
        Tokenizer.splitAfterNumberStarts(units, &tokens, &sentenceTokenStart, punctuation: punctuation)
        mergeAfterAbbreviations(units, &tokens, &sentenceTokenStart)
        // Sentence ranges: trimmed to their first and last non-space token.
        var sentences = [(start: Int32, end: Int32)]()
        sentences.reserveCapacity(sentenceTokenStart.count)
        for s in 0..<(sentenceTokenStart.count - 1) {
            var a = Int(sentenceTokenStart[s]), b = Int(sentenceTokenStart[s + 1])
            while a < b, tokens[a].isSpace { a += 1 }
            while b > a, tokens[b - 1].isSpace { b -= 1 }
            if a < b { sentences.append((tokens[a].start, tokens[b - 1].end)) }
            else {
                let p = a < tokens.count ? tokens[a].start : Int32(units.count)
                sentences.append((p, p))
            }
        }
        return TokenizedText(text: text, tokens: tokens, sentences: sentences, sentenceTokenStart: sentenceTokenStart)
    }

    @inline(__always)
    static func isDigit(_ u: UInt16) -> Bool { u >= 0x30 && u <= 0x39 }

    /// "TP. Hồ Chí Minh", "TS. Nguyễn Văn A": a period after an abbreviation from
    /// `Lexicons/abbreviations.tsv` does not end the sentence (ICU breaks there).
    func mergeAfterAbbreviations(_ u: [UInt16], _ tokens: inout [Token], _ starts: inout [Int32]) {
        guard starts.count > 2 else { return }
        var merge = Set<Int32>()
        for s in 1..<(starts.count - 1) {
            var k = Int(starts[s]) - 1
            while k >= 0, tokens[k].isSpace { k -= 1 }
            guard k >= 1, tokens[k].kind == .punctuation, tokens[k].length == 1, u[Int(tokens[k].start)] == 0x2E,
                  tokens[k - 1].kind == .word, tokens[k - 1].end == tokens[k].start, abbreviations.contains(tokens[k - 1].key) else { continue }
            merge.insert(Int32(s))
        }
        guard !merge.isEmpty else { return }
        var shift: Int32 = 0
        var next = 0
        let sortedMerges = merge.sorted()
        // (From the first token of the first merged sentence: the tokens before it keep their number.
        // Through the buffer: `tokens[i].sentence -= shift` on the `inout` array checked its
        // uniqueness at every token.)
        let from = Int(starts[Int(sortedMerges[0])])
        tokens.withUnsafeMutableBufferPointer { tk in
            for i in from..<tk.count {
                while next < sortedMerges.count, tk[i].sentence >= sortedMerges[next] { shift += 1; next += 1 }
                tk[i].sentence -= shift
            }
        }
        starts = Tokenizer.sentenceStarts(tokens)
    }

    /// ICU does not end a sentence at ". " when the next one starts with a
    /// digit and a lowercase word follows ("… năm 2022. 03 ứng dụng …", rule
    /// SB8). News text starts sentences with figures, so a break is added
    /// there, unless the period follows a number ("165. 434 tỷ": a split
    /// thousands group) or a one-letter abbreviation ("Nguyễn Văn A. 3 …").
    /// `punctuation`: the indices of the one-unit punctuation tokens, in order
    /// (`TokenWriter.punctuation`), the only ones looked at.
    static func splitAfterNumberStarts(_ u: [UInt16], _ tokens: inout [Token], _ starts: inout [Int32], punctuation: [Int32]) {
        var breaks = [Int]()
        tokens.withUnsafeBufferPointer { tk in
            u.withUnsafeBufferPointer { u in
                for p in punctuation {
                    let k = Int(p)
                    guard k >= 1 else { continue }
                    guard k + 2 < tk.count else { break }
                    let t = tk[k]
                    let c = u[Int(t.start)]
                    if c == 0x2E || c == 0x21 || c == 0x3F,
                       tk[k + 1].kind == .space, tk[k + 2].kind == .number,
                       tk[k + 2].sentence == t.sentence,
                       tk[k - 1].length > 1 || tk[k - 1].kind != .word,
                       !(tk[k - 1].kind == .number && tk[k - 1].length <= 3 && tk[k + 2].length == 3) {
                        breaks.append(k + 2)
                    }
                }
            }
        }
        guard !breaks.isEmpty else { return }
        var shift: Int32 = 0
        var b = 0
        // (From the first break: the tokens before it keep their sentence number. Through the
        // buffer, as in `mergeAfterAbbreviations`.)
        tokens.withUnsafeMutableBufferPointer { tk in
            for i in breaks[0]..<tk.count {
                while b < breaks.count && breaks[b] <= i { if breaks[b] == i { shift += 1 }; b += 1 }
                tk[i].sentence += shift
            }
        }
        starts = Tokenizer.sentenceStarts(tokens)
    }

    /// First token of each sentence (from the tokens' renumbered `sentence`), plus the token count.
    static func sentenceStarts(_ tokens: [Token]) -> [Int32] {
        var starts = [Int32]()
        var current: Int32 = -1
        for (i, t) in tokens.enumerated() {
            while current < t.sentence { starts.append(Int32(i)); current += 1 }
        }
        if starts.isEmpty { starts.append(0) }
        starts.append(Int32(tokens.count))
        return starts
    }

    /// Emits one ICU segment, cut into digit and letter runs where it mixes them.
    /// `wordKey`: the segment's fold key when it is known to hold no digit.
    @inline(__always) static func emit(_ u: UnsafeBufferPointer<UInt16>, _ start: Int32, _ end: Int32, _ status: Int32, _ wordKey: UInt64?,
                     _ sentence: Int32, _ tables: UnsafePointer<UInt32>, _ tokens: inout TokenWriter) {
        if end <= start { return }
        let s = Int(start), e = Int(end)
        if status >= 100 && status < 500 {
            if let key = wordKey {
                tokens.append(Token(start: start, end: end, kind: .word, sentence: sentence, key: key))
                return
            }
            // Letters and digits: split mixed runs. The word's key is folded only for a
            // segment without digits (plain words come with their key from `FastWordBreak`,
            // so most segments here are numbers, which `emitNumber` keys itself).
            var hasDigit = false, hasOther = false
            for i in s..<e {
                let c = u[i]
                if isDigit(c) { hasDigit = true } else if c != 0x2E && c != 0x2C { hasOther = true }
            }
            if !(hasDigit && hasOther) {
                if hasDigit { emitNumber(u, s, e, sentence, tables, &tokens) }
                else { tokens.append(Token(start: start, end: end, kind: .word, sentence: sentence, key: Fold.key(u, s, e, tables: tables))) }
                return
            }
            var i = s
            while i < e {
                var j = i
                if isDigit(u[i]) {
                    // digits with "." / "," only when a digit follows
                    while j < e, isDigit(u[j]) || ((u[j] == 0x2E || u[j] == 0x2C) && j + 1 < e && isDigit(u[j + 1])) { j += 1 }
                    emitNumber(u, i, j, sentence, tables, &tokens)
                } else if u[i] == 0x2E || u[i] == 0x2C {
                    j = i + 1
                    tokens.append(Token(start: Int32(i), end: Int32(j), kind: .punctuation, sentence: sentence, key: Fold.key(u, i, j, tables: tables)))
                } else {
                    while j < e, !isDigit(u[j]) && u[j] != 0x2E && u[j] != 0x2C { j += 1 }
                    tokens.append(Token(start: Int32(i), end: Int32(j), kind: .word, sentence: sentence, key: Fold.key(u, i, j, tables: tables)))
                }
                i = j
            }
            return
        }
        // Status "none": spaces, punctuation, symbols, and anything ICU leaves unclassified.
        let c = u[s]
        let kind: TokenKind
        switch c {
        case 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029: kind = .newline
        case 0x20, 0x09: kind = .space
        case 0x25, 0x2030: kind = .symbol // % and ‰
        // Common punctuation of news text, which ICU's categories below make punctuation
        // (Pd, Ps, Pe, Po, Pf), without asking ICU.
        case 0x2C, 0x2E, 0x3A, 0x3B, 0x28, 0x29, 0x22, 0x2D, 0x21, 0x3F, 0x2F, 0x27, 0x201D, 0x2013, 0x2026: kind = .punctuation
        default:
            let type = sl_char_type(UInt32(c))
            switch type {
            case 12, 13, 14: kind = .space // Zs Zl Zp
            // Sc Sk So (UCharCategory 25-27). Math symbols (Sm, 24: "+", "=", "<", "±") separate like punctuation
            // ("SCR +18,6 tỷ đồng", "1 bao = 60 kg"), and so do quotes (Pi 28, Pf 29).
            case 25, 26, 27: kind = .symbol
            case 1, 2, 3, 4, 5: kind = .word // letters ICU left unclassified
            case 9: kind = .number
            default: kind = .punctuation
            }
        }
        if kind == .space {
            // A run of spaces containing a line break is a newline token.
            for i in s..<e where u[i] == 0x0A || u[i] == 0x0D {
                tokens.append(Token(start: start, end: end, kind: .newline, sentence: sentence, key: 0))
                return
            }
        }
        tokens.append(Token(start: start, end: end, kind: kind, sentence: sentence, key: kind == .space || kind == .newline ? 0 : Fold.key(u, s, e, tables: tables)))
    }

    /// A number segment; a trailing "." or "," is not part of the number.
    static func emitNumber(_ u: UnsafeBufferPointer<UInt16>, _ s: Int, _ e: Int, _ sentence: Int32, _ tables: UnsafePointer<UInt32>,
                           _ tokens: inout TokenWriter) {
        var end = e
        while end > s + 1, u[end - 1] == 0x2E || u[end - 1] == 0x2C { end -= 1 }
        tokens.append(Token(start: Int32(s), end: Int32(end), kind: .number, sentence: sentence, key: Fold.key(u, s, end, tables: tables)))
        if end < e {
            for i in end..<e {
                tokens.append(Token(start: Int32(i), end: Int32(i + 1), kind: .punctuation, sentence: sentence, key: Fold.key(u, i, i + 1, tables: tables)))
            }
        }
    }
}

/// Appends tokens to storage reserved for them (see `Tokenizer.tokenize`).
struct TokenWriter {
    let base: UnsafeMutablePointer<Token>
    let capacity: Int
    private(set) var count = 0
    /// Indices of the one-unit punctuation tokens (where `splitAfterNumberStarts` looks), in
    /// storage for `capacity` of them; `punctuationCount` are written.
    let punctuation: UnsafeMutablePointer<Int32>
    private(set) var punctuationCount = 0

    init(base: UnsafeMutablePointer<Token>, capacity: Int, punctuation: UnsafeMutablePointer<Int32>) {
        self.base = base
        self.capacity = capacity
        self.punctuation = punctuation
    }

    @inline(__always) mutating func append(_ t: Token) {
        // (Every token covers at least one unit and tokens do not overlap, so `count` stays below
        // `capacity`. The check stays in release builds on purpose: a raw-pointer write past the
        // buffer would corrupt memory silently if that ever broke; 0.57% of instructions, measured
        // by helper perf9, is the price.)
        precondition(count < capacity, "more tokens than units")
        (base + count).initialize(to: t)
        // (At most one per token, so at most `capacity`.)
        if t.kind == .punctuation && t.end &- t.start == 1 {
            punctuation[punctuationCount] = Int32(truncatingIfNeeded: count)
            punctuationCount += 1
        }
        count += 1
    }
}

/// Turns word segments into tokens, cutting a segment at a sentence boundary
/// (ICU sentence boundaries win) and recording where each sentence's tokens start.
struct SegmentEmitter: WordSegmentSink {
    let u: UnsafeBufferPointer<UInt16>
    let sentPos: UnsafeBufferPointer<Int32>
    let tables: UnsafePointer<UInt32>
    var out: TokenWriter
    var sentenceTokenStart: [Int32]
    var sentenceIndex: Int32 = 0
    var sentCursor = 0
    /// `sentPos[sentCursor]`, or `Int32.max` past the last boundary: one comparison per
    /// segment tells whether a boundary is reached.
    var nextBoundary: Int32

    init(u: UnsafeBufferPointer<UInt16>, sentPos: UnsafeBufferPointer<Int32>, tables: UnsafePointer<UInt32>,
         out: TokenWriter, sentenceTokenStart: [Int32]) {
        self.u = u; self.sentPos = sentPos; self.tables = tables; self.out = out; self.sentenceTokenStart = sentenceTokenStart
        nextBoundary = sentPos.isEmpty ? Int32.max : sentPos[0]
    }

    /// Moves to the next sentence boundary.
    @inline(__always) mutating func advanceBoundary() {
        sentCursor += 1
        nextBoundary = sentCursor < sentPos.count ? sentPos[sentCursor] : Int32.max
    }

    /// Advances the sentence when a segment starting at `start` starts at or past its end.
    @inline(__always) mutating func enterSentence(at start: Int32) {
        while start >= nextBoundary {
            advanceBoundary()
            sentenceIndex += 1
            sentenceTokenStart.append(Int32(out.count))
        }
    }

    @inline(__always) mutating func space(start s: Int, end e: Int) {
        let start = Int32(truncatingIfNeeded: s), end = Int32(truncatingIfNeeded: e)
        enterSentence(at: start)
        // (What `emit` makes of it; one unit cannot straddle a sentence boundary.)
        out.append(Token(start: start, end: end, kind: .space, sentence: sentenceIndex, key: 0))
    }

    @inline(__always) mutating func segment(start s: Int, end e: Int, status: Int32, wordKey: UInt64?) {
        let start = Int32(truncatingIfNeeded: s), end = Int32(truncatingIfNeeded: e)
        enterSentence(at: start)
        // Most segments are words inside the sentence, with their key folded by the breaker:
        // what `emit` makes of them, without its other cases inlined here.
        if let key = wordKey, status != 0, end <= nextBoundary {
            out.append(Token(start: start, end: end, kind: .word, sentence: sentenceIndex, key: key))
            return
        }
        // A space or a common punctuation mark of one unit (most of the rest): as `emit` makes them.
        if status == 0, end == start &+ 1, end <= nextBoundary {
            let c = u[Int(start)]
            if c == 0x20 {
                out.append(Token(start: start, end: end, kind: .space, sentence: sentenceIndex, key: 0))
                return
            }
            if c < 0x40, (UInt64(1) << UInt64(c)) & SegmentEmitter.asciiPunctuation != 0 {
                out.append(Token(start: start, end: end, kind: .punctuation, sentence: sentenceIndex,
                                 key: Fold.key(u, Int(start), Int(end), tables: tables)))
                return
            }
        }
        emitSegment(start, end, status, wordKey)
    }

    /// The ASCII marks among `emit`'s common punctuation (, . : ; ( ) " - ! ? / '), one bit per unit
    /// (a literal: a computed global is a `swift_once` call at each read; `TokenizerTests` checks it).
    @inline(__always) static var asciiPunctuation: UInt64 { 0x8c00_f386_0000_0000 }

    /// Any other segment (after `enterSentence`).
    @inline(never) mutating func emitSegment(_ start: Int32, _ end: Int32, _ status: Int32, _ wordKey: UInt64?) {
        // A word segment can straddle a sentence boundary only in odd input: cut it.
        // (After `enterSentence`, `nextBoundary > start`.)
        var segStart = start
        while nextBoundary < end {
            let cut = nextBoundary
            Tokenizer.emit(u, segStart, cut, status, nil, sentenceIndex, tables, &out)
            segStart = cut
            advanceBoundary()
            sentenceIndex += 1
            sentenceTokenStart.append(Int32(out.count))
        }
        Tokenizer.emit(u, segStart, end, status, segStart == start ? wordKey : nil, sentenceIndex, tables, &out)
    }
}
