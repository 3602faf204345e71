/// Keys of the cue words that rules are written with (grammar, not word
/// lists: the word lists live in `Lexicons/`).
///
/// Each is the literal value of `Fold.key(word)` (`CueTests` checks every one),
/// so reading it costs nothing: a `static let` computed at run time goes
/// through swift_once at every use, and rules read these at every token.
enum Cue {
    @inline(__always) static var tu: UInt64 { 0x57ead81945325a71 } // từ
    @inline(__always) static var den: UInt64 { 0xbd73fda82e8793bf } // đến
    @inline(__always) static var toi: UInt64 { 0x01f801f04026c9b4 } // tới
    @inline(__always) static var len: UInt64 { 0x09c7b5afd70bf5c5 } // lên
    @inline(__always) static var xuong: UInt64 { 0x0e7b461a2ce07564 } // xuống
    @inline(__always) static var thu: UInt64 { 0x27c61eef343142b6 } // thứ
    @inline(__always) static var hang: UInt64 { 0x81beec6930581434 } // hạng
    @inline(__always) static var giai: UInt64 { 0xffe950ffbd9b92ac } // giải
    @inline(__always) static var ngay: UInt64 { 0xb2a3882f48912ec6 } // ngày
    @inline(__always) static var thang: UInt64 { 0xae019036db4c7f32 } // tháng
    @inline(__always) static var quy: UInt64 { 0x1e245607b29d0875 } // quý
    @inline(__always) static var nam: UInt64 { 0xbefd38c157199013 } // năm
    @inline(__always) static var hom: UInt64 { 0x33ce9dc9a1f0db34 } // hôm
    @inline(__always) static var mong: UInt64 { 0x3d31936410ae9ebb } // mồng
    @inline(__always) static var mung: UInt64 { 0x920c773ffdbefce2 } // mùng
    @inline(__always) static var tuan: UInt64 { 0xa09d5ccdfa834978 } // tuần
    @inline(__always) static var dau: UInt64 { 0x027878a8558ae86d } // đầu
    @inline(__always) static var cuoi: UInt64 { 0x25745fd81ad19d4d } // cuối
    @inline(__always) static var giua: UInt64 { 0x006fe6fbc7596732 } // giữa
    @inline(__always) static var nua: UInt64 { 0x6982c8c2d92e3daf } // nửa
    @inline(__always) static var nay: UInt64 { 0xc4785aba8e28c1b1 } // nay
    @inline(__always) static var hoc: UInt64 { 0x404167cc7e80c79c } // học
    @inline(__always) static var doan: UInt64 { 0x61054583f68342a5 } // đoạn
    @inline(__always) static var giaiDoan: UInt64 { 0xffe953ffbd9b97c5 } // giai
    @inline(__always) static var so: UInt64 { 0x824fbf195cf31655 } // so
    @inline(__always) static var voi: UInt64 { 0x1590ba070e626606 } // với
    @inline(__always) static var cung: UInt64 { 0x9e6a2ed58ace18e0 } // cùng
    @inline(__always) static var ky: UInt64 { 0x3dd69d1936662851 } // kỳ
    @inline(__always) static var ki: UInt64 { 0x3da03d193637f5c1 } // kì
    @inline(__always) static var truoc: UInt64 { 0x1aee98a651b57260 } // trước
    @inline(__always) static var ngoai: UInt64 { 0x2e1b77ac23b51bf0 } // ngoái
    @inline(__always) static var het: UInt64 { 0x16f1e0ca23236118 } // hết
    @inline(__always) static var gio: UInt64 { 0xcd8c8272293b6062 } // giờ
    @inline(__always) static var phut: UInt64 { 0x67af266bfd6d7317 } // phút
    @inline(__always) static var h: UInt64 { 0x08ba7807b55eee55 } // h
    @inline(__always) static var g: UInt64 { 0x08951607b53f2b92 } // g
    @inline(__always) static var phan: UInt64 { 0xc38680695c088fa9 } // phần
    @inline(__always) static var tram: UInt64 { 0x0d44c1a134d3c715 } // trăm
    @inline(__always) static var diem: UInt64 { 0xd3af229826178f8f } // điểm
    @inline(__always) static var dieu: UInt64 { 0xd393f19826007494 } // điều
    @inline(__always) static var khoan: UInt64 { 0x1c5c3af4d2459929 } // khoản
    @inline(__always) static var percent: UInt64 { 0x07b4ca07b4809b00 } // %
    @inline(__always) static var slash: UInt64 { 0x07d6c607b49d7a9a } // /
    @inline(__always) static var dash: UInt64 { 0x07cffa07b497b448 } // -
    @inline(__always) static var endash: UInt64 { 0x9bac4e0758b765a6 } // –
    @inline(__always) static var plus: UInt64 { 0x07e45e07b4a9073e } // +
    @inline(__always) static var colon: UInt64 { 0x081e2407b4da1cf7 } // :
    @inline(__always) static var doKey: UInt64 { 0xb134f013cd320d78 } // đó
    @inline(__always) static var dot: UInt64 { 0x07da2c07b4a05dc3 } // .
    @inline(__always) static var comma: UInt64 { 0x07d36007b49a9771 } // ,
    @inline(__always) static var lparen: UInt64 { 0x07e0f807b4a62415 } // (
    @inline(__always) static var rparen: UInt64 { 0x07dd9207b4a340ec } // )
    @inline(__always) static var am: UInt64 { 0x5503da1b87436688 } // âm
    @inline(__always) static var mot: UInt64 { 0x03c364a5030cb52f } // một
    @inline(__always) static var va: UInt64 { 0x690408194ed1420e } // và
    @inline(__always) static var hoac: UInt64 { 0xf2800d7570e411a9 } // hoặc
    @inline(__always) static var lan: UInt64 { 0x4e03abaffd64eae7 } // lần
    @inline(__always) static var gap: UInt64 { 0xc6a17e746a57018f } // gấp
    @inline(__always) static var lienTiep: UInt64 { 0x2ba8dea79230997a } // liên
    @inline(__always) static var tuoi: UInt64 { 0x5ff673ce671d8bb6 } // tuổi
    @inline(__always) static var hangTram: UInt64 { 0x81beeb6930581281 } // hàng
    @inline(__always) static var chu: UInt64 { 0xf2cc4a910b7dc7c6 } // chủ
    @inline(__always) static var nhat: UInt64 { 0xcaf4424aae74dc68 } // nhật
    @inline(__always) static var xep: UInt64 { 0x1475f956e22c522c } // xếp
    @inline(__always) static var dung: UInt64 { 0x608184e1d6d59aae } // đứng
    @inline(__always) static var mua: UInt64 { 0xb6a9aaa29316ff20 } // mùa
    @inline(__always) static var vu: UInt64 { 0x6947fb194f0af8c3 } // vụ
    @inline(__always) static var taiKhoa: UInt64 { 0xd94c44ef0798b88d } // tài
    @inline(__always) static var nienKhoa: UInt64 { 0x8a40833e978163e8 } // niên
    @inline(__always) static var khoa: UInt64 { 0x432ac086bdfc304d } // khóa
    @inline(__always) static var moi: UInt64 { 0x03b929a50303fc69 } // mỗi
    @inline(__always) static var hang2: UInt64 { 0xc386940decbbcc73 } // hằng
    @inline(__always) static var le: UInt64 { 0x13f9a6191f18ead5 } // lễ
    @inline(__always) static var giuaRange: UInt64 { 0x006fe6fbc7596732 } // giữa
    @inline(__always) static var cham: UInt64 { 0x38b91c73c98b23fe } // chấm
    @inline(__always) static var phay: UInt64 { 0xc3c047695c39a715 } // phẩy
    @inline(__always) static var chi: UInt64 { 0xf28852910b440892 } // chỉ
    @inline(__always) static var da: UInt64 { 0xb156e913cd4ee7f9 } // đã
    @inline(__always) static var van: UInt64 { 0xb191c6037010c94b } // vẫn
    @inline(__always) static var cung2: UInt64 { 0x9e6a34d58ace2312 } // cũng
    @inline(__always) static var han: UInt64 { 0x2e2cb5cc740c2bf3 } // hạn
    @inline(__always) static var mat: UInt64 { 0x7ebb1aa5492e303d } // mất
    @inline(__always) static var vong: UInt64 { 0x8a5f6a828dee95f1 } // vòng
    @inline(__always) static var chung: UInt64 { 0x9910b667cbf1106a } // chung
    @inline(__always) static var ke: UInt64 { 0x3be30a1934bdb613 } // kế
    @inline(__always) static var cua: UInt64 { 0x4c559790acabe3bd } // của
    @inline(__always) static var sau: UInt64 { 0x09605118bf7d118c } // sau
    @inline(__always) static var nayThis: UInt64 { 0xc47858ba8e28be4b } // này
    @inline(__always) static var qua: UInt64 { 0x1e092507b285ed7a } // qua
    @inline(__always) static var mai: UInt64 { 0x1f59c0a2ce98a382 } // mai
    @inline(__always) static var nhung: UInt64 { 0x6d34b4ddfcbfec0e } // những
    @inline(__always) static var cac: UInt64 { 0xb527a590e84a60ed } // các
    @inline(__always) static var may: UInt64 { 0x7eb0e6a54925835c } // mấy
    @inline(__always) static var tien: UInt64 { 0x8594666eb130aa22 } // tiên
    @inline(__always) static var tienMoney: UInt64 { 0x8594646eb130a6bc } // tiền
    @inline(__always) static var dong: UInt64 { 0x20666150e380b667 } // đồng
    @inline(__always) static var luc: UInt64 { 0xb1cac1adf2a649ae } // lúc
    @inline(__always) static var vao: UInt64 { 0x437e6100ede6fcd5 } // vào
    @inline(__always) static var trong: UInt64 { 0xf1d498b41cc996c1 } // trong
    @inline(__always) static var tinh: UInt64 { 0x0cbb276c2853c00b } // tính
    @inline(__always) static var soNo: UInt64 { 0x842156195e7ea8f9 } // số
    @inline(__always) static var tai: UInt64 { 0xd94c3def0798aca8 } // tại
    @inline(__always) static var oAt: UInt64 { 0x060f6507b31a983d } // ở
    @inline(__always) static var duong: UInt64 { 0x080862ff8096f72a } // đường
    @inline(__always) static var pho: UInt64 { 0xc47b470dc73dda06 } // phố

