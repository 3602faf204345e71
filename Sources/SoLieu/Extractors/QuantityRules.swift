/// A numeral read from the text, before deciding what it measures.
struct Quantity {
    var value: ExactDecimal
    /// English thousands reading of "12,500" (see `DigitNumber`).
    var alternative: ExactDecimal?
    var first: Int
    /// Token index after the numeral and its magnitude words.
    var end: Int
    var spelled: Bool
    var words: Int
    var hasMagnitude: Bool
    var magnitudeExponent: Int
    var leadingZero: Bool
    var plainDigits: Int?
}

/// Currency names that are also everyday words ("đồng" = together / copper, "bảng" = board / table).
private let ambiguousCurrencyWords = KeySet(words: ["đồng", "bảng", "đô", "yên", "tệ"])

/// Numbers, percentages, money, durations and their ranges (RECORDS.md 3, 5).
enum QuantityRules {
    // MARK: Reading numerals

    /// Reads digits or spelled words (with sign and magnitude) at token i.
    static func read(_ c: Context, at i: Int) -> Quantity? {
        guard i >= c.lo && i < c.hi else { return nil }
        var sign = false
        var start = i
        var k = i
        if c.isKey(i, Cue.am), let n = c.next(i), c.kind(n) == .number || c.kind(n) == .word {
            sign = true; k = n
        } else if (c.isKey(i, Cue.dash) || c.firstUnit(i) == 0x2212 || c.firstUnit(i) == 0x2B), let n = c.nextGlued(i), c.kind(n) == .number,
                  c.prev(i) == nil || !c.glued(i) || [0x28, 0x5B, 0x22, 0x201C].contains(c.firstUnit(i - 1)) {
            // A sign, not a range dash: after a space, or right after "(" / "[" / a quote: "(-20,5 tỉ đồng)",
            // "(+0,36%)" (a plus keeps the value and is part of the text, as a minus is).
            sign = c.firstUnit(i) != 0x2B; k = n
        }
        var q: Quantity
        if c.kind(k) == .number {
            guard let d = c.units.withUnsafeBufferPointer({ DigitNumber.parse($0, Int(c.tokens[k].start), Int(c.tokens[k].end)) }) else { return nil }
            q = Quantity(value: d.value, alternative: d.thousandsAlternative, first: start, end: k + 1, spelled: false, words: 1,
                         hasMagnitude: false, magnitudeExponent: 0, leadingZero: d.leadingZero, plainDigits: d.plainDigitCount)
            // "165. 434 tỷ": a thousands group split by a stray space in scraped text.
            if let pd = d.plainDigitCount, pd <= 3, !d.leadingZero, let sep = c.nextGlued(k), c.isKey(sep, Cue.dot),
               sep + 2 < c.hi, c.tokens[sep + 1].kind == .space, c.tokens[sep + 1].length == 1, c.plainDigits(sep + 2) == 3,
               let hi = c.intValue(sep + 2), let lo = c.intValue(k) {
                q.value = ExactDecimal(lo * 1000 + hi)
                q.plainDigits = nil
                q.end = sep + 3
            }
            readMagnitude(c, &q)
        } else if c.kind(k) == .word {
            // "bánh tráng Ba Cây Tre": a capitalized number word before a capitalized word
            // inside a sentence is part of a name.
            if c.isCapitalized(k), c.prev(k).map({ c.kind($0) == .word }) ?? false, let n = c.next(k), c.isCapitalized(n) { return nil }
            // "mỗi năm", "hằng năm", "hàng năm": "năm" is "year" there, never five.
            if c.isKey(k, Cue.nam), let p = c.prev(k), c.isKey(p, Cue.moi) || c.isKey(p, Cue.hang2) || c.isKey(p, Cue.hangTram) { return nil }
            guard let s = SpelledNumber.parse(c, at: k) else { return nil }
            q = Quantity(value: s.value, alternative: nil, first: start, end: s.end, spelled: true, words: s.words,
                         hasMagnitude: s.hasMagnitude, magnitudeExponent: 0, leadingZero: false, plainDigits: nil)
        } else { return nil }
        // Spoken decimals: "2 chấm 23", "hai phẩy 23", "một chấm ba".
        if !q.hasMagnitude, q.value.isInteger, let sep = c.next(q.end - 1), c.isKey(sep, Cue.cham) || c.isKey(sep, Cue.phay),
           let f = c.next(sep), let frac = fraction(c, at: f) {
            q.value = q.value + frac.value
            q.end = frac.end
            q.spelled = false
            readMagnitude(c, &q)
        }
        if sign {
            q.value = -q.value
            q.alternative = q.alternative.map { -$0 }
        }
        start = i
        q.first = start
        return q
    }

