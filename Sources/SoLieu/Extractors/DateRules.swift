/// "năm sau khi …": the word that makes "sau/trước" open a clause (DateRules.beforeClause).
private let khiClauseKey = Fold.key("khi")

/// A calendar day used to resolve relative and partial dates.
public struct CalendarDay: Sendable, Equatable, CustomStringConvertible {
    public var year: Int, month: Int, day: Int
    public init(year: Int, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }

    /// Parses "YYYY-MM-DD" (a real calendar day).
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= CalendarDay.daysIn(month: m, year: y) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var description: String { DatePoint(year: year, grain: .day, month: month, day: day).iso ?? "" }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian).
    var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    init(ordinal z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    public func adding(days n: Int) -> CalendarDay { CalendarDay(ordinal: ordinal + n) }
}

/// Cue words of a year named by its kind ("tài khóa 2016", "mùa khô 2016-2017").
/// (Their first words are compared as literals in `DateRules.single`; a test checks them.)
let yearCuePhrases = ["tài khóa", "niên khóa", "niên vụ", "mùa khô", "mùa mưa", "mùa vụ", "vụ mùa"]
private let yearCueTable = PhraseTable<WordTables.Entry>(yearCuePhrases.map {
    ($0.split(separator: " ").map { Fold.key(String($0)) }, WordTables.Entry(file: "rules", line: 0, fields: [$0]))
})

/// Words before "a/b" that make it a rank, a grade, a share or a score, not a date.
private let notDateBefore = KeySet(words: ["thứ", "hạng", "bậc", "chiếm", "số", "tỷ", "lệ", "tỉ", "khoảng", "gần", "hơn", "trên", "dưới", "đạt", "mạch", "lớp", "tổ", "phòng", "bằng"])

/// Dates, times and periods (RECORDS.md sections 3 and 5).
struct DateRules {
    /// Words before "quý" meaning "precious" ("kim loại quý", "đá quý").
    static let preciousBefore = KeySet(words: ["loại", "đá"])
    let c: Context
    let ref: CalendarDay?

    // MARK: Small readers

    /// A four-digit year 1900-2100 in plain digits.
    func year(_ k: Int) -> Int? {
        guard let v = c.intValue(k), c.tokens[k].length == 4, (1900...2100).contains(v) else { return nil }
        return v
    }

    /// A four-digit year 1000-1899, read only after "năm" ("năm 1819").
    func oldYear(_ k: Int) -> Int? {
        guard let v = c.intValue(k), c.tokens[k].length == 4, (1000...1899).contains(v) else { return nil }
        return v
    }

    /// A year after "/" in a day date: four digits, or two ("3/3/17" = 2017, "3/9/91" = 1991).
    func shortOrLongYear(_ k: Int) -> Int? {
        if let y = year(k) { return y }
        guard let v = c.intValue(k), c.tokens[k].length == 2 else { return nil }
        return v < 50 ? 2000 + v : 1900 + v
    }

    /// A month number: digits 1-12, or a spelled one ("tháng mười hai").
    func monthNumber(_ k: Int) -> (Int, Int)? {
        if c.kind(k) == .number {
            guard let v = c.intValue(k), (1...12).contains(v), c.tokens[k].length <= 2 else { return nil }
            return (v, k + 1)
        }
        if c.mayBeRoman(k), let r = RomanNumeral.value(c.text(k)), (1...12).contains(r) { return (r, k + 1) }
        if let s = SpelledNumber.parse(c, at: k), let v = s.value.intValue, (1...12).contains(v), !s.hasMagnitude { return (v, s.end) }
        // "tháng tư": the month word for four.
        if let m = c.match(c.numerals, k), m.entry[2] == "unit_digit", m.entry[1] == "4" { return (4, m.end) }
        return nil
    }

    /// Quarter number after "quý": I-IV, 1-4, một..bốn / tư.
    func quarterNumber(_ k: Int) -> (Int, Int)? {
        if c.kind(k) == .number { guard let v = c.intValue(k), (1...4).contains(v) else { return nil }; return (v, k + 1) }
        if c.mayBeRoman(k), let r = RomanNumeral.value(c.text(k)), (1...4).contains(r) { return (r, k + 1) }
        if let m = c.match(c.numerals, k), let v = m.entry.int(1), (1...4).contains(v),
           ["digit", "unit_digit", "ordinal"].contains(m.entry[2]) { return (v, m.end) }
        return nil
    }

    /// "/2023", " năm 2023", " năm nay": the year that completes a month or quarter.
    func trailingYear(after end: Int) -> (year: Int, end: Int)? {
        if let s = c.nextGlued(end - 1), c.isKey(s, Cue.slash) || c.isKey(s, Cue.dash), let y = c.nextGlued(s), let v = year(y) {
            return (v, y + 1)
        }
        var n0 = c.next(end - 1)
        if let cua = n0, c.isKey(cua, Cue.cua), let n2 = c.next(cua), c.isKey(n2, Cue.nam) { n0 = n2 } // "quý 4 của năm 2018"
        if let n = n0, c.isKey(n, Cue.nam), let y = c.next(n) {
            if let v = year(y) { return (v, y + 1) }
            if let r = c.match(c.relativeDates, n), r.entry[1] == "year", let ref {
                return (ref.year + (r.entry.int(2) ?? 0), r.end)
            }
        }
        return nil
    }

    func point(_ grain: Grain, year: Int?, month: Int = 1, day: Int = 1, hour: Int = 0, minute: Int = 0) -> DatePoint {
        // "24:00 31/12/16" is midnight at the end of that day: the next day at 00:00.
        if hour == 24, grain >= .hour {
            guard let y = year, valid(day, month, y) else { return DatePoint(year: nil, grain: grain, month: month, day: day, hour: 0, minute: minute) }
            let next = CalendarDay(year: y, month: month, day: day).adding(days: 1)
            return DatePoint(year: next.year, grain: grain, month: next.month, day: next.day, hour: 0, minute: minute)
        }
        return DatePoint(year: year, grain: grain, month: month, day: day, hour: hour, minute: minute)
    }

    func make(_ first: Int, _ end: Int, _ p: DatePoint, rule: String) -> Mention {
        var m = QuantityRules.mention(c, .date, first, end, rule: rule)
        m.date = p
        return m
    }

    func makeSpan(_ first: Int, _ end: Int, _ a: DatePoint, _ b: DatePoint, rule: String) -> Mention {
        var m = QuantityRules.mention(c, .date, first, end, rule: rule)
        m.from = a
        m.to = b
        return m
    }

    // MARK: Clock times

    struct Clock {
        var hour: Int; var minute: Int; var first: Int; var end: Int; var explicitMinute: Bool
        var partOfDay = false
        /// Set by "chiều nay" / "tối qua" after the time.
        var dayOffset: Int? = nil
    }