    /// Every cue and its word, for the test that checks the literals.
    static let all: [(key: UInt64, word: String)] = [
        (tu, "từ"),
        (den, "đến"),
        (toi, "tới"),
        (len, "lên"),
        (xuong, "xuống"),
        (thu, "thứ"),
        (hang, "hạng"),
        (giai, "giải"),
        (ngay, "ngày"),
        (thang, "tháng"),
        (quy, "quý"),
        (nam, "năm"),
        (hom, "hôm"),
        (mong, "mồng"),
        (mung, "mùng"),
        (tuan, "tuần"),
        (dau, "đầu"),
        (cuoi, "cuối"),
        (giua, "giữa"),
        (nua, "nửa"),
        (nay, "nay"),
        (hoc, "học"),
        (doan, "đoạn"),
        (giaiDoan, "giai"),
        (so, "so"),
        (voi, "với"),
        (cung, "cùng"),
        (ky, "kỳ"),
        (ki, "kì"),
        (truoc, "trước"),
        (ngoai, "ngoái"),
        (het, "hết"),
        (gio, "giờ"),
        (phut, "phút"),
        (h, "h"),
        (g, "g"),
        (phan, "phần"),
        (tram, "trăm"),
        (diem, "điểm"),
        (percent, "%"),
        (slash, "/"),
        (dash, "-"),
        (endash, "–"),
        (plus, "+"),
        (dieu, "điều"),
        (khoan, "khoản"),
        (colon, ":"),
        (doKey, "đó"),
        (dot, "."),
        (comma, ","),
        (lparen, "("),
        (rparen, ")"),
        (am, "âm"),
        (mot, "một"),
        (va, "và"),
        (hoac, "hoặc"),
        (lan, "lần"),
        (gap, "gấp"),
        (lienTiep, "liên"),
        (tuoi, "tuổi"),
        (hangTram, "hàng"),
        (chu, "chủ"),
        (nhat, "nhật"),
        (xep, "xếp"),
        (dung, "đứng"),
        (mua, "mùa"),
        (vu, "vụ"),
        (taiKhoa, "tài"),
        (nienKhoa, "niên"),
        (khoa, "khóa"),
        (moi, "mỗi"),
        (hang2, "hằng"),
        (le, "lễ"),
        (giuaRange, "giữa"),
        (cham, "chấm"),
        (phay, "phẩy"),
        (chi, "chỉ"),
        (da, "đã"),
        (van, "vẫn"),
        (cung2, "cũng"),
        (han, "hạn"),
        (mat, "mất"),
        (vong, "vòng"),
        (chung, "chung"),
        (ke, "kế"),
        (cua, "của"),
        (sau, "sau"),
        (nayThis, "này"),
        (qua, "qua"),
        (mai, "mai"),
        (nhung, "những"),
        (cac, "các"),
        (may, "mấy"),
        (tien, "tiên"),
        (tienMoney, "tiền"),
        (dong, "đồng"),
        (luc, "lúc"),
        (vao, "vào"),
        (trong, "trong"),
        (tinh, "tính"),
        (soNo, "số"),
        (tai, "tại"),
        (oAt, "ở"),
        (duong, "đường"),
        (pho, "phố"),
    ]
}