    /// The digits after a spoken decimal mark, as a fraction ("23" → 0.23, "ba" → 0.3).
    static func fraction(_ c: Context, at k: Int) -> (value: ExactDecimal, end: Int)? {
        if c.kind(k) == .number, let n = c.plainDigits(k), n <= 6, let v = c.intValue(k) {
            return (ExactDecimal(significand: Int64(v), exponent: -n), k + 1)
        }
        if let m = c.match(c.numerals, k), m.entry[2] == "digit", let v = m.entry.int(1) {
            return (ExactDecimal(significand: Int64(v), exponent: -1), m.end)
        }
        return nil
    }

    /// Magnitude words after digits: "7,5 tỷ", "5tr", "3 triệu 200 nghìn", "1 triệu rưỡi".
    static func readMagnitude(_ c: Context, _ q: inout Quantity) {
        guard let k = c.next(q.end - 1), let m = c.match(c.magnitudes, k) else { return }
        if m.entry[2] == "1" && !c.glued(k) { return }
        // "k" / "tr" only when glued or followed by a currency.
        let exp = m.entry.int(1) ?? 0
        q.value = q.value.scaled(by: exp)
        q.alternative = q.alternative.map { $0.scaled(by: exp) }
        q.end = m.end
        q.hasMagnitude = true
        q.magnitudeExponent = exp
        var lastExp = exp
        // Mixed forms: "3 triệu 200 nghìn", "2 tỷ 500 triệu", "1 triệu rưỡi".
        while let n = c.next(q.end - 1) {
            if let r = c.match(c.numerals, n), r.entry[2] == "half", r.end == n + 1 {
                q.value = q.value + ExactDecimal(5).scaled(by: lastExp - 1)
                q.end = n + 1
                break
            }
            guard c.kind(n) == .number, let v = c.intValue(n), v < 1000, let m2 = c.next(n),
                  let mm = c.match(c.magnitudes, m2), mm.entry[2] != "1", let e2 = mm.entry.int(1), e2 < lastExp else { break }
            q.value = q.value + ExactDecimal(v).scaled(by: e2)
            q.alternative = nil
            q.end = mm.end
            lastExp = e2
        }
    }

    // MARK: What follows the numeral

    enum Suffix {
        case percent(end: Int, pp: Bool)
        case currency(code: String, end: Int)
        case duration(unit: String, months: Int, end: Int)
        case unit(String, kind: String, end: Int)
        case none
    }

    /// What the tokens after position `end` (exclusive) make of a numeral.
    static func suffix(_ c: Context, after end: Int) -> Suffix {
        guard let k = c.next(end - 1) else { return .none }
        if c.isKey(k, Cue.percent) { return .percent(end: k + 1, pp: false) }
        if c.isKey(k, Cue.phan), let t = c.next(k), c.isKey(t, Cue.tram) { return .percent(end: t + 1, pp: false) }
        if c.isKey(k, Cue.diem), let p = c.next(k) {
            if c.isKey(p, Cue.percent) { return .percent(end: p + 1, pp: true) }
            if c.isKey(p, Cue.phan), let t = c.next(p), c.isKey(t, Cue.tram) { return .percent(end: t + 1, pp: true) }
        }
        // ("3 đồng đội", "2 đồng nghiệp", "đồng hồ": "đồng" opening another word is no currency.)
        // ("16 đồng tiền khác", "830 đồng tiền điện tử": a small plain count before "đồng tiền" counts currencies;
        // "5 triệu đồng tiền mặt", "5.000 đồng tiền lãi" are money.)
        // ("19 - 21 Yên Lãng", "300 Đồng Khởi": a capitalized currency word before another capitalized syllable
        // begins a street or place name; "100 Won Hàn Quốc", "USD" match whole or are codes.)
        if let m = c.match(c.currencies, k), !(m.end == k + 1 && c.next(k).map { dongWordSeconds.contains(c.key($0))
                || (c.key($0) == Cue.tienMoney && c.key(k) == Cue.dong && (c.plainDigits(end - 1).map { $0 <= 3 } ?? false))
                || ($0 == k + 2 && c.isCapitalized(k) && c.isCapitalized($0) && c.tokens[k].length >= 2
                    && !IdentifierRules.isAllCapsWord(c, k) && !c.has(c.currencies, $0)) } ?? false) {
            return .currency(code: m.entry[1], end: m.end)
        }
        let unit = c.match(c.unitTable, k)
        if let t = c.match(c.timeUnits, k), (unit.map { $0.end <= t.end } ?? true) {
            let u = t.entry[1]
            if u != "day" || !c.isKey(k, Cue.hom) {
                return .duration(unit: u, months: t.entry.int(2) ?? 0, end: t.end)
            }
        }
        if let unit {
            var end = unit.end
            // "63 tỉnh, thành phố": a unit pair joined by a comma.
            // "trẻ mầm non và học sinh phổ thông": two counted nouns joined by "và".
            if let comma = c.nextGlued(end - 1) ?? c.next(end - 1), c.isKey(comma, Cue.comma) || c.isKey(comma, Cue.va), let n2 = c.next(comma),
               let u2 = c.match(c.unitTable, n2), c.next(u2.end - 1).map({ c.kind($0) != .number }) ?? true,
               unit.entry[1] == u2.entry[1], unit.entry[1] == "count",
               c.isKey(comma, Cue.va) ? u2.end - n2 >= 2 && unit.end - k >= 2 : isAdministrative(c.text(k, unit.end)) {
                end = u2.end
            }
            var name = c.text(k, end)
            // "tạ/ha", "con/phụ nữ", "buổi/ngày": a rate unit.
            if let p = per(c, after: end) { name += "/" + p.per; end = p.end }
            return .unit(name, kind: unit.entry[1], end: end)
        }
        return .none
    }

