/// Words before "số" that make it "number of" rather than "No." (also the compounds
/// doanh số "sales", điểm số "score", sĩ số "class size", tần số, hằng số).
private let notNumberSign = KeySet(words: ["trong", "tổng", "con", "những", "các", "một", "đa", "phần", "chỉ", "hệ", "tỷ", "tỉ",
                                           "doanh", "điểm", "sĩ", "tần", "hằng"])

/// Numbers that are parts of names and identifiers, not figures
/// (RECORDS.md section 5, "Not mentions at all").
enum IdentifierRules {
    /// When the number at token i belongs to an identifier, the token index
    /// after the identifier (so the scanner skips all of it); else nil.
    static func skip(_ c: Context, at i: Int) -> Int? {
        guard c.kind(i) == .number || c.kind(i) == .word else { return nil }
        if c.kind(i) == .word {
            // "COVID-19", "U23": a word glued to digits or to "-digits" starts an identifier.
            guard let n = c.nextGlued(i) else { return nil }
            if c.has(c.currencies, i) { return nil } // "USD1,23" is money
            if c.kind(n) == .number, !isKnownSuffix(c, n) { return chainEnd(c, from: i) }
            if c.isKey(n, Cue.dash), let d = c.nextGlued(n), c.kind(d) == .number, c.isCapitalized(i) { return chainEnd(c, from: i) }
            return nil
        }
        // (The token's neighbours, read once: the tests below ask them again and again.)
        let prevToken = c.prev(i), nextGlued = c.nextGlued(i), gluedBefore = c.glued(i)
        // Phone numbers: "0912 345 678", "028 3829 1234", "1900 1234".
        if let digits = c.plainDigits(i) {
            if digits >= 4 && c.firstUnit(i) == 0x30 { return groupEnd(c, from: i) }
            if digits == 4, let v = c.intValue(i), v == 1900 || v == 1800, let n = c.next(i), let d2 = c.plainDigits(n), d2 >= 3, d2 <= 4 {
                return groupEnd(c, from: i)
            }
        }
        // "điểm 3 Điều 2", "điểm a khoản 1": a point of a legal article is numbered like the article.
        if let p = prevToken, c.isKey(p, Cue.diem), let n = c.next(i),
           c.isKey(n, Cue.dieu) || c.isKey(n, Cue.khoan) { return i + 1 }
        // A cue word before: "Nghị định 13/2023/NĐ-CP", "Quận 1", "bão số 3", "iPhone 16",
        // and a list after it: "các lớp 4, 8 và 11", "Vành đai 3, Vành đai 4".
        if let cue = c.matchEnding(c.identifierCues, before: i, maxTokens: 4),
           // "trong số 104 quốc gia", "tổng số 500", "con số 3": "số" there means "number of", not "No.".
           !(cue.entry[0] == "số" && (c.prev(cue.start).map { notNumberSign.contains(c.key($0)) } ?? false)),
           // "bệnh nhân 2.786" is a patient's number; "bệnh nhân 60 tuổi" an age (cues marked "bare" in the lexicon).
           !(cue.entry.fields.count > 1 && cue.entry[1].hasPrefix("bare") && !isBareNumber(c, after: chainEnd(c, from: i) - 1)) {
            var end = chainEnd(c, from: i)
            while let sep = c.next(end - 1), c.isKey(sep, Cue.comma) || c.isKey(sep, Cue.va),
                  let n = c.next(sep), let d = c.plainDigits(n), d <= 2,
                  c.next(n).map({ !c.has(c.unitTable, $0) }) ?? true {
                end = chainEnd(c, from: n)
            }
            return end
        }
        // "1. Mấy năm trước …": a list marker at the start of a line.
        if prevToken == nil || (i > c.lo && c.kind(i - 1) == .newline), let n = nextGlued,
           c.isKey(n, Cue.dot) || c.isKey(n, Cue.rparen), c.next(n).map({ c.kind($0) == .word }) ?? true, (c.plainDigits(i) ?? 9) <= 2 {
            return n + 1
        }
        // "Mega 6/45": digits joined by a slash right after a name are part of the name
        // (a date cue before it would have made it a date: "Ngày 28/12").
        if let s = nextGlued, c.isKey(s, Cue.slash), let n2 = c.nextGlued(s), c.kind(n2) == .number,
           let p = prevToken, c.kind(p) == .word, c.isCapitalized(p), !c.isDateStarter(p),
           !c.has(c.partsOfDay, p), !c.has(c.weekdays, p) {
            return chainEnd(c, from: i)
        }
        // "giống lúa OM 5451, OM 6976", "kênh VTC 7": an all-caps code and a bare number
        // with nothing measured after it.
        if let p = prevToken, !gluedBefore, isCode(c, p), c.plainDigits(i) != nil, nextGlued.map({ c.kind($0) == .punctuation }) ?? true,
           !c.has(c.identifierCues, p), isBareNumber(c, after: i) {
            return i + 1
        }
        // "tại 270 Trường Chinh", "địa chỉ số 8 Hoàng Minh Giám", "Báo CAND, 92 Nguyễn Du": a house number after
        // "số", "tại", "ở", "đường", "phố", "(địa) chỉ" or a comma, before a street name (two capitalized syllables,
        // the first no currency or organisation: "100 Won Hàn Quốc" is money; "Trường Chinh" starts with a unit
        // word), is part of an address.
        // (Not "gấp 2 Thái Lan", "hạ 68 Xu Mỹ".)
        if let digits = c.plainDigits(i), digits <= 4, !gluedBefore, nextGlued == nil, let p = prevToken,
           c.isKey(p, Cue.soNo) || c.isKey(p, Cue.tai) || c.isKey(p, Cue.oAt) || c.isKey(p, Cue.duong) || c.isKey(p, Cue.pho)
               || c.isKey(p, Cue.chi) || c.isKey(p, Cue.comma),
           let n = c.next(i), c.isCapitalized(n), let n2 = c.next(n), n2 == n + 2, c.isCapitalized(n2),
           !c.has(c.currencies, n), !c.has(c.organisations, n), !c.has(c.magnitudes, n),
           !IdentifierRules.isAllCapsWord(c, n) {
            return i + 1
        }
        // "GMT+7", "COVID-19": a sign glued between a word and the digits.
        // ("B.1.617", "B.1.1.7": a lineage name, a capital letter and a dot before the digits.)
        if gluedBefore, i - 2 >= c.lo, c.glued(i - 1), c.kind(i - 2) == .word,
           c.isKey(i - 1, Cue.dash) || c.firstUnit(i - 1) == 0x2B
            || (c.isKey(i - 1, Cue.dot) && c.tokens[i - 2].length == 1 && c.isCapitalized(i - 2)) { return chainEnd(c, from: i) }
        // Digits glued on the left to letters: "U23" split by the tokenizer.
        if gluedBefore, c.kind(i - 1) == .word, !isCurrencyOrMagnitude(c, i - 1) { return chainEnd(c, from: i) }
        // Digits glued to letters on the right that are no unit: "5G", "51A-123.45"; or letters glued to three or
        // more digits, whatever the letters: "Số lô: 3M01134" (not "100m2", "5m3").
        if let n = nextGlued, c.kind(n) == .word, !isKnownSuffix(c, n) || (c.nextGlued(n).flatMap { c.plainDigits($0) }.map { $0 >= 3 } ?? false) {
            return chainEnd(c, from: i)
        }
        // "cách mạng công nghiệp 4.0", "Web 2.0", "Bluetooth 5.0": a one-digit number written with ".0" and nothing
        // measured after it is a version, not a figure (a Vietnamese decimal is written with a comma).
        if c.tokens[i].length == 3, c.units[Int(c.tokens[i].start) + 1] == 0x2E, c.units[Int(c.tokens[i].start) + 2] == 0x30,
           c.kind(i) == .number, nextGlued.map({ c.kind($0) == .punctuation }) ?? true, isBareNumber(c, after: i) { return i + 1 }
        // "13/2023/NĐ-CP", "749/QĐ-TTg": a slash chain that reaches capital letters.
        if let s = nextGlued, c.isKey(s, Cue.slash) {
            var k = s
            while let n = c.nextGlued(k) {
                if c.kind(n) == .word {
                    if c.isCapitalized(n) && !isKnownSuffix(c, n) { return chainEnd(c, from: i) }
                    break
                }
                k = n
            }
        }
        if c.kind(i) == .number, c.firstUnit(i) == 0x30, c.tokens[i].length >= 5,
           c.units[Int(c.tokens[i].start) + 4] == 0x2E || c.units[Int(c.tokens[i].start) + 3] == 0x2E {
            return groupEnd(c, from: i) // "0912.345.678"
        }
        return nil
    }

