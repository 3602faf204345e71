/// Multi-token phrases (from lexicons) matched by longest match over tokens.
///
/// Phrases are tokenized with the same tokenizer as the text and compared by
/// fold key, so case and tone-mark placement do not matter. Transitions are
/// one hash table keyed by (node, token key).
///
/// A class: rules look phrases up millions of times per run, and a struct
/// held in a class property is copied (its arrays retained and released) at
/// every call. Filled once while lexicons load, read-only afterwards.
public final class PhraseTable<Value: Sendable>: @unchecked Sendable {
    private let edges: KeyTable
    private let values: [Value?]
    /// Per node: `terminalFlag` when `values[n] != nil` (readable without copying, retaining, a
    /// value), and `childrenFlag` when some phrase goes on from it (a walk that reaches a node
    /// without one stops there instead of probing the edge table with the next token, which finds
    /// nothing). One read a step.
    private let nodeFlags: [UInt8]
    private static var terminalFlag: UInt8 { 1 }
    private static var childrenFlag: UInt8 { 2 }
    public let maxLength: Int
    /// This table's bit in the per-token start masks of `WordTables` (0: the
    /// table is not indexed). Set once while the lexicons load.
    var startBit: UInt32 = 0
    /// This table's bit in the per-token masks of `WordTables` for the keys that end a phrase
    /// (0: not indexed; `Context.matchEnding` then walks back without the test). Set once while the lexicons load.
    var endBit: UInt32 = 0
    /// The key of the last token of every phrase (a phrase can end only at a token with one of them).
    let lastKeys: [UInt64]
    /// False when no phrase can start with a token of this key (the first
    /// step of `match` and `exact`).
    @inline(__always) func hasEdge(_ key: UInt64) -> Bool { edges.get(key) != nil }

    /// Every edge key of the table. A token can start a phrase only when its
    /// key is one of them (the root edge of a key is the key itself).
    var edgeKeys: [UInt64] { edges.allKeys }
    public var count: Int { values.lazy.filter { $0 != nil }.count }

    /// Builds the table from phrases given as their token keys. The first
    /// value given for a phrase wins.
    public init(_ phrases: [([UInt64], Value)]) {
        var edges = KeyTable()
        var values: [Value?] = [nil]
        var maxLength = 0
        var lastKeys = Set<UInt64>()
        var hasChildren = [false]
        for (keys, value) in phrases where !keys.isEmpty {
            lastKeys.insert(keys[keys.count - 1])
            var node: Int32 = 0
            for k in keys {
                let e = PhraseTable.edge(node, k)
                hasChildren[Int(node)] = true
                if let next = edges.get(e) { node = next } else {
                    let next = Int32(values.count)
                    values.append(nil)
                    hasChildren.append(false)
                    edges.set(e, next)
                    node = next
                }
            }
            if values[Int(node)] == nil { values[Int(node)] = value }
            maxLength = max(maxLength, keys.count)
        }
        self.edges = edges
        self.values = values
        self.nodeFlags = zip(values, hasChildren).map { ($0 != nil ? PhraseTable.terminalFlag : 0) | ($1 ? PhraseTable.childrenFlag : 0) }
        self.maxLength = maxLength
        self.lastKeys = Array(lastKeys)
    }

    @inline(__always)
    private static func edge(_ node: Int32, _ key: UInt64) -> UInt64 {
        (UInt64(UInt32(bitPattern: node)) &* 0x9E37_79B9_7F4A_7C15) ^ key
    }

    /// Longest phrase starting at token `i` of `tokens`, whose tokens are
    /// separated by nothing or by a single run of spaces (no line break, no
    /// punctuation). Returns the value and the index after the last token.
    /// - Complexity: O(phrase length).
    @inline(__always)
    public func match(_ tokens: [Token], at i: Int, limit: Int? = nil) -> (value: Value, end: Int)? {
        guard let (node, end) = longest(tokens, at: i, limit: limit), let v = values[node] else { return nil }
        return (v, end)
    }

    /// The node and end of the longest phrase starting at token `i` (as
    /// `match`), without reading (and retaining) its value; `value(atNode:)`
    /// reads it.
    @inline(__always)
    func matchNode(_ tokens: [Token], at i: Int, limit: Int? = nil) -> (node: Int, end: Int)? {
        longest(tokens, at: i, limit: limit)
    }

    /// The value of a phrase by its node (nil for a node that ends no phrase).
    func value(atNode node: Int) -> Value? { values[node] }

    /// The number of nodes (`matchNode` gives one below it).
    var nodeCount: Int { values.count }

    /// The index after the longest phrase starting at token `i` (as `match`),
    /// without reading (and retaining) its value.
    @inline(__always)
    public func matchEnd(_ tokens: [Token], at i: Int, limit: Int? = nil) -> Int? {
        longest(tokens, at: i, limit: limit)?.end
    }

