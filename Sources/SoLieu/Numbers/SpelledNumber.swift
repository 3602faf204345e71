/// Spelled-out Vietnamese numbers, read bottom-up (Duckling's approach): a
/// group below one thousand ("hai trăm linh năm", "bốn mươi tư", "mười
/// lăm"), then groups joined by magnitude words ("hai mươi lăm nghìn", "một
/// nghìn năm trăm", "ba triệu hai trăm nghìn").
///
/// After "mươi" / "mười" the five is "lăm" / "nhăm": "hai mươi năm" is twenty
/// years, not 25 (ICU's RBNF gets this wrong, see ICU-NOTES.md).
struct SpelledNumber {
    /// The role column of numerals.tsv, as `WordTables.Entry.tag` holds it (compared as a
    /// number: the role strings were compared at every word read).
    enum Role: UInt8 {
        case other = 0, digit, unitDigit, ten, tensMarker, hundred, zeroTens, half

        init(name: String) {
            switch name {
            case "digit": self = .digit
            case "unit_digit": self = .unitDigit
            case "ten": self = .ten
            case "tens_marker": self = .tensMarker
            case "hundred": self = .hundred
            case "zero_tens": self = .zeroTens
            case "half": self = .half
            default: self = .other
            }
        }
    }

    struct Result {
        var value: ExactDecimal
        /// Token index after the last numeral word.
        var end: Int
        /// Number of numeral words read.
        var words: Int
        var hasMagnitude: Bool
    }

    /// Reads a spelled number starting at token i.
    static func parse(_ c: Context, at i: Int) -> Result? {
        var total = ExactDecimal(0)
        var lastExp = Int.max
        var group = 0          // current group below 1000
        var groupWords = 0
        var words = 0
        var end = i
        var j: Int? = i
        var hasMagnitude = false
        // Group state
        var hundreds: Int? = nil, tens: Int? = nil, units: Int? = nil
        var zeroTens = false
        var pendingDigit: Int? = nil
        var endBeforeZeroTens = i

        func flushGroup() -> Int {
            var v = 0
            if let h = hundreds { v += h * 100 }
            if let t = tens { v += t * 10 }
            if let u = units { v += u }
            if let d = pendingDigit { v += d }
            return v
        }
        func resetGroup() { hundreds = nil; tens = nil; units = nil; zeroTens = false; pendingDigit = nil; groupWords = 0 }

        while let k = j, k < c.hi, c.kind(k) == .word {
            if let m = c.match(c.magnitudes, k), m.entry[2] != "1" {
                guard groupWords > 0 else { break }
                let exp = m.entry.int(1) ?? 0
                group = flushGroup()
                var g = ExactDecimal(group)
                if exp > lastExp || lastExp == Int.max {
                    // "một nghìn tỷ": the bigger magnitude scales everything read so far.
                    total = (total + g).scaled(by: exp)
                } else {
                    g = g.scaled(by: exp)
                    total = total + g
                }
                lastExp = exp
                hasMagnitude = true
                resetGroup()
                words += m.end - k
                end = m.end
                endBeforeZeroTens = end
                j = c.next(m.end - 1)
                // "rưỡi" after a magnitude: half of it.
                if let r = j, let e = c.match(c.numerals, r), e.entry.tag == Role.half.rawValue {
                    total = total + ExactDecimal(5).scaled(by: exp - 1)
                    words += 1
                    end = e.end
                    endBeforeZeroTens = end
                    j = c.next(e.end - 1)
                    break
                }
                continue
            }
            guard let m = c.match(c.numerals, k), m.end == k + 1 else { break }
            let role = Role(rawValue: m.entry.tag) ?? .other
            let v = m.entry.int(1) ?? 0
            var accepted = true
            switch role {
            case .digit:
                if pendingDigit == nil && tens == nil && units == nil && !zeroTens {
                    // A digit, maybe before trăm / mươi.
                    if hundreds != nil, groupWords > 0 {
                        // After "trăm" a digit is a tens digit only before "mươi" ("bảy trăm hai mươi");
                        // "hai trăm ba" (colloquial 230) is not read.
                        if let nx = c.next(k), let mm = c.match(c.numerals, nx), mm.entry.tag == Role.tensMarker.rawValue { pendingDigit = v }
                        else { accepted = false }
                    } else { pendingDigit = v }
                } else if zeroTens && units == nil {
                    units = v; zeroTens = false
                } else if let t = tens, units == nil, pendingDigit == nil {
                    // After mươi / mười: 5 must be lăm; năm here is "year".
                    if v == 5 || (t == 1 && v == 0) { accepted = false } else { units = v }
                } else { accepted = false }
            case .unitDigit:
                if tens != nil && units == nil && pendingDigit == nil {
                    if v == 1 && tens == 1 { accepted = false } else { units = v }
                } else { accepted = false }
            case .ten:
                if tens == nil && units == nil && pendingDigit == nil { tens = 1 } else { accepted = false }
            case .tensMarker:
                if let d = pendingDigit, tens == nil, d >= 1 { tens = d; pendingDigit = nil } else { accepted = false }
            case .hundred:
                if hundreds == nil, tens == nil, units == nil {
                    hundreds = pendingDigit
                    if hundreds == nil { accepted = false } else { pendingDigit = nil }
                } else { accepted = false }
            case .zeroTens:
                if hundreds != nil, tens == nil, units == nil, pendingDigit == nil, !zeroTens { zeroTens = true } else { accepted = false }
            case .half:
                // "hai trăm rưỡi" = 250: half of the last unit read.
                if hundreds != nil, tens == nil, units == nil, pendingDigit == nil { tens = 5 } else { accepted = false }
            case .other:
                accepted = false
            }
            if !accepted { break }
            groupWords += 1
            words += 1
            end = k + 1
            j = c.next(k)
            if role != .zeroTens { endBeforeZeroTens = end }
        }
        // A dangling "linh" is not part of the number.
        if zeroTens { end = endBeforeZeroTens; words -= 1; groupWords -= 1 }
        if groupWords > 0 { total = total + ExactDecimal(flushGroup()) }
        guard words > 0 else { return nil }
        return Result(value: total, end: end, words: words, hasMagnitude: hasMagnitude)
    }
}
