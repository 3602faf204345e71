/// A hand-written word segmenter that gives exactly what ICU 72's `UBRK_WORD`
/// (locale "vi", root rules) gives — boundary positions after 0 and the rule
/// status of each segment — on text made only of characters it fully
/// understands:
///
///   U+0000–U+024F (ASCII, Latin-1, Latin Extended-A/B), U+0300–U+036F
///   (combining diacritics), U+1E00–U+1EFF (Latin Extended Additional),
///   U+2000–U+206F (general punctuation and spaces).
///
/// Any other unit (including surrogates), or a ZWJ followed by an
/// Extended_Pictographic character (rule WB3c, emoji sequences), makes it
/// return nil: the caller then runs ICU on that document.
///
/// Rules (UAX #29 as ICU 72's `word.txt` implements them, with chaining):
/// - WB3: CR × LF; CR, LF and Newline (VT, FF, NEL, U+2028, U+2029) break on
///   both sides.
/// - WB3d: runs of WSegSpace (space, U+2000–U+2006, U+2008–U+200A, U+205F)
///   stay together (tab is not WSegSpace).
/// - WB4: Extend / Format / ZWJ attach to the preceding character (not to a
///   newline); a run of them at the start of a segment is its own segment.
/// - WB5–WB13b: letters (ALetter; ICU 72 adds "@"), digits (Numeric) and
///   ExtendNumLet ("_", U+202F, U+203F, U+2040, U+2054) all join each other;
///   MidLetter (U+00B7, U+2027; ICU 72 removed ":"), MidNumLet (".", "'",
///   U+2018, U+2019, U+2024) join two letters; MidNum (",", ";", U+2044) and
///   MidNumLet join two digits ("1.500.000,5", "TP.HCM", "it's").
/// - Status: the segment's last base character decides, as in ICU (the
///   state's tag set is the union of the rules ending there): letter → 200,
///   digit → 100, so "U23", "8h30" give 100 and "1.000.000đ", "15ha" give 200.
///   A final ExtendNumLet takes the status of the 13a rule that joined it
///   (100 after a digit, 200 after a letter or another ExtendNumLet), and 0
///   when it stands alone or carries trailing Extend/Format. Everything else
///   (spaces, punctuation, symbols, newlines) is 0.
///
/// Works on UTF-16 units; no allocation besides the two result arrays. A
/// segment without digits also gets its fold key, folded during the scan.
enum FastWordBreak {
    // Character classes.
    static let unhandled: UInt8 = 0
    static let other: UInt8 = 1
    static let cr: UInt8 = 2
    static let lf: UInt8 = 3
    static let newline: UInt8 = 4
    static let extend: UInt8 = 5 // Extend and Format
    static let zwj: UInt8 = 6
    static let wsegSpace: UInt8 = 7
    static let aLetter: UInt8 = 8
    static let numeric: UInt8 = 9
    static let extendNumLet: UInt8 = 10
    static let midLetter: UInt8 = 11
    static let midNum: UInt8 = 12
    static let midNumLet: UInt8 = 13 // MidNumLet and Single_Quote
    static let extPict: UInt8 = 14

    /// First code unit past the table: everything at or above is unhandled.
    static let tableEnd = 0x2070