    static func isAdministrative(_ s: String) -> Bool {
        ["tỉnh", "thành phố", "quận", "huyện", "xã", "phường"].contains(s.lowercased())
    }

    /// "/lượng", "/1ha/1 năm", "/USD", "/năm": per-unit part after a price or rate.
    static func per(_ c: Context, after end: Int) -> (per: String, end: Int)? {
        var parts = [String]()
        var e = end
        while let slash = c.nextGlued(e - 1), c.isKey(slash, Cue.slash), slash + 1 < c.hi {
            var k = slash + 1
            if c.tokens[k].isSpace { break }
            // "/1ha", "/1 năm": a leading 1 is dropped.
            if c.kind(k) == .number, c.intValue(k) == 1, let n = c.next(k) { k = n }
            if let cur = c.match(c.currencies, k) {
                parts.append(cur.entry[1]); e = cur.end
            } else if let u = c.match(c.unitTable, k) {
                parts.append(c.text(k, u.end)); e = u.end
            } else if let t = c.match(c.timeUnits, k) {
                parts.append(c.text(k, t.end)); e = t.end
            } else if c.kind(k) == .word, c.glued(k) || k == slash + 1 {
                parts.append(c.text(k)); e = k + 1
                // "km2" style glued digit.
                if let g = c.nextGlued(k), c.kind(g) == .number, c.plainDigits(g) == 1 { parts[parts.count - 1] += c.text(g); e = g + 1 }
            } else { break }
        }
        return parts.isEmpty ? nil : (parts.joined(separator: "/"), e)
    }

    // MARK: Building mentions

