import CICU
import Foundation

/// Errors of the text layer. Each names the input and the position.
public enum TextError: Error, CustomStringConvertible, Equatable {
    /// The bytes are not UTF-8; `byteOffset` is the first invalid byte.
    case invalidUTF8(source: String, byteOffset: Int)
    /// The input looks binary (NUL bytes).
    case binary(source: String, byteOffset: Int)
    /// The text is longer than the offset type can address.
    case tooLarge(source: String, bytes: Int)

    public var description: String {
        switch self {
        case let .invalidUTF8(source, offset):
            return "\(source): invalid UTF-8 at byte \(offset) (use --lossy to replace invalid bytes with U+FFFD)"
        case let .binary(source, offset):
            return "\(source): binary data (NUL byte at byte \(offset)), not text"
        case let .tooLarge(source, bytes):
            return "\(source): \(bytes) bytes is more than one document can hold (2 GiB of UTF-16)"
        }
    }
}

/// The input text exactly as given (after an optional UTF-8 BOM, which is
/// not part of the text), held as UTF-16 with a way to report Unicode code
/// point offsets.
///
/// Offsets reported to users are code point offsets into this text, so that
/// Python's `text[start:end]` gives back the mention's text.
public struct SourceText: Sendable {
    /// UTF-16 code units of the original text.
    public let utf16: [UInt16]
    /// Code point offset of each UTF-16 index (count + 1 entries), or nil
    /// when the text has no surrogate pairs and the two offsets are equal.
    let codePointOfUTF16: [Int32]?
    /// Number of code points.
    public let codePointCount: Int
    /// Every unit is `NormalizedText.isPlainNFC` (then the text is NFC); false
    /// when not known.
    let isPlainNFC: Bool

    public init(_ string: String) {
        self.init(utf16: Array(string.utf16))
    }

    public init(utf16: [UInt16]) {
        self.init(utf16: utf16, isPlainNFC: false)
    }

    /// `isPlainNFC`: known to hold (then there are no surrogates to look for).
    init(utf16: [UInt16], isPlainNFC: Bool) {
        self.utf16 = utf16
        self.isPlainNFC = isPlainNFC
        let hasSurrogates = !isPlainNFC && utf16.withUnsafeBufferPointer(SourceText.hasSurrogates)
        if hasSurrogates {
            var map = [Int32](repeating: 0, count: utf16.count + 1)
            var cp: Int32 = 0
            var i = 0
            while i < utf16.count {
                map[i] = cp
                if utf16[i] & 0xFC00 == 0xD800, i + 1 < utf16.count, utf16[i + 1] & 0xFC00 == 0xDC00 {
                    map[i + 1] = cp
                    i += 2
                } else {
                    i += 1
                }
                cp += 1
            }
            map[utf16.count] = cp
            codePointOfUTF16 = map
            codePointCount = Int(cp)
        } else {
            codePointOfUTF16 = nil
            codePointCount = utf16.count
        }
    }

    /// True when `u` holds a surrogate unit (paired or not).
    /// - Complexity: O(n), four units per 64-bit word.
    static func hasSurrogates(_ u: UnsafeBufferPointer<UInt16>) -> Bool {
        let n = u.count
        guard let base = u.baseAddress else { return false }
        var i = 0
        while i + 4 <= n {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            if SWAR.zeroLanes16((w & 0xF800_F800_F800_F800) ^ 0xD800_D800_D800_D800) != 0 { return true }
            i += 4
        }
        while i < n { if base[i] & 0xF800 == 0xD800 { return true }; i += 1 }
        return false
    }

    /// Decodes UTF-8 bytes. A leading BOM is dropped. Invalid UTF-8 is an
    /// error naming the first bad byte unless `lossy` (then U+FFFD).
    public init(utf8 bytes: UnsafeRawBufferPointer, source: String, lossy: Bool = false) throws {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let count = bytes.count - start
        guard count < Int(Int32.max) / 2 else { throw TextError.tooLarge(source: source, bytes: bytes.count) }
        if count == 0 {
            self.init(utf16: [])
            return
        }
        // Well-formed UTF-8 (the usual case) is decoded here in one pass that
        // also validates it; anything else goes to the checks and ICU below.
        var valid = true
        var plain = false
        let decoded = [UInt16](unsafeUninitializedCapacity: count) { buf, n in
            let src = bytes.baseAddress!.advanced(by: start).assumingMemoryBound(to: UInt8.self)
            if let m = SourceText.decodeUTF8(src, count, buf.baseAddress!, isPlainNFC: &plain) { n = m } else { n = 0; valid = false }
        }
        if valid {
            if let nul = SourceText.firstNUL(bytes, from: start) {
                throw TextError.binary(source: source, byteOffset: nul)
            }
            self.init(utf16: decoded, isPlainNFC: plain)
            return
        }
        if !lossy, let bad = SourceText.firstInvalidUTF8(bytes, from: start) {
            throw TextError.invalidUTF8(source: source, byteOffset: bad)
        }
        if let nul = SourceText.firstNUL(bytes, from: start) {
            throw TextError.binary(source: source, byteOffset: nul)
        }
        var units = [UInt16](repeating: 0, count: count)
        var status: Int32 = 0
        var subs: Int32 = 0
        let n = units.withUnsafeMutableBufferPointer { dst in
            sl_utf8_to_utf16(bytes.baseAddress!.advanced(by: start).assumingMemoryBound(to: CChar.self),
                             Int32(count), dst.baseAddress, Int32(count), lossy ? 0xFFFD : -1, &subs, &status)
        }
        if status > 0 {
            throw TextError.invalidUTF8(source: source, byteOffset: start)
        }
        units.removeSubrange(Int(n)...)
        self.init(utf16: units)
    }

