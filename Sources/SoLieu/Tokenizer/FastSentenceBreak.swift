/// A hand-written sentence segmenter that gives exactly what ICU 72's
/// `UBRK_SENTENCE` (locale "vi", root rules `sent.txt`) gives — the boundary
/// positions after 0, ending with the text length — on text made only of
/// characters it fully understands, the same set as `FastWordBreak`:
///
///   U+0000–U+024F (ASCII, Latin-1, Latin Extended-A/B), U+0300–U+036F
///   (combining diacritics), U+1E00–U+1EFF (Latin Extended Additional),
///   U+2000–U+206F (general punctuation and spaces).
///
/// Any other unit (including surrogates) makes it return nil: the caller then
/// runs ICU on that document.
///
/// Rules (UAX #29 as ICU 72's `sent.txt` implements them):
/// - SB3/SB4: CR × LF; break after Sep (NEL, U+2028, U+2029), CR, LF and CRLF.
/// - SB5: Extend / Format attach to the preceding character (not to a
///   separator) and are otherwise transparent.
/// - SB6: ATerm × Numeric ("1.500", "v.1").
/// - SB7: (Upper | Lower) ATerm × Upper ("TP.HCM", "U.S.A").
/// - SB8: ATerm Close* Sp* × (¬(OLetter | Upper | Lower | ParaSep | SATerm))*
///   Lower — a look-ahead: after "." no break when a lowercase letter comes
///   before any other letter, separator or terminator (". 03 ứng dụng",
///   "v.v. và", "Văn A. nói").
/// - SB8a: SATerm Close* Sp* × (SContinue | SATerm) ("?!", "...", "., ").
/// - SB9–SB11: SATerm Close* Sp* ParaSep? ÷ — a terminator keeps its closing
///   quotes / brackets, then its spaces, then one paragraph separator.
/// - SB998: no break anywhere else.
///
/// Sentence_Break classes were read from ICU 72 (`u_getIntPropertyValue`,
/// UCHAR_SENTENCE_BREAK) for every code point of the handled set.
///
/// Works on UTF-16 units; no allocation besides the result array.
enum FastSentenceBreak {
    // Character classes.
    static let unhandled: UInt8 = 0
    static let other: UInt8 = 1
    static let cr: UInt8 = 2
    static let lf: UInt8 = 3
    static let sep: UInt8 = 4
    static let extend: UInt8 = 5 // Extend and Format
    static let sp: UInt8 = 6
    static let lower: UInt8 = 7
    static let upper: UInt8 = 8
    static let oLetter: UInt8 = 9
    static let numeric: UInt8 = 10
    static let aTerm: UInt8 = 11
    static let sTerm: UInt8 = 12
    static let close: UInt8 = 13
    static let sContinue: UInt8 = 14

    /// First code unit past the table: everything at or above is unhandled.
    static let tableEnd = 0x2070

    /// Sentence_Break values from ICU 72, one character per code point:
    /// x Other, U Upper, L Lower, O OLetter, N Numeric, A ATerm, S STerm,
    /// C Close, c SContinue, _ Sp, E Extend, F Format, r CR, n LF, s Sep.
    static let blocks: [(start: Int, classes: String)] = [
        (0x0000, // U+0000–U+024F
         "xxxxxxxxx_n__rxxxxxxxxxxxxxxxxxx_SCxxxxCCCxxccAxNNNNNNNNNNcxxxxS"
         + "xUUUUUUUUUUUUUUUUUUUUUUUUUUCxCxxxLLLLLLLLLLLLLLLLLLLLLLLLLLCxCxx"
         + "xxxxxsxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxLCxFxxxxxxxLxxxxLCxxxx"
         + "UUUUUUUUUUUUUUUUUUUUUUUxUUUUUUULLLLLLLLLLLLLLLLLLLLLLLLxLLLLLLLL"
         + "ULULULULULULULULULULULULULULULULULULULULULULULULULULULULLULULULU"
         + "LULULULULLULULULULULULULULULULULULULULULULULULULULULULULUULULULL"
         + "LUULULUULUUULLUUUULUULUUULLLUULUULULULUULULLULUULUUULULUULLOULLL"
         + "OOOOUULUULUULULULULULULULULULLULULULULULULULULULLUULULUUULULULUL"
         + "ULULULULULULULULULULULULULULULULULULULULULULULULULULLLLLLLUULUUL"
         + "LULUUUULULULULUL"),
        (0x0300, String(repeating: "E", count: 0x70)), // U+0300–U+036F
        (0x1E00, // U+1E00–U+1EFF
         "ULULULULULULULULULULULULULULULULULULULULULULULULULULULULULULULUL"
         + "ULULULULULULULULULULULULULULULULULULULULULULULULULULULULULULULUL"
         + "ULULULULULULULULULULULLLLLLLLLULULULULULULULULULULULULULULULULUL"
         + "ULULULULULULULULULULULULULULULULULULULULULULULULULULULULULULULUL"),
        (0x2000, // U+2000–U+206F
         "___________FEEFFxxxccxxxCCCCCCCCxxxxAxxxssFFFFF_xxxxxxxxxCCxSSxx"
         + "xxxxxCCSSSxxxxxxxxxxxxxxxxxxxxx_FFFFFxFFFFFFFFFF"),
    ]

