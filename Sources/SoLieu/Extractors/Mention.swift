/// Kinds of mention (RECORDS.md section 3).
public enum MentionKind: String, Sendable, CaseIterable {
    case number, percent, money, date, ordinal, duration
}

/// Words right before a quantity that qualify it (RECORDS.md section 3).
public enum Qualifier: String, Sendable {
    case approximately, moreThan = "more_than", lessThan = "less_than", nearly, atLeast = "at_least", atMost = "at_most"

    /// The qualifier as a small number (never 0), how `WordTables.Entry.tag` holds a
    /// qualifiers.tsv row's (read without building the enum from the row's string).
    var tag: UInt8 {
        switch self {
        case .approximately: return 1
        case .moreThan: return 2
        case .lessThan: return 3
        case .nearly: return 4
        case .atLeast: return 5
        case .atMost: return 6
        }
    }

    /// The qualifier of a `tag` (nil for 0 or an unknown one).
    init?(tag: UInt8) {
        switch tag {
        case 1: self = .approximately
        case 2: self = .moreThan
        case 3: self = .lessThan
        case 4: self = .nearly
        case 5: self = .atLeast
        case 6: self = .atMost
        default: return nil
        }
    }
}

/// Date grains, finest last.
public enum Grain: String, Sendable, Comparable {
    case year, half, quarter, month, week, day, hour, minute

    var rank: Int {
        switch self {
        case .year: return 0
        case .half: return 1
        case .quarter: return 2
        case .month: return 3
        case .week: return 4
        case .day: return 5
        case .hour: return 6
        case .minute: return 7
        }
    }
    public static func < (a: Grain, b: Grain) -> Bool { a.rank < b.rank }
}

/// A calendar point at some grain. Fields finer than the grain are ignored;
/// a nil year means "not stated and no reference date to take it from".
public struct DatePoint: Sendable, Equatable {
    public var year: Int?
    public var grain: Grain
    /// Month (1-12), quarter (1-4) or half (1-2), per grain.
    public var month: Int = 1
    public var day: Int = 1
    public var hour: Int = 0
    public var minute: Int = 0

    public init(year: Int?, grain: Grain, month: Int = 1, day: Int = 1, hour: Int = 0, minute: Int = 0) {
        self.year = year; self.grain = grain; self.month = month; self.day = day; self.hour = hour; self.minute = minute
    }

    static func pad(_ v: Int, _ w: Int) -> String {
        let s = String(v)
        return s.count >= w ? s : String(repeating: "0", count: w - s.count) + s
    }

    /// ISO 8601 cut to the grain ("2023", "2023-Q3", "2023-H1", "2023-12-28T08:47"),
    /// or nil when the year is unknown.
    public var iso: String? {
        guard let y = year else { return nil }
        let ys = DatePoint.pad(y, 4)
        switch grain {
        case .year: return ys
        case .half: return "\(ys)-H\(month)"
        case .quarter: return "\(ys)-Q\(month)"
        case .month: return "\(ys)-\(DatePoint.pad(month, 2))"
        case .week, .day: return "\(ys)-\(DatePoint.pad(month, 2))-\(DatePoint.pad(day, 2))"
        case .hour, .minute: return "\(ys)-\(DatePoint.pad(month, 2))-\(DatePoint.pad(day, 2))T\(DatePoint.pad(hour, 2)):\(DatePoint.pad(minute, 2))"
        }
    }

    /// The same point shifted by whole years.
    public func addingYears(_ n: Int) -> DatePoint {
        var p = self
        p.year = year.map { $0 + n }
        return p
    }
}

/// A mention: a span of the input and its normalized value.
///
/// Rules return `Mention?`, and a nil is copied like a whole mention (twice
/// per call), so the fields few mentions have (range bounds, rate, period
/// ends, the "cùng kỳ" shift) live in one copy-on-write buffer, `extra`, that
/// is nil for most mentions: the struct is less than half its former size.
///
/// The positions are stored as `Int32` (as in `Token`) and the date packed in two
/// words, so the struct stays under 128 bytes: a copy (every rule's `Mention?`
/// return) is then a few inline moves instead of a `memmove` call. The public
/// fields keep their types; a date whose fields do not fit the packed form lives
/// in `extra`.
public struct Mention: @unchecked Sendable {
    @usableFromInline var _start: Int32
    @usableFromInline var _end: Int32
    @usableFromInline var _firstToken: Int32
    @usableFromInline var _endToken: Int32
    public var value: ExactDecimal?
    public var kind: MentionKind
    public var qualifier: Qualifier?
    /// Marks a date used as a comparison baseline ("cùng kỳ năm trước").
    public var isBaselineCue = false
    public var unit: String?
    public var currency: String?
    /// Name of the rule that made the mention (for `--explain` and debugging).
    public var rule: String

    /// Half-open range of normalized UTF-16 units (mapped to code points on output).
    @inlinable public var start: Int {
        get { Int(_start) }
        set { _start = Int32(newValue) }
    }
    @inlinable public var end: Int {
        get { Int(_end) }
        set { _end = Int32(newValue) }
    }
    /// Token index range (in the document's token array).
    @inlinable public var firstToken: Int {
        get { Int(_firstToken) }
        set { _firstToken = Int32(newValue) }
    }
    @inlinable public var endToken: Int {
        get { Int(_endToken) }
        set { _endToken = Int32(newValue) }
    }