    /// "08:47", "8h30", "20h", "8 giờ 30 phút", "8 giờ", with a part of day
    /// after it ("16 giờ 45 phút chiều").
    func clock(_ k: Int) -> Clock? {
        guard c.kind(k) == .number, let h = c.intValue(k), (0...24).contains(h), c.tokens[k].length <= 2 else { return nil }
        var clock: Clock? = nil
        if let col = c.nextGlued(k), c.isKey(col, Cue.colon), let mi = c.nextGlued(col), let m = c.intValue(mi), c.tokens[mi].length == 2, m < 60 {
            var end = mi + 1
            // seconds ":SS" are absorbed into the text
            if let col2 = c.nextGlued(mi), c.isKey(col2, Cue.colon), let s = c.nextGlued(col2), c.plainDigits(s) == 2 { end = s + 1 }
            clock = Clock(hour: h, minute: m, first: k, end: end, explicitMinute: true)
        } else if let hh = c.nextGlued(k), c.isKey(hh, Cue.h) || c.isKey(hh, Cue.g) {
            if let mi = c.nextGlued(hh), c.kind(mi) == .number, let m = c.intValue(mi), m < 60, c.tokens[mi].length <= 2 {
                var end = mi + 1
                if let p = c.nextGlued(mi), c.isKey(p, Cue.phut) { end = p + 1 } // "8h30phút"
                clock = Clock(hour: h, minute: m, first: k, end: end, explicitMinute: true)
            } else {
                clock = Clock(hour: h, minute: 0, first: k, end: hh + 1, explicitMinute: false)
            }
        } else if let g = c.next(k), c.isKey(g, Cue.gio) {
            clock = Clock(hour: h, minute: 0, first: k, end: g + 1, explicitMinute: false)
            if let mi = c.next(g), c.kind(mi) == .number, let m = c.intValue(mi), m < 60 {
                if let p = c.next(mi), c.isKey(p, Cue.phut) { clock = Clock(hour: h, minute: m, first: k, end: p + 1, explicitMinute: true) }
                else if !c.has(c.unitTable, mi + 2 < c.hi ? mi + 2 : mi) { clock = Clock(hour: h, minute: m, first: k, end: mi + 1, explicitMinute: true) }
            }
        }
        guard var cl = clock, cl.hour < 24 || cl.minute == 0 else { return nil }
        if let p = c.next(cl.end - 1), let pod = c.match(c.partsOfDay, p) {
            cl.end = pod.end
            cl.partOfDay = true
            if pod.entry[1] == "1" && cl.hour < 12 { cl.hour += 12 }
            // "15h chiều nay": the deictic word after the part of day belongs to the day.
            if let d = c.next(pod.end - 1), c.isKey(d, Cue.nay) || c.isKey(d, Cue.qua) || c.isKey(d, Cue.mai) {
                cl.dayOffset = c.isKey(d, Cue.nay) ? 0 : (c.isKey(d, Cue.qua) ? -1 : 1)
                cl.end = d + 1
            }
        }
        return cl
    }

    // MARK: Day dates

    struct Day { var year: Int?; var month: Int; var day: Int; var first: Int; var end: Int; var explicitYear: Bool }

    /// "28/12/2023", "28-12-2023", "28.12.2023", "28/12", "ngày 28 tháng 12 năm 2023",
    /// "mồng 7 tháng 3". `first` includes "ngày" / "mồng" when present.
    func day(_ i: Int, requireCue: Bool) -> Day? {
        var k = i
        var cue = false
        if c.isKey(k, Cue.ngay) || c.isKey(k, Cue.mong) || c.isKey(k, Cue.mung) || c.isKey(k, Cue.hom), let n = c.next(k) {
            cue = true
            k = n
            if (c.isKey(k, Cue.mong) || c.isKey(k, Cue.mung)), let n2 = c.next(k) { k = n2 }
        }
        guard c.kind(k) == .number else { return nil }
        // One token with dots: "28.12.2023".
        if c.hasUnit(k, 0x2E) {
            let parts = c.dotParts(k)
            // "chiều 6.2", "Ngày 9.7": after a date cue a dot separates day and month
            // (Vietnamese writes decimals with a comma).
            if parts.count == 2, cue || partOfDayBefore(i) || holidayDotted(i), parts.length.0 <= 2, parts.length.1 <= 2,
               let d = parts.value.0, let m = parts.value.1, valid(d, m, ref?.year ?? 2000) {
                return Day(year: ref?.year, month: m, day: d, first: i, end: k + 1, explicitYear: false)
            }
            guard parts.count == 3, parts.length.0 <= 2, parts.length.1 <= 2, parts.length.2 == 4,
                  let d = parts.value.0, let m = parts.value.1, let y = parts.value.2, valid(d, m, y) else { return nil }
            return Day(year: y, month: m, day: d, first: i, end: k + 1, explicitYear: true)
        }
        guard let d = c.intValue(k), (1...31).contains(d), c.tokens[k].length <= 2 else { return nil }
        // D/M[/Y] or D-M-Y
        if let s = c.nextGlued(k), c.isKey(s, Cue.slash) || c.isKey(s, Cue.dash), let mk = c.nextGlued(s),
           let m = c.intValue(mk), c.tokens[mk].length <= 2, (1...12).contains(m) {
            let sepIsDash = c.isKey(s, Cue.dash)
            if let s2 = c.nextGlued(mk), c.key(s2) == c.key(s), let yk = c.nextGlued(s2), let y = shortOrLongYear(yk) {
                guard valid(d, m, y) else { return nil }
                // "13/2023/NĐ-CP" style chains are identifiers.
                if let more = c.nextGlued(yk), c.isKey(more, Cue.slash) { return nil }
                return Day(year: y, month: m, day: d, first: i, end: yk + 1, explicitYear: true)
            }
            if sepIsDash && !cue { return nil } // "3-1" is a score; "ngày 7-7" is a date
            if let more = c.nextGlued(mk), c.isKey(more, Cue.slash) { return nil }
            if requireCue && !cue { return nil }
            guard valid(d, m, ref?.year ?? 2000) else { return nil }
            return Day(year: ref?.year, month: m, day: d, first: i, end: mk + 1, explicitYear: false)
        }
        // "ngày 28 tháng 12 [năm 2023]"
        if let th = c.next(k), c.isKey(th, Cue.thang), let mk = c.next(th), let (m, mEnd) = monthNumber(mk) {
            if !cue && requireCue { return nil }
            if let n = c.next(mEnd - 1), c.isKey(n, Cue.nam), let yk = c.next(n), let y = year(yk) {
                guard valid(d, m, y) else { return nil }
                return Day(year: y, month: m, day: d, first: i, end: yk + 1, explicitYear: true)
            }
            guard valid(d, m, ref?.year ?? 2000) else { return nil }
            return Day(year: ref?.year, month: m, day: d, first: i, end: mEnd, explicitYear: false)
        }
        return nil
    }

