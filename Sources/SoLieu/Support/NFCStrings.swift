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
                guard let first = t.first else { return true }
                var i = 0
                let last = s.count - t.count
                while i <= last {
                    if s[i] == first {
                        var j = 1
                        while j < t.count && s[i + j] == t[j] { j += 1 }
                        if j == t.count { return true }
                    }
                    i += 1
                }
                return false
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
