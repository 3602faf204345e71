/// CSV of indicator records: one row per record, RFC 4180 quoting, UTF-8,
/// a header row. Columns are fixed (documented in docs/OUTPUT.md).
public enum IndicatorCSV {
    public static let columns = [
        "document_id", "indicator", "subject", "value_kind", "value_text", "value", "min", "max", "unit", "currency", "per",
        "qualifier", "period_text", "period_value", "period_from", "period_to", "period_grain", "modality",
        "change_direction", "change_text", "change_value", "change_unit", "baseline_text", "baseline_value",
        "baseline_from", "baseline_to", "sentence_start", "sentence_end", "change_from_text", "change_from_value", "side",
    ]

    public static var header: String { row(columns) }

    public static func row(_ fields: [String]) -> String {
        fields.map(quote).joined(separator: ",") + "\r\n"
    }

    static func quote(_ s: String) -> String {
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }

    /// Rows of one document.
    public static func rows(_ doc: Document) -> String {
        var out = ""
        for r in doc.indicators {
            let v = doc.mentions[r.value]
            let vs = doc.span(v)
            var f = [doc.id, r.indicator ?? "", r.subject ?? "", v.kind.rawValue, vs.text,
                     v.value?.description ?? "", v.min?.description ?? "", v.max?.description ?? "",
                     v.unit ?? "", v.currency ?? "", v.per ?? "", v.qualifier?.rawValue ?? ""]
            if let p = r.period.map({ doc.mentions[$0] }) {
                f += [doc.span(p).text, p.date?.iso ?? "", p.from?.iso ?? "", p.to?.iso ?? "", p.grain?.rawValue ?? ""]
            } else { f += ["", "", "", "", ""] }
            f.append(r.modality.rawValue)
            if let ch = r.change {
                f.append(ch.direction.rawValue)
                if let cv = ch.value.map({ doc.mentions[$0] }) {
                    f += [doc.span(cv).text, cv.value?.description ?? "", cv.kind == .percent ? (cv.unit ?? "%") : (cv.unit ?? cv.currency ?? "")]
                } else { f += ["", "", ""] }
                if let b = ch.baseline.map({ doc.mentions[$0] }) {
                    f += [doc.span(b).text, b.date?.iso ?? "", b.from?.iso ?? "", b.to?.iso ?? ""]
                } else { f += ["", "", "", ""] }
            } else { f += ["", "", "", "", "", "", "", ""] }
            let (s, e) = doc.text.text.originalRange(r.sentenceStart, r.sentenceEnd)
            f += [String(s), String(e)]
            // "từ 0,48 lên 0,71": the starting level.
            if let from = r.change?.from.map({ doc.mentions[$0] }) {
                f += [doc.span(from).text, from.value?.description ?? ""]
            } else { f += ["", ""] }
            f.append(r.side?.rawValue ?? "")
            out += row(f)
        }
        return out
    }
}