    /// "dịp nghỉ lễ 30.4, 1.5", "lễ 30.4 - 1.5": a dotted day right after "lễ", or after such a day and a list mark.
    func holidayDotted(_ i: Int) -> Bool {
        guard let p = c.prev(i) else { return false }
        if c.isKey(p, Cue.le) { return true }
        guard c.isKey(p, Cue.comma) || c.isKey(p, Cue.dash) || c.isKey(p, Cue.endash) || c.isKey(p, Cue.va),
              let d = c.prev(p), c.kind(d) == .number, c.hasUnit(d, 0x2E), let l = c.prev(d) else { return false }
        return c.isKey(l, Cue.le)
    }

    /// A part of day right before token i ("chiều 6.2").
    func partOfDayBefore(_ i: Int) -> Bool {
        guard let p = c.prev(i) else { return false }
        if c.has(c.partsOfDay, p) { return true }
        // "Giá vàng hôm nay 7.6", "hôm qua 6.6": the day restating a relative day (not a quantity:
        // "hôm nay 7.6%", "hôm nay 7.6 triệu").
        guard (c.isKey(p, Cue.nay) || c.isKey(p, Cue.qua)), c.prev(p).map({ c.isKey($0, Cue.hom) }) ?? false else { return false }
        guard let n = c.next(i) else { return true }
        return c.kind(n) != .symbol && c.firstUnit(n) != 0x25 && c.match(c.unitTable, n) == nil && c.match(c.magnitudes, n) == nil
    }

    func valid(_ d: Int, _ m: Int, _ y: Int) -> Bool {
        (1...12).contains(m) && d >= 1 && d <= CalendarDay.daysIn(month: m, year: y)
    }

    /// A day date with an optional clock time before or after it.
    func dayWithTime(_ i: Int, requireCue: Bool) -> Mention? {
        // Time first: "20h ngày 5/3", "08:47 ngày 28/12/2023".
        if let cl = clock(i), let n = c.next(cl.end - 1) {
            // "17h hôm nay", "15h chiều nay": a time and a relative day.
            if let r = c.match(c.relativeDates, n), r.entry[1] == "day" {
                let dd = ref.map { $0.adding(days: r.entry.int(2) ?? 0) }
                return make(i, r.end, point(cl.explicitMinute ? .minute : .hour, year: dd?.year, month: dd?.month ?? 1, day: dd?.day ?? 1,
                                            hour: cl.hour, minute: cl.minute), rule: "date.time-relative-day")
            }
            var dk = n
            if c.isKey(n, Cue.comma), let n2 = c.next(n) { dk = n2 }
            if let d = day(dk, requireCue: false), c.isKey(dk, Cue.ngay) || d.explicitYear || c.isKey(dk, Cue.mong) {
                return make(i, d.end, point(cl.explicitMinute ? .minute : .hour, year: d.year, month: d.month, day: d.day, hour: cl.hour, minute: cl.minute), rule: "date.time-day")
            }
        }
        guard let d = day(i, requireCue: requireCue) else { return nil }
        // Time after: "28/12/2023 08:47", "28/12/2023, 07:00".
        var after = c.next(d.end - 1)
        if let a = after, c.isKey(a, Cue.comma) || c.isKey(a, Cue.dash) || c.firstUnit(a) == 0x7C { after = c.next(a) }
        if let a = after, c.isKey(a, Cue.luc), let n = c.next(a) { after = n }
        if let a = after, let cl = clock(a), cl.explicitMinute || c.isKey(a + 1, Cue.h) {
            return make(i, cl.end, point(cl.explicitMinute ? .minute : .hour, year: d.year, month: d.month, day: d.day, hour: cl.hour, minute: cl.minute), rule: "date.day-time")
        }
        return make(i, d.end, point(.day, year: d.year, month: d.month, day: d.day), rule: "date.day")
    }

    // MARK: Months, quarters, halves, years

    /// "tháng 7/2021", "tháng 7 năm 2021", "tháng 10", "tháng này".
    /// "những tháng tới", "các năm trước": vague plurals, not dates.
    /// "năm sau khi hoạt động", "tháng trước khi …", "năm sau đó": "sau/trước" opens a
    /// clause or points at a narrated event; the words are no date relative to the reference.
    func beforeClause(_ end: Int) -> Bool {
        guard let n = c.next(end - 1), c.kind(n) == .word else { return false }
        return c.key(n) == khiClauseKey || c.isKey(n, Cue.doKey)
    }

    func afterPlural(_ i: Int) -> Bool {
        guard let p = c.prev(i) else { return false }
        return c.isKey(p, Cue.nhung) || c.isKey(p, Cue.cac) || c.isKey(p, Cue.may)
    }

    func month(_ i: Int) -> Mention? {
        guard c.isKey(i, Cue.thang), let n = c.next(i), !afterPlural(i) else { return nil }
        if let r = c.match(c.relativeDates, i), r.entry[1] == "month" {
            if beforeClause(r.end) { return nil }
            guard let ref else { return make(i, r.end, point(.month, year: nil), rule: "date.month.relative") }
            let off = r.entry.int(2) ?? 0
            let total = ref.year * 12 + (ref.month - 1) + off
            return make(i, r.end, point(.month, year: total / 12, month: total % 12 + 1), rule: "date.month.relative")
        }
        // "tháng 1.2017": month and year joined by a dot.
        if c.kind(n) == .number, c.hasUnit(n, 0x2E) {
            let parts = c.dotParts(n)
            if parts.count == 2, parts.length.0 <= 2, parts.length.1 == 4, let m = parts.value.0, let y = parts.value.1,
               (1...12).contains(m), (1900...2100).contains(y) {
                return make(i, n + 1, point(.month, year: y, month: m), rule: "date.month-year.dot")
            }
        }
        guard let (m, mEnd) = monthNumber(n) else { return nil }
        // "tháng 3 tuổi" is an age; "tháng 5 năm" with a non-year is not a month.
        if let after = c.next(mEnd - 1), c.isKey(after, Cue.tuoi) { return nil }
        if let (y, end) = trailingYear(after: mEnd) {
            return make(i, end, point(.month, year: y, month: m), rule: "date.month-year")
        }
        // Not "tháng 2/3" fractions of other things.
        if let s = c.nextGlued(mEnd - 1), c.isKey(s, Cue.slash) { return nil }
        // "tháng 10 - 12/2016": a dash between two months, the year after the second.
        if let d = c.nextGlued(mEnd - 1) ?? c.next(mEnd - 1), c.isKey(d, Cue.dash) || c.isKey(d, Cue.endash),
           let n2 = c.nextGlued(d) ?? c.next(d), c.kind(n2) == .number, let (m2, m2End) = monthNumber(n2), m2 > m {
            if let (y, end) = trailingYear(after: m2End) {
                return makeSpan(i, end, point(.month, year: y, month: m), point(.month, year: y, month: m2), rule: "date.month-span.dash")
            }
        }
        // "tháng 2 tới tháng 5", "tháng 2 đến tháng 5": a span of months of the reference year.
        if let d = c.next(mEnd - 1), c.isKey(d, Cue.toi) || c.isKey(d, Cue.den), let t2 = c.next(d), c.isKey(t2, Cue.thang),
           let n2 = c.next(t2), let (m2, m2End) = monthNumber(n2), m2 > m {
            if let (y, end) = trailingYear(after: m2End) {
                return makeSpan(i, end, point(.month, year: y, month: m), point(.month, year: y, month: m2), rule: "date.month-span")
            }
            return makeSpan(i, m2End, point(.month, year: ref?.year, month: m), point(.month, year: ref?.year, month: m2), rule: "date.month-span")
        }
        // "tháng 10 tới": the next such month; "tháng 3 vừa qua / trước": the last one.
        if let d = c.next(mEnd - 1), c.isKey(d, Cue.toi) || c.isKey(d, Cue.sau) || c.isKey(d, Cue.nay) || c.isKey(d, Cue.nayThis) || c.isKey(d, Cue.truoc) || c.isKey(d, Cue.qua) {
            guard let ref else { return make(i, d + 1, point(.month, year: nil, month: m), rule: "date.month.deictic") }
            var y = ref.year
            if c.isKey(d, Cue.toi) || c.isKey(d, Cue.sau) { if m <= ref.month { y += 1 } }
            else if c.isKey(d, Cue.truoc) || c.isKey(d, Cue.qua) { if m >= ref.month { y -= 1 } }
            return make(i, d + 1, point(.month, year: y, month: m), rule: "date.month.deictic")
        }
        return make(i, mEnd, point(.month, year: ref?.year, month: m), rule: "date.month")
    }

