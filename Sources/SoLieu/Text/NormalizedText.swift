import CICU

/// The text the extractors read: NFC, with zero-width characters removed,
/// no-break and other odd spaces made plain spaces, and the common HTML
/// entities decoded. Every unit remembers the range of the original text it
/// came from, so spans found here map back exactly.
///
/// Case and tone-mark placement are folded later, per token (see `Fold`),
/// never in this text.
public struct NormalizedText: Sendable {
    public let source: SourceText
    /// Normalized UTF-16 units.
    public let units: [UInt16]
    /// Original UTF-16 index where unit `i` starts (count + 1 entries) and
    /// where it ends; nil when nothing was cleaned or composed (most texts):
    /// then unit `i` is the source's unit `i`.
    let sourceMap: (start: [Int32], end: [Int32])?

    public init(_ source: SourceText) {
        self.source = source
        var (units, map) = NormalizedText.clean(source.utf16)
        // (Cleaning keeps plain text plain: it drops units or writes ASCII.)
        if !source.isPlainNFC { NormalizedText.composeNFC(&units, &map) }
        if map != nil { map!.start.append(Int32(source.utf16.count)) }
        self.units = units
        self.sourceMap = map
    }

    /// The original UTF-16 range of the normalized range `a..<b`.
    @inline(__always)
    func sourceRange(_ a: Int, _ b: Int) -> (start: Int, end: Int) {
        guard let map = sourceMap else { return (a, b) }
        let s = Int(map.start[a])
        return (s, b > a ? Int(map.end[b - 1]) : s)
    }

    /// Code point range in the original text of the normalized range `a..<b`.
    @inline(__always)
    public func originalRange(_ a: Int, _ b: Int) -> (start: Int, end: Int) {
        let (s, e) = sourceRange(a, b)
        return (source.codePoint(ofUTF16: s), source.codePoint(ofUTF16: e))
    }

    /// The original text (as given) behind the normalized range `a..<b`.
    public func originalString(_ a: Int, _ b: Int) -> String {
        let (s, e) = sourceRange(a, b)
        return source.string(utf16From: s, to: e)
    }

    /// The normalized text of `a..<b`.
    /// - Complexity: O(b - a). Transcodes to UTF-8 by hand: the standard
    ///   library's generic UTF-16 decoding was a visible share of record building.
    public func string(_ a: Int, _ b: Int) -> String {
        units.withUnsafeBufferPointer { NormalizedText.string($0, a, b) }
    }