    static let table: [UInt8] = {
        var t = [UInt8](repeating: unhandled, count: tableEnd)
        for (start, classes) in blocks {
            var i = start
            for ch in classes.utf8 {
                let c: UInt8
                switch ch {
                case UInt8(ascii: "x"): c = other
                case UInt8(ascii: "U"): c = upper
                case UInt8(ascii: "L"): c = lower
                case UInt8(ascii: "O"): c = oLetter
                case UInt8(ascii: "N"): c = numeric
                case UInt8(ascii: "A"): c = aTerm
                case UInt8(ascii: "S"): c = sTerm
                case UInt8(ascii: "C"): c = close
                case UInt8(ascii: "c"): c = sContinue
                case UInt8(ascii: "_"): c = sp
                case UInt8(ascii: "E"), UInt8(ascii: "F"): c = extend
                case UInt8(ascii: "r"): c = cr
                case UInt8(ascii: "n"): c = lf
                case UInt8(ascii: "s"): c = sep
                default: preconditionFailure("bad Sentence_Break code")
                }
                t[i] = c
                i += 1
            }
        }
        // Every code point of the handled blocks has a class, nothing else does.
        for c in 0..<tableEnd {
            let handled = c < 0x250 || (c >= 0x300 && c < 0x370) || (c >= 0x1E00 && c < 0x1F00) || c >= 0x2000
            precondition(handled == (t[c] != unhandled), "Sentence_Break table misaligned")
        }
        return t
    }()

    /// Boundaries after 0, ending with `u.count`, as `Breakers.boundaries`
    /// returns them for the sentence iterator; nil when `u` holds a character
    /// outside the handled set.
    static func boundaries(_ u: UnsafeBufferPointer<UInt16>) -> [Int32]? {
        let n = u.count
        if n == 0 { return [] }
        guard let text = u.baseAddress else { return [] }
        var pos = [Int32]()
        pos.reserveCapacity(n / 64 + 4)
        let ok = table.withUnsafeBufferPointer { tbl in run(text, n, tbl.baseAddress!, &pos) }
        return ok ? pos : nil
    }

    /// Classes that need a decision at top level: everything else (letters,
    /// digits, spaces, closers, SContinue, Other, Extend / Format) never breaks
    /// by itself and is skipped.
    static let decisive: UInt32 = 1 << UInt32(unhandled) | 1 << UInt32(cr) | 1 << UInt32(lf) | 1 << UInt32(sep)
        | 1 << UInt32(aTerm) | 1 << UInt32(sTerm)

    /// Appends the boundaries of `u[0..<n]` to `pos`; false when the text is
    /// not handled.
    /// Whether each of the eight units is in a range where no unit is decisive: U+0020–U+024F
    /// (ASCII from the space on, Latin-1, Latin Extended-A/B) but "!", ".", "?" and NEL (U+0085),
    /// combining marks (U+0300–U+036F), Latin Extended Additional (U+1E00–U+1EFF) and
    /// U+2000–U+2023 (spaces, dashes, quotes). `skippable` is the same test for one unit;
    /// `FastSentenceBreakTests` checks both against the class table for every unit.
    /// (Operands are vectors, not scalars: with a scalar operand the comparisons compiled to a
    /// loop over the lanes, six times slower than the table scan. Each range `a..<a+len` is
    /// one signed comparison: `v - a + 0x8000`, wrapped and read as signed, is below
    /// `-0x8000 + len` exactly inside it; SSE2 compares only signed lanes, and the unsigned
    /// `.<` took a subtraction, a saturating subtraction and a comparison. The lanes that are
    /// not skippable are gathered and tested with `any`.)
    @inline(__always)
    static func skippable8(_ v: SIMD8<UInt16>) -> Bool {
        typealias V = SIMD8<UInt16>
        @inline(__always) func outside(_ a: UInt16, _ len: UInt16) -> SIMDMask<SIMD8<Int16>> {
            SIMD8<Int16>(truncatingIfNeeded: v &+ V(repeating: 0x8000 &- a))
                .>= SIMD8<Int16>(repeating: Int16(truncatingIfNeeded: 0x8000 &+ len))
        }
        let stops = (v .== V(repeating: 0x21)) .| (v .== V(repeating: 0x2E)) .| (v .== V(repeating: 0x3F)) .| (v .== V(repeating: 0x85))
        let extended = (v & V(repeating: 0xFF00)) .== V(repeating: 0x1E00)
        let stuck = (outside(0x20, 0x230) .| stops) .& outside(0x300, 0x70) .& outside(0x2000, 0x24)
        return !any(stuck .& .!extended)
    }

