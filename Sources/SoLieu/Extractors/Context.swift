/// Keys of the cue words that rules are written with (grammar, not word
/// lists: the word lists live in `Lexicons/`).
enum Cue {
    static let tu = Fold.key("từ"), den = Fold.key("đến"), toi = Fold.key("tới"), len = Fold.key("lên"), xuong = Fold.key("xuống")
    static let thu = Fold.key("thứ"), hang = Fold.key("hạng"), giai = Fold.key("giải")
    static let ngay = Fold.key("ngày"), thang = Fold.key("tháng"), quy = Fold.key("quý"), nam = Fold.key("năm"), hom = Fold.key("hôm")
    static let mong = Fold.key("mồng"), mung = Fold.key("mùng"), tuan = Fold.key("tuần")
    static let dau = Fold.key("đầu"), cuoi = Fold.key("cuối"), giua = Fold.key("giữa"), nua = Fold.key("nửa")
    static let nay = Fold.key("nay"), hoc = Fold.key("học"), doan = Fold.key("đoạn"), giaiDoan = Fold.key("giai")
    static let so = Fold.key("so"), voi = Fold.key("với"), cung = Fold.key("cùng"), ky = Fold.key("kỳ"), ki = Fold.key("kì")
    static let truoc = Fold.key("trước"), ngoai = Fold.key("ngoái"), het = Fold.key("hết")
    static let gio = Fold.key("giờ"), phut = Fold.key("phút"), h = Fold.key("h"), g = Fold.key("g")
    static let phan = Fold.key("phần"), tram = Fold.key("trăm"), diem = Fold.key("điểm")
    static let percent = Fold.key("%"), slash = Fold.key("/"), dash = Fold.key("-"), endash = Fold.key("–"), colon = Fold.key(":")
    static let doKey = Fold.key("đó"), dot = Fold.key("."), comma = Fold.key(","), lparen = Fold.key("("), rparen = Fold.key(")")
    static let am = Fold.key("âm"), mot = Fold.key("một"), va = Fold.key("và"), hoac = Fold.key("hoặc"), lan = Fold.key("lần")
    static let gap = Fold.key("gấp"), lienTiep = Fold.key("liên"), tuoi = Fold.key("tuổi"), hangTram = Fold.key("hàng")
    static let chu = Fold.key("chủ"), nhat = Fold.key("nhật"), xep = Fold.key("xếp"), dung = Fold.key("đứng")
    static let mua = Fold.key("mùa"), vu = Fold.key("vụ")
    static let taiKhoa = Fold.key("tài"), nienKhoa = Fold.key("niên"), khoa = Fold.key("khóa"), moi = Fold.key("mỗi"), hang2 = Fold.key("hằng")
    static let le = Fold.key("lễ"), giuaRange = Fold.key("giữa"), cham = Fold.key("chấm"), phay = Fold.key("phẩy")
    static let chi = Fold.key("chỉ"), da = Fold.key("đã"), van = Fold.key("vẫn"), cung2 = Fold.key("cũng")
    static let han = Fold.key("hạn"), mat = Fold.key("mất"), vong = Fold.key("vòng"), chung = Fold.key("chung"), ke = Fold.key("kế")
    static let cua = Fold.key("của"), sau = Fold.key("sau"), nayThis = Fold.key("này"), qua = Fold.key("qua"), mai = Fold.key("mai")
    static let nhung = Fold.key("những"), cac = Fold.key("các"), may = Fold.key("mấy"), tien = Fold.key("tiên")
    static let luc = Fold.key("lúc"), vao = Fold.key("vào"), trong = Fold.key("trong"), tinh = Fold.key("tính")
}

/// Read access to one sentence's tokens for the rules. A class so that
/// passing it to the many small rule functions costs one reference.
final class Context {
    let doc: TokenizedText
    let units: [UInt16]
    let tokens: [Token]
    /// Token range of the sentence.
    let lo: Int
    let hi: Int
    let words: WordTables
    /// Start mask of each token of the document (`WordTables.startMasks`).
    let masks: [UInt32]

    init(doc: TokenizedText, units: [UInt16], tokens: [Token], lo: Int, hi: Int, words: WordTables) {
        self.doc = doc; self.units = units; self.tokens = tokens; self.lo = lo; self.hi = hi; self.words = words
        masks = doc.startMasksOwner == ObjectIdentifier(words) && doc.startMasks.count == tokens.count ? doc.startMasks : words.startMasks(tokens)
    }

    /// Token i may start a phrase of `table` (false: it certainly does not).
    @inline(__always) func mayStart<V>(_ table: PhraseTable<V>, _ i: Int) -> Bool {
        let bit = table.startBit
        return bit == 0 ? table.hasEdge(tokens[i].key) : masks[i] & bit != 0
    }

    /// Token i is in `words.dateStarters`.
    @inline(__always) func isDateStarter(_ i: Int) -> Bool { masks[i] & WordTables.dateStarterBit != 0 }
    /// Token i is in `words.quantityStarters`.
    @inline(__always) func isQuantityStarter(_ i: Int) -> Bool { masks[i] & WordTables.quantityStarterBit != 0 }

    @inline(__always) func key(_ i: Int) -> UInt64 { tokens[i].key }
    @inline(__always) func kind(_ i: Int) -> TokenKind { tokens[i].kind }
    @inline(__always) func isKey(_ i: Int, _ k: UInt64) -> Bool { i >= lo && i < hi && tokens[i].key == k }

    func text(_ i: Int) -> String { doc.text.string(Int(tokens[i].start), Int(tokens[i].end)) }
    func text(_ a: Int, _ b: Int) -> String { doc.text.string(Int(tokens[a].start), Int(tokens[b - 1].end)) }