    /// "quý III/2023", "quý 3 năm 2023", "quý IV", "quý II năm nay", "quý này".
    func quarter(_ i: Int) -> Mention? {
        guard c.isKey(i, Cue.quy), let n = c.next(i) else { return nil }
        // "kim loại quý", "đá quý": "quý" is "precious" there, not a quarter.
        if let p = c.prev(i), DateRules.preciousBefore.contains(c.key(p)) { return nil }
        if let r = c.match(c.relativeDates, i), r.entry[1] == "quarter" {
            guard let ref else { return make(i, r.end, point(.quarter, year: nil), rule: "date.quarter.relative") }
            let total = ref.year * 4 + (ref.month - 1) / 3 + (r.entry.int(2) ?? 0)
            return make(i, r.end, point(.quarter, year: total / 4, month: total % 4 + 1), rule: "date.quarter.relative")
        }
        guard let (q, qEnd) = quarterNumber(n) else { return nil }
        if let (y, end) = trailingYear(after: qEnd) {
            return make(i, end, point(.quarter, year: y, month: q), rule: "date.quarter-year")
        }
        return make(i, qEnd, point(.quarter, year: ref?.year, month: q), rule: "date.quarter")
    }

    /// "năm 2023", "năm nay", "năm ngoái", "năm học 2023-2024".
    func year(at i: Int) -> Mention? {
        guard c.isKey(i, Cue.nam), let n = c.next(i) else { return nil }
        // "năm học 2023-2024": a span of years.
        if c.isKey(n, Cue.hoc), let y1k = c.next(n), let y1 = year(y1k), let d = c.nextGlued(y1k),
           c.isKey(d, Cue.dash) || c.isKey(d, Cue.endash) || c.isKey(d, Cue.slash), let y2k = c.nextGlued(d), let y2 = year(y2k), y2 == y1 + 1 {
            return makeSpan(i, y2k + 1, point(.year, year: y1), point(.year, year: y2), rule: "date.school-year")
        }
        if c.isKey(n, Cue.hoc), let d = c.next(n), c.isKey(d, Cue.nayThis) || c.isKey(d, Cue.truoc) || c.isKey(d, Cue.toi) || c.isKey(d, Cue.sau) {
            // The school year runs from September: "năm học này" in October 2023 is 2023-2024.
            guard let ref else { return makeSpan(i, d + 1, point(.year, year: nil), point(.year, year: nil), rule: "date.school-year.relative") }
            var y = ref.month >= 8 ? ref.year : ref.year - 1
            if c.isKey(d, Cue.truoc) { y -= 1 } else if c.isKey(d, Cue.toi) || c.isKey(d, Cue.sau) { y += 1 }
            return makeSpan(i, d + 1, point(.year, year: y), point(.year, year: y + 1), rule: "date.school-year.relative")
        }
        if let y = year(n) ?? oldYear(n) {
            // "năm 2021-2025", "các năm 2011 đến 2016": a span of years.
            if let d = c.nextGlued(n) ?? c.next(n), c.isKey(d, Cue.dash) || c.isKey(d, Cue.endash) || c.isKey(d, Cue.den) || c.isKey(d, Cue.toi),
               let y2k = c.nextGlued(d) ?? c.next(d), let y2 = year(y2k), y2 > y {
                return makeSpan(i, y2k + 1, point(.year, year: y), point(.year, year: y2), rule: "date.year-span")
            }
            return make(i, n + 1, point(.year, year: y), rule: "date.year")
        }
        if let r = c.match(c.relativeDates, i), r.entry[1] == "year", !afterPlural(i), !beforeClause(r.end) {
            // "năm trước" right after "cùng kỳ" is handled by the same-period rule.
            return make(i, r.end, point(.year, year: ref.map { $0.year + (r.entry.int(2) ?? 0) }), rule: "date.year.relative")
        }
        return nil
    }

    /// "tài khóa 2016", "niên khóa 2023", "niên vụ 2023-2024", "mùa khô 2016-2017":
    /// a fiscal, school, crop or season year named by its cue word.
    func fiscalYear(_ i: Int) -> Mention? {
        guard let cue = c.match(yearCueTable, i), let y = c.next(cue.end - 1), let v = year(y) else { return nil }
        if let d = c.nextGlued(y) ?? c.next(y), c.isKey(d, Cue.dash) || c.isKey(d, Cue.endash), let y2k = c.nextGlued(d) ?? c.next(d),
           let v2 = year(y2k), v2 == v + 1 {
            return makeSpan(i, y2k + 1, point(.year, year: v), point(.year, year: v2), rule: "date.season-span")
        }
        return make(i, y + 1, point(.year, year: v), rule: "date.fiscal-year")
    }

