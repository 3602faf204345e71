import Foundation

/// Compares an extracted document with a hand-written golden file
/// (docs/ANNOTATION.md) and describes every difference in words a reviewer
/// reads at a glance.
public struct GoldenReport: Sendable {
    public var missing: [String] = []
    public var extra: [String] = []
    public var changed: [String] = []
    public var records: [String] = []
    public var mentionCount = 0
    public var recordCount = 0
    /// Per record field: how many golden records agree on it (records found only).
    public var fieldAgreement: [String: Int] = [:]
    public var recordsFound = 0

    public var isClean: Bool { missing.isEmpty && extra.isEmpty && changed.isEmpty && records.isEmpty }
    public var lines: [String] { missing + extra + changed + records }
}

public enum GoldenComparison {
    /// Mention fields that must agree.
    static let mentionFields = ["value", "min", "max", "from", "to", "grain", "unit", "currency", "per", "qualifier", "resolved"]

    public static func compare(golden: Data, actual doc: Document) throws -> GoldenReport {
        guard let g = try JSONSerialization.jsonObject(with: golden) as? [String: Any] else {
            throw GoldenError.notAnObject
        }
        let actualData = Data(doc.json().serialized().utf8)
        guard let a = try JSONSerialization.jsonObject(with: actualData) as? [String: Any] else { throw GoldenError.notAnObject }
        var report = GoldenReport()
        let gm = (g["mentions"] as? [[String: Any]]) ?? []
        let am = (a["mentions"] as? [[String: Any]]) ?? []
        report.mentionCount = gm.count
        func key(_ m: [String: Any]) -> String { "\(m["kind"] ?? "")@\(m["start"] ?? "")-\(m["end"] ?? "")" }
        let aByKey = Dictionary(am.map { (key($0), $0) }, uniquingKeysWith: { x, _ in x })
        let gByKey = Dictionary(gm.map { (key($0), $0) }, uniquingKeysWith: { x, _ in x })
        for m in gm where aByKey[key(m)] == nil {
            report.missing.append("missing  \(describe(m))\(context(doc, m))")
        }
        for m in am where gByKey[key(m)] == nil {
            report.extra.append("extra    \(describe(m))\(context(doc, m))")
        }
        for m in gm {
            guard let x = aByKey[key(m)] else { continue }
            var diffs = [String]()
            for f in mentionFields where !same(m[f], x[f]) {
                diffs.append("\(f) \(show(m[f])) expected, got \(show(x[f]))")
            }
            if !diffs.isEmpty { report.changed.append("changed  \(describe(m)): " + diffs.joined(separator: "; ")) }
        }
        // Records, keyed by the start of their value.
        let gr = (g["indicators"] as? [[String: Any]]) ?? []
        let ar = (a["indicators"] as? [[String: Any]]) ?? []
        report.recordCount = gr.count
        func rkey(_ r: [String: Any]) -> Int { ((r["value"] as? [String: Any])?["start"] as? Int) ?? -1 }
        let arByKey = Dictionary(ar.map { (rkey($0), $0) }, uniquingKeysWith: { x, _ in x })
        let grKeys = Set(gr.map(rkey))
        for r in gr {
            let v = (r["value"] as? [String: Any]) ?? [:]
            let label = "record   \"\(v["text"] ?? "")\" @\(v["start"] ?? "")"
            guard let x = arByKey[rkey(r)] else { report.records.append("\(label): missing (indicator \(show(r["indicator"])))"); continue }
            report.recordsFound += 1
            var diffs = [String]()
            for f in ["indicator", "subject", "modality"] {
                if !same(r[f], x[f]) { diffs.append("\(f) \(show(r[f])) expected, got \(show(x[f]))") }
                else { report.fieldAgreement[f, default: 0] += 1 }
            }
            func start(_ o: Any?, _ path: [String]) -> Any? {
                var cur: Any? = o
                for p in path { cur = (cur as? [String: Any])?[p] }
                return cur
            }
            for path in [["period", "start"], ["change", "direction"], ["change", "value", "start"], ["change", "baseline", "start"], ["change", "from", "start"]] {
                let e = start(r, path), got = start(x, path)
                if !same(e, got) { diffs.append("\(path.joined(separator: ".")) \(show(e)) expected, got \(show(got))") }
                else { report.fieldAgreement[path.joined(separator: "."), default: 0] += 1 }
            }
            if !diffs.isEmpty { report.records.append("\(label): " + diffs.joined(separator: "; ")) }
        }
        for r in ar where !grKeys.contains(rkey(r)) {
            let v = (r["value"] as? [String: Any]) ?? [:]
            report.records.append("record   \"\(v["text"] ?? "")\" @\(v["start"] ?? ""): extra (indicator \(show(r["indicator"])))")
        }
        return report
    }