    /// Tries every quantity reading at token i, most specific first.
    static func scan(_ c: Context, at i: Int) -> Mention? {
        // (The key of token i as `c.isKey` reads it, once for the cue tests below.)
        let key: UInt64? = i >= c.lo && i < c.hi ? c.tokens[i].key : nil
        // Currency before the amount: "USD 88,5 triệu", "$10".
        if let cur = c.match(c.currencies, i), cur.entry.firstIsCodeOrSymbol,
           let n = c.next(cur.end - 1), c.kind(n) == .number, let q = read(c, at: n) {
            var m = mention(c, .money, i, q.end, rule: "money.currency-first")
            m.value = q.value; m.currency = cur.entry[1]
            return m
        }
        // Range with "giữa … và …".
        if key == Cue.giuaRange, let n = c.next(i), let q1 = read(c, at: n) {
            var afterFirst = q1.end
            switch suffix(c, after: q1.end) {
            case let .currency(_, e), let .percent(e, _): afterFirst = e
            default: break
            }
            if let v = c.next(afterFirst - 1), c.isKey(v, Cue.va), let n2 = c.next(v), let q2 = read(c, at: n2),
               let m = range(c, start: i, q1, q2, rule: "range.giua-va") { return m }
        }
        // Range with "từ … đến / tới …".
        if key == Cue.tu, let n = c.next(i), let q1 = read(c, at: n) {
            // The first amount may repeat the suffix: "từ 1000 đồng đến 2000 đồng", "từ 6% đến 7%".
            var afterFirst = q1.end
            switch suffix(c, after: q1.end) {
            case let .currency(_, e), let .percent(e, _): afterFirst = e
            default: break
            }
            if let d = c.next(afterFirst - 1), c.isKey(d, Cue.den) || c.isKey(d, Cue.toi), let n2 = c.next(d), let q2 = read(c, at: n2),
               let m = range(c, start: i, q1, q2, rule: "range.tu-den") { return m }
        }
        // "hơn nửa năm": half a time unit.
        if key == Cue.nua, let n = c.next(i), let t = c.match(c.timeUnits, n) {
            var m = mention(c, .duration, i, t.end, rule: "duration.half")
            m.value = ExactDecimal(significand: 5, exponent: -1); m.unit = t.entry[1]
            return m
        }
        guard var q = read(c, at: i) else { return nil }
        // (What follows the numeral is read once: the checks below and `single` all ask it, and a unit's
        // reading builds strings.)
        let sfx = suffix(c, after: q.end)
        // "30%-38%", "khoảng 0,01% đến 0,06%": a percent range with the sign on both sides.
        if case let .percent(pe, _) = sfx, let d = c.nextGlued(pe - 1) ?? c.next(pe - 1),
           c.isKey(d, Cue.dash) || c.isKey(d, Cue.endash) || c.isKey(d, Cue.den) || c.isKey(d, Cue.toi),
           let n2 = c.nextGlued(d) ?? c.next(d), c.kind(n2) == .number, let q2 = read(c, at: n2), case .percent = suffix(c, after: q2.end),
           let m = range(c, start: i, q, q2, rule: "range.percent") { return m }
        // Range with "đến" / "tới" and no "từ": "5 đến 7 triệu đồng", "khoảng 1.000 đến 2.000 đồng/kg", "0,5 đến 1 điểm
        // phần trăm": a bare first figure and a second with a unit, a currency or a percent (not a duration: "3 đến 5
        // năm" is read as it was).
        if !q.spelled, case .none = sfx, let d = c.next(q.end - 1), c.isKey(d, Cue.den) || c.isKey(d, Cue.toi),
           let n2 = c.next(d), c.kind(n2) == .number, let q2 = read(c, at: n2) {
            switch suffix(c, after: q2.end) {
            case .percent, .currency, .unit:
                if let m = range(c, start: i, q, q2, rule: "range.den") { return m }
            default: break
            }
        }
        // Range with a dash: "10-15 tỷ đồng", "4,7-4,8%".
        if !q.spelled, let d = c.nextGlued(q.end - 1) ?? c.next(q.end - 1), c.isKey(d, Cue.dash) || c.isKey(d, Cue.endash),
           let n2 = c.nextGlued(d) ?? c.next(d), c.kind(n2) == .number, let q2 = read(c, at: n2) {
            if let m = range(c, start: i, q, q2, rule: "range.dash") { return m }
        }
        return single(c, &q, sfx)
    }

    static func isCodeOrSymbol(_ s: String) -> Bool {
        guard let f = s.unicodeScalars.first else { return false }
        return !(f.properties.isLowercase)
    }

    static func mention(_ c: Context, _ kind: MentionKind, _ first: Int, _ end: Int, rule: String) -> Mention {
        Mention(kind: kind, start: Int(c.tokens[first].start), end: Int(c.tokens[end - 1].end), firstToken: first, endToken: end, rule: rule)
    }

