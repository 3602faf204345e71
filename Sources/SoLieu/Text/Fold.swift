import CICU

/// Case and tone folding for matching words, never for reporting them.
///
/// Vietnamese writes the tone mark on different vowels depending on the
/// style ("hoá" / "hóa", "thuỷ" / "thủy", "qúy" / "quý"). The fold key of a
/// syllable is its lowercase letters with the five tone marks removed, plus
/// the tone as a separate number, so every placement of the same tone gives
/// the same key. Vowel quality marks (â, ă, ê, ô, ơ, ư, đ) are kept.
public enum Fold {
    /// For each BMP code unit below `tableSize`: folded base letter.
    static let base: [UInt16] = table.0
    /// For each BMP code unit below `tableSize`: tone (0 none, 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng).
    static let tone: [UInt8] = table.1
    /// For each BMP code unit below `tableSize`: true when it is an uppercase letter.
    static let upper: [Bool] = (0..<0x2000).map { c in
        c < 0xD800 && sl_to_lower(UInt32(c)) != UInt32(c)
    }
    static let tableSize = 0x2000

    /// `base | tone << 16` per unit below `tableSize`, in memory that is never
    /// freed, so the hot loop reads it without reference counting.
    nonisolated(unsafe) static let packed: UnsafePointer<UInt32> = {
        let p = UnsafeMutablePointer<UInt32>.allocate(capacity: tableSize)
        for c in 0..<tableSize { p[c] = UInt32(base[c]) | UInt32(tone[c]) << 16 }
        return UnsafePointer(p)
    }()

    private static let table: ([UInt16], [UInt8]) = {
        var base = [UInt16](repeating: 0, count: tableSize)
        var tone = [UInt8](repeating: 0, count: tableSize)
        var buf = [UInt16](repeating: 0, count: 16)
        var out = [UInt16](repeating: 0, count: 16)
        for c in 0..<tableSize {
            if c >= 0xD800 { base[c] = UInt16(c); continue }
            var lower = sl_to_lower(UInt32(c))
            if lower == 0x00F0 { lower = 0x0111 } // Icelandic eth used for đ
            if lower == 0x0110 { lower = 0x0111 }
            if lower > 0xFFFF { base[c] = UInt16(c); continue }
            let n = Int(buf.withUnsafeMutableBufferPointer { sl_nfd_char(lower, $0.baseAddress, 16) })
            if n <= 1 { base[c] = UInt16(truncatingIfNeeded: lower); continue }
            var kept = [UInt16]()
            var t: UInt8 = 0
            for k in 0..<n {
                switch buf[k] {
                case 0x0301: t = 1
                case 0x0300: t = 2
                case 0x0309: t = 3
                case 0x0303: t = 4
                case 0x0323: t = 5
                default: kept.append(buf[k])
                }
            }
            var st: Int32 = 0
            let m = kept.withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { dst in sl_nfc(src.baseAddress, Int32(src.count), dst.baseAddress, 16, &st) }
            }
            base[c] = (m == 1 && st <= 0) ? out[0] : UInt16(truncatingIfNeeded: lower)
            tone[c] = t
        }
        return (base, tone)
    }()

    /// Combining tone marks (NFD leftovers that NFC could not compose).
    @inline(__always)
    static func combiningTone(_ u: UInt16) -> UInt8? {
        switch u {
        case 0x0301: return 1
        case 0x0300: return 2
        case 0x0309: return 3
        case 0x0303: return 4
        case 0x0323: return 5
        default: return nil
        }
    }

    /// Fold key of `units[a..<b]`: FNV-1a over folded letters, tone mixed in.
    /// - Complexity: O(b - a), table lookups only.
    @inline(__always)
    public static func key(_ units: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> UInt64 {
        key(units, a, b, tables: Fold.packed)
    }

    /// `key(units, a, b)` with `tables` = `Fold.packed` fetched by the caller
    /// (one global access per document instead of one per token).
    @inline(__always)
    static func key(_ units: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int, tables: UnsafePointer<UInt32>) -> UInt64 {
        var h = Hasher()
        for i in a..<b { h.add(units[i], tables) }
        return h.key
    }

    /// The fold key built one unit at a time (so a scan that reads the units
    /// for another reason can fold them in the same pass).
    struct Hasher {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        /// The last tone read, in bits 16-23 (where a `packed` entry holds it): a letter's tone
        /// is kept with one mask and a conditional move, without shifting it down.
        var toneBits: UInt32 = 0

        /// The bits of `packed` that hold the tone.
        @inline(__always) static var toneMask: UInt32 { 0x00FF_0000 }

        @inline(__always)
        mutating func add(_ u: UInt16, _ tables: UnsafePointer<UInt32>) {
            var f = u
            if Int(u) < tableSize {
                let e = tables[Int(u)]
                f = UInt16(truncatingIfNeeded: e)
                let tb = e & Hasher.toneMask
                if tb != 0 { toneBits = tb }
            } else if let ct = combiningTone(u) {
                toneBits = UInt32(ct) << 16
                return
            }
            h = (h ^ UInt64(f)) &* 0x100_0000_01b3
        }

        /// `add(u, tables)` for a unit below `tableSize` whose entry `tables[u]` the caller read
        /// (bits above 23 are ignored).
        @inline(__always)
        mutating func addPacked(_ e: UInt32) {
            let tb = e & Hasher.toneMask
            if tb != 0 { toneBits = tb }
            h = (h ^ UInt64(UInt16(truncatingIfNeeded: e))) &* 0x100_0000_01b3
        }

        @inline(__always) var key: UInt64 { (h ^ UInt64(toneBits >> 16)) &* 0x100_0000_01b3 }
    }

    public static func key(_ s: String) -> UInt64 {
        let u = Array(s.utf16)
        return u.withUnsafeBufferPointer { key($0, 0, $0.count) }
    }

    /// Folded string (lowercase, tone-free) plus tone digit; for display and tests.
    public static func folded(_ s: String) -> String {
        var out = [UInt16]()
        var t: UInt8 = 0
        for u in s.utf16 {
            if Int(u) < tableSize { out.append(base[Int(u)]); if tone[Int(u)] != 0 { t = tone[Int(u)] } }
            else if let ct = combiningTone(u) { t = ct }
            else { out.append(u) }
        }
        return String(decoding: out, as: UTF16.self) + (t == 0 ? "" : String(t))
    }
}
