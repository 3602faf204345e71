/// Runs the rules over every sentence and returns the mentions in text order.
///
/// Order of precedence at each token (first rule that matches wins and
/// consumes its tokens):
/// 1. identifiers (`IdentifierRules`): numbers inside names are skipped;
/// 2. dates, spans and times (`DateRules`), before quantities so "năm 2023"
///    and "6 tháng đầu năm" are periods, not a number and a duration;
/// 3. ordinals (`OrdinalRules`);
/// 4. quantities (`QuantityRules`): money, percent, ranges, durations, numbers.
/// Then qualifiers are attached, lists of years after a year become dates,
/// and "cùng kỳ năm trước" takes the sentence's period shifted back a year.
struct Extractor {
    let words: WordTables

    func extract(_ doc: TokenizedText, reference: CalendarDay?) -> [Mention] {
        var out = [Mention]()
        for s in 0..<(doc.sentenceTokenStart.count - 1) {
            let lo = Int(doc.sentenceTokenStart[s]), hi = Int(doc.sentenceTokenStart[s + 1])
            if lo >= hi { continue }
            let c = Context(doc: doc, units: doc.text.units, tokens: doc.tokens, lo: lo, hi: hi, words: words)
            out.append(contentsOf: sentence(c, reference: reference))
        }
        return out
    }

    func sentence(_ c: Context, reference: CalendarDay?) -> [Mention] {
        let dates = DateRules(c: c, ref: reference)
        var mentions = [Mention]()
        var i = c.lo
        while i < c.hi {
            let t = c.tokens[i]
            if t.isSpace || t.kind == .punctuation && !c.isKey(i, Cue.dash) && !c.isKey(i, Cue.lparen) {
                i += 1; continue
            }
            // Vague quantities: "hàng trăm", "hàng nghìn" are not figures.
            if c.isKey(i, Cue.hangTram), let n = c.next(i), c.match(c.words.magnitudes, n) != nil || c.isKey(n, Cue.tram) {
                i = n + 1; continue
            }
            // Weekday names are skipped whole ("Thứ năm", "thứ Tư"), unless a rank.
            if c.isKey(i, Cue.thu) || c.isKey(i, Cue.chu), let w = c.match(c.words.weekdays, i) {
                if OrdinalRules.scan(c, at: i) == nil { i = w.end; continue }
            }
            if let skip = IdentifierRules.skip(c, at: i) { i = Swift.max(skip, i + 1); continue }
            let isNumber = t.kind == .number
            if isNumber || c.words.dateStarters.contains(t.key) || c.isKey(i, Cue.thu) || c.isKey(i, Cue.hang) || c.isKey(i, Cue.giai),
               let m = samePeriod(c, i, reference) ?? dates.scan(i, after: mentions.last) ?? OrdinalRules.scan(c, at: i) {
                mentions.append(m); i = m.endToken; continue
            }
            if isNumber, let m = listedYear(c, i, after: mentions.last) { mentions.append(m); i = m.endToken; continue }
            if isNumber || c.words.quantityStarters.contains(t.key), var m = QuantityRules.scan(c, at: i) {
                m.qualifier = qualifier(c, before: m.firstToken)
                mentions.append(m); i = m.endToken; continue
            }
            i += 1
        }
        resolveSamePeriod(&mentions)
        return mentions
    }

    // MARK: Qualifiers

    /// The qualifier word right before a quantity ("hơn 1.500", "khoảng 20%").
    /// Comparatives ("cao hơn 5%") are not qualifiers.
    func qualifier(_ c: Context, before i: Int) -> Qualifier? {
        guard let m = c.matchEnding(c.words.qualifiers, before: i, maxTokens: 3) else { return nil }
        if let p = c.prev(m.start), c.kind(p) == .word, comparatives.contains(c.text(p).lowercased()) { return nil }
        return Qualifier(rawValue: m.entry[1])
    }