    /// One numeral and what follows it (`sfx`: `suffix(c, after: q.end)`).
    static func single(_ c: Context, _ q: inout Quantity, _ sfx: Suffix) -> Mention? {
        switch sfx {
        case let .percent(end, pp):
            var e = end
            if let p = per(c, after: end) { e = p.end }
            var m = mention(c, .percent, q.first, e, rule: pp ? "percent.points" : "percent")
            m.value = q.value
            if pp { m.unit = "pp" }
            return m
        case let .currency(code, end):
            // "không đồng tình", "hai bảng đấu": a number word before a common noun that
            // is also a currency name is not money.
            if q.spelled && !q.hasMagnitude, q.value < ExactDecimal(10), let cur = c.match(c.currencies, c.next(q.end - 1) ?? q.end),
               ambiguousCurrencyWords.contains(c.key(c.next(q.end - 1) ?? q.end)), cur.end == (c.next(q.end - 1) ?? q.end) + 1 { return nil }
            var m = mention(c, .money, q.first, end, rule: "money")
            m.value = q.value; m.currency = code
            if let p = per(c, after: end) {
                m.per = p.per
                m.end = Int(c.tokens[p.end - 1].end); m.endToken = p.end
                m.rule = "money.per"
            }
            // "k" after digits is unambiguous before a currency: handled by readMagnitude when glued.
            return m
        case let .duration(unit, months, end):
            // A lone "một" + time unit is "a …" unless a qualifier makes it a count: "hơn một tuần".
            if q.spelled && q.words == 1 && c.isKey(q.first, Cue.mot), c.matchEnding(c.qualifiers, before: q.first, maxTokens: 2) == nil { return nil }
            if q.hasMagnitude { break }
            // "7 năm 6 tháng" = 90 months.
            if months > 0, let n = c.next(end - 1), let q2 = read(c, at: n), !q2.spelled || q2.words > 0,
               case let .duration(_, m2, end2) = suffix(c, after: q2.end), m2 > 0, m2 < months,
               let a = q.value.intValue, let b = q2.value.intValue {
                var m = mention(c, .duration, q.first, end2, rule: "duration.compound")
                m.value = ExactDecimal(a * months + b * m2); m.unit = "month"
                return m
            }
            var m = mention(c, .duration, q.first, end, rule: "duration")
            m.value = q.value; m.unit = unit
            m.end = Int(c.tokens[end - 1].end)
            return m
        case let .unit(name, kind, _):
            if q.spelled && q.words == 1 && c.isKey(q.first, Cue.mot) { return nil } // "một doanh nghiệp": "a", not 1
            var m = mention(c, .number, q.first, q.end, rule: "number.unit")
            m.value = (kind == "count" || kind == "age") ? (q.alternative ?? q.value) : q.value
            m.unit = name
            return m
        case .none:
            break
        }
        // "tuổi một trăm linh năm": the age word written before the number.
        if let p = c.prev(q.first), c.isKey(p, Cue.tuoi) {
            var m = mention(c, .number, q.first, q.end, rule: "number.age-before")
            m.value = q.value; m.unit = "tuổi"
            return m
        }
        // A plain numeral.
        if q.spelled {
            // Spelled words alone are a number only when they are unmistakable.
            if q.words < 2 && !q.hasMagnitude { return nil }
            if c.isKey(q.first, Cue.mot) && !q.hasMagnitude && q.words < 2 { return nil }
        }
        var m = mention(c, .number, q.first, q.end, rule: q.spelled ? "number.spelled" : "number")
        m.value = q.value
        return m
    }

    /// A range of two numerals sharing one suffix.
    static func range(_ c: Context, start: Int, _ q1: Quantity, _ q2: Quantity, rule: String) -> Mention? {
        var a = q1
        var b = q2
        // "10-15 tỷ": the first takes the second's magnitude.
        if !a.hasMagnitude && b.hasMagnitude { a.value = a.value.scaled(by: b.magnitudeExponent) }
        var kind: MentionKind = .number
        var end = b.end
        var currency: String? = nil
        var unit: String? = nil
        var pp = false
        // "6% - 7%": a percent sign on the first.
        if let p = c.nextGlued(q1.end - 1), c.isKey(p, Cue.percent) { kind = .percent }
        switch suffix(c, after: b.end) {
        case let .percent(e, isPP): kind = .percent; end = e; pp = isPP
        case let .currency(code, e): kind = .money; currency = code; end = e
        case let .unit(name, k, _):
            unit = name
            if k == "count" { a.value = a.alternative ?? a.value; b.value = b.alternative ?? b.value }
        case let .duration(u, _, e):
            // "kỳ hạn 1-2 tháng": a range of durations.
            guard !a.hasMagnitude, !b.hasMagnitude, a.value < b.value else { return nil }
            var m = mention(c, .duration, start, e, rule: rule)
            m.min = a.value; m.max = b.value; m.unit = u
            return m
        case .none:
            // "khoảng 100 - 110 triệu TOE": a magnitude on the right makes it a range of amounts.
            if kind != .percent && rule == "range.dash" && !(b.hasMagnitude && !a.hasMagnitude) { return nil }
        }
        guard a.value < b.value else { return nil }
        var m = mention(c, kind, start, end, rule: rule)
        m.min = a.value; m.max = b.value
        m.currency = currency
        if pp { m.unit = "pp" } else if let unit { m.unit = unit }
        if kind == .money || kind == .percent, let p = per(c, after: end) {
            m.per = kind == .money ? p.per : nil
            m.end = Int(c.tokens[p.end - 1].end); m.endToken = p.end
        }
        return m
    }
}

/// Second syllables of words that start with "đồng" but do not name the currency
/// ("đồng đội" teammate, "đồng nghiệp" colleague, "đồng hồ" clock, "đồng bào", "đồng chí").
private let dongWordSeconds = KeySet(words: ["đội", "nghiệp", "hồ", "bào", "chí", "hương", "thời", "loạt", "minh", "phục", "môn", "sáng", "tác", "lòng", "tình", "ý"])
