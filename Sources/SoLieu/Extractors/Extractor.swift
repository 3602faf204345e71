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

    /// `context`: a context on `doc` with these word tables to use (else one is made).
    func extract(_ doc: TokenizedText, reference: CalendarDay?, context: Context? = nil) -> [Mention] {
        var out = [Mention]()
        // (News text holds about a figure or date per hundred tokens: room for most documents' mentions
        // at once, instead of growing, which copied every mention each time.)
        out.reserveCapacity(doc.tokens.count / 64 + 8)
        var lastPeriods = PeriodsByGrain()
        let c = context ?? Context(doc: doc, units: doc.text.units, tokens: doc.tokens, lo: 0, hi: 0, words: words)
        for s in 0..<(doc.sentenceTokenStart.count - 1) {
            let lo = Int(doc.sentenceTokenStart[s]), hi = Int(doc.sentenceTokenStart[s + 1])
            if lo >= hi { continue }
            c.moveTo(lo: lo, hi: hi)
            // Each sentence's mentions are written straight after the ones before (a buffer per
            // sentence grew several times, and copying it over retained every mention's strings).
            let start = out.count
            sentence(c, reference: reference, lastPeriods: lastPeriods, into: &out, from: start)
            // (By index: a loop variable would copy each mention, retaining its strings.)
            for k in start..<out.count where out[k].kind == .date && !out[k].isBaselineCue {
                if let d = out[k].date, d.year != nil { lastPeriods[d.grain] = d } else if let t = out[k].to, t.year != nil { lastPeriods[t.grain] = t }
            }
        }
        return out
    }

    func sentence(_ c: Context, reference: CalendarDay?, lastPeriods: PeriodsByGrain = PeriodsByGrain()) -> [Mention] {
        var mentions = [Mention]()
        sentence(c, reference: reference, lastPeriods: lastPeriods, into: &mentions, from: 0)
        return mentions
    }

    /// Appends the mentions of the sentence `c` points at to `mentions`, whose first
    /// `start` elements (all of them on entry) are earlier sentences' and are not read.
    func sentence(_ c: Context, reference: CalendarDay?, lastPeriods: PeriodsByGrain, into mentions: inout [Mention], from start: Int) {
        let dates = DateRules(c: c, ref: reference)
        var i = c.lo
        while i < c.hi {
            // (The words that start nothing, and a space after each, spaces and plain punctuation are
            // passed over in a tight loop first: `plainWordsEnd` is the tests just below, read without
            // bounds checks.)
            i = plainWordsEnd(c, from: i)
            if i >= c.hi { break }
            // (Token i is in the sentence: its key is compared directly, not through `c.isKey`.)
            let t = c.tokens[i]
            let key = t.key
            // Most tokens are words that can start nothing here (no date or quantity starter, none
            // of the cue words below, nothing glued after them): every test below passes them over.
            // (The cue words are a bit of the start mask: comparing the key with each of them
            // compiled to a search whose branches the random keys mispredicted.)
            if t.kind == .word, c.masks[i] & (WordTables.dateStarterBit | WordTables.quantityStarterBit | WordTables.extractorCueBit) == 0,
               c.nextGlued(i) == nil {
                i += 1
                // (A space starts nothing either: the tests below pass it over too.)
                if i < c.hi && c.tokens[i].isSpace { i += 1 }
                continue
            }
            if key == Cue.lparen, let m = dates.parenthesisedYears(i) { i = m.endToken + 1; mentions.append(consume m); continue }
            if t.isSpace || t.kind == .punctuation && key != Cue.dash && key != Cue.lparen && key != Cue.plus {
                i += 1; continue
            }
            // Vague quantities: "hàng trăm", "hàng nghìn" are not figures.
            if key == Cue.hangTram, let n = c.next(i), c.has(c.magnitudes, n) || c.isKey(n, Cue.tram) {
                i = n + 1; continue
            }
            // Weekday names are skipped whole ("Thứ năm", "thứ Tư"), unless a rank.
            if key == Cue.thu || key == Cue.chu, let w = c.match(c.weekdays, i) {
                if OrdinalRules.scan(c, at: i) == nil { i = w.end; continue }
            }
            let isNumber = t.kind == .number
            // (`skip` answers nil for a word with nothing glued after it, most tokens: spare it the call.)
            if isNumber || (t.kind == .word && c.nextGlued(i) != nil), let skip = IdentifierRules.skip(c, at: i) {
                i = Swift.max(skip, i + 1); continue
            }
            // Number words start dates too: "sáu tháng đầu năm nay".
            if isNumber || c.isDateStarter(i) || c.isQuantityStarter(i) || key == Cue.thu || key == Cue.hang || key == Cue.giai,
               // (Each rule is called only when its first test can pass: a rule that
               // returns nil still copies a whole empty `Mention?` back.)
               var m = (key == Cue.cung ? samePeriod(c, i, reference) : nil)
                   ?? (dates.mayStartDate(i) ? dates.scan(i, lastDateEnd: mentions.last(kind: .date, from: start)) : nil)
                   ?? (OrdinalRules.mayStart(c, i) ? OrdinalRules.scan(c, at: i) : nil) {
                // "khoảng 16 giờ 45 phút": an approximate clock time.
                if let g = m.date?.grain, g >= .hour, let q = qualifier(c, before: m.firstToken), q == .approximately { m.qualifier = q }
                i = m.endToken; mentions.append(consume m); continue
            }
            if isNumber, t.length == 4, let m = listedYear(c, i, after: mentions, from: start) { i = m.endToken; mentions.append(consume m); continue }
            if isNumber || c.isQuantityStarter(i), var m = QuantityRules.scan(c, at: i) {
                m.qualifier = qualifier(c, before: m.firstToken)
                i = m.endToken; mentions.append(consume m); continue
            }
            i += 1
        }
        // (Each pass reads only the sentence's mentions: most sentences have none, and the calls
        // cost about a hundred instructions each even then.)
        guard mentions.count > start else { return }
        shareLevelSuffix(c, &mentions, from: start)
        resolveSamePeriod(&mentions, from: start)
        resolveRelativeBaselines(c, &mentions, lastPeriods: lastPeriods, from: start)
    }

    /// The first token from `i` on that the first tests of `sentence`'s loop do not pass over: a
    /// word that is no date or quantity starter nor one of the extractor's cue words, with nothing
    /// glued after it, is passed over with the space that follows it; a space or line break, and
    /// a punctuation mark without any of those mask bits (so not "(", "-" or "+", which have
    /// them), are passed over as the loop's space-and-punctuation test would.
    /// - Complexity: O(tokens passed), without bounds checks or reloads of the context's fields.
    @inline(__always) private func plainWordsEnd(_ c: Context, from i: Int) -> Int {
        let lo = c.lo, hi = Swift.min(c.hi, c.tokens.count, c.masks.count)
        let bits = WordTables.dateStarterBit | WordTables.quantityStarterBit | WordTables.extractorCueBit
        return c.tokens.withUnsafeBufferPointer { t in
            c.masks.withUnsafeBufferPointer { m in
                var j = i
                while j >= lo && j < hi {
                    let tj = t[j]
                    if tj.kind != .word {
                        // (The space after a mark or a number, most of the tokens that stopped this
                        // loop, went through the whole of `sentence`'s loop body.)
                        guard tj.isSpace || (tj.kind == .punctuation && m[j] & bits == 0) else { break }
                        j += 1
                        continue
                    }
                    guard m[j] & bits == 0 else { break }
                    // (`c.nextGlued(j) != nil`: the next token touches this word and is no space.)
                    if j + 1 < hi && tj.end == t[j + 1].start && !t[j + 1].isSpace { break }
                    j += 1
                    if j < hi && t[j].isSpace { j += 1 }
                }
                return j
            }
        }
    }

    /// "từ 58.000 lên 70.000 đồng/kg": the starting level is written bare but
    /// has the same currency, unit and rate as the level it changes to.
    /// `start`: the first mention of the sentence (those before are not read).
    func shareLevelSuffix(_ c: Context, _ mentions: inout [Mention], from start: Int = 0) {
        for k in (start..<mentions.count).dropLast() where mentions[k].kind == .number && mentions[k].unit == nil {
            let a = mentions[k], b = mentions[k + 1]
            guard b.kind == .money || b.kind == .percent || (b.kind == .number && b.unit != nil),
                  let t = c.prev(a.firstToken), c.isKey(t, Cue.tu), let l = c.next(a.endToken - 1),
                  c.isKey(l, Cue.len) || c.isKey(l, Cue.xuong), c.next(l) == b.firstToken else { continue }
            mentions[k].kind = b.kind
            // "từ 10 lên 12 tỷ đồng": the bare level shares the magnitude too (10 tỷ).
            if b.kind != .percent, a.endToken == a.firstToken + 1, c.kind(b.firstToken) == .number,
               let mag = c.next(b.firstToken), mag < b.endToken, let mm = c.match(c.magnitudes, mag),
               mm.entry[2] != "1", let exp = mm.entry.int(1), let v = a.value {
                mentions[k].value = v.scaled(by: exp)
            }
            mentions[k].currency = b.currency
            mentions[k].per = b.per
            mentions[k].unit = b.unit
        }
    }

    // MARK: Qualifiers

    /// The qualifier word right before a quantity ("hơn 1.500", "khoảng 20%").
    /// Comparatives ("cao hơn 5%") are not qualifiers.
    func qualifier(_ c: Context, before i: Int) -> Qualifier? {
        guard let m = c.matchEnding(c.qualifiers, before: i, maxTokens: 3) else { return nil }
        // "vốn đầu tư nước ngoài 43.797 tỷ đồng": a syllable that ends a word is no qualifier.
        if let p = c.prev(m.start), c.kind(p) == .word, c.words.compoundPairs.contains(WordTables.pairKey(c.key(p), c.key(m.start))) { return nil }
        // "Riêng trên bốn sàn": before number words, "trên" is the preposition "on".
        if m.entry[0] == "trên", c.kind(i) == .word { return nil }
        // (The row's qualifier is its tag, read without the string.)
        let q = Qualifier(tag: m.entry.tag)
        // "cao hơn 5%": comparative, not a qualifier (only "hơn" / "trên" after an adjective).
        if q == .moreThan, let p = c.prev(m.start), c.kind(p) == .word, Extractor.comparatives.contains(c.key(p)) { return nil }
        return q
    }

    /// Adjectives before "hơn" that make it comparative.
    static let comparatives = KeySet(words: ["cao", "thấp", "nhiều", "ít", "lớn", "nhỏ", "mạnh", "nhanh", "chậm", "sớm", "muộn", "dài",
                                            "ngắn", "rẻ", "đắt", "tốt", "kém", "xa", "gần", "hơn", "nặng", "nhẹ", "trẻ", "già"])

    // MARK: Year lists and same period

    /// "2 năm liên tiếp (2022, 2023)", "so với 2022": a bare year where the
    /// context makes it one.
    /// `before`: the sentence's mentions so far (the last one is read only when needed).
    /// `start`: the first mention of the sentence in `before`.
    func listedYear(_ c: Context, _ i: Int, after before: [Mention], from start: Int = 0) -> Mention? {
        let d = DateRules(c: c, ref: nil)
        guard let y = d.year(i) else { return nil }
        if let p = c.prev(i), c.isKey(p, Cue.voi), let pp = c.prev(p), c.isKey(pp, Cue.so) {
            return d.make(i, i + 1, d.point(.year, year: y), rule: "date.bare-year.so-voi")
        }
        guard before.count > start, let last = before.last, let p = c.prev(i) else { return nil }
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
        // "cùng kỳ của các năm 2020 và 2021": the years that follow are the dates.
        if let n = c.next(k), c.isKey(n, Cue.cua) { return nil }
        var m = QuantityRules.mention(c, .date, i, k + 1, rule: "date.same-period")
        m.isBaselineCue = true
        if let n = c.next(k), c.isKey(n, Cue.nam), let y = c.next(n) {
            let d = DateRules(c: c, ref: ref)
            if let v = d.year(y) {
                m.samePeriodYear = v; m.end = Int(c.tokens[y].end); m.endToken = y + 1
            } else if let r = c.match(c.relativeDates, n), r.entry[1] == "year" {
                m.samePeriodOffset = r.entry.int(2) ?? -1; m.end = Int(c.tokens[r.end - 1].end); m.endToken = r.end
            }
        }
        if m.samePeriodYear == nil && m.samePeriodOffset == nil { m.samePeriodOffset = -1 }
        return m
    }

    /// "so với tháng trước", "so với quý trước": a baseline is the period before
    /// the statistic's own period (same grain), not before the reference date,
    /// the same way "cùng kỳ năm trước" is read (docs/DECISIONS.md).
    func resolveRelativeBaselines(_ c: Context, _ mentions: inout [Mention], lastPeriods: PeriodsByGrain, from start: Int = 0) {
        // (The date, its grain and the "so với" before it are tested before the rule's string:
        // reading the string retained it, and `hasSuffix` compares Characters, ~100 instructions.)
        for idx in start..<mentions.count {
            guard let d = mentions[idx].date, d.grain == .month || d.grain == .quarter,
                  let p = c.prev(mentions[idx].firstToken), c.isKey(p, Cue.voi), let pp = c.prev(p), c.isKey(pp, Cue.so),
                  mentions[idx].rule.hasSuffix(".relative") else { continue }
            let first = mentions[idx].firstToken, last = mentions[idx].endToken
            guard let r = c.match(c.relativeDates, first), r.end == last, let off = r.entry.int(2), off < 0 else { continue }
            // The period: the nearest earlier date of the same grain that is not a baseline.
            // The period: the nearest earlier date of the same grain that is not a baseline,
            // in this sentence or else the last one of the article ("Quý III … . Tỷ lệ … so với quý trước").
            let inSentence = mentions[start..<idx].last(where: { $0.kind == .date && !$0.isBaselineCue && ($0.date?.grain == d.grain || $0.to?.grain == d.grain) })
            // An earlier sentence's period counts only when it is the unit before the
            // reference date (a report on last quarter), which is what the reference reading gives.
            let fallback = lastPeriods[d.grain].flatMap { p in p.year == d.year && p.month == d.month ? p : nil }
            guard let base = inSentence.flatMap({ $0.date ?? $0.to }) ?? fallback, let y = base.year else { continue }
            var shifted = d
            let perYear = d.grain == .month ? 12 : 4
            let total = y * perYear + (base.month - 1) + off
            shifted.year = total / perYear
            shifted.month = total % perYear + 1
            mentions[idx].date = shifted
            mentions[idx].isBaselineCue = true
        }
    }

    /// Gives each "cùng kỳ" the period of the sentence's statistic, shifted.
    func resolveSamePeriod(_ mentions: inout [Mention], from start: Int = 0) {
        for idx in start..<mentions.count where mentions[idx].samePeriodYear != nil || mentions[idx].samePeriodOffset != nil {
            // The period: the nearest date before it (else after it) in the sentence that is not itself a baseline.
            let candidates = (start..<mentions.count).filter { $0 != idx && mentions[$0].kind == .date && !mentions[$0].isBaselineCue }
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

/// The last date point of each grain seen in the earlier sentences of a document, by grain
/// (`Extractor.resolveRelativeBaselines`). (A `[Grain: DatePoint]` hashed the grain's string raw
/// value at every read and write, and grew twice per document.)
struct PeriodsByGrain {
    private var points = [DatePoint?](repeating: nil, count: 8)

    subscript(_ grain: Grain) -> DatePoint? {
        get { points[grain.rank] }
        set { points[grain.rank] = newValue }
    }
}

extension Array where Element == Mention {
    /// End token of the last mention when it is of `kind` (without copying the mention).
    /// `start`: the first mention that counts (none before it is read).
    @inline(__always) func last(kind: MentionKind, from start: Int = 0) -> Int? {
        guard let k = indices.last, k >= start, self[k].kind == kind else { return nil }
        return self[k].endToken
    }
}