    /// Word_Break classes of the handled set (ICU 72, Unicode 15), as ranges;
    /// code points not listed inside the handled blocks are ALetter, code
    /// points outside them are unhandled.
    static let ranges: [(UInt16, UInt16, UInt8)] = [
        (0x0000, 0x0009, other), (0x000A, 0x000A, lf), (0x000B, 0x000C, newline), (0x000D, 0x000D, cr),
        (0x000E, 0x001F, other), (0x0020, 0x0020, wsegSpace), (0x0021, 0x0026, other), (0x0027, 0x0027, midNumLet),
        (0x0028, 0x002B, other), (0x002C, 0x002C, midNum), (0x002D, 0x002D, other), (0x002E, 0x002E, midNumLet),
        (0x002F, 0x002F, other), (0x0030, 0x0039, numeric), (0x003A, 0x003A, other), (0x003B, 0x003B, midNum),
        (0x003C, 0x003F, other), (0x005B, 0x005E, other), (0x005F, 0x005F, extendNumLet), (0x0060, 0x0060, other),
        (0x007B, 0x0084, other), (0x0085, 0x0085, newline), (0x0086, 0x00A8, other), (0x00A9, 0x00A9, extPict),
        (0x00AB, 0x00AC, other), (0x00AD, 0x00AD, extend), (0x00AE, 0x00AE, extPict), (0x00AF, 0x00B4, other),
        (0x00B6, 0x00B6, other), (0x00B7, 0x00B7, midLetter), (0x00B8, 0x00B9, other), (0x00BB, 0x00BF, other),
        (0x00D7, 0x00D7, other), (0x00F7, 0x00F7, other),
        (0x0250, 0x02FF, unhandled),
        (0x0300, 0x036F, extend),
        (0x0370, 0x1DFF, unhandled),
        (0x1F00, 0x1FFF, unhandled),
        (0x2000, 0x2006, wsegSpace), (0x2007, 0x2007, other), (0x2008, 0x200A, wsegSpace), (0x200B, 0x200B, other),
        (0x200C, 0x200C, extend), (0x200D, 0x200D, zwj), (0x200E, 0x200F, extend), (0x2010, 0x2017, other),
        (0x2018, 0x2019, midNumLet), (0x201A, 0x2023, other), (0x2024, 0x2024, midNumLet), (0x2025, 0x2026, other),
        (0x2027, 0x2027, midLetter), (0x2028, 0x2029, newline), (0x202A, 0x202E, extend), (0x202F, 0x202F, extendNumLet),
        (0x2030, 0x203B, other), (0x203C, 0x203C, extPict), (0x203D, 0x203E, other), (0x203F, 0x2040, extendNumLet),
        (0x2041, 0x2043, other), (0x2044, 0x2044, midNum), (0x2045, 0x2048, other), (0x2049, 0x2049, extPict),
        (0x204A, 0x2053, other), (0x2054, 0x2054, extendNumLet), (0x2055, 0x205E, other), (0x205F, 0x205F, wsegSpace),
        (0x2060, 0x2064, extend), (0x2065, 0x2065, other), (0x2066, 0x206F, extend),
    ]

    static let table: [UInt8] = {
        var t = [UInt8](repeating: aLetter, count: tableEnd)
        for (a, b, c) in ranges {
            for i in Int(a)...Int(b) { t[i] = c }
        }
        return t
    }()

    /// For each unit below `tableEnd`: its `Fold.packed` entry with bit 31 set when the unit is
    /// ALetter; for the other units `wordEndBit` and `spaceBit` as they apply — the run of letters
    /// of a word is classed and folded with one read per unit, and the read that ends it tells
    /// whether the word ends there. (Every ALetter unit is below `Fold.tableSize`; the folded
    /// entries use bits 0-23.) Never freed.
    nonisolated(unsafe) static let letterFold: UnsafePointer<UInt32> = {
        let p = UnsafeMutablePointer<UInt32>.allocate(capacity: tableEnd)
        for c in 0..<tableEnd {
            if table[c] == aLetter {
                precondition(c < Fold.tableSize, "an ALetter unit beyond the fold table")
                p[c] = Fold.packed[c] | letterBit
            } else {
                p[c] = ((wordEndAfterLetter >> Int(table[c])) & 1 != 0 ? wordEndBit : 0) | (c == 0x20 ? spaceBit : 0)
            }
        }
        return UnsafePointer(p)
    }()
    static let letterBit: UInt32 = 1 << 31
    /// A `letterFold` entry's bit for a unit of the `wordEndAfterLetter` classes.
    static let wordEndBit: UInt32 = 1 << 30
    /// A `letterFold` entry's bit for U+0020 (which has `wordEndBit` too).
    static let spaceBit: UInt32 = 1 << 29
    /// Classes (bit per class) of a unit that ends a word after a letter in every case of `run`:
    /// nothing joins across them (WB5-WB13b), and they are not Extend / Format / ZWJ.
    static let wordEndAfterLetter: Int = 1 << Int(other) | 1 << Int(cr) | 1 << Int(lf) | 1 << Int(newline)
        | 1 << Int(wsegSpace) | 1 << Int(midNum) | 1 << Int(extPict)