/// Read access to one sentence's tokens for the rules. A class so that
/// passing it to the many small rule functions costs one reference.
final class Context {
    let doc: TokenizedText
    let units: [UInt16]
    let tokens: [Token]
    /// Token range of the sentence. One context serves every sentence of a
    /// document in turn (`moveTo`): creating one per sentence retained and
    /// released its five arrays and references each time.
    private(set) var lo: Int
    private(set) var hi: Int
    let words: WordTables
    /// Start mask of each token of the document (`WordTables.startMasks`).
    let masks: [UInt32]
    /// `Fold.upper`, read once (each read of the global goes through swift_once).
    let upper: [Bool]
    /// The word tables, held directly: a table read through `words` (two references
    /// away) was retained and released around every lookup call that was not inlined.
    let indicatorHeads: PhraseTable<WordTables.Entry>
    let places: PhraseTable<WordTables.Entry>
    let unitTable: PhraseTable<WordTables.Entry>
    let qualifiers: PhraseTable<WordTables.Entry>
    let verbs: PhraseTable<WordTables.Entry>
    let currencies: PhraseTable<WordTables.Entry>
    let organisations: PhraseTable<WordTables.Entry>
    let numerals: PhraseTable<WordTables.Entry>
    let relativeDates: PhraseTable<WordTables.Entry>
    let magnitudes: PhraseTable<WordTables.Entry>
    let weekdays: PhraseTable<WordTables.Entry>
    let partsOfDay: PhraseTable<WordTables.Entry>
    let notRecords: PhraseTable<WordTables.Entry>
    let timeUnits: PhraseTable<WordTables.Entry>
    let identifierCues: PhraseTable<WordTables.Entry>
    let holidays: PhraseTable<WordTables.Entry>

