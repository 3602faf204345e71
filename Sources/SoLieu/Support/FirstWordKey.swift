/// The fold key of the first word of `s`, as `s.split(separator: " ", maxSplits: 1).first.map { Fold.key(String($0)) }`,
/// read from the UTF-16 units without building the pieces.
///
/// Why: `split` walks the string by Character (grapheme breaking, ~3 K instructions a call on a record's
/// name) and `Fold.key(String(w))` copies the word into an array. A U+0020 unit is a Character of its own
/// when the units on both sides of it are ASCII, precomposed Latin letters (U+00C0-U+024F, U+1E00-U+1EFF:
/// Vietnamese words begin and end with them) or absent: none of these extends, joins or prepends to
/// another, so such a space splits where `split` does. At a space with another neighbour the standard
/// library's answer is taken.
func firstWordKey(_ s: String) -> UInt64? {
    var h = Fold.Hasher()
    let tables = Fold.packed
    var units = s.utf16.makeIterator()
    var previous: UInt16 = 0
    var inWord = false
    while let u = units.next() {
        if u == 0x20 {
            if !plainNeighbour(previous) { return firstWordKeySplitting(s) }
            if inWord {
                if let n = units.next(), !plainNeighbour(n) { return firstWordKeySplitting(s) }
                return h.key
            }
        } else {
            if previous == 0x20 && !plainNeighbour(u) { return firstWordKeySplitting(s) }
            inWord = true
            h.add(u, tables)
        }
        previous = u
    }
    return inWord ? h.key : nil
}

/// A unit beside a space that keeps the space a Character of its own: ASCII or a precomposed
/// Latin letter (Grapheme_Cluster_Break "Other").
@inline(__always) private func plainNeighbour(_ u: UInt16) -> Bool {
    u < 0x80 || (u >= 0xC0 && u <= 0x24F) || (u >= 0x1E00 && u <= 0x1EFF)
}

/// `firstWordKey(s)` by splitting the string (the definition).
private func firstWordKeySplitting(_ s: String) -> UInt64? {
    s.split(separator: " ", maxSplits: 1).first.map { Fold.key(String($0)) }
}