    /// Adjectives before "hơn" that make it comparative.
    let comparatives: Set<String> = ["cao", "thấp", "nhiều", "ít", "lớn", "nhỏ", "mạnh", "nhanh", "chậm", "sớm", "muộn", "dài",
                                     "ngắn", "rẻ", "đắt", "tốt", "kém", "xa", "gần", "hơn", "nặng", "nhẹ", "trẻ", "già"]

    // MARK: Year lists and same period

    /// "2 năm liên tiếp (2022, 2023)", "so với 2022": a bare year where the
    /// context makes it one.
    func listedYear(_ c: Context, _ i: Int, after last: Mention?) -> Mention? {
        let d = DateRules(c: c, ref: nil)
        guard let y = d.year(i) else { return nil }
        if let p = c.prev(i), c.isKey(p, Cue.voi), let pp = c.prev(p), c.isKey(pp, Cue.so) {
            return d.make(i, i + 1, d.point(.year, year: y), rule: "date.bare-year.so-voi")
        }
        guard let last, let p = c.prev(i) else { return nil }
        // Adjacent ("2022, 2023"), or a parenthesis a few words after ("2 năm liên tiếp (2022").
        guard last.endToken <= p else { return nil }
        let between = (last.endToken..<p).filter { !c.tokens[$0].isSpace }.count
        let gapOK = between == 0 || (c.isKey(p, Cue.lparen) && between <= 3)
        guard gapOK, c.isKey(p, Cue.lparen) || c.isKey(p, Cue.comma) || c.isKey(p, Cue.va) || c.isKey(p, Cue.dash) || c.isKey(p, Cue.hoac) else { return nil }
        let lastIsYear = (last.kind == .date && last.grain == .year) || (last.kind == .duration && last.unit == "year")
        guard lastIsYear else { return nil }
        return d.make(i, i + 1, d.point(.year, year: y), rule: "date.bare-year.list")
    }

    /// "cùng kỳ năm trước", "cùng kỳ năm 2022", "cùng kỳ".
    func samePeriod(_ c: Context, _ i: Int, _ ref: CalendarDay?) -> Mention? {
        guard c.isKey(i, Cue.cung), let k = c.next(i), c.isKey(k, Cue.ky) || c.isKey(k, Cue.ki) else { return nil }
        var m = QuantityRules.mention(c, .date, i, k + 1, rule: "date.same-period")
        m.isBaselineCue = true
        if let n = c.next(k), c.isKey(n, Cue.nam), let y = c.next(n) {
            let d = DateRules(c: c, ref: ref)
            if let v = d.year(y) {
                m.samePeriodYear = v; m.end = Int(c.tokens[y].end); m.endToken = y + 1
            } else if let r = c.match(c.words.relativeDates, n), r.entry[1] == "year" {
                m.samePeriodOffset = Int(r.entry[2]) ?? -1; m.end = Int(c.tokens[r.end - 1].end); m.endToken = r.end
            }
        }
        if m.samePeriodYear == nil && m.samePeriodOffset == nil { m.samePeriodOffset = -1 }
        return m
    }

    /// Gives each "cùng kỳ" the period of the sentence's statistic, shifted.
    func resolveSamePeriod(_ mentions: inout [Mention]) {
        for idx in mentions.indices where mentions[idx].samePeriodYear != nil || mentions[idx].samePeriodOffset != nil {
            // The period: the nearest date before it (else after it) in the sentence that is not itself a baseline.
            let candidates = mentions.indices.filter { $0 != idx && mentions[$0].kind == .date && !mentions[$0].isBaselineCue }
            let before = candidates.last { $0 < idx }
            let after = candidates.first { $0 > idx }
            guard let p = before ?? after else { continue }
            let period = mentions[p]
            func shift(_ d: DatePoint?) -> DatePoint? {
                guard var d else { return nil }
                if let y = mentions[idx].samePeriodYear { d.year = y } else if let o = mentions[idx].samePeriodOffset { d.year = d.year.map { $0 + o } }
                return d
            }
            mentions[idx].date = shift(period.date)
            mentions[idx].from = shift(period.from)
            mentions[idx].to = shift(period.to)
        }
    }
}