    init(doc: TokenizedText, units: [UInt16], tokens: [Token], lo: Int, hi: Int, words: WordTables) {
        self.doc = doc; self.units = units; self.tokens = tokens; self.lo = lo; self.hi = hi; self.words = words
        upper = Fold.upper
        indicatorHeads = words.indicatorHeads
        places = words.places
        unitTable = words.units
        qualifiers = words.qualifiers
        verbs = words.verbs
        currencies = words.currencies
        organisations = words.organisations
        numerals = words.numerals
        relativeDates = words.relativeDates
        magnitudes = words.magnitudes
        weekdays = words.weekdays
        partsOfDay = words.partsOfDay
        notRecords = words.notRecords
        timeUnits = words.timeUnits
        identifierCues = words.identifierCues
        holidays = words.holidays
        masks = doc.startMasksOwner == ObjectIdentifier(words) && doc.startMasks.count == tokens.count ? doc.startMasks : words.startMasks(tokens)
    }

    /// Points the context at another sentence of the same document.
    /// The last answer of `firstKey(_:after:)`: the first token at or after `from`, in the sentence
    /// that ends at `hi`, with key `key`, or `hi` when there is none. (Rules ask at increasing
    /// positions of one sentence; the tokens of a context never change. Unchecked: read and
    /// written by one thread, never while it is being changed.)
    @exclusivity(unchecked) private var keyScan: (key: UInt64, hi: Int, from: Int, at: Int) = (0, -1, 0, 0)