    /// "nửa đầu năm 2023" → 2023-H1, "nửa cuối năm nay" → H2.
    func half(_ i: Int) -> Mention? {
        guard c.isKey(i, Cue.nua), let n = c.next(i), c.isKey(n, Cue.dau) || c.isKey(n, Cue.cuoi), let y = c.next(n), c.isKey(y, Cue.nam) else { return nil }
        guard let ym = year(at: y), let yp = ym.date else {
            // "nửa cuối năm": the reference year.
            return make(i, y + 1, point(.half, year: ref?.year, month: c.isKey(n, Cue.dau) ? 1 : 2), rule: "date.half")
        }
        var p = yp
        p.grain = .half
        p.month = c.isKey(n, Cue.dau) ? 1 : 2
        return make(i, ym.endToken, p, rule: "date.half")
    }

    /// "6 tháng đầu năm 2023", "9 tháng năm 2023", "11 tháng năm nay", "3 tháng cuối năm".
    /// False when `monthsOfYear(i)` certainly returns nil: digits read as 1-12
    /// end at the token itself or after a spoken decimal ("1 chấm 0"), and
    /// "tháng" must come next ("0. 005": a split thousands group starts with a dot).
    func monthsOfYearMayStart(_ i: Int) -> Bool {
        guard c.kind(i) == .number, let n = c.next(i) else { return true }
        return c.isKey(n, Cue.thang) || c.isKey(n, Cue.cham) || c.isKey(n, Cue.phay) || c.isKey(n, Cue.dot)
    }

    /// Whether a token after `i` in the sentence is "tháng" (as `c.isKey` tests it).
    func thangAfter(_ i: Int) -> Bool { c.firstKey(Cue.thang, bit: WordTables.nextDateCueBit, after: i) < c.hi }

    func monthsOfYear(_ i: Int) -> Mention? {
        guard let q = QuantityRules.read(c, at: i), !q.hasMagnitude, let n = q.value.intValue, (1...12).contains(n),
              let th = c.next(q.end - 1), c.isKey(th, Cue.thang), let after = c.next(th) else { return nil }
        var fromEnd = false
        var k = after
        if c.isKey(after, Cue.dau) || c.isKey(after, Cue.cuoi), let a2 = c.next(after) {
            fromEnd = c.isKey(after, Cue.cuoi)
            k = a2
            guard c.isKey(k, Cue.nam) else { return nil }
            if let ym = year(at: k), let y = ym.date?.year ?? Optional<Int>.none {
                return span(i, ym.endToken, n, fromEnd, y)
            }
            // "6 tháng đầu năm": the reference year.
            if year(at: k) == nil {
                return span(i, k + 1, n, fromEnd, ref?.year)
            }
            return nil
        }
        guard c.isKey(k, Cue.nam), let ym = year(at: k), let p = ym.date, p.grain == .year else { return nil }
        return span(i, ym.endToken, n, fromEnd, p.year)
    }

    /// "9 tháng ước đạt", "Tính chung 9 tháng,", "Lũy kế 5 tháng", "Trong 9 tháng,":
    /// a bare "N tháng" that a figure is reported for is the first N months
    /// of the reference year, not a duration (docs/DECISIONS.md).
    func bareMonths(_ i: Int) -> Mention? {
        guard c.kind(i) == .number, let n = c.intValue(i), (2...12).contains(n), c.tokens[i].length <= 2,
              let th = c.next(i), c.isKey(th, Cue.thang) else { return nil }
        // Durations: "kỳ hạn 3 tháng", "hơn 3 tháng", "3 tháng tới / qua / liên tiếp / tuổi".
        if let p = c.prev(i) {
            if c.matchEnding(c.qualifiers, before: i, maxTokens: 2) != nil { return nil }
            if c.isKey(p, Cue.han) || c.isKey(p, Cue.sau) || c.isKey(p, Cue.mat) || c.isKey(p, Cue.vong) || c.kind(p) == .number { return nil }
        }
        var after = c.next(th)
        // "9 tháng chỉ tăng 2,41%": an adverb before the verb.
        if let a = after, c.isKey(a, Cue.chi) || c.isKey(a, Cue.da) || c.isKey(a, Cue.van) || c.isKey(a, Cue.cung2) { after = c.next(a) }
        if let a = after {
            if c.isKey(a, Cue.toi) || c.isKey(a, Cue.qua) || c.isKey(a, Cue.truoc) || c.isKey(a, Cue.tuoi) || c.isKey(a, Cue.lienTiep) ||
                c.isKey(a, Cue.nua) || c.isKey(a, Cue.sau) || c.isKey(a, Cue.nayThis) || c.isKey(a, Cue.dau) || c.isKey(a, Cue.cuoi) || c.isKey(a, Cue.nam) { return nil }
        }
        // A figure follows: a verb of figures, or the clause ends and the sentence goes on.
        let verbAfter = after.map { c.match(c.verbs, $0).map { !["source", "baseline"].contains($0.entry[1]) } ?? false } ?? false
        let commaAfter = after.map { c.isKey($0, Cue.comma) } ?? false
        let introduced = c.prev(i).map { p in c.isKey(p, Cue.chung) || c.isKey(p, Cue.ke) || c.isKey(p, Cue.trong) } ?? false
        guard verbAfter || (introduced && commaAfter) || (introduced && verbAfter) else { return nil }
        guard let ref else { return makeSpan(i, th + 1, point(.month, year: nil, month: 1), point(.month, year: nil, month: n), rule: "date.months-bare") }
        return makeSpan(i, th + 1, point(.month, year: ref.year, month: 1), point(.month, year: ref.year, month: n), rule: "date.months-bare")
    }

    func span(_ i: Int, _ end: Int, _ n: Int, _ fromEnd: Bool, _ y: Int?) -> Mention {
        let a = fromEnd ? 13 - n : 1
        let b = fromEnd ? 12 : n
        return makeSpan(i, end, point(.month, year: y, month: a), point(.month, year: y, month: b), rule: "date.months-of-year")
    }

    /// "tuần này", "tuần trước", "tuần tới": Monday to Sunday of that week (day span).
    func week(_ i: Int) -> Mention? {
        guard c.isKey(i, Cue.tuan), let d = c.next(i), !afterPlural(i) else { return nil }
        let off: Int
        if c.isKey(d, Cue.nayThis) || c.isKey(d, Cue.nay) { off = 0 }
        else if c.isKey(d, Cue.truoc) || c.isKey(d, Cue.qua) { off = -1 }
        else if c.isKey(d, Cue.toi) || c.isKey(d, Cue.sau) { off = 1 }
        else { return nil }
        guard let ref else { return makeSpan(i, d + 1, point(.day, year: nil), point(.day, year: nil), rule: "date.week") }
        let weekday = ((ref.ordinal % 7) + 10) % 7 // 0 = Monday (1970-01-01 was a Thursday)
        let monday = ref.adding(days: -weekday + 7 * off)
        let sunday = monday.adding(days: 6)
        return makeSpan(i, d + 1, point(.day, year: monday.year, month: monday.month, day: monday.day),
                        point(.day, year: sunday.year, month: sunday.month, day: sunday.day), rule: "date.week")
    }