    /// `skippable8` for one unit.
    static func skippable(_ u: UInt16) -> Bool {
        (u &- 0x20 < 0x230 && u != 0x21 && u != 0x2E && u != 0x3F && u != 0x85)
            || u &- 0x300 < 0x70 || u &- 0x1E00 < 0x100 || u &- 0x2000 < 0x24
    }

    @inline(__always)
    static func run(_ u: UnsafePointer<UInt16>, _ n: Int, _ tbl: UnsafePointer<UInt8>, _ pos: inout [Int32]) -> Bool {
        @inline(__always) func cls(_ i: Int) -> UInt8 {
            let c = Int(u[i])
            return c < tableEnd ? tbl[c] : unhandled
        }
        /// Skips Extend / Format from `start` (SB5).
        @inline(__always) func skipExtend(_ start: Int) -> Int {
            var j = start
            while j < n && cls(j) == extend { j += 1 }
            return j
        }

        var i = 0
        while i < n {
            // SB998: skip everything that cannot end a sentence, eight units at a time while
            // all are of the common ranges `skippable8` admits (one vector test, no table
            // reads), then four at a time (one branch per four), then unit by unit up to the
            // decisive one.
            while i &+ 8 <= n && skippable8(UnsafeRawPointer(u + i).loadUnaligned(as: SIMD8<UInt16>.self)) { i &+= 8 }
            while i + 4 <= n {
                let seen: UInt32 = 1 << UInt32(cls(i)) | 1 << UInt32(cls(i + 1)) | 1 << UInt32(cls(i + 2)) | 1 << UInt32(cls(i + 3))
                if decisive & seen != 0 { break }
                i += 4
            }
            if i == n { break }
            var c = cls(i)
            while decisive & (1 << UInt32(c)) == 0 {
                i += 1
                if i == n { break }
                c = cls(i)
            }
            if i == n { break }
            switch c {
            case unhandled:
                return false
            case cr:
                // SB3, SB4.
                i += 1
                if i < n && u[i] == 0x0A { i += 1 }
                pos.append(Int32(truncatingIfNeeded: i))
            case lf, sep:
                i += 1
                pos.append(Int32(truncatingIfNeeded: i))
            default: // aTerm, sTerm
                var j = skipExtend(i + 1)
                if j == n { i = j; break }
                var d = cls(j)
                if c == aTerm {
                    // SB6: ATerm × Numeric.
                    if d == numeric { i = j; break }
                    // SB7: (Upper | Lower) ATerm × Upper. The base character before
                    // the ATerm (SB5: skipping Extend / Format) is never across a
                    // boundary: a letter is never the last base before one.
                    if d == upper {
                        var k = i - 1
                        while k >= 0 && cls(k) == extend { k -= 1 }
                        if k >= 0 {
                            let b = cls(k)
                            if b == upper || b == lower { i = j; break }
                        }
                    }
                }
                // SB9: Close*, SB10: Sp*.
                while d == close {
                    j = skipExtend(j + 1)
                    d = j < n ? cls(j) : other
                }
                while d == sp {
                    j = skipExtend(j + 1)
                    d = j < n ? cls(j) : other
                }
                if j == n { i = j; break }
                switch d {
                case unhandled:
                    return false
                case cr:
                    // SB11 after the paragraph separator.
                    j += 1
                    if j < n && u[j] == 0x0A { j += 1 }
                    pos.append(Int32(truncatingIfNeeded: j))
                    i = j
                    continue
                case lf, sep:
                    j += 1
                    pos.append(Int32(truncatingIfNeeded: j))
                    i = j
                    continue
                case sContinue, aTerm, sTerm:
                    // SB8a: no break; the next character is processed from here.
                    i = j
                    continue
                default:
                    break
                }
                if c == aTerm {
                    // SB8: look ahead over non-letters for a Lower.
                    var m = j
                    var lowerFollows = false
                    look: while m < n {
                        switch cls(m) {
                        case lower:
                            lowerFollows = true
                            break look
                        case unhandled:
                            return false
                        case oLetter, upper, sep, cr, lf, aTerm, sTerm:
                            break look
                        default:
                            m += 1
                        }
                    }
                    if lowerFollows { i = j; continue }
                }
                // SB11: break after the terminator, its closers and spaces.
                pos.append(Int32(truncatingIfNeeded: j))
                i = j
            }
        }
        if pos.last != Int32(truncatingIfNeeded: n) { pos.append(Int32(truncatingIfNeeded: n)) }
        return true
    }
}