    /// The first token after `i` (in the sentence) whose key is `key`, or `hi` when none.
    /// `bit`: a start-mask bit that every token with the key has (the scan reads the masks and
    /// compares the keys only of the tokens with the bit).
    func firstKey(_ key: UInt64, bit: UInt32, after i: Int) -> Int {
        let from = i + 1
        let s = keyScan
        // (No token with the key in s.from..<s.at, so none in from..<s.at either.)
        if s.key == key && s.hi == hi && s.from <= from && from <= s.at { return s.at }
        var k = nextMasked(bit, from: from)
        while k < hi && tokens[k].key != key { k = nextMasked(bit, from: k + 1) }
        keyScan = (key, hi, from, k)
        return k
    }

    func moveTo(lo: Int, hi: Int) {
        self.lo = lo
        self.hi = hi
    }

    /// Token i may start a phrase of `table` (false: it certainly does not).
    @inline(__always) func mayStart<V>(_ table: PhraseTable<V>, _ i: Int) -> Bool {
        let bit = table.startBit
        return bit == 0 ? table.hasEdge(tokens[i].key) : masks[i] & bit != 0
    }

    /// The first token at or after `k` in the sentence whose start mask has one of `bits`, or `hi`:
    /// the tokens a scan for them passes over, read as masks alone.
    /// - Complexity: O(tokens passed), one read and test each (no bounds check per token).
    @inline(__always) func nextMasked(_ bits: UInt32, from k: Int) -> Int {
        masks.withUnsafeBufferPointer { m in
            let end = Swift.min(hi, m.count)
            var j = Swift.max(k, 0)
            while j < end && m[j] & bits == 0 { j += 1 }
            return Swift.max(j, Swift.min(k, hi))
        }
    }

    /// As `nextMasked(_:from:)`, also stopping at a token whose key is `key`.
    @inline(__always) func nextMasked(_ bits: UInt32, orKey key: UInt64, from k: Int) -> Int {
        masks.withUnsafeBufferPointer { m in
            tokens.withUnsafeBufferPointer { t in
                let end = Swift.min(hi, m.count, t.count)
                var j = Swift.max(k, 0)
                while j < end && m[j] & bits == 0 && t[j].key != key { j += 1 }
                return Swift.max(j, Swift.min(k, hi))
            }
        }
    }

    /// The tokens of the sentence from `k` on whose start mask has one of `bits` or whose kind is
    /// `kind`, in order: what a loop over every token whose body does nothing for the others visits.
    @inline(__always) func tokens(masked bits: UInt32, orKind kind: TokenKind, from k: Int? = nil) -> MaskedTokens {
        MaskedTokens(masks: masks, tokens: tokens, bits: bits, kind: kind.rawValue, from: k ?? lo, to: hi)
    }

    /// The tokens of the sentence from `k` on whose start mask has one of `bits`, in order.
    @inline(__always) func tokens(masked bits: UInt32, from k: Int? = nil) -> MaskedTokens {
        MaskedTokens(masks: masks, tokens: tokens, bits: bits, kind: MaskedTokens.noKind, from: k ?? lo, to: hi)
    }

    /// Token i is in `words.dateStarters`.
    @inline(__always) func isDateStarter(_ i: Int) -> Bool { masks[i] & WordTables.dateStarterBit != 0 }
    /// Token i is in `words.quantityStarters`.
    @inline(__always) func isQuantityStarter(_ i: Int) -> Bool { masks[i] & WordTables.quantityStarterBit != 0 }
    /// Token i is one of `WordTables.edgeWords` (a syllable of one).
    @inline(__always) func isEdgeWord(_ i: Int) -> Bool { masks[i] & WordTables.edgeWordBit != 0 }