    /// An all-caps word of 2-5 letters that is no unit, currency or place ("OM", "VTC").
    static func isCode(_ c: Context, _ k: Int) -> Bool {
        guard c.tokens[k].length <= 5, isAllCapsWord(c, k) else { return false }
        return !c.has(c.unitTable, k) && !c.has(c.currencies, k) && !c.has(c.places, k)
            && !c.has(c.indicatorHeads, k) && !c.has(c.organisations, k)
    }

    /// A word written in capitals only ("USD", "VN-Index" is not): a code, not a street name.
    static func isAllCapsWord(_ c: Context, _ k: Int) -> Bool {
        guard c.kind(k) == .word, c.tokens[k].length >= 2 else { return false }
        for p in Int(c.tokens[k].start)..<Int(c.tokens[k].end) where !(c.units[p] >= 0x41 && c.units[p] <= 0x5A) { return false }
        return true
    }

    /// Nothing measured follows the number: no unit, currency, percent, magnitude or time unit.
    static func isBareNumber(_ c: Context, after i: Int) -> Bool {
        guard let n = c.next(i) else { return true }
        if c.isKey(n, Cue.percent) { return false }
        return !c.has(c.unitTable, n) && !c.has(c.currencies, n) && !c.has(c.magnitudes, n)
            && !c.has(c.timeUnits, n)
    }

