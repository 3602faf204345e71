extension Pipeline {
    /// Extracts the document object of RECORDS.md section 2 from one text.
    ///
    /// - Parameters:
    ///   - referenceDate: resolves relative and partial dates; nil: the
    ///     document's own dateline when it has one.
    public func extract(_ source: SourceText, id: String, sourcePath: String? = nil, referenceDate: CalendarDay?) -> Document {
        let doc = tokenize(source).withStartMasks(resources.words)
        var reference = referenceDate
        var referenceSource = referenceDate == nil ? "none" : "given"
        let extractor = Extractor(words: resources.words)
        // (One rule context for the dateline search and the extractor: making one retains the
        // word tables and releases them again.)
        let context = Context(doc: doc, units: doc.text.units, tokens: doc.tokens, lo: 0, hi: 0, words: resources.words)
        let dateline = Dateline.find(doc, words: resources.words, context: context)
        if reference == nil, let d = dateline {
            reference = d
            referenceSource = "dateline"
        }
        let mentions = extractor.extract(doc, reference: reference, context: context)
        // The dateline's own mention is never a period nor part of a record.
        let datelineMention = dateline.flatMap { d in
            mentions.firstIndex { $0.kind == .date && $0.date?.year == d.year && $0.date?.month == d.month && $0.date?.day == d.day && ($0.date?.grain ?? .year) >= .day }
        }
        let records = RecordBuilder(words: resources.words).build(doc, mentions, dateline: datelineMention, reference: reference, context: context)
        return Document(id: id, source: sourcePath, referenceDate: reference, referenceSource: referenceSource,
                        text: doc, mentions: mentions, indicators: records)
    }
}

/// The public one-call entry point.
public enum SoLieu {
    /// Extracts mentions and indicator records from a string.
    /// `referenceDate` is "YYYY-MM-DD" or nil (then the text's dateline).
    public static func extract(_ text: String, id: String = "-", referenceDate: String? = nil) throws -> Document {
        let pipeline = try Pipeline()
        return pipeline.extract(SourceText(text), id: id, referenceDate: referenceDate.flatMap(CalendarDay.init(iso:)))
    }
}