    @inline(__always) func key(_ i: Int) -> UInt64 { tokens[i].key }
    @inline(__always) func kind(_ i: Int) -> TokenKind { tokens[i].kind }
    @inline(__always) func isKey(_ i: Int, _ k: UInt64) -> Bool { i >= lo && i < hi && tokens[i].key == k }

    // (From `units`, the same array as `doc.text.units`, without copying the document's text struct.)
    func text(_ i: Int) -> String { units.withUnsafeBufferPointer { NormalizedText.string($0, Int(tokens[i].start), Int(tokens[i].end)) } }
    func text(_ a: Int, _ b: Int) -> String { units.withUnsafeBufferPointer { NormalizedText.string($0, Int(tokens[a].start), Int(tokens[b - 1].end)) } }

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
        guard tokens[i].kind == .word else { return false }
        let u = firstUnit(i)
        return Int(u) < Fold.tableSize && upper[Int(u)]
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
    /// - Complexity: the test that rules out most tokens (the start mask) is
    ///   inlined at the call site; the phrase walk is not.
    @inline(__always) func match(_ table: PhraseTable<WordTables.Entry>, _ i: Int) -> (entry: WordTables.Entry, end: Int)? {
        guard i >= lo && i < hi, mayStart(table, i) else { return nil }
        return walk(table, i)
    }

    @inline(never) private func walk(_ table: PhraseTable<WordTables.Entry>, _ i: Int) -> (entry: WordTables.Entry, end: Int)? {
        table.match(tokens, at: i, limit: hi).map { ($0.value, $0.end) }
    }

    /// The role and end of the longest verb phrase at i (`match(words.verbs, i)`), without
    /// fetching its row (which retains and later releases it).
    @inline(__always) func verbRole(_ i: Int) -> (role: VerbRole, end: Int)? {
        guard i >= lo && i < hi, mayStart(verbs, i), let m = walkNode(verbs, i) else { return nil }
        return (words.verbRoles[m.node], m.end)
    }

    /// The node and end of the longest phrase of `table` at i, without fetching its row
    /// (for tables with per-node facts, as `WordTables.verbRoles`).
    @inline(__always) func matchNode(_ table: PhraseTable<WordTables.Entry>, _ i: Int) -> (node: Int, end: Int)? {
        guard i >= lo && i < hi, mayStart(table, i) else { return nil }
        return walkNode(table, i)
    }

    @inline(never) private func walkNode(_ table: PhraseTable<WordTables.Entry>, _ i: Int) -> (node: Int, end: Int)? {
        table.matchNode(tokens, at: i, limit: hi)
    }

    /// Some lexicon phrase starts at i: `match(table, i) != nil` without fetching
    /// the entry (fetching it retains and later releases it, two atomic operations).
    @inline(__always) func has(_ table: PhraseTable<WordTables.Entry>, _ i: Int) -> Bool {
        guard i >= lo && i < hi, mayStart(table, i) else { return false }
        return walkEnd(table, i) != nil
    }

    @inline(never) private func walkEnd(_ table: PhraseTable<WordTables.Entry>, _ i: Int) -> Int? {
        table.matchEnd(tokens, at: i, limit: hi)
    }

    /// The longest lexicon phrase that ends right before token i (one run of
    /// spaces between allowed), with the index of its first token.
    /// - Complexity: the end-mask test that rules out most positions is inlined at the call site;
    ///   the walk back is not.
    @inline(__always)
    func matchEnding(_ table: PhraseTable<WordTables.Entry>, before i: Int, maxTokens: Int = 4, notBefore floor: Int = 0) -> (entry: WordTables.Entry, start: Int)? {
        guard let last = prev(i), last >= floor else { return nil }
        // (No phrase of the table ends with the key of `last`: `exact` below would find none.)
        let bit = table.endBit
        if bit != 0 && masks[last] & bit == 0 { return nil }
        return walkBack(table, last: last, maxTokens: maxTokens, notBefore: floor)
    }

