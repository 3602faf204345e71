/// The standard sequence algorithms the record and extraction rules call with a closure
/// (`region.last(where: { c.key($0) == … })`, `(a..<b).contains(where: …)`), for the element
/// types they use, declared on the concrete types so that overload resolution picks them over
/// the generic ones, and always inlined.
///
/// Why: the standard library's versions were compiled as separate specializations, one per
/// closure, and each call built a closure context that retained what the closure captured
/// (the `Context`, the sentence's object): two retains and two releases per call, about forty
/// per record in `makeRecord`. Inlined, the closure is part of its caller and captures nothing.
///
/// Each keeps the standard library's semantics exactly (order of the predicate calls, where it
/// stops, the elements it returns), so no rule reads a different answer.
extension Array where Element == Int {
    /// As `BidirectionalCollection.last(where:)`: from the end, the first element that satisfies.
    @inline(__always)
    func last(where predicate: (Int) throws -> Bool) rethrows -> Int? {
        var i = endIndex
        while i > startIndex {
            i -= 1
            let e = self[i]
            if try predicate(e) { return e }
        }
        return nil
    }

    /// As `Sequence.first(where:)`.
    @inline(__always)
    func first(where predicate: (Int) throws -> Bool) rethrows -> Int? {
        for e in self where try predicate(e) { return e }
        return nil
    }

    /// As `Sequence.contains(where:)`.
    @inline(__always)
    func contains(where predicate: (Int) throws -> Bool) rethrows -> Bool {
        try first(where: predicate) != nil
    }

    /// As `Sequence.allSatisfy(_:)`.
    @inline(__always)
    func allSatisfy(_ predicate: (Int) throws -> Bool) rethrows -> Bool {
        try first(where: { try !predicate($0) }) == nil
    }

    /// As `Sequence.filter(_:)`: the elements that satisfy, in order.
    @inline(__always)
    func filter(_ isIncluded: (Int) throws -> Bool) rethrows -> [Int] {
        var out = [Int]()
        for e in self where try isIncluded(e) { out.append(e) }
        return out
    }
}

extension Range where Bound == Int {
    /// As `BidirectionalCollection.last(where:)`.
    @inline(__always)
    func last(where predicate: (Int) throws -> Bool) rethrows -> Int? {
        var i = upperBound
        while i > lowerBound {
            i -= 1
            if try predicate(i) { return i }
        }
        return nil
    }

    /// As `Sequence.first(where:)`.
    @inline(__always)
    func first(where predicate: (Int) throws -> Bool) rethrows -> Int? {
        var i = lowerBound
        while i < upperBound {
            if try predicate(i) { return i }
            i += 1
        }
        return nil
    }

    /// As `Sequence.contains(where:)`.
    @inline(__always)
    func contains(where predicate: (Int) throws -> Bool) rethrows -> Bool {
        try first(where: predicate) != nil
    }

    /// As `Sequence.allSatisfy(_:)`.
    @inline(__always)
    func allSatisfy(_ predicate: (Int) throws -> Bool) rethrows -> Bool {
        try first(where: { try !predicate($0) }) == nil
    }

    /// As `Sequence.filter(_:)`: the elements that satisfy, in order. (With room for the whole
    /// range at once: grown by appends, the array was reallocated and copied as it grew.)
    @inline(__always)
    func filter(_ isIncluded: (Int) throws -> Bool) rethrows -> [Int] {
        var out = [Int]()
        out.reserveCapacity(count)
        var i = lowerBound
        while i < upperBound {
            if try isIncluded(i) { out.append(i) }
            i += 1
        }
        return out
    }

    /// As `Sequence.count(where:)`: how many elements satisfy (`filter(p).count` without the array).
    @inline(__always)
    func count(where predicate: (Int) throws -> Bool) rethrows -> Int {
        var n = 0
        var i = lowerBound
        while i < upperBound {
            if try predicate(i) { n += 1 }
            i += 1
        }
        return n
    }
}

extension Array where Element == (start: Int, end: Int) {
    /// As `Sequence.first(where:)`.
    @inline(__always)
    func first(where predicate: ((start: Int, end: Int)) throws -> Bool) rethrows -> (start: Int, end: Int)? {
        for e in self where try predicate(e) { return e }
        return nil
    }

    /// As `Sequence.contains(where:)`.
    @inline(__always)
    func contains(where predicate: ((start: Int, end: Int)) throws -> Bool) rethrows -> Bool {
        try first(where: predicate) != nil
    }

    /// As `BidirectionalCollection.last(where:)`.
    @inline(__always)
    func last(where predicate: ((start: Int, end: Int)) throws -> Bool) rethrows -> (start: Int, end: Int)? {
        var i = endIndex
        while i > startIndex {
            i -= 1
            let e = self[i]
            if try predicate(e) { return e }
        }
        return nil
    }
}
