/// The document object of RECORDS.md section 2.
public struct Document: Sendable {
    public let id: String
    public let source: String?
    public let referenceDate: CalendarDay?
    /// "given", "dateline" or "none".
    public let referenceSource: String
    public let text: TokenizedText
    public let mentions: [Mention]
    public let indicators: [Indicator]

    /// Code point offsets and original text of a mention.
    public func span(_ m: Mention) -> (start: Int, end: Int, text: String) {
        let (s, e) = text.text.originalRange(m.start, m.end)
        return (s, e, text.text.originalString(m.start, m.end))
    }

    public func json(explain: Bool = false) -> JSON {
        var pairs: [(String, JSON)] = [("id", .string(id))]
        if let source { pairs.append(("source", .string(source))) }
        if let r = referenceDate { pairs.append(("reference_date", .string(r.description))) }
        pairs.append(("reference_source", .string(referenceSource)))
        // Made while writing, one element at a time (large documents).
        pairs.append(("mentions", .stream(JSONStream(count: mentions.count) { self.mentionJSON(self.mentions[$0], explain: explain) })))
        pairs.append(("indicators", .stream(JSONStream(count: indicators.count) { self.indicatorJSON(self.indicators[$0], explain: explain) })))
        return .object(pairs)
    }

    public func mentionJSON(_ m: Mention, explain: Bool = false) -> JSON {
        let (s, e, t) = span(m)
        var p: [(String, JSON)] = [("kind", .string(m.kind.rawValue)), ("text", .string(t)), ("start", .int(s)), ("end", .int(e))]
        if let v = m.value { p.append(("value", .number(v.description))) }
        if let v = m.min { p.append(("min", .number(v.description))) }
        if let v = m.max { p.append(("max", .number(v.description))) }
        if let d = m.date {
            if let iso = d.iso { p.append(("value", .string(iso))) } else { p.append(("resolved", .bool(false))) }
            p.append(("grain", .string(d.grain.rawValue)))
        } else if let a = m.from, let b = m.to {
            if let x = a.iso { p.append(("from", .string(x))) }
            if let y = b.iso { p.append(("to", .string(y))) }
            if a.iso == nil || b.iso == nil { p.append(("resolved", .bool(false))) }
            p.append(("grain", .string(a.grain.rawValue)))
        } else if m.kind == .date {
            p.append(("resolved", .bool(false)))
        }
        if let u = m.unit { p.append(("unit", .string(u))) }
        if let c = m.currency { p.append(("currency", .string(c))) }
        if let x = m.per { p.append(("per", .string(x))) }
        if let q = m.qualifier { p.append(("qualifier", .string(q.rawValue))) }
        if explain { p.append(("rule", .string(m.rule))) }
        return .object(p)
    }

    public func indicatorJSON(_ r: Indicator, explain: Bool = false) -> JSON {
        var p: [(String, JSON)] = []
        if let i = r.indicator { p.append(("indicator", .string(i))) }
        if let s = r.subject { p.append(("subject", .string(s))) }
        p.append(("value", mentionJSON(mentions[r.value], explain: explain)))
        if let per = r.period { p.append(("period", mentionJSON(mentions[per], explain: explain))) }
        p.append(("modality", .string(r.modality.rawValue)))
        if let sd = r.side { p.append(("side", .string(sd.rawValue))) }
        if let ch = r.change {
            var c: [(String, JSON)] = [("direction", .string(ch.direction.rawValue))]
            if let v = ch.value { c.append(("value", mentionJSON(mentions[v], explain: explain))) }
            if let b = ch.baseline { c.append(("baseline", mentionJSON(mentions[b], explain: explain))) }
            if let f = ch.from { c.append(("from", mentionJSON(mentions[f], explain: explain))) }
            p.append(("change", .object(c)))
        }
        let (s, e) = text.text.originalRange(r.sentenceStart, r.sentenceEnd)
        p.append(("sentence", .object([("start", .int(s)), ("end", .int(e))])))
        return .object(p)
    }
}