    /// "ngày 29 - 30/4", "ngày 10-12/3/2024": a range of days of one month.
    func dayRange(_ i: Int) -> Mention? {
        guard let k = c.next(i), c.kind(k) == .number, let d1 = c.intValue(k), (1...31).contains(d1),
              let dash = c.nextGlued(k) ?? c.next(k), c.isKey(dash, Cue.dash) || c.isKey(dash, Cue.endash),
              let n2 = c.nextGlued(dash) ?? c.next(dash), let d = day(n2, requireCue: false), d.day > d1,
              valid(d1, d.month, d.year ?? 2000) else { return nil }
        return makeSpan(i, d.end, point(.day, year: d.year, month: d.month, day: d1), point(.day, year: d.year, month: d.month, day: d.day), rule: "date.day-range.dash")
    }

    /// "ngày đầu tiên của tháng 3": the first day of that month.
    func firstDayOf(_ i: Int) -> Mention? {
        guard c.isKey(i, Cue.ngay), let d = c.next(i), c.isKey(d, Cue.dau), let t = c.next(d), c.isKey(t, Cue.tien),
              let cua = c.next(t), c.isKey(cua, Cue.cua), let mk = c.next(cua), let m = month(mk), let p = m.date, p.grain == .month else { return nil }
        return make(i, m.endToken, point(.day, year: p.year, month: p.month, day: 1), rule: "date.first-day-of-month")
    }

    // MARK: Relative days

    /// "hôm nay", "hôm qua", "ngày mai", "sáng nay", "chiều qua", "tối 12/4".
    func relativeDay(_ i: Int) -> Mention? {
        var k = i
        var pod: WordTables.Entry? = nil
        if let p = c.match(c.partsOfDay, i), let n = c.next(p.end - 1) {
            pod = p.entry
            k = n
            // "sáng 12/4", "chiều ngày 5/3"
            if let d = dayWithTime(k, requireCue: false), let dp = d.date {
                var m = d
                m.start = Int(c.tokens[i].start); m.firstToken = i
                m.date = dp
                m.rule = "date.part-of-day-day"
                return m
            }
        }
        guard let r = c.match(c.relativeDates, k), r.entry[1] == "day" else { return nil }
        // "nay", "qua", "mai" alone are relative only after a part of day.
        if pod == nil && isBareNayQuaMai(k, r.end) { return nil }
        let off = r.entry.int(2) ?? 0
        let d = ref.map { $0.adding(days: off) }
        return make(i, r.end, point(.day, year: d?.year, month: d?.month ?? 1, day: d?.day ?? 1), rule: "date.relative-day")
    }

    /// The text of tokens `a..<b` is "nay", "qua" or "mai" in any case (as `c.text(a, b).lowercased()`
    /// compared with each, without building the strings: no other scalar lowercases to these ASCII
    /// letters alone, so the text is three ASCII units).
    private func isBareNayQuaMai(_ a: Int, _ b: Int) -> Bool {
        let s = Int(c.tokens[a].start), e = Int(c.tokens[b - 1].end)
        guard e - s == 3 else { return false }
        @inline(__always) func lower(_ u: UInt16) -> UInt16 { u >= 0x41 && u <= 0x5A ? u | 0x20 : u }
        let x = lower(c.units[s]), y = lower(c.units[s + 1]), z = lower(c.units[s + 2])
        return (x == 0x6E && y == 0x61 && z == 0x79) || (x == 0x71 && y == 0x75 && z == 0x61) || (x == 0x6D && y == 0x61 && z == 0x69)
    }

    // MARK: Spans

    /// One side of a span: any single date, or a bare year.
    func side(_ k: Int) -> Mention? {
        if let m = single(k) { return m }
        if let y = year(k) { return make(k, k + 1, point(.year, year: y), rule: "date.bare-year") }
        return nil
    }