    /// The node and end of the longest phrase at token `i` (see `match`).
    @inline(__always)
    private func longest(_ tokens: [Token], at i: Int, limit: Int?) -> (node: Int, end: Int)? {
        let n = limit ?? tokens.count
        var node: Int32 = 0
        // The longest phrase so far, by node: its value is read (and retained) once, at the end.
        var bestNode = -1
        var bestEnd = 0
        var j = i
        var first = true
        while j < n {
            let t = tokens[j]
            if t.kind == .space {
                if first { break }
                j += 1
                if j >= n || tokens[j].isSpace { break }
                continue
            }
            if t.kind == .newline { break }
            guard let next = edges.get(PhraseTable.edge(node, t.key)) else { break }
            node = next
            first = false
            j += 1
            let f = nodeFlags[Int(node)]
            if f & PhraseTable.terminalFlag != 0 { bestNode = Int(node); bestEnd = j }
            if f & PhraseTable.childrenFlag == 0 { break }
        }
        return bestNode >= 0 ? (bestNode, bestEnd) : nil
    }

    /// The value when tokens `i..<end` (spaces between allowed) are exactly one phrase.
    public func exact(_ tokens: [Token], from i: Int, to end: Int) -> Value? {
        var node: Int32 = 0
        var j = i
        while j < end {
            if tokens[j].isSpace { j += 1; continue }
            guard let next = edges.get(PhraseTable.edge(node, tokens[j].key)) else { return nil }
            node = next
            j += 1
        }
        return j == i ? nil : values[Int(node)]
    }

    /// True when `keys` is a whole phrase of the table.
    public func contains(keys: [UInt64]) -> Bool { lookup(keys: keys) != nil }

    public func lookup(keys: [UInt64]) -> Value? {
        var node: Int32 = 0
        for k in keys {
            guard let next = edges.get(PhraseTable.edge(node, k)) else { return nil }
            node = next
        }
        return values[Int(node)]
    }
}

/// Open-addressing hash table from 64-bit keys (already well mixed: fold
/// keys are FNV hashes) to node numbers. Swift's `Dictionary` hashes every
/// key again with SipHash, which dominated rule matching in profiles.
struct KeyTable: Sendable {
    /// A key and its value in one slot (one load and one bounds check per probe);
    /// `val < 0` marks an empty slot.
    struct Slot: Sendable {
        var key: UInt64
        var val: Int32
    }
    private var slots = [Slot](repeating: Slot(key: 0, val: -1), count: 64)
    /// `slots.count - 1` (a power of two minus one).
    private var mask = 63
    private var count = 0

    @inline(__always)
    private static func slot(_ k: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (k ^ (k >> 29)) &* 0xBF58_476D_1CE4_E5B9 >> 32) & mask
    }

    /// - Complexity: O(1) expected.
    @inline(__always)
    func get(_ k: UInt64) -> Int32? {
        let mask = self.mask
        return slots.withUnsafeBufferPointer { s -> Int32? in
            // (`i` stays within `mask`, so reads need no bounds check.)
            var i = KeyTable.slot(k, mask)
            while true {
                let e = s[i]
                if e.val < 0 { return nil }
                if e.key == k { return e.val }
                i = (i + 1) & mask
            }
        }
    }

    /// The keys present, in slot order.
    var allKeys: [UInt64] { slots.compactMap { $0.val >= 0 ? $0.key : nil } }

    mutating func set(_ k: UInt64, _ v: Int32) {
        // At most a quarter full: most lookups miss (a word that is in no
        // list), and a miss ends at the first empty slot.
        if (count + 1) * 4 > slots.count { grow() }
        var i = KeyTable.slot(k, mask)
        while slots[i].val >= 0 && slots[i].key != k { i = (i + 1) & mask }
        if slots[i].val < 0 { count += 1 }
        slots[i] = Slot(key: k, val: v)
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, val: -1), count: old.count * 2)
        mask = slots.count - 1
        count = 0
        for e in old where e.val >= 0 { set(e.key, e.val) }
    }
}

/// An immutable set of fold keys with cheap lookups (keys are already hashes).
public struct KeySet: Sendable {
    private let table: KeyTable

    public init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        var t = KeyTable()
        for k in keys { t.set(k, 1) }
        table = t
    }

    /// Keys of single words, and of each syllable of multi-word entries.
    public init(words: [String]) {
        self.init(words.flatMap { $0.split(separator: " ").map { Fold.key(String($0)) } })
    }

    @inline(__always) public func contains(_ k: UInt64) -> Bool { table.get(k) != nil }

    /// The keys of the set.
    var keys: [UInt64] { table.allKeys }
}

extension PhraseTable where Value == Bool {
    /// A table of plain phrases (syllables separated by spaces, no punctuation).
    public convenience init(words: [String]) {
        self.init(words.map { ($0.split(separator: " ").map { Fold.key(String($0)) }, true) })
    }
}