    /// True when token i contains the unit `u`.
    func hasUnit(_ i: Int, _ u: UInt16) -> Bool {
        for p in Int(tokens[i].start)..<Int(tokens[i].end) where units[p] == u { return true }
        return false
    }

    /// True when token i is made of the letters of Roman numerals (uppercase).
    func mayBeRoman(_ i: Int) -> Bool {
        guard tokens[i].kind == .word else { return false }
        for p in Int(tokens[i].start)..<Int(tokens[i].end) {
            switch units[p] {
            case 0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D: continue
            default: return false
            }
        }
        return true
    }

    /// First UTF-16 unit of token i.
    @inline(__always) func firstUnit(_ i: Int) -> UInt16 { units[Int(tokens[i].start)] }

    /// True when the token starts with an uppercase letter.
    func isCapitalized(_ i: Int) -> Bool {
        let u = firstUnit(i)
        guard Int(u) < Fold.tableSize else { return false }
        return Fold.upper[Int(u)] && tokens[i].kind == .word
    }

    /// Index of the next non-space token after i in the sentence, crossing at
    /// most one run of spaces (never a line break).
    @inline(__always) func next(_ i: Int) -> Int? {
        var j = i + 1
        if j < hi && tokens[j].kind == .space { j += 1 }
        return j < hi && !tokens[j].isSpace ? j : nil
    }

    /// Index of the previous non-space token before i in the sentence.
    @inline(__always) func prev(_ i: Int) -> Int? {
        var j = i - 1
        if j >= lo && tokens[j].kind == .space { j -= 1 }
        return j >= lo && !tokens[j].isSpace ? j : nil
    }

    /// Token j directly follows token j-1 with nothing between.
    @inline(__always) func glued(_ j: Int) -> Bool { j > lo && j < hi && tokens[j - 1].end == tokens[j].start && !tokens[j - 1].isSpace && !tokens[j].isSpace }

    /// Next token only when glued to i.
    @inline(__always) func nextGlued(_ i: Int) -> Int? { glued(i + 1) ? i + 1 : nil }

    /// Longest lexicon phrase at i (end is the index after its last token).
    func match(_ table: PhraseTable<WordTables.Entry>, _ i: Int) -> (entry: WordTables.Entry, end: Int)? {
        guard i >= lo && i < hi, mayStart(table, i) else { return nil }
        return table.match(tokens, at: i, limit: hi).map { ($0.value, $0.end) }
    }

    /// The longest lexicon phrase that ends right before token i (one run of
    /// spaces between allowed), with the index of its first token.
    func matchEnding(_ table: PhraseTable<WordTables.Entry>, before i: Int, maxTokens: Int = 4, notBefore floor: Int = 0) -> (entry: WordTables.Entry, start: Int)? {
        guard let last = prev(i), last >= floor else { return nil }
        var best: (WordTables.Entry, Int)? = nil
        var j = last
        for _ in 0..<maxTokens {
            if j < floor { break }
            if mayStart(table, j), let e = table.exact(tokens, from: j, to: last + 1) { best = (e, j) }
            guard let p = prev(j) else { break }
            j = p
        }
        return best.map { ($0.0, $0.1) }
    }

    @inline(__always) func isDigitsToken(_ i: Int) -> Bool { i >= lo && i < hi && tokens[i].kind == .number }

    /// Plain digit count of a number token with no separators, else nil.
    func plainDigits(_ i: Int) -> Int? {
        guard isDigitsToken(i) else { return nil }
        for p in Int(tokens[i].start)..<Int(tokens[i].end) where !(units[p] >= 48 && units[p] <= 57) { return nil }
        return tokens[i].length
    }

    /// The parts of token i between dots, as `text(i).split(separator: ".")`
    /// gives them (empty parts dropped): how many, and for the first three
    /// their length and `Int(part)`, read from the units without building strings.
    func dotParts(_ i: Int) -> (count: Int, length: (Int, Int, Int), value: (Int?, Int?, Int?)) {
        var count = 0
        var length = (0, 0, 0)
        var value: (Int?, Int?, Int?) = (nil, nil, nil)
        var p = Int(tokens[i].start)
        let end = Int(tokens[i].end)
        while p < end {
            if units[p] == 0x2E { p += 1; continue }
            var q = p
            var v = 0
            while q < end, units[q] != 0x2E {
                let u = units[q]
                // Anything but a short run of ASCII digits ("1.234,5"): read the string.
                guard u >= 0x30 && u <= 0x39, q - p < 18 else { return dotPartsOfString(i) }
                v = v * 10 + Int(u - 0x30)
                q += 1
            }
            let n = q - p
            switch count {
            case 0: length.0 = n; value.0 = v
            case 1: length.1 = n; value.1 = v
            case 2: length.2 = n; value.2 = v
            default: break
            }
            count += 1
            p = q
        }
        return (count, length, value)
    }

    private func dotPartsOfString(_ i: Int) -> (count: Int, length: (Int, Int, Int), value: (Int?, Int?, Int?)) {
        let parts = text(i).split(separator: ".")
        func at(_ j: Int) -> (Int, Int?) { j < parts.count ? (parts[j].count, Int(parts[j])) : (0, nil) }
        let (a, b, c) = (at(0), at(1), at(2))
        return (parts.count, (a.0, b.0, c.0), (a.1, b.1, c.1))
    }

    /// Integer value of a plain-digit token.
    func intValue(_ i: Int) -> Int? {
        guard let n = plainDigits(i), n <= 9 else { return nil }
        var v = 0
        for p in Int(tokens[i].start)..<Int(tokens[i].end) { v = v * 10 + Int(units[p] - 48) }
        return v
    }
}