    @inline(never) private func walkBack(_ table: PhraseTable<WordTables.Entry>, last: Int, maxTokens: Int, notBefore floor: Int) -> (entry: WordTables.Entry, start: Int)? {
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
    /// (The units are read through a buffer pointer: each `units[p]` reloaded the array and
    /// checked the index.)
    func plainDigits(_ i: Int) -> Int? {
        guard isDigitsToken(i) else { return nil }
        let t = tokens[i]
        return units.withUnsafeBufferPointer { u in
            for p in Int(t.start)..<Int(t.end) where !(u[p] >= 48 && u[p] <= 57) { return nil }
            return t.length
        }
    }

    /// The parts of token i between dots, as `text(i).split(separator: ".")`
    /// gives them (empty parts dropped): how many, and for the first three
    /// their length and `Int(part)`, read from the units without building strings (parts of
    /// ASCII digits and marks; others are read from the string).
    func dotParts(_ i: Int) -> (count: Int, length: (Int, Int, Int), value: (Int?, Int?, Int?)) {
        var count = 0
        var length = (0, 0, 0)
        var value: (Int?, Int?, Int?) = (nil, nil, nil)
        var p = Int(tokens[i].start)
        let end = Int(tokens[i].end)
        while p < end {
            if units[p] == 0x2E { p += 1; continue }
            var q = p
            var v: Int? = 0
            while q < end, units[q] != 0x2E {
                let u = units[q]
                if u >= 0x30 && u <= 0x39 {
                    // (Up to 18 digits cannot overflow.)
                    guard q - p < 18 else { return dotPartsOfString(i) }
                    v = v.map { $0 * 10 + Int(u - 0x30) }
                } else {
                    // Any other ASCII unit but a sign and CR (a sign can open an `Int`, CR LF is one
                    // Character) is one Character and leaves no `Int`: "1.234,5" has the parts
                    // "1" and "234,5". Anything else: read the string.
                    guard u < 0x80, u != 0x2B, u != 0x2D, u != 0x0D else { return dotPartsOfString(i) }
                    v = nil
                }
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

    /// Integer value of a plain-digit token of at most nine digits. (When it is not nil, the
    /// token's length is its `plainDigits`: rules read that instead of scanning the digits again.)
    /// (One pass that reads and checks each digit: `plainDigits` first, then the value, read
    /// the units twice.)
    func intValue(_ i: Int) -> Int? {
        guard isDigitsToken(i) else { return nil }
        let t = tokens[i]
        guard t.length <= 9 else { return nil }
        return units.withUnsafeBufferPointer { u in
            var v = 0
            for p in Int(t.start)..<Int(t.end) {
                let d = u[p] &- 48
                guard d <= 9 else { return nil }
                v = v * 10 + Int(d)
            }
            return v
        }
    }
}

/// See `Context.tokens(masked:orKind:from:)`. The tokens passed over are read in a tight loop,
/// without bounds checks (a loop over every token of a sentence checked each read).
struct MaskedTokens: Sequence, IteratorProtocol {
    let masks: [UInt32]
    let tokens: [Token]
    let bits: UInt32
    /// The raw value of the kind that stops the scan too, or `noKind`.
    let kind: UInt8
    static let noKind: UInt8 = 0xFF
    private var j: Int
    private let end: Int

    @inline(__always) init(masks: [UInt32], tokens: [Token], bits: UInt32, kind: UInt8, from: Int, to: Int) {
        self.masks = masks; self.tokens = tokens; self.bits = bits; self.kind = kind
        j = Swift.max(from, 0)
        end = Swift.min(to, masks.count, tokens.count)
    }

    @inline(__always) mutating func next() -> Int? {
        let (bits, kind, end, j0) = (self.bits, self.kind, self.end, j)
        let found = masks.withUnsafeBufferPointer { m in
            tokens.withUnsafeBufferPointer { t in
                var j = j0
                while j < end && m[j] & bits == 0 && t[j].kind.rawValue != kind { j += 1 }
                return j
            }
        }
        if found >= end { j = end; return nil }
        j = found + 1
        return found
    }
}
