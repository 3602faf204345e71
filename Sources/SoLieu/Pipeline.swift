/// The pipeline for one thread: shared read-only resources plus this
/// thread's own ICU break iterators. Create one per task (or `clone()` one),
/// never share one between threads.
///
/// Text → `NormalizedText` → `TokenizedText` → mentions → indicator records.
public final class Pipeline {
    public let resources: Resources
    let breakers: Breakers

    public init() throws {
        resources = try Resources.shared()
        breakers = try Breakers()
    }

    private init(resources: Resources, breakers: Breakers) {
        self.resources = resources
        self.breakers = breakers
    }

    /// A pipeline for another thread (shares resources, clones ICU iterators).
    public func clone() throws -> Pipeline {
        Pipeline(resources: resources, breakers: try breakers.clone())
    }

    public func normalize(_ source: SourceText) -> NormalizedText { NormalizedText(source) }

    public func tokenize(_ source: SourceText) -> TokenizedText {
        tokenize(NormalizedText(source))
    }

    public func tokenize(_ text: NormalizedText) -> TokenizedText {
        Tokenizer(abbreviations: resources.abbreviations).tokenize(text, breakers: breakers)
    }
}