    /// Letters that may follow digits without a space in a figure.
    static func isKnownSuffix(_ c: Context, _ k: Int) -> Bool {
        if c.has(c.unitTable, k) || c.has(c.currencies, k) || c.has(c.magnitudes, k) { return true }
        if c.has(c.timeUnits, k) { return true }
        return c.isKey(k, Cue.h) || c.isKey(k, Cue.percent)
    }

    static func isCurrencyOrMagnitude(_ c: Context, _ k: Int) -> Bool {
        c.has(c.currencies, k) || c.has(c.magnitudes, k)
    }

    /// End of the run of glued tokens starting at i (letters, digits, "/", "-", ".").
    static func chainEnd(_ c: Context, from i: Int) -> Int {
        var k = i
        while let n = c.nextGlued(k) {
            let kind = c.kind(n)
            if kind == .word || kind == .number { k = n; continue }
            if c.isKey(n, Cue.slash) || c.isKey(n, Cue.dash) || c.isKey(n, Cue.dot) {
                // A trailing "." ends the sentence, not the identifier.
                if let after = c.nextGlued(n), c.kind(after) == .word || c.kind(after) == .number { k = n; continue }
            }
            break
        }
        return k + 1
    }

    /// Phone number groups separated by single spaces or dots.
    static func groupEnd(_ c: Context, from i: Int) -> Int {
        var k = i
        while let n = c.next(k), c.kind(n) == .number, let d = c.plainDigits(n), d >= 2, d <= 4, !c.glued(n) || c.isKey(n - 1, Cue.dot) {
            k = n
        }
        return chainEnd(c, from: k)
    }
}

/// Ordinals: "thứ 3", "thứ hai", "thứ IX", "hạng Ba" (RECORDS.md section 5).
enum OrdinalRules {
    /// False when `scan(c, at: i)` certainly returns nil.
    @inline(__always) static func mayStart(_ c: Context, _ i: Int) -> Bool {
        c.isKey(i, Cue.thu) || c.isKey(i, Cue.hang) || c.isKey(i, Cue.giai)
    }