    /// Boundaries after 0 and rule statuses, as `Breakers.boundaries` returns
    /// them for the word iterator; nil when `u` holds a character outside the
    /// handled set.
    static func boundaries(_ u: UnsafeBufferPointer<UInt16>) -> ([Int32], [Int32])? {
        let n = u.count
        if n == 0 { return ([], []) }
        guard let text = u.baseAddress else { return ([], []) }
        var count = 0
        var handled = false
        var status = [Int32]()
        let pos = table.withUnsafeBufferPointer { tbl in
            [Int32](unsafeUninitializedCapacity: n) { pbuf, pcount in
                status = [Int32](unsafeUninitializedCapacity: n) { sbuf, scount in
                    var sink = ArraySink(pos: pbuf.baseAddress!, status: sbuf.baseAddress!)
                    handled = run(text, n, tbl.baseAddress!, Fold.packed, letterFold, &sink)
                    count = handled ? sink.k : 0
                    scount = count
                }
                pcount = count
            }
        }
        if !handled { return nil }
        return (pos, status)
    }

    /// Calls `sink.segment(start:end:status:wordKey:)` for each segment of `u[0..<n]` in order;
    /// returns false when the text is not handled (the segments already passed are then to
    /// be discarded). Inlined and specialized for its sink, so
    /// the tokenizer emits tokens as segments are found (no boundary arrays).
    /// `fold`: `Fold.packed`, for the keys of letter segments; `letters`: `letterFold`.
    @inline(__always)
    static func run<S: WordSegmentSink>(_ u: UnsafePointer<UInt16>, _ n: Int, _ tbl: UnsafePointer<UInt8>,
                                         _ fold: UnsafePointer<UInt32>, _ letters: UnsafePointer<UInt32>, _ sinkRef: inout S) -> Bool {
        // A local copy, written back at the end: through the `inout` reference every field of
        // the sink was loaded and stored in memory at each segment.
        var sink = sinkRef
        defer { sinkRef = sink }
        @inline(__always) func cls(_ i: Int) -> UInt8 {
            let c = Int(u[i])
            return c < tableEnd ? tbl[c] : unhandled
        }
        /// Skips Extend / Format / ZWJ from `j`; -1 on ZWJ + Extended_Pictographic.
        @inline(__always) func skipExtend(_ start: Int) -> Int {
            var j = start
            while j < n {
                let c = cls(j)
                if c == extend { j += 1; continue }
                if c == zwj {
                    if j + 1 < n && cls(j + 1) == extPict { return -1 }
                    j += 1
                    continue
                }
                break
            }
            return j
        }

        var i = 0
        segments: while i < n {
            // Most segments are words of letters, each ended by a unit with `wordEndBit` (a space
            // or punctuation) and followed by a single U+0020 before the next word: taken here,
            // word after word, with the key folded in a tight loop and the unit that ends a run
            // of letters classed by the same table read. Any other continuation (a digit, a mark,
            // a mid-word character, an unhandled unit) leaves the word whole to the general step
            // below, from its start.
            // (Positions are below `n`, so `+ 1` cannot overflow: wrapping arithmetic spares the
            // overflow checks.)
            let u0 = Int(u[i])
            if u0 < tableEnd, case var e0 = letters[u0], e0 & letterBit != 0 {
                while true {
                    var key = Fold.Hasher()
                    key.addPacked(e0)
                    var j = i &+ 1
                    var e: UInt32 = 0
                    while j < n {
                        let unit = Int(u[j])
                        guard unit < tableEnd else { e = 0; break }
                        e = letters[unit]
                        guard e & letterBit != 0 else { break }
                        key.addPacked(e)
                        j &+= 1
                    }
                    guard j == n || e & wordEndBit != 0 else { break }
                    sink.segment(start: i, end: j, status: 200, wordKey: key.key)
                    i = j
                    guard e & spaceBit != 0, j &+ 1 < n else { continue segments }
                    let next = Int(u[j &+ 1])
                    guard next < tableEnd else { continue segments }
                    e0 = letters[next]
                    guard e0 & letterBit != 0 else { continue segments }
                    sink.space(start: j, end: j &+ 1)
                    i = j &+ 1
                }
            }
            let c = cls(i)
            var j: Int
            var st: Int32 = 0
            var wordKey: UInt64? = nil
            switch c {
            case aLetter, numeric, extendNumLet:
                var last = c
                var prev = unhandled // base class before `last`, unhandled = none
                // The fold key of the units taken so far, and whether a digit is among them.
                var key = Fold.Hasher()
                var digits = c == numeric
                key.add(u[i], fold)
                j = i + 1
                var e = j // end of the last base character (before its Extend / Format)
                scan: while j < n {
                    // A run of letters after a letter (most of a syllable) in a tight loop; it
                    // ends as the general step below would leave it: prev = last = aLetter.
                    if last == aLetter {
                        var k = j
                        while k < n {
                            let unit = Int(u[k])
                            guard unit < tableEnd else { break }
                            let e = letters[unit]
                            guard e & letterBit != 0 else { break }
                            key.addPacked(e)
                            k += 1
                        }
                        if k > j { prev = aLetter; j = k; e = k }
                        if j >= n { break scan }
                    }
                    let d = cls(j)
                    if d >= aLetter && d <= extendNumLet {
                        // WB5, 8, 9, 10, 13a, 13b: every pair of these joins.
                        prev = last
                        last = d
                        if d == numeric { digits = true }
                        key.add(u[j], fold)
                        j += 1
                        e = j
                    } else if d == extend {
                        key.add(u[j], fold)
                        j += 1 // WB4
                    } else if d == zwj {
                        if j + 1 < n && cls(j + 1) == extPict { return false }
                        key.add(u[j], fold)
                        j += 1
                    } else if d >= midLetter && d <= midNumLet {
                        // WB6/7 (letters) and WB11/12 (digits): Mid needs the same class after it.
                        guard last == aLetter ? d != midNum : (last == numeric && d != midLetter) else { break scan }
                        let m = skipExtend(j + 1)
                        if m < 0 { return false }
                        guard m < n, cls(m) == last else { break scan }
                        prev = last
                        while j <= m { key.add(u[j], fold); j += 1 }
                        e = j
                    } else {
                        break scan
                    }
                }
                if last == aLetter { st = 200 }
                else if last == numeric { st = 100 }
                else if j == e && prev != unhandled { st = prev == numeric ? 100 : 200 }
                if !digits { wordKey = key.key }
            case cr:
                j = i + 1 < n && u[i + 1] == 0x0A ? i + 2 : i + 1
            case lf, newline:
                j = i + 1
            case extend, zwj:
                j = skipExtend(i)
                if j < 0 { return false }
            case wsegSpace:
                j = i + 1
                while j < n && cls(j) == wsegSpace { j += 1 }
                j = skipExtend(j)
                if j < 0 { return false }
            case unhandled:
                return false
            default: // other, midLetter, midNum, midNumLet, extPict
                j = skipExtend(i + 1)
                if j < 0 { return false }
            }
            sink.segment(start: i, end: j, status: st, wordKey: wordKey)
            i = j
            // A single space before a letter (between most words) is a segment of its own,
            // as the wsegSpace case would find it; taken here without the dispatch.
            if i + 1 < n && u[i] == 0x20 && cls(i + 1) == aLetter {
                sink.space(start: i, end: i + 1)
                i += 1
            }
        }
        return true
    }
}

/// Receives word segments from `FastWordBreak.run` (start, end, rule status), in order (each
/// starts where the one before ended); `wordKey` is the segment's fold key when it holds no
/// digit (else nil).
protocol WordSegmentSink {
    mutating func segment(start: Int, end: Int, status: Int32, wordKey: UInt64?)
    /// A segment of one U+0020 (rule status 0).
    mutating func space(start: Int, end: Int)
}

/// Writes segments into boundary and status arrays (`FastWordBreak.boundaries`).
struct ArraySink: WordSegmentSink {
    let pos: UnsafeMutablePointer<Int32>
    let status: UnsafeMutablePointer<Int32>
    var k = 0
    init(pos: UnsafeMutablePointer<Int32>, status: UnsafeMutablePointer<Int32>) { self.pos = pos; self.status = status }
    @inline(__always) mutating func space(start: Int, end: Int) { segment(start: start, end: end, status: 0, wordKey: nil) }

    @inline(__always) mutating func segment(start: Int, end: Int, status st: Int32, wordKey: UInt64?) {
        pos[k] = Int32(truncatingIfNeeded: end)
        status[k] = st
        k += 1
    }
}