    static func describe(_ m: [String: Any]) -> String {
        var s = "\(m["kind"] ?? "?") \"\(m["text"] ?? "")\" @\(m["start"] ?? "")"
        for f in ["value", "min", "max", "from", "to", "unit", "currency", "per", "qualifier"] where m[f] != nil { s += " \(f)=\(show(m[f]))" }
        return s
    }

    /// The sentence around a mention, shortened.
    static func context(_ doc: Document, _ m: [String: Any]) -> String {
        guard let start = m["start"] as? Int else { return "" }
        let src = doc.text.text.source
        let u = src.utf16Index(ofCodePoint: start)
        let lo = max(0, u - 40), hi = min(src.utf16.count, u + 50)
        let snippet = src.string(utf16From: lo, to: hi).replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: "")
        return "   …\(snippet)…"
    }

    static func show(_ v: Any?) -> String {
        guard let v else { return "(none)" }
        if let s = v as? String { return "\"\(s)\"" }
        if let n = v as? NSNumber { return n.stringValue }
        return "\(v)"
    }

    static func same(_ a: Any?, _ b: Any?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (x as String, y as String): return x == y
        case let (x as NSNumber, y as NSNumber):
            let dx = x.doubleValue, dy = y.doubleValue
            return dx == dy || abs(dx - dy) <= 1e-9 * max(abs(dx), abs(dy))
        default: return false
        }
    }

    /// A document in golden form (for `verify --update`): sorted keys,
    /// record references reduced to kind, text and start.
    public static func goldenJSON(_ doc: Document) -> String {
        var j = doc.json()
        if case var .object(pairs) = j {
            pairs.removeAll { $0.0 == "id" || $0.0 == "source" }
            pairs = pairs.map { (k, v) in
                guard k == "indicators" else { return (k, v) }
                switch v {
                case let .array(records): return (k, .array(records.map(reduceRecord)))
                case let .stream(s): return (k, .array((0..<s.count).map { reduceRecord(s.element($0)) }))
                default: return (k, v)
                }
            }
            j = .object(pairs)
        }
        return j.pretty(sortKeys: true) + "\n"
    }

    static func reduceRef(_ m: JSON) -> JSON {
        guard case let .object(p) = m else { return m }
        return .object(p.filter { ["kind", "text", "start"].contains($0.0) })
    }

    static func reduceRecord(_ r: JSON) -> JSON {
        guard case let .object(p) = r else { return r }
        return .object(p.compactMap { (k, v) -> (String, JSON)? in
            switch k {
            case "value", "period": return (k, reduceRef(v))
            case "sentence": return nil
            case "change":
                guard case let .object(cp) = v else { return (k, v) }
                return (k, .object(cp.map { ($0.0, $0.0 == "direction" ? $0.1 : reduceRef($0.1)) }))
            default: return (k, v)
            }
        })
    }
}

public enum GoldenError: Error, CustomStringConvertible {
    case notAnObject
    public var description: String { "golden file is not a JSON object" }
}