    /// "từ 2020 đến 2022", "từ ngày 1/7/2024 đến hết ngày 31/12/2024", "từ
    /// ngày 10 đến 20/11/2022", "từ năm 2018 đến nay", "Từ đầu năm đến nay",
    /// "giai đoạn 2021-2025".
    func spanRule(_ i: Int) -> Mention? {
        if c.isKey(i, Cue.giaiDoan), let d = c.next(i), c.isKey(d, Cue.doan), let y1k = c.next(d), let y1 = year(y1k),
           let dash = c.nextGlued(y1k) ?? c.next(y1k), c.isKey(dash, Cue.dash) || c.isKey(dash, Cue.endash),
           let y2k = c.nextGlued(dash) ?? c.next(dash), let y2 = year(y2k), y2 > y1 {
            return makeSpan(i, y2k + 1, point(.year, year: y1), point(.year, year: y2), rule: "date.giai-doan")
        }
        guard c.isKey(i, Cue.tu), let n = c.next(i) else { return nil }
        // "Từ đầu năm đến nay"; open-ended "từ đầu năm" means the same, its "từ" stays out.
        if c.isKey(n, Cue.dau), let y = c.next(n), c.isKey(y, Cue.nam), c.next(y).map({ year($0) == nil && !c.isKey($0, Cue.hoc) }) ?? true {
            let a = ref.map { point(.day, year: $0.year, month: 1, day: 1) } ?? point(.day, year: nil)
            let b = ref.map { point(.day, year: $0.year, month: $0.month, day: $0.day) } ?? point(.day, year: nil)
            if let d = c.next(y), c.isKey(d, Cue.den), let nay = c.next(d), c.isKey(nay, Cue.nay) {
                return makeSpan(i, nay + 1, a, b, rule: "date.since-new-year")
            }
            return makeSpan(n, y + 1, a, b, rule: "date.since-new-year.open")
        }
        // "(từ 26 - 28/4)", "từ ngày 10-12/3": a range of days written with a dash.
        if let r = dayRange(c.isKey(n, Cue.ngay) ? n : i) {
            var m = r
            m.start = Int(c.tokens[i].start); m.firstToken = i
            return m
        }
        // "từ ngày 10 đến 20/11/2022": the first day borrows month and year.
        if c.isKey(n, Cue.ngay), let dk = c.next(n), let d1 = c.intValue(dk), (1...31).contains(d1), let to = c.next(dk), c.isKey(to, Cue.den),
           let sk = c.next(to), let end = dayWithTime(sk, requireCue: false), let e = end.date, let ey = e.year ?? ref?.year {
            guard d1 < e.day, valid(d1, e.month, ey) else { return nil }
            return makeSpan(i, end.endToken, point(.day, year: e.year, month: e.month, day: d1), point(.day, year: e.year, month: e.month, day: e.day), rule: "date.day-range")
        }
        // "từ 11h đến 15h", "Từ 8h30 đến 22h": a span of clock times on the reference day.
        if let c1 = clock(n), c1.explicitMinute || c.isKey(n + 1, Cue.h), let to = c.next(c1.end - 1), c.isKey(to, Cue.den) || c.isKey(to, Cue.toi),
           let n2 = c.next(to), let c2 = clock(n2), c2.explicitMinute || c.isKey(n2 + 1, Cue.h), c.next(c2.end - 1).map({ !c.isKey($0, Cue.ngay) }) ?? true {
            let g: Grain = c1.explicitMinute || c2.explicitMinute ? .minute : .hour
            return makeSpan(i, c2.end, point(g, year: ref?.year, month: ref?.month ?? 1, day: ref?.day ?? 1, hour: c1.hour, minute: c1.minute),
                            point(g, year: ref?.year, month: ref?.month ?? 1, day: ref?.day ?? 1, hour: c2.hour, minute: c2.minute), rule: "date.time-span")
        }
        // "từ cuối tháng 4 đến nay": inside a closed span, đầu / giữa / cuối stay in the text.
        var sideStart = n
        if c.isKey(n, Cue.dau) || c.isKey(n, Cue.giua) || c.isKey(n, Cue.cuoi), let n2 = c.next(n), !c.isKey(n2, Cue.nam) || c.next(n2).map({ year($0) != nil }) ?? false { sideStart = n2 }
        // "từ năm 2020 - 2050", "từ năm 2011 đến 2016": the side is already a span; it starts at "từ".
        if var a = side(sideStart), a.from != nil, a.to != nil {
            a.start = Int(c.tokens[i].start); a.firstToken = i
            return a
        }
        // "từ năm 2020 - 2050": a dash instead of "đến".
        if let a = side(sideStart), let ad = a.date, ad.grain == .year, let y1 = ad.year, let d = c.next(a.endToken - 1), c.isKey(d, Cue.dash) || c.isKey(d, Cue.endash),
           let yk = c.next(d), let y2 = year(yk), y2 > y1 {
            return makeSpan(i, yk + 1, ad, point(.year, year: y2), rule: "date.from-dash")
        }
        guard let a = side(sideStart), let ad = a.date, let to = c.next(a.endToken - 1), c.isKey(to, Cue.den) || c.isKey(to, Cue.toi) else { return nil }
        var bk = c.next(to)
        if let h = bk, c.isKey(h, Cue.het) { bk = c.next(h) } // "đến hết ngày 31/12/2024"
        guard let b0 = bk else { return nil }
        if c.isKey(b0, Cue.nay) {
            guard let ref else { return makeSpan(i, b0 + 1, ad, point(ad.grain, year: nil), rule: "date.since") }
            var b = point(ad.grain, year: ref.year, month: ref.month, day: ref.day)
            if ad.grain == .quarter { b.month = (ref.month - 1) / 3 + 1 }
            if ad.grain == .half { b.month = ref.month <= 6 ? 1 : 2 }
            return makeSpan(i, b0 + 1, ad, b, rule: "date.since")
        }
        guard let bm = side(b0), var bd = bm.date else { return nil }
        var a2 = ad
        // Same grain on both sides; a missing year on the left comes from the right.
        if a2.grain != bd.grain {
            if a2.grain == .year && bm.rule == "date.bare-year" { bd.grain = .year }
            else if bd.grain == .year && a.rule == "date.bare-year" { a2.grain = .year }
            else if a2.grain >= .day && bd.grain >= .day {
                // "từ ngày 10/7 đến 17h ngày 30/7": the span is read at day grain.
                a2.grain = .day; bd.grain = .day
            } else { return nil }
        }
        if a2.year == nil || a.rule != "date.bare-year" && !explicitYear(a) { a2.year = bd.year ?? a2.year }
        return makeSpan(i, bm.endToken, a2, bd, rule: "date.from-to")
    }

    func explicitYear(_ m: Mention) -> Bool {
        for k in m.firstToken..<m.endToken where year(k) != nil { return true }
        return false
    }

    // MARK: Entry points

    /// Any single date at i, most specific first.
    /// "Giáng sinh", "ngày Giáng sinh": a fixed-date holiday of the reference year.
    func holiday(_ i: Int) -> Mention? {
        var k = i
        if c.isKey(i, Cue.ngay) || c.isKey(i, Cue.le), let n = c.next(i) { k = n }
        guard let h = c.match(c.holidays, k), let mo = h.entry.int(1), let d = h.entry.int(2) else { return nil }
        // "Ngày Quốc khánh 2/9": the written date is the mention.
        if let n = c.next(h.end - 1), c.kind(n) == .number { return nil }
        return make(i, h.end, point(.day, year: ref?.year, month: mo, day: d), rule: "date.holiday")
    }

    /// - Complexity: each rule starts with its cue word, so a token tries only
    ///   the rules its key can start (this runs at every number and cue word).
    func single(_ i: Int) -> Mention? {
        let k = c.key(i)
        // Rules are called only when their first test can pass (see `Extractor.sentence`).
        if c.kind(i) == .number {
            if let m = dayWithTime(i, requireCue: true) { return m }
            if monthsOfYearMayStart(i), let m = monthsOfYear(i) { return m }
            guard let n = c.next(i), c.isKey(n, Cue.thang) else { return nil }
            return bareMonths(i)
        }
        switch k {
        case Cue.ngay:
            if let m = holiday(i) ?? firstDayOf(i) ?? relativeDay(i) ?? dayRange(i) { return m }
            return dayWithTime(i, requireCue: true)
        case Cue.mong, Cue.mung, Cue.hom:
            return relativeDay(i) ?? dayWithTime(i, requireCue: true)
        case Cue.thang: return month(i)
        case Cue.quy: return quarter(i)
        case Cue.nua: return half(i)
        case Cue.nam: return year(at: i)
        case Cue.tuan: return week(i)
        default:
            if c.isKey(i, Cue.le) || c.mayStart(c.holidays, i), let m = holiday(i) { return m }
            if c.mayStart(c.partsOfDay, i) || c.mayStart(c.relativeDates, i), let m = relativeDay(i) { return m }
            // (The first words of `yearCueTable` compared as literals: the table is a global, read
            // through `swift_once` at each of the many words that reach this branch.)
            if k == Cue.taiKhoa || k == Cue.nienKhoa || k == Cue.mua || k == Cue.vu, let m = fiscalYear(i) { return m }
            // Number words: "sáu tháng đầu năm nay".
            // (Only with a "tháng" after the word: `monthsOfYear` reads the number, about 500
            // instructions, and answers nil unless "tháng" follows it in the sentence.)
            if c.isQuantityStarter(i), thangAfter(i) { return monthsOfYear(i) }
            return nil
        }
    }

