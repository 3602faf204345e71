/// The indices of the set flags of a per-token `Bool` table, in increasing order, found eight
/// flags at a time (most tokens are no clause boundary: a loop over every flag tested each).
///
/// Each flag is read when the iteration reaches it, as `for j in 0..<count where flags[j]`
/// does, so a loop body may clear the flag it is at.
struct SetFlagIndices: Sequence, IteratorProtocol {
    let flags: UnsafeMutableBufferPointer<Bool>
    /// Added to each index given (the table's first token).
    let base: Int
    private var j = 0

    @inline(__always) init(_ flags: UnsafeMutableBufferPointer<Bool>, base: Int) {
        self.flags = flags
        self.base = base
    }

    /// - Complexity: O(flags passed / 8) for a run of clear flags.
    @inline(__always) mutating func next() -> Int? {
        let n = flags.count
        guard let p = flags.baseAddress else { return nil }
        let raw = UnsafeRawPointer(p)
        // (A `Bool` is one byte, 0 or 1: eight clear flags read as a zero word.)
        while j + 8 <= n && raw.loadUnaligned(fromByteOffset: j, as: UInt64.self) == 0 { j += 8 }
        while j < n {
            let set = p[j]
            j += 1
            if set { return base + j - 1 }
        }
        return nil
    }
}

extension UnsafeMutableBufferPointer where Element == Bool {
    /// The index of the first set flag at or after `start`, or `count`; eight flags at a time.
    @inline(__always) func firstSet(from start: Int) -> Int {
        let n = count
        guard let p = baseAddress else { return n }
        let raw = UnsafeRawPointer(p)
        var j = Swift.max(start, 0)
        while j + 8 <= n && raw.loadUnaligned(fromByteOffset: j, as: UInt64.self) == 0 { j += 8 }
        while j < n && !p[j] { j += 1 }
        return Swift.min(j, n)
    }

    /// The index of the last set flag before `end`, or -1; eight flags at a time.
    @inline(__always) func lastSet(before end: Int) -> Int {
        guard let p = baseAddress else { return -1 }
        let raw = UnsafeRawPointer(p)
        var j = Swift.min(end, count)
        while j >= 8 && raw.loadUnaligned(fromByteOffset: j - 8, as: UInt64.self) == 0 { j -= 8 }
        while j > 0 {
            j -= 1
            if p[j] { return j }
        }
        return -1
    }
}
