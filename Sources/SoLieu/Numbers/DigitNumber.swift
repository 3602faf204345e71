/// Reading of a digit token such as "1.500", "16,5", "1.500.000,75",
/// "12,500", "3.5" (RECORDS.md section 5, "Values").
public struct DigitNumber: Sendable, Equatable {
    public var value: ExactDecimal
    /// Set for a single "," followed by exactly three digits ("12,500"):
    /// Vietnamese reads 12.5, English 12500. The rule that sees the unit
    /// decides (a counted noun cannot be fractional).
    public var thousandsAlternative: ExactDecimal?
    /// Plain digits only (no separator); their count.
    public var plainDigitCount: Int?
    /// Starts with "0" and has more digits ("03", "0912").
    public var leadingZero: Bool

    /// - Complexity: O(length), no allocation besides the result.
    public static func parse(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> DigitNumber? {
        var dots = 0, commas = 0
        var lastSep: UInt16 = 0
        var lastSepPos = -1
        var firstSepPos = -1
        for p in a..<b {
            let c = u[p]
            if c == 0x2E || c == 0x2C {
                if c == 0x2E { dots += 1 } else { commas += 1 }
                if firstSepPos < 0 { firstSepPos = p }
                lastSep = c; lastSepPos = p
            } else if !(c >= 48 && c <= 57) { return nil }
        }
        let leadingZero = b - a > 1 && u[a] == 48 && (firstSepPos < 0 || firstSepPos > a + 1)
        if dots == 0 && commas == 0 {
            guard let v = digits(u, a, b) else { return nil }
            return DigitNumber(value: v, thousandsAlternative: nil, plainDigitCount: b - a, leadingZero: leadingZero)
        }
        // Group sizes between separators.
        func groupsOfThree(from start: Int, to end: Int, sep: UInt16) -> Bool {
            var run = 0
            var first = true
            for p in start..<end {
                if u[p] == sep {
                    if first { if run < 1 || run > 3 { return false }; first = false } else if run != 3 { return false }
                    run = 0
                } else { run += 1 }
            }
            return first ? true : run == 3
        }
        var grouping: UInt16 = 0
        var decimal: UInt16 = 0
        var alternative = false
        if dots > 0 && commas > 0 {
            // Both: the last one is the decimal mark.
            decimal = lastSep
            grouping = lastSep == 0x2C ? 0x2E : 0x2C
            guard (lastSep == 0x2C ? commas : dots) == 1 else { return nil }
            guard groupsOfThree(from: a, to: lastSepPos, sep: grouping) else { return nil }
        } else if dots > 0 {
            let after = b - lastSepPos - 1
            if dots == 1 && after != 3 { decimal = 0x2E } // "3.5", "3.75": not a thousands group
            else if groupsOfThree(from: a, to: b, sep: 0x2E) { grouping = 0x2E }
            else { return nil }
        } else {
            let after = b - lastSepPos - 1
            if commas == 1 {
                decimal = 0x2C
                alternative = after == 3 && lastSepPos - a <= 3 && !leadingZero && !(lastSepPos - a == 1 && u[a] == 48)
            } else if groupsOfThree(from: a, to: b, sep: 0x2C) { grouping = 0x2C }
            else { return nil }
        }
        // Assemble digits.
        var sig: Int64 = 0
        var exp = 0
        var afterDecimal = false
        for p in a..<b {
            let c = u[p]
            if c == grouping { continue }
            if c == decimal { afterDecimal = true; continue }
            let (m, o1) = sig.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int64(c - 48))
            if o1 || o2 { return nil }
            sig = s
            if afterDecimal { exp -= 1 }
        }
        let value = ExactDecimal(significand: sig, exponent: exp)
        var alt: ExactDecimal? = nil
        if alternative { alt = ExactDecimal(significand: sig, exponent: 0) }
        return DigitNumber(value: value, thousandsAlternative: alt, plainDigitCount: nil, leadingZero: leadingZero)
    }

    static func digits(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> ExactDecimal? {
        var sig: Int64 = 0
        for p in a..<b {
            let (m, o1) = sig.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int64(u[p] - 48))
            if o1 || o2 { return nil }
            sig = s
        }
        return ExactDecimal(significand: sig)
    }

    public static func parse(_ s: String) -> DigitNumber? {
        let u = Array(s.utf16)
        return u.withUnsafeBufferPointer { parse($0, 0, $0.count) }
    }
}

/// Roman numerals in uppercase ("IX", "III"), 1-3999.
public enum RomanNumeral {
    public static func value(_ s: String) -> Int? {
        guard !s.isEmpty, s.utf8.count <= 8 else { return nil }
        let map: [UInt8: Int] = [73: 1, 86: 5, 88: 10, 76: 50, 67: 100, 68: 500, 77: 1000]
        var total = 0
        var prev = 0
        for c in s.utf8.reversed() {
            guard let v = map[c] else { return nil }
            if v < prev { total -= v } else { total += v; prev = v }
        }
        // Reject non-canonical forms ("IIII", "VX").
        return canonical(total) == s ? total : nil
    }

    static func canonical(_ n: Int) -> String {
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = n
        var s = ""
        for (v, r) in table { while n >= v { s += r; n -= v } }
        return s
    }
}