    /// "(1948-1994)": a span of years in parentheses (a life, a period).
    func parenthesisedYears(_ i: Int) -> Mention? {
        guard c.isKey(i, Cue.lparen), let y1k = c.next(i), let y1 = year(y1k) ?? oldYear(y1k), let d = c.nextGlued(y1k) ?? c.next(y1k),
              c.isKey(d, Cue.dash) || c.isKey(d, Cue.endash), let y2k = c.nextGlued(d) ?? c.next(d), let y2 = year(y2k) ?? oldYear(y2k), y2 > y1,
              let r = c.next(y2k), c.isKey(r, Cue.rparen) else { return nil }
        return makeSpan(y1k, y2k + 1, point(.year, year: y1), point(.year, year: y2), rule: "date.year-span.parenthesised")
    }

    /// All date rules at token i.
    /// A number can start a date only when a date mark follows it ("/", "-", ".",
    /// ":", "h", "tháng", "giờ", "ngày") or it is itself dotted ("28.12.2023").
    /// - Complexity: O(1); spares the date rules for the many plain numbers.
    func numberMayStartDate(_ i: Int) -> Bool {
        if c.hasUnit(i, 0x2E) { return true }
        // (The cue sets are start-mask bits: comparing the key with each cue mispredicted.)
        if let g = c.nextGlued(i), c.masks[g] & WordTables.gluedDateCueBit != 0 { return true }
        guard let n = c.next(i) else { return false }
        return c.masks[n] & WordTables.nextDateCueBit != 0
    }

    /// False when `scan(i)` certainly returns nil (its first test).
    @inline(__always) func mayStart(_ i: Int) -> Bool { c.kind(i) != .number || numberMayStartDate(i) }

    /// `mayStart(i)`, and for a token that is no number, what `scan` and `single` ask of it before
    /// any rule can match: a date starter (every cue word of `single` and `spanRule`, the first words
    /// of holidays, parts of day and relative dates), "lễ" before a holiday, or a number word with
    /// "tháng" after it (`monthsOfYear`). The extractor asks this before calling `scan`: most number
    /// words ("một", "hai") start no date, and `scan` read all its rules for them. (A rule for another
    /// word must be added here too.)
    @inline(__always) func mayStartDate(_ i: Int) -> Bool {
        if c.kind(i) == .number { return numberMayStartDate(i) }
        return c.isDateStarter(i) || c.isKey(i, Cue.le) || (c.isQuantityStarter(i) && thangAfter(i))
    }

    /// `lastDateEnd`: end token of the sentence's last mention when it is a date.
    func scan(_ i: Int, lastDateEnd: Int? = nil) -> Mention? {
        if !mayStart(i) { return nil }
        if c.isKey(i, Cue.tu) || c.isKey(i, Cue.giaiDoan), let m = spanRule(i) { return m }
        // "dịp nghỉ lễ 30/4-1/5", "lễ 30.4 - 1.5": two days of a holiday joined by a dash are one span.
        if c.kind(i) == .number, let p = c.prev(i), c.isKey(p, Cue.le), let d1 = day(i, requireCue: false),
           let dash = c.nextGlued(d1.end - 1) ?? c.next(d1.end - 1), c.isKey(dash, Cue.dash) || c.isKey(dash, Cue.endash),
           let n2 = c.nextGlued(dash) ?? c.next(dash), let d2 = day(n2, requireCue: false), d1.explicitYear == d2.explicitYear,
           (d2.year ?? 0, d2.month, d2.day) > (d1.year ?? 0, d1.month, d1.day) {
            return makeSpan(i, d2.end, point(.day, year: d1.year, month: d1.month, day: d1.day),
                            point(.day, year: d2.year, month: d2.month, day: d2.day), rule: "date.holiday-span")
        }
        if let m = single(i) { return m }
        guard c.kind(i) == .number else { return nil }
        // A bare day date "7/3", "28/12/2023" needs no cue when it is a full
        // date or stands at the start of a sentence / after a weekday.
        if c.kind(i) == .number, let m = dayWithTime(i, requireCue: false) {
            if let d = m.date, explicitYear(m) || d.grain == .minute { return m }
            if c.prev(i) == nil { return m }
            // "Ngày Dân số thế giới 11/7", "Ngày Quốc khánh 2/9": a named day.
            var back = i, steps = 0
            while let p = c.prev(back), steps < 6 {
                if c.isKey(p, Cue.ngay) && c.isCapitalized(p) { return m }
                back = p; steps += 1
            }
            // "Giá vàng hôm nay 7.6": a day right after a relative day restates it (dotted too).
            if m.rule == "date.day", let lastEnd = lastDateEnd, let p = c.prev(i), p + 1 == lastEnd, !c.isKey(p, Cue.lparen) { return m }
            // "Sáng nay (20/5)": a date restated in parentheses.
            if let p = c.prev(i), c.isKey(p, Cue.lparen), let lastEnd = lastDateEnd, lastEnd == p || c.prev(p).map({ $0 + 1 == lastEnd }) ?? false { return m }
            if let p = c.prev(i), c.isKey(p, Cue.lparen) || c.isKey(p, Cue.dash) || c.isKey(p, Cue.comma) || c.isKey(p, Cue.va) {
                // after a weekday: "Thứ năm, 7/3" — look one more back
                if let pp = c.prev(p), c.has(c.weekdays, pp) || c.has(c.weekdays, pp - 2 >= c.lo ? pp - 2 : pp) { return m }
            }
            if let p = c.prev(i), c.has(c.weekdays, p) || (c.prev(p).map { c.has(c.weekdays, $0) } ?? false) { return m }
            // "dịp nghỉ lễ 30.4, 1.5": a dotted day after "lễ" (`holidayDotted`; a bare "30/4" is a day below).
            if m.rule == "date.day", !explicitYear(m), holidayDotted(i) { return m }
            // Otherwise a bare "9/6" in news is a day of the month (docs/DECISIONS.md), unless
            // it is a rank, a grade or a share ("thứ 8/63", "bậc 4/7", "chiếm 1/3") or counts
            // something ("1/2 dân số" has a noun right after it that a date would not have).
            if m.rule == "date.day", !explicitYear(m), c.hasUnit(i + 1, 0x2F) || c.isKey(i + 1, Cue.slash),
               !(c.prev(i).map { notDateBefore.contains(c.key($0)) } ?? false),
               !(c.next(m.endToken - 1).map { c.has(c.unitTable, $0) } ?? false) {
                return m
            }
        }
        // A clock time alone resolves against the reference day.
        if let cl = clock(i), cl.explicitMinute || c.isKey(i + 1, Cue.h) || cl.partOfDay || (c.prev(i).map { c.isKey($0, Cue.luc) } ?? false) {
            if let p = c.prev(i), c.kind(p) == .number { return nil }
            let d = ref.map { $0.adding(days: cl.dayOffset ?? 0) }
            return make(i, cl.end, point(cl.explicitMinute ? .minute : .hour, year: d?.year, month: d?.month ?? 1, day: d?.day ?? 1,
                                         hour: cl.hour, minute: cl.minute), rule: "date.time")
        }
        return nil
    }
}