    static func scan(_ c: Context, at i: Int) -> Mention? {
        if c.isKey(i, Cue.thu), let n = c.next(i), let (v, end) = rankValue(c, at: n, afterThu: true) {
            if isWeekday(c, thu: i, numeral: n, value: v) { return nil }
            var m = QuantityRules.mention(c, .ordinal, i, end, rule: "ordinal.thu")
            m.value = ExactDecimal(v)
            return m
        }
        if c.isKey(i, Cue.hang) || c.isKey(i, Cue.giai), let n = c.next(i), !c.isKey(n, Cue.thu),
           let (v, end) = rankValue(c, at: n, afterThu: false) {
            if c.kind(n) == .number, let after = c.next(n), c.has(c.unitTable, after) { return nil }
            var m = QuantityRules.mention(c, .ordinal, n, end, rule: "ordinal.rank-word")
            m.value = ExactDecimal(v)
            return m
        }
        return nil
    }

    /// Numeral after "thứ" / "hạng": digits, an ordinal word, or a Roman numeral.
    static func rankValue(_ c: Context, at n: Int, afterThu: Bool) -> (Int, Int)? {
        if c.kind(n) == .number {
            guard let v = c.intValue(n), v > 0, v < 100000 else { return nil }
            return (v, n + 1)
        }
        guard c.kind(n) == .word else { return nil }
        // (Ranks are written with I, V and X: "hạng C", "hạng D" are classes, not 100th and 500th.)
        if c.mayBeRoman(n), case let t = c.text(n), t.utf8.allSatisfy({ $0 == 0x49 || $0 == 0x56 || $0 == 0x58 }), let r = RomanNumeral.value(t) { return (r, n + 1) }
        guard let m = c.match(c.numerals, n) else { return nil }
        let role = m.entry[2]
        guard let v = m.entry.int(1) else { return nil }
        switch role {
        case "ordinal", "digit", "unit_digit":
            if v == 0 { return nil }
            if role == "digit" && v == 1 { return nil } // "thứ một" is not Vietnamese; "thứ nhất" is
            // "hạng năm" is rare next to "hạng năm 2023": a year after it means "class of year".
            if let after = c.next(m.end - 1), c.kind(after) == .number, v == 5, c.plainDigits(after) == 4 { return nil }
            return (v, m.end)
        case "ten": return (10, m.end)
        default: return nil
        }
    }

    /// "Thứ năm - 28/12/2023", "vào thứ Tư", "thứ 2 ngày 6 tháng 2": a weekday, not a rank.
    static func isWeekday(_ c: Context, thu: Int, numeral: Int, value: Int) -> Bool {
        guard (2...7).contains(value) else { return false }
        guard c.has(c.weekdays, thu) else { return false }
        // Ranks are introduced by verbs and nouns; weekdays by time words or a date.
        if let p = c.prev(thu) {
            let k = c.key(p)
            if [Cue.vao, Cue.hom, Cue.ngay, Cue.tu, Cue.den, Cue.toi, Cue.luc].contains(k) { return true }
            if c.has(c.partsOfDay, p) { return true }
            if c.isKey(p, Cue.lparen) || c.isKey(p, Cue.comma) { return c.isCapitalized(thu) || followedByDate(c, numeral) }
        } else {
            return true // at the start of a sentence or line: dateline or "Thứ Năm, ..."
        }
        if c.isCapitalized(numeral) && c.kind(numeral) == .word { return true } // "thứ Tư"
        if c.isCapitalized(thu) && c.prev(thu) != nil { return true }
        return followedByDate(c, numeral)
    }

    static func followedByDate(_ c: Context, _ numeral: Int) -> Bool {
        var k = numeral
        for _ in 0..<3 {
            guard let n = c.next(k) else { return false }
            if c.isKey(n, Cue.ngay) || c.isKey(n, Cue.mong) || c.isKey(n, Cue.mung) || c.isKey(n, Cue.tuan) { return true }
            if c.kind(n) == .number, let s = c.nextGlued(n), c.isKey(s, Cue.slash) || c.isKey(s, Cue.dash) { return true }
            if c.kind(n) == .number, c.hasUnit(n, 0x2E) { return true }
            if c.isKey(n, Cue.comma) || c.isKey(n, Cue.dash) || c.isKey(n, Cue.endash) || c.isKey(n, Cue.lparen) { k = n; continue }
            return false
        }
        return false
    }
}