    /// `date`, packed: word `a` holds the year (low 32 bits), month and day (16 bits each);
    /// word `b` the hour and minute (16 bits each), the grain's rank (8 bits) and the flags.
    @usableFromInline struct PackedDate {
        @usableFromInline var a: UInt64 = 0
        @usableFromInline var b: UInt64 = 0
        @usableFromInline init() {}
        @usableFromInline static var present: UInt64 { 1 << 40 }
        @usableFromInline static var hasYear: UInt64 { 1 << 41 }
        /// The date did not fit: it is `extra.bigDate`.
        @usableFromInline static var inExtra: UInt64 { 1 << 42 }
    }
    @usableFromInline var _date = PackedDate()

    public var date: DatePoint? {
        get {
            let b = _date.b
            if b & PackedDate.present == 0 { return nil }
            if b & PackedDate.inExtra != 0 { return extra?.header.bigDate }
            let a = _date.a
            return DatePoint(year: b & PackedDate.hasYear != 0 ? Int(Int32(truncatingIfNeeded: a)) : nil,
                             grain: Mention.grain(rank: UInt8(truncatingIfNeeded: b >> 32)),
                             month: Int(Int16(truncatingIfNeeded: a >> 32)), day: Int(Int16(truncatingIfNeeded: a >> 48)),
                             hour: Int(Int16(truncatingIfNeeded: b)), minute: Int(Int16(truncatingIfNeeded: b >> 16)))
        }
        set {
            let wasInExtra = _date.b & PackedDate.inExtra != 0
            guard let d = newValue else {
                _date = PackedDate()
                if wasInExtra { setExtra(\.bigDate, nil) }
                return
            }
            let year32 = d.year.flatMap { Int32(exactly: $0) }
            if let month = Int16(exactly: d.month), let day = Int16(exactly: d.day), let hour = Int16(exactly: d.hour),
               let minute = Int16(exactly: d.minute), d.year == nil || year32 != nil {
                var p = PackedDate()
                p.a = UInt64(UInt32(bitPattern: year32 ?? 0)) | UInt64(UInt16(bitPattern: month)) << 32 | UInt64(UInt16(bitPattern: day)) << 48
                p.b = UInt64(UInt16(bitPattern: hour)) | UInt64(UInt16(bitPattern: minute)) << 16 | UInt64(d.grain.rank) << 32
                    | PackedDate.present | (d.year != nil ? PackedDate.hasYear : 0)
                _date = p
                if wasInExtra { setExtra(\.bigDate, nil) }
            } else {
                var p = PackedDate()
                p.b = PackedDate.present | PackedDate.inExtra
                _date = p
                setExtra(\.bigDate, d)
            }
        }
    }

    /// The grain of `Grain.rank`.
    @usableFromInline static func grain(rank: UInt8) -> Grain {
        switch rank {
        case 0: return .year
        case 1: return .half
        case 2: return .quarter
        case 3: return .month
        case 4: return .week
        case 5: return .day
        case 6: return .hour
        default: return .minute
        }
    }

    @usableFromInline
    struct Extra {
        @usableFromInline var min: ExactDecimal? = nil
        @usableFromInline var max: ExactDecimal? = nil
        @usableFromInline var per: String? = nil
        @usableFromInline var from: DatePoint? = nil
        @usableFromInline var to: DatePoint? = nil
        @usableFromInline var samePeriodYear: Int? = nil
        @usableFromInline var samePeriodOffset: Int? = nil
        /// `date` when its fields do not fit the packed form.
        @usableFromInline var bigDate: DatePoint? = nil
        @usableFromInline init() {}
    }

    /// Read and written through its header pointer (no exclusivity check per access).
    @usableFromInline typealias ExtraBuffer = ManagedBuffer<Extra, UInt8>

    /// Nil until one of the rare fields is set to a value.
    @usableFromInline var extra: ExtraBuffer?

    /// The extra fields, made (or copied, when shared) first.
    @inlinable var uniqueExtra: ExtraBuffer {
        mutating get {
            if let e = extra, isKnownUniquelyReferenced(&extra) { return e }
            let f = extra?.header ?? Extra()
            let e = ExtraBuffer.create(minimumCapacity: 0) { _ in f }
            extra = e
            return e
        }
    }

    /// Sets one rare field; a nil leaves a mention without extras as it is.
    @inlinable mutating func setExtra<T>(_ field: WritableKeyPath<Extra, T?>, _ value: T?) {
        if value != nil || extra != nil { uniqueExtra.header[keyPath: field] = value }
    }

    @inlinable public var min: ExactDecimal? {
        get { extra?.header.min }
        set { setExtra(\.min, newValue) }
    }
    @inlinable public var max: ExactDecimal? {
        get { extra?.header.max }
        set { setExtra(\.max, newValue) }
    }
    @inlinable public var per: String? {
        get { extra?.header.per }
        set { setExtra(\.per, newValue) }
    }
    @inlinable public var from: DatePoint? {
        get { extra?.header.from }
        set { setExtra(\.from, newValue) }
    }
    @inlinable public var to: DatePoint? {
        get { extra?.header.to }
        set { setExtra(\.to, newValue) }
    }
    /// Set for "cùng kỳ" dates that still need the sentence's period.
    @inlinable var samePeriodYear: Int? {
        get { extra?.header.samePeriodYear }
        set { setExtra(\.samePeriodYear, newValue) }
    }
    @inlinable var samePeriodOffset: Int? {
        get { extra?.header.samePeriodOffset }
        set { if newValue != nil || extra != nil { uniqueExtra.header.samePeriodOffset = newValue } }
    }

    public init(kind: MentionKind, start: Int, end: Int, firstToken: Int, endToken: Int, rule: String) {
        self.kind = kind; _start = Int32(start); _end = Int32(end)
        _firstToken = Int32(firstToken); _endToken = Int32(endToken); self.rule = rule
    }

    public var grain: Grain? { date?.grain ?? from?.grain }
}
