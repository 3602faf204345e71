/// An exact decimal number: `significand × 10^exponent`.
///
/// Figures are scaled by powers of ten ("7,5 tỷ" = 75 × 10^8) and printed
/// in JSON, so binary floating point would add noise (1,57 tỷ must print as
/// 1570000000, not 1570000000.0000002).
public struct ExactDecimal: Sendable, Equatable, Comparable, CustomStringConvertible {
    public var significand: Int64
    public var exponent: Int

    public init(significand: Int64, exponent: Int = 0) {
        self.significand = significand
        self.exponent = exponent
        normalize()
    }

    public init(_ i: Int) { self.init(significand: Int64(i), exponent: 0) }

    /// Parses plain ASCII digits with an optional fraction ("12", "0.48").
    public init?(plain s: String) {
        var sig: Int64 = 0
        var exp = 0
        var seenDot = false
        var neg = false
        var any = false
        for (i, c) in s.utf8.enumerated() {
            if c == UInt8(ascii: "-") && i == 0 { neg = true; continue }
            if c == UInt8(ascii: ".") { if seenDot { return nil }; seenDot = true; continue }
            guard c >= 48 && c <= 57 else { return nil }
            let (m, o1) = sig.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int64(c - 48))
            if o1 || o2 { return nil }
            sig = a
            any = true
            if seenDot { exp -= 1 }
        }
        guard any else { return nil }
        self.init(significand: neg ? -sig : sig, exponent: exp)
    }

    private mutating func normalize() {
        if significand == 0 { exponent = 0; return }
        while significand % 10 == 0 { significand /= 10; exponent += 1 }
    }

    /// Multiplies by 10^k.
    public func scaled(by k: Int) -> ExactDecimal { ExactDecimal(significand: significand, exponent: exponent + k) }

    public var isInteger: Bool { exponent >= 0 }

    /// Integer value when it is a whole number that fits.
    public var intValue: Int? {
        guard exponent >= 0 else { return nil }
        var v = significand
        for _ in 0..<exponent {
            let (m, o) = v.multipliedReportingOverflow(by: 10)
            if o { return nil }
            v = m
        }
        return Int(v)
    }

    public var doubleValue: Double {
        var d = Double(significand)
        if exponent > 0 { for _ in 0..<exponent { d *= 10 } } else if exponent < 0 { for _ in 0..<(-exponent) { d /= 10 } }
        return d
    }

    /// Aligns two decimals to a common exponent; nil on overflow.
    private static func align(_ a: ExactDecimal, _ b: ExactDecimal) -> (Int64, Int64, Int)? {
        let e = min(a.exponent, b.exponent)
        func widen(_ x: ExactDecimal) -> Int64? {
            var v = x.significand
            for _ in 0..<(x.exponent - e) {
                let (m, o) = v.multipliedReportingOverflow(by: 10)
                if o { return nil }
                v = m
            }
            return v
        }
        guard let x = widen(a), let y = widen(b) else { return nil }
        return (x, y, e)
    }

    public static func + (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        guard let (x, y, e) = align(a, b) else { return a }
        let (s, o) = x.addingReportingOverflow(y)
        return o ? a : ExactDecimal(significand: s, exponent: e)
    }

    public static func * (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        let (s, o) = a.significand.multipliedReportingOverflow(by: b.significand)
        return o ? a : ExactDecimal(significand: s, exponent: a.exponent + b.exponent)
    }

    public static prefix func - (a: ExactDecimal) -> ExactDecimal { ExactDecimal(significand: -a.significand, exponent: a.exponent) }

    public static func < (a: ExactDecimal, b: ExactDecimal) -> Bool {
        if let (x, y, _) = align(a, b) { return x < y }
        return a.doubleValue < b.doubleValue
    }

    /// Canonical JSON number: no exponent, no trailing zeros ("7500000000", "0.48", "-2.3").
    public var description: String {
        let neg = significand < 0
        let digits = String(significand.magnitude)
        var s: String
        if exponent >= 0 {
            s = digits + String(repeating: "0", count: exponent)
        } else {
            let k = -exponent
            if digits.count > k {
                let cut = digits.index(digits.endIndex, offsetBy: -k)
                s = digits[..<cut] + "." + digits[cut...]
            } else {
                s = "0." + String(repeating: "0", count: k - digits.count) + digits
            }
        }
        if neg { s = "-" + s }
        return s
    }
}
