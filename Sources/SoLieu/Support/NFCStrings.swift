/// String tests for the NFC text records compare (the normalized text, its slices and the lexicon
/// fields are NFC), with the UTF-8 bytes compared first.
///
/// Why: `hasSuffix`, `hasPrefix` and `contains` on non-ASCII strings compare Characters (grapheme
/// breaking and canonical equivalence, ~7 K instructions a `hasSuffix` on a company name, ~13 K a
/// `contains`). Between NFC strings, Characters that are equal have equal bytes, so where the bytes
/// do not match the answer is false; where they do, the standard library's answer is taken (a
/// byte match may still split a Character).
extension String {
    /// `hasSuffix(suffix)` (see above).
    func hasSuffixNFC(_ suffix: String) -> Bool {
        let n = suffix.utf8.count
        guard utf8.count >= n, utf8.suffix(n).elementsEqual(suffix.utf8) else { return false }
        return hasSuffix(suffix)
    }

    /// Whether the UTF-8 of `other` occurs in this string's: false means that `contains(other)`
    /// is false too (see above).
    func utf8MayContain(_ other: String) -> Bool {
        var a = self, b = other
        return a.withUTF8 { s in
            b.withUTF8 { t in
                guard t.count <= s.count else { return false }
                guard !t.isEmpty else { return true }
                return firstByteMatch(of: t, in: s, from: 0) != nil
            }
        }
    }
}

/// Byte tests on a string's UTF-8, over its contiguous storage: `utf8.starts(with:)`,
/// `utf8.elementsEqual(_:)` and `utf8.contains(_:)` went through the generic sequence algorithms
/// (an iterator step per byte, ~65-270 instructions a call). (A string without contiguous UTF-8,
/// bridged from another representation, is read through the generic algorithms still.)
extension String {
    /// `utf8.starts(with: prefix)`.
    @inline(__always)
    func utf8Starts(with prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.count >= prefix.count else { return false }
            var i = 0
            while i < prefix.count {
                if bytes[i] != prefix[i] { return false }
                i += 1
            }
            return true
        } ?? utf8.starts(with: prefix)
    }

    /// `utf8.starts(with: prefix)`.
    @inline(__always)
    func utf8Starts(with prefix: [UInt8]) -> Bool {
        prefix.withUnsafeBufferPointer { utf8Starts(with: $0) }
    }

    /// `utf8.elementsEqual(other)`.
    @inline(__always)
    func utf8Equals(_ other: UnsafeBufferPointer<UInt8>) -> Bool {
        utf8.count == other.count && utf8Starts(with: other)
    }

    /// `utf8.contains(byte)`.
    @inline(__always)
    func utf8Contains(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }
}

/// Byte searches that answer as Foundation's `range(of:)` and `components(separatedBy:)` on NFC strings.
///
/// Why: those calls go through Foundation's generic string search (~12-21 K instructions a call on a
/// record's name). Between NFC strings a match has the needle's bytes; a byte match is a match of
/// Characters when it starts with a space whose neighbour before is plain and ends before a plain
/// scalar (ASCII or a precomposed Latin letter, U+00C0-U+024F, U+1E00-U+1EFF: none of these extends,
/// joins or prepends to another) or at the end. A match beside another scalar gives nil, and the
/// caller asks Foundation.
extension String {
    /// The UTF-8 offsets of the non-overlapping matches of `needle` (which starts with a space), left
    /// to right; nil when a match has a neighbour that is not plain (see above).
    func nfcMatches(of needle: String) -> [Range<Int>]? {
        var a = self, b = needle
        return a.withUTF8 { s in
            b.withUTF8 { t -> [Range<Int>]? in
                var found = [Range<Int>]()
                guard !t.isEmpty, t.count <= s.count else { return found }
                var from = 0
                while let i = firstByteMatch(of: t, in: s, from: from) {
                    let j = t.count
                    guard i == 0 || plainScalar(endingAt: i, in: s), i + j == s.count || plainScalar(startingAt: i + j, in: s) else { return nil }
                    found.append(i..<(i + j))
                    from = i + j
                }
                return found
            }
        }
    }

    /// The string of UTF-8 bytes `r` (offsets at scalar boundaries).
    func utf8Slice(_ r: Range<Int>) -> String {
        var a = self
        return a.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[r]), as: UTF8.self) }
    }
}

/// The first offset at or after `from` where the bytes `t` (not empty) occur in `s`; nil when none.
@inline(__always)
private func firstByteMatch(of t: UnsafeBufferPointer<UInt8>, in s: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
    let first = t[0]
    var i = from
    let last = s.count - t.count
    while i <= last {
        if s[i] == first {
            var j = 1
            while j < t.count && s[i + j] == t[j] { j += 1 }
            if j == t.count { return i }
        }
        i += 1
    }
    return nil
}

/// Whether a scalar that keeps a space beside it a Character of its own (see above) starts at `i`.
private func plainScalar(startingAt i: Int, in s: UnsafeBufferPointer<UInt8>) -> Bool {
    let b = s[i]
    if b < 0x80 { return true }
    var v: UInt32
    var n: Int
    if b >= 0xF0 { v = UInt32(b & 0x07); n = 3 } else if b >= 0xE0 { v = UInt32(b & 0x0F); n = 2 } else { v = UInt32(b & 0x1F); n = 1 }
    guard i + n < s.count else { return false }
    for k in 1...n { v = v << 6 | UInt32(s[i + k] & 0x3F) }
    return (v >= 0xC0 && v <= 0x24F) || (v >= 0x1E00 && v <= 0x1EFF)
}

/// Whether the scalar that ends before `i` is plain (see above).
private func plainScalar(endingAt i: Int, in s: UnsafeBufferPointer<UInt8>) -> Bool {
    var k = i - 1
    while k > 0 && s[k] & 0xC0 == 0x80 { k -= 1 }
    return plainScalar(startingAt: k, in: s)
}
