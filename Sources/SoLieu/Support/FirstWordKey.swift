/// The fold key of the first word of `s`, as `s.split(separator: " ", maxSplits: 1).first.map { Fold.key(String($0)) }`,
/// read from the UTF-16 units without building the pieces.
///
/// Why: `split` walks the string by Character (grapheme breaking, ~3 K instructions a call on a record's
/// name) and `Fold.key(String(w))` copies the word into an array. A U+0020 unit is a Character of its own
/// when the units on both sides of it are ASCII or absent (no ASCII scalar extends, joins or prepends to
/// another), so such a space splits where `split` does; at a space with a non-ASCII neighbour the standard
/// library's answer is taken.
func firstWordKey(_ s: String) -> UInt64? {
    var h = Fold.Hasher()
    let tables = Fold.packed
    var units = s.utf16.makeIterator()
    var previous: UInt16 = 0
    var inWord = false
    while let u = units.next() {
        if u == 0x20 {
            if previous >= 0x80 { return firstWordKeySplitting(s) }
            if inWord {
                if let n = units.next(), n >= 0x80 { return firstWordKeySplitting(s) }
                return h.key
            }
        } else {
            if previous == 0x20 && u >= 0x80 { return firstWordKeySplitting(s) }
            inWord = true
            h.add(u, tables)
        }
        previous = u
    }
    return inWord ? h.key : nil
}

/// `firstWordKey(s)` by splitting the string (the definition).
private func firstWordKeySplitting(_ s: String) -> UInt64? {
    s.split(separator: " ", maxSplits: 1).first.map { Fold.key(String($0)) }
}