    public init(utf8 data: Data, source: String, lossy: Bool = false) throws {
        self = try data.withUnsafeBytes { try SourceText(utf8: $0, source: source, lossy: lossy) }
    }

    /// Code point offset of a UTF-16 index.
    @inline(__always)
    public func codePoint(ofUTF16 i: Int) -> Int {
        if let map = codePointOfUTF16 { return Int(map[i]) }
        return i
    }

    /// UTF-16 index of a code point offset. - Complexity: O(log n) with surrogates, O(1) without.
    public func utf16Index(ofCodePoint cp: Int) -> Int {
        guard let map = codePointOfUTF16 else { return cp }
        var lo = 0, hi = utf16.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(map[mid]) < cp { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The original text between two UTF-16 indices.
    public func string(utf16From a: Int, to b: Int) -> String {
        utf16.withUnsafeBufferPointer { NormalizedText.string($0, a, b) }
    }

    public var string: String { String(decoding: utf16, as: UTF16.self) }

    static func firstNUL(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, bytes.count > start else { return nil }
        if let p = memchr(base + start, 0, bytes.count - start) {
            return base.distance(to: UnsafeRawPointer(p))
        }
        return nil
    }

    /// Decodes `n` bytes of UTF-8 into `dst` (room for `n` units) and returns
    /// the number of UTF-16 units, or nil at the first ill-formed sequence
    /// (the sequences `firstInvalidUTF8` rejects: bad lead or continuation
    /// bytes, truncation, overlongs, surrogates, beyond U+10FFFF).
    /// `isPlainNFC`: whether every unit is `NormalizedText.isPlainNFC`.
    /// - Complexity: O(n); eight ASCII bytes at a time.
    /// Widens the eight bytes at `src` to eight units at `dst` (one vector store) and returns the
    /// length of their leading ASCII run (8 when all are ASCII); the units past the run are
    /// overwritten by the caller.
    @inline(__always) static func widenASCIIRun(_ src: UnsafePointer<UInt8>, _ dst: UnsafeMutablePointer<UInt16>) -> Int {
        widenASCIIRunAndBytes(src, dst).run
    }

    /// `widenASCIIRun`, with the eight bytes read as a little-endian word (byte k of `src` is
    /// `bytes >> (8 * k)`): the byte after the run is taken from it instead of being loaded again.
    @inline(__always) static func widenASCIIRunAndBytes(_ src: UnsafePointer<UInt8>, _ dst: UnsafeMutablePointer<UInt16>) -> (run: Int, bytes: UInt64) {
        let w = UInt64(littleEndian: UnsafeRawPointer(src).loadUnaligned(as: UInt64.self))
        let bytes = UnsafeRawPointer(src).loadUnaligned(as: SIMD8<UInt8>.self)
        UnsafeMutableRawPointer(dst).storeBytes(of: SIMD8<UInt16>(truncatingIfNeeded: bytes), as: SIMD8<UInt16>.self)
        let high = w & 0x8080_8080_8080_8080
        return (high == 0 ? 8 : high.trailingZeroBitCount >> 3, w)
    }

    static func decodeUTF8(_ src: UnsafePointer<UInt8>, _ n: Int, _ dst: UnsafeMutablePointer<UInt16>,
                           isPlainNFC: inout Bool) -> Int? {
        var i = 0, o = 0
        var other = false
        defer { isPlainNFC = !other }
        while i < n {
            // Fast step, away from the end: an ASCII run (possibly empty) widened eight bytes at
            // once, then one two- or three-byte character decoded without a branch on its length.
            // Vietnamese text alternates short ASCII runs and accented letters, so the old
            // per-character branches (ASCII or not, two bytes or three) were mispredicted at
            // almost every letter. Anything else (four bytes, ill-formed) is left to the step below.
            // (`o <= i`, so the eight-unit store stays inside `dst`; `i + 16 <= n` covers the run
            // and the three bytes after it.)
            if i + 16 <= n {
                let (run, w) = widenASCIIRunAndBytes(src + i, dst + o)
                i += run; o += run
                if run == 8 { continue }
                // (The lead byte from the word already read: the next step's position depends on
                // it, and a second load lengthened that chain.)
                let b0 = UInt32(truncatingIfNeeded: w >> UInt64(run << 3)) & 0xFF
                let b1 = UInt32(src[i + 1]), b2 = UInt32(src[i + 2])
                // All ones for a three-byte lead (E0–EF), zero for a two-byte one (C2–DF); the value
                // and the checks are selected with it arithmetically (written with `?:` or `&&`,
                // the compiler branched on the length again).
                let three = 0 &- ((b0 >> 5) & 1)
                let cp2 = (b0 & 0x1F) << 6 | (b1 & 0x3F)
                let cp3 = (b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F)
                let cp = (cp3 & three) | (cp2 & ~three)
                // The checks of the cases below, as bits that must all be zero: a lead in C2–EF,
                // continuation bytes, no overlong three-byte form, no surrogate.
                var bad = (b0 &- 0xC2 > 0xEF - 0xC2 ? 1 : 0) | ((b1 & 0xC0) ^ 0x80)
                bad |= (((b2 & 0xC0) ^ 0x80) | (cp3 < 0x800 ? 1 : 0) | (cp3 & 0xF800 == 0xD800 ? 1 : 0)) & three
                if bad == 0 {
                    let unit = UInt16(truncatingIfNeeded: cp)
                    other = other || !NormalizedText.isPlainNFC(unit)
                    dst[o] = unit
                    i += 2 &+ Int(three & 1); o += 1
                    continue
                }
            }
            let b0 = src[i]
            if b0 < 0x80 {
                // An ASCII run: eight bytes are widened at once and the run's
                // length inside them (up to the first non-ASCII byte) is kept.
                // Vietnamese words are short ASCII runs between accented letters,
                // so this takes one load per run. (`o <= i`, so `o + 8 <= n`.)
                if i + 8 <= n {
                    let run = widenASCIIRun(src + i, dst + o)
                    i += run; o += run
                } else {
                    dst[o] = UInt16(b0); i += 1; o += 1
                }
                continue
            }
            switch b0 {
            case 0xC2...0xDF:
                guard i + 1 < n else { return nil }
                let b1 = src[i + 1]
                guard b1 & 0xC0 == 0x80 else { return nil }
                let cp = UInt16(b0 & 0x1F) << 6 | UInt16(b1 & 0x3F)
                other = other || !NormalizedText.isPlainNFC(cp)
                dst[o] = cp
                i += 2; o += 1
            case 0xE0...0xEF:
                guard i + 2 < n else { return nil }
                let b1 = src[i + 1], b2 = src[i + 2]
                guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return nil }
                let cp = UInt16(b0 & 0x0F) << 12 | UInt16(b1 & 0x3F) << 6 | UInt16(b2 & 0x3F)
                guard cp >= 0x800, cp & 0xF800 != 0xD800 else { return nil }
                other = other || !NormalizedText.isPlainNFC(cp)
                dst[o] = cp
                i += 3; o += 1
            case 0xF0...0xF4:
                guard i + 3 < n else { return nil }
                let b1 = src[i + 1], b2 = src[i + 2], b3 = src[i + 3]
                guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80 else { return nil }
                let cp = UInt32(b0 & 0x07) << 18 | UInt32(b1 & 0x3F) << 12 | UInt32(b2 & 0x3F) << 6 | UInt32(b3 & 0x3F)
                guard cp >= 0x10000, cp <= 0x10FFFF else { return nil }
                let v = cp - 0x10000
                other = true
                dst[o] = UInt16(truncatingIfNeeded: 0xD800 + (v >> 10))
                dst[o + 1] = UInt16(truncatingIfNeeded: 0xDC00 + (v & 0x3FF))
                i += 4; o += 2
            default:
                return nil
            }
        }
        return o
    }

    /// First byte offset that does not start or continue a valid UTF-8 sequence.
    /// - Complexity: O(n), ASCII runs 8 bytes at a time.
    static func firstInvalidUTF8(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        let n = bytes.count
        var i = start
        while i < n {
            // Fast path over ASCII words.
            while i + 8 <= n, bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            if i >= n { break }
            let b0 = bytes[i]
            if b0 < 0x80 { i += 1; continue }
            var need = 0
            var minCP: UInt32 = 0
            var cp: UInt32 = 0
            switch b0 {
            case 0xC2...0xDF: need = 1; cp = UInt32(b0 & 0x1F); minCP = 0x80
            case 0xE0...0xEF: need = 2; cp = UInt32(b0 & 0x0F); minCP = 0x800
            case 0xF0...0xF4: need = 3; cp = UInt32(b0 & 0x07); minCP = 0x10000
            default: return i
            }
            if i + need >= n { return i }
            for k in 1...need {
                let b = bytes[i + k]
                if b & 0xC0 != 0x80 { return i }
                cp = (cp << 6) | UInt32(b & 0x3F)
            }
            if cp < minCP || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) { return i }
            i += need + 1
        }
        return nil
    }
}

/// Tests on four UTF-16 units packed in a 64-bit word.
enum SWAR {
    /// Nonzero exactly when some 16-bit lane of `w` is zero (the classic
    /// "has zero" test; the value marks lanes, not necessarily only the zero ones).
    @inline(__always) static func zeroLanes16(_ w: UInt64) -> UInt64 {
        (w &- 0x0001_0001_0001_0001) & ~w & 0x8000_8000_8000_8000
    }
}
