/// Finds the publication date that news pages print near the top:
/// "Thứ năm - 28/12/2023 08:47", "Chủ nhật, 3/3/2024, 07:00 (GMT+7)",
/// "Ngày đăng: 25/10/2019 16:20", "Cập nhật lúc 08:47 ngày 28/12/2023",
/// "28/12/2023 | 08:47".
enum Dateline {
    /// Lines searched from the top of the document.
    static let maxLines = 6
    /// …and at most this many UTF-16 units (a text without line breaks).
    static let maxUnits = 600

    /// `context`: a context on `doc` with `words` to use (else one is made); it is left on
    /// one of the sentences searched.
    static func find(_ doc: TokenizedText, words: WordTables, context given: Context? = nil) -> CalendarDay? {
        // (The arrays are read once: each read of `doc.tokens` retained and released it. The
        // loops read the tokens through a buffer pointer: no bounds checks, no iterator.)
        let tokens = doc.tokens, starts = doc.sentenceTokenStart
        return tokens.withUnsafeBufferPointer { tp -> CalendarDay? in
            let limit = searchEnd(tp)
            // One context serves every sentence searched (`moveTo`).
            var context = given
            for s in 0..<(starts.count - 1) {
                let lo = Int(starts[s])
                let hi = Swift.min(Int(starts[s + 1]), limit)
                if lo >= hi { break }
                let c: Context
                if let reused = context { reused.moveTo(lo: lo, hi: hi); c = reused } else {
                    c = Context(doc: doc, units: doc.text.units, tokens: tokens, lo: lo, hi: hi, words: words)
                    context = c
                }
                let rules = DateRules(c: c, ref: nil)
                for i in lo..<hi {
                    let t = tp[i]
                    if t.isSpace { continue }
                    // `dayWithTime` starts with a number or a day cue; spare it the other tokens.
                    // (The day cues are date starters: the start-mask bit is tested before the keys, whose
                    // comparisons mispredicted on the random keys of other words.)
                    guard t.kind == .number || (c.isDateStarter(i) && (t.key == Cue.ngay || t.key == Cue.mong || t.key == Cue.mung || t.key == Cue.hom)) else { continue }
                    if let m = rules.dayWithTime(i, requireCue: false), let d = m.date, let y = d.year, rules.explicitYear(m) {
                        // A date in parentheses or opening a span ("kỷ niệm 50 năm … (24/6/1967-24/6/2017)")
                        // dates an anniversary or a period, not the page.
                        let inParens = i > 0 && c.prev(i).map { c.isKey($0, Cue.lparen) } ?? false
                        let opensSpan = m.endToken < hi && (c.isKey(m.endToken, Cue.dash) || c.isKey(m.endToken, Cue.endash))
                        if !inParens && !opensSpan {
                            return CalendarDay(year: y, month: d.month, day: d.day)
                        }
                    }
                }
            }
            return nil
        }
    }

    /// The index of the first token past the top searched: the first that starts after `maxUnits`
    /// units or ends the `maxLines`-th line (a run of line breaks ends one line), else `t.count`.
    static func searchEnd(_ t: UnsafeBufferPointer<Token>) -> Int {
        var lines = 0
        var lastWasNewline = false
        for i in 0..<t.count {
            let tok = t[i]
            if Int(tok.start) > maxUnits { return i }
            if tok.kind == .newline {
                if !lastWasNewline { lines += 1 }
                lastWasNewline = true
                if lines >= maxLines { return i }
            } else if tok.kind != .space { lastWasNewline = false }
        }
        return t.count
    }
}