    static func string(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> String {
        if b <= a { return "" }
        if b - a <= shortStringUnits { return shortString(u, a, b) }
        // The UTF-8 length, eight units at a time (one vector test for surrogates, two lane counts),
        // then unit by unit.
        var bytes = 0
        var start = a
        if let base = u.baseAddress {
            typealias V = SIMD8<UInt16>
            while start + 8 <= b {
                let v = UnsafeRawPointer(base + start).loadUnaligned(as: V.self)
                if any((v & V(repeating: 0xF800)) .== V(repeating: 0xD800)) { break }
                let wide = V(repeating: 0).replacing(with: 1, where: v .>= V(repeating: 0x80))
                    &+ V(repeating: 0).replacing(with: 1, where: v .>= V(repeating: 0x800))
                bytes += 8 + Int(wide.wrappedSum())
                start += 8
            }
        }
        for i in start..<b {
            let c = u[i]
            if c & 0xF800 == 0xD800 {
                // Surrogates (pairs and lone ones, which become U+FFFD): the standard path.
                return String(decoding: UnsafeBufferPointer(rebasing: u[a..<b]), as: UTF16.self)
            }
            bytes += c < 0x80 ? 1 : (c < 0x800 ? 2 : 3)
        }
        return String(unsafeUninitializedCapacity: bytes) { out in
            var n = 0
            for i in a..<b { putUTF8(u[i], out, &n) }
            return n
        }
    }

    /// Writes the UTF-8 of a BMP unit at `out[n]` and advances `n`; false (nothing written) for a
    /// surrogate, which needs the standard path.
    @discardableResult @inline(__always)
    static func putUTF8(_ c: UInt16, _ out: UnsafeMutableBufferPointer<UInt8>, _ n: inout Int) -> Bool {
        if c < 0x80 {
            out[n] = UInt8(truncatingIfNeeded: c); n += 1
        } else if c < 0x800 {
            out[n] = UInt8(truncatingIfNeeded: 0xC0 | (c >> 6))
            out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | (c & 0x3F)); n += 2
        } else if c & 0xF800 != 0xD800 {
            out[n] = UInt8(truncatingIfNeeded: 0xE0 | (c >> 12))
            out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((c >> 6) & 0x3F))
            out[n + 2] = UInt8(truncatingIfNeeded: 0x80 | (c & 0x3F)); n += 3
        } else {
            return false
        }
        return true
    }

    /// The longest range (in UTF-16 units) `shortString` transcodes on the stack.
    @inline(__always) static var shortStringUnits: Int { 64 }

    /// `string(u, a, b)` for at most `shortStringUnits` units: transcoded into a stack buffer
    /// in one pass (at most three bytes a unit), then handed to `String(decoding:as:)`.
    /// (`String(unsafeUninitializedCapacity:)` needs the exact length first, a second pass, and
    /// builds a small string twice when it is not ASCII; most texts asked for are short.)
    static func shortString(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 3 * shortStringUnits) { out -> String in
            var n = 0
            for i in a..<b where !putUTF8(u[i], out, &n) {
                // Surrogates (pairs and lone ones, which become U+FFFD): the standard path.
                return String(decoding: UnsafeBufferPointer(rebasing: u[a..<b]), as: UTF16.self)
            }
            return String(decoding: UnsafeBufferPointer(rebasing: out[..<n]), as: UTF8.self)
        }
    }

    // MARK: Cleaning

    static let entities: [(name: [UInt16], value: UInt16)] = [
        ("&nbsp;", 0x20), ("&amp;", 0x26), ("&quot;", 0x22), ("&#39;", 0x27), ("&apos;", 0x27),
        ("&lt;", 0x3C), ("&gt;", 0x3E), ("&#160;", 0x20),
    ].map { (Array($0.0.utf16), $0.1) }

    /// True for the units `clean` changes or that need a two-unit mapping.
    @inline(__always)
    static func needsCleaning(_ u: UInt16) -> Bool {
        switch u {
        case 0x26, 0x00A0, 0x00AD: return true
        case 0x2002...0x200D, 0x202F, 0x2060, 0x3000, 0xFEFF, 0xD800...0xDFFF: return true
        default: return false
        }
    }

    /// True when some unit of `src` is one `needsCleaning` accepts.
    /// - Complexity: O(n), four units per 64-bit word; only a word that holds
    ///   a candidate ("&", U+00A0, U+00AD or anything from U+2000 on, such as
    ///   curly quotes) is looked at unit by unit.
    static func anyNeedsCleaning(_ src: UnsafeBufferPointer<UInt16>) -> Bool {
        firstNeedingCleaning(src, from: 0) < src.count
    }

    /// The index of the first unit from `start` on that `needsCleaning` accepts, or `src.count`
    /// (the scan of `anyNeedsCleaning`).
    static func firstNeedingCleaning(_ src: UnsafeBufferPointer<UInt16>, from start: Int) -> Int {
        let n = src.count
        guard let base = src.baseAddress else { return n }
        var i = start
        // Eight units per vector test first (constants as vectors: with scalar operands the
        // comparisons compiled to loops over the lanes).
        typealias V = SIMD8<UInt16>
        // (U+00A0 and U+00AD in one comparison: `v | 0x0D == 0xAD` holds for them and for six more
        // Latin-1 signs, "¡¤¥¨©¬", rare in news text, which the unit-by-unit test then passes over.)
        let amp = V(repeating: 0x26), low = V(repeating: 0x0D), nbspOrShy = V(repeating: 0xAD), high = V(repeating: 0x1FFF)
        // (Sixteen units per step, as two vectors whose tests are merged before the one branch: most
        // text has nothing to clean, and the step's loop control and mask test were half its cost.
        // Wrapping arithmetic: `i + 16 <= n` cannot overflow.)
        while i &+ 16 <= n {
            let v = UnsafeRawPointer(base + i).loadUnaligned(as: V.self)
            let w = UnsafeRawPointer(base + (i &+ 8)).loadUnaligned(as: V.self)
            if any((v .== amp) .| ((v | low) .== nbspOrShy) .| (v .> high) .| (w .== amp) .| ((w | low) .== nbspOrShy) .| (w .> high)) {
                for k in i..<(i &+ 16) where needsCleaning(base[k]) { return k }
            }
            i &+= 16
        }
        while i + 8 <= n {
            let v = UnsafeRawPointer(base + i).loadUnaligned(as: V.self)
            if any((v .== amp) .| ((v | low) .== nbspOrShy) .| (v .> high)) {
                for k in i..<(i + 8) where needsCleaning(base[k]) { return k }
            }
            i += 8
        }
        while i + 4 <= n {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let candidates = w & 0xE000_E000_E000_E000 | SWAR.zeroLanes16(w ^ 0x0026_0026_0026_0026)
                | SWAR.zeroLanes16(w ^ 0x00A0_00A0_00A0_00A0) | SWAR.zeroLanes16(w ^ 0x00AD_00AD_00AD_00AD)
            if candidates != 0 {
                for k in i..<(i + 4) where needsCleaning(base[k]) { return k }
            }
            i += 4
        }
        while i < n { if needsCleaning(base[i]) { return i }; i += 1 }
        return n
    }

    /// The cleaned units and their source map (start and end of each unit's
    /// source range), or nil for the map when nothing changed.
    /// - Complexity: O(n). Text without odd characters (the usual case) is
    ///   returned as it is, without a map.
    static func clean(_ src: [UInt16]) -> ([UInt16], (start: [Int32], end: [Int32])?) {
        let firstDirty = src.withUnsafeBufferPointer { firstNeedingCleaning($0, from: 0) }
        if firstDirty >= src.count { return (src, nil) }
        // The three arrays are written through pointers into storage for one entry per source
        // unit, the most there can be (`append` checked capacity and uniqueness three times a unit).
        let n = src.count
        var count = 0
        var starts = [Int32](), ends = [Int32]()
        let units = [UInt16](unsafeUninitializedCapacity: n) { ub, uc in
            starts = [Int32](unsafeUninitializedCapacity: n + 1) { sb, sc in
                ends = [Int32](unsafeUninitializedCapacity: n) { eb, ec in
                    count = src.withUnsafeBufferPointer { clean($0, ub.baseAddress!, sb.baseAddress!, eb.baseAddress!, firstDirty: firstDirty) }
                    ec = count
                }
                sc = count
            }
            uc = count
        }
        return (units, (starts, ends))
    }

    /// The loop of `clean(_:)`: writes the cleaned units and their source ranges, returns their count.
    /// `firstDirty`: `firstNeedingCleaning(src, from: 0)`, already found.
    private static func clean(_ src: UnsafeBufferPointer<UInt16>, _ units: UnsafeMutablePointer<UInt16>,
                              _ starts: UnsafeMutablePointer<Int32>, _ ends: UnsafeMutablePointer<Int32>, firstDirty: Int) -> Int {
        var o = 0
        @inline(__always) func put(_ u: UInt16, _ s: Int, _ e: Int) {
            units[o] = u; starts[o] = Int32(truncatingIfNeeded: s); ends[o] = Int32(truncatingIfNeeded: e)
            o += 1
        }
        let entities = NormalizedText.entities
        var i = 0
        let n = src.count
        while i < n {
            // A run of units kept as they are (most of a text) is found by the vector scan and
            // copied in bulk: put unit by unit, it was a loop of three stores and a test per unit.
            let j = i == 0 ? firstDirty : firstNeedingCleaning(src, from: i)
            if j > i, let base = src.baseAddress {
                (units + o).initialize(from: base + i, count: j - i)
                // (Wrapping arithmetic: with overflow checks the loop was not vectorized.)
                let s = starts + o, e = ends + o, first = Int32(truncatingIfNeeded: i)
                for k in 0..<(j - i) {
                    let v = first &+ Int32(truncatingIfNeeded: k)
                    s[k] = v
                    e[k] = v &+ 1
                }
                o += j - i
                i = j
                if i >= n { break }
            }
            let u = src[i]
            // (Most units: kept as they are. The cases below are all `needsCleaning` units.)
            if !needsCleaning(u) { put(u, i, i + 1); i += 1; continue }
            switch u {
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
                i += 1
                continue
            case 0x00A0, 0x2007, 0x202F, 0x2009, 0x200A, 0x3000, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008:
                put(0x20, i, i + 1)
                i += 1
                continue
            case 0x26: // '&': a few HTML entities left by scrapers
                var matched = false
                for entity in entities where i + entity.name.count <= n {
                    var equal = true
                    for k in 0..<entity.name.count where src[i + k] != entity.name[k] { equal = false; break }
                    if equal {
                        put(entity.value, i, i + entity.name.count)
                        i += entity.name.count
                        matched = true
                        break
                    }
                }
                if matched { continue }
            default:
                break
            }
            if u & 0xFC00 == 0xD800, i + 1 < n, src[i + 1] & 0xFC00 == 0xDC00 {
                put(u, i, i + 2)
                put(src[i + 1], i, i + 2)
                i += 2
                continue
            }
            put(u, i, i + 1)
            i += 1
        }
        return o
    }

    // MARK: NFC

    @inline(__always)
    static func codePoint(_ u: [UInt16], _ i: Int) -> UInt32 {
        let a = u[i]
        if a & 0xFC00 == 0xD800, i + 1 < u.count, u[i + 1] & 0xFC00 == 0xDC00 {
            return 0x10000 + ((UInt32(a) - 0xD800) << 10) + (UInt32(u[i + 1]) - 0xDC00)
        }
        return UInt32(a)
    }

    /// True for a unit of the blocks whose characters all pass NFC's quick check
    /// with combining class 0 (U+0000–U+02FF, U+1E00–U+1EFF, U+2002–U+206F;
    /// checked against ICU by `TextLayerTests`): text made of them is NFC.
    /// Vietnamese text usually is; `SourceText` notes it while decoding.
    @inline(__always)
    static func isPlainNFC(_ u: UInt16) -> Bool {
        u < 0x300 || u &- 0x1E00 < 0x100 || u &- 0x2002 < 0x6E
    }

    /// NFC in place. Text that passes ICU's quick check is left alone; each
    /// remaining chunk between normalization boundaries is composed on its
    /// own and all its output units map to the chunk's whole source range
    /// (`map`, made when the text changes and it is nil).
    /// - Complexity: O(n); ~5 GB/s on NFC text.
    static func composeNFC(_ units: inout [UInt16], _ map: inout (start: [Int32], end: [Int32])?) {
        var status: Int32 = 0
        let total = units.count
        var span = Int(units.withUnsafeBufferPointer { sl_nfc_span($0.baseAddress, Int32(total), &status) })
        if status > 0 || span >= total { return }
        let starts = map?.start ?? (0..<total).map { Int32($0) }
        let ends = map?.end ?? (0..<total).map { Int32($0 + 1) }
        var outU = [UInt16](); outU.reserveCapacity(total)
        var outS = [Int32](); outS.reserveCapacity(total + 1)
        var outE = [Int32](); outE.reserveCapacity(total)
        var pos = 0
        var buffer = [UInt16](repeating: 0, count: 64)
        while pos < total {
            if span >= total {
                outU.append(contentsOf: units[pos..<total])
                outS.append(contentsOf: starts[pos..<total])
                outE.append(contentsOf: ends[pos..<total])
                break
            }
            // Back up to a boundary so the chunk holds its base character.
            var chunkStart = span
            while chunkStart > pos, sl_nfc_boundary_before(codePoint(units, chunkStart)) == 0 { chunkStart -= 1 }
            if chunkStart > pos {
                outU.append(contentsOf: units[pos..<chunkStart])
                outS.append(contentsOf: starts[pos..<chunkStart])
                outE.append(contentsOf: ends[pos..<chunkStart])
            }
            if chunkStart >= total { pos = total; break }
            // The chunk runs to the next boundary.
            var chunkEnd = chunkStart + (units[chunkStart] & 0xFC00 == 0xD800 && chunkStart + 1 < total ? 2 : 1)
            while chunkEnd < total, sl_nfc_boundary_before(codePoint(units, chunkEnd)) == 0 { chunkEnd += 1 }
            let len = chunkEnd - chunkStart
            if buffer.count < len * 4 + 8 { buffer = [UInt16](repeating: 0, count: len * 4 + 8) }
            var st: Int32 = 0
            let cap = Int32(buffer.count)
            let outLen = units.withUnsafeBufferPointer { src in
                buffer.withUnsafeMutableBufferPointer { dst in
                    sl_nfc(src.baseAddress! + chunkStart, Int32(len), dst.baseAddress, cap, &st)
                }
            }
            if st > 0 || outLen <= 0 {
                outU.append(contentsOf: units[chunkStart..<chunkEnd])
                outS.append(contentsOf: starts[chunkStart..<chunkEnd])
                outE.append(contentsOf: ends[chunkStart..<chunkEnd])
            } else {
                let s = starts[chunkStart], e = ends[chunkEnd - 1]
                for k in 0..<Int(outLen) {
                    outU.append(buffer[k]); outS.append(s); outE.append(e)
                }
            }
            pos = chunkEnd
            if pos < total {
                let rest = units.withUnsafeBufferPointer { sl_nfc_span($0.baseAddress! + pos, Int32(total - pos), &status) }
                span = pos + Int(rest)
            }
        }
        units = outU; map = (outS, outE)
    }
}
