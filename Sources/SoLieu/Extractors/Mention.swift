/// Kinds of mention (RECORDS.md section 3).
public enum MentionKind: String, Sendable, CaseIterable {
    case number, percent, money, date, ordinal, duration
}

/// Words right before a quantity that qualify it (RECORDS.md section 3).
public enum Qualifier: String, Sendable {
    case approximately, moreThan = "more_than", lessThan = "less_than", nearly, atLeast = "at_least", atMost = "at_most"
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
public struct Mention: @unchecked Sendable {
    public var kind: MentionKind
    /// Half-open range of normalized UTF-16 units (mapped to code points on output).
    public var start: Int
    public var end: Int
    /// Token index range (in the document's token array).
    public var firstToken: Int
    public var endToken: Int
    public var qualifier: Qualifier?
    public var value: ExactDecimal?
    public var unit: String?
    public var currency: String?
    public var date: DatePoint?
    /// Name of the rule that made the mention (for `--explain` and debugging).
    public var rule: String
    /// Marks a date used as a comparison baseline ("cùng kỳ năm trước").
    public var isBaselineCue = false

    @usableFromInline
    struct Extra {
        @usableFromInline var min: ExactDecimal? = nil
        @usableFromInline var max: ExactDecimal? = nil
        @usableFromInline var per: String? = nil
        @usableFromInline var from: DatePoint? = nil
        @usableFromInline var to: DatePoint? = nil
        @usableFromInline var samePeriodYear: Int? = nil
        @usableFromInline var samePeriodOffset: Int? = nil
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
        self.kind = kind; self.start = start; self.end = end
        self.firstToken = firstToken; self.endToken = endToken; self.rule = rule
    }

    public var grain: Grain? { date?.grain ?? from?.grain }
}
