extension Array {
    /// `count` copies of `value`, as `Array(repeating:count:)` gives them.
    ///
    /// `Array(repeating:count:)` allocates through a standard-library function
    /// that is not specialized for the element type: it looks the storage
    /// class's generic metadata up at every call (a hash-table search), which
    /// cost about 1% of extraction for the arrays made at every sentence.
    /// Copying a `repeatElement` collection is specialized for the element
    /// type, and its storage type is looked up once.
    @inline(__always) init(filled value: Element, count: Int) {
        self.init(repeatElement(value, count: count))
    }
}
