/// Roles of `verbs.tsv` rows.
public enum VerbRole: UInt8, Sendable {
    case other = 0, reach, increase, decrease, unchanged, estimate, forecast, target, source, baseline
    init(name: String) {
        switch name {
        case "reach": self = .reach
        case "increase": self = .increase
        case "decrease": self = .decrease
        case "unchanged": self = .unchanged
        case "estimate": self = .estimate
        case "forecast": self = .forecast
        case "target": self = .target
        case "source": self = .source
        case "baseline": self = .baseline
        default: self = .other
        }
    }
}

/// The word lists the extractors consult, each built from one lexicon file.
/// A value is the lexicon row's fields, so rules read the columns they need
/// and `--explain` can name `file:line`.
public final class WordTables: Sendable {
    /// A lexicon row. A class so that passing matches around costs one reference count.
    public final class Entry: Sendable {
        public let file: String
        public let line: Int
        public let fields: [String]
        /// The row's role as a small number (verbs.tsv: `VerbRole`; numerals.tsv:
        /// `SpelledNumber.Role`; qualifiers.tsv: `Qualifier.tag`), so hot loops compare integers.
        public let tag: UInt8
        /// The first field starts with an uppercase letter (read without Unicode property lookups).
        let firstIsUppercase: Bool
        /// The first field starts with a character that is not lowercase (a code or symbol such
        /// as "USD", "$"; `QuantityRules.isCodeOrSymbol`), read once.
        let firstIsCodeOrSymbol: Bool
        /// The first field holds a space (a phrase of several words).
        let firstHasSpace: Bool
        /// `Int(fields[i])` for each field, parsed once.
        private let integers: [Int?]
        init(file: String, line: Int, fields: [String]) {
            self.file = file; self.line = line; self.fields = fields
            switch file {
            case "verbs.tsv": tag = VerbRole(name: fields.count > 1 ? fields[1] : "").rawValue
            case "numerals.tsv": tag = SpelledNumber.Role(name: fields.count > 2 ? fields[2] : "").rawValue
            case "qualifiers.tsv": tag = (fields.count > 1 ? Qualifier(rawValue: fields[1]) : nil)?.tag ?? 0
            default: tag = 0
            }
            let first = fields.first ?? ""
            firstIsUppercase = first.unicodeScalars.first?.properties.isUppercase ?? false
            firstIsCodeOrSymbol = QuantityRules.isCodeOrSymbol(first)
            firstHasSpace = first.utf8.contains(0x20)
            integers = fields.map { Int($0) }
        }
        /// `Int(self[i])`, parsed when the row was loaded (rules read numbers of rows in loops).
        public func int(_ i: Int) -> Int? { i < integers.count ? integers[i] : nil }
        public subscript(_ i: Int) -> String { i < fields.count ? fields[i] : "" }
        public var rule: String { "\(file):\(line)" }
    }

    public let numerals: PhraseTable<Entry>
    public let magnitudes: PhraseTable<Entry>
    public let qualifiers: PhraseTable<Entry>
    public let timeUnits: PhraseTable<Entry>
    public let relativeDates: PhraseTable<Entry>
    public let partsOfDay: PhraseTable<Entry>
    public let weekdays: PhraseTable<Entry>
    public let identifierCues: PhraseTable<Entry>
    public let currencies: PhraseTable<Entry>
    public let units: PhraseTable<Entry>
    public let places: PhraseTable<Entry>
    public let indicatorHeads: PhraseTable<Entry>
    public let verbs: PhraseTable<Entry>
    /// The role of each node of `verbs` (`Entry.tag`), so a verb's role is read without its row.
    let verbRoles: [VerbRole]
    public let notRecords: PhraseTable<Entry>
    /// For each node of `notRecords`: its row's reason makes the whole sentence no record (any
    /// reason but "before", "attribute", "limit", "band", "grade", "advice", "norm" and "one", which are about one figure).
    let sentenceNotRecords: [Bool]
    public let organisations: PhraseTable<Entry>
    public let holidays: PhraseTable<Entry>

    /// Keys of tokens that can start a date expression (cue words and the
    /// first words of relative-date and part-of-day phrases).
    public let dateStarters: KeySet
    /// Keys of words that can start a quantity (numeral words, currency names).
    public let quantityStarters: KeySet
    /// Two-syllable compounds of compounds.tsv that end in a one-syllable indicator
    /// head but are not heads themselves ("đánh giá", "định giá"): the head
    /// syllable inside them does not start an indicator. Keys: `pairKey(first, second)`.
    public let headInsideCompound: KeySet
    /// Keys of surnames.tsv: family names (and "Văn", "Thị") that open a person's name.
    public let surnames: KeySet
    /// Every two-syllable compound of compounds.tsv and indicator_heads.tsv, as `pairKey(first, second)`:
    /// tells an elliptical list ("xuất, nhập khẩu" = xuất khẩu and nhập khẩu) from a clause break.
    public let compoundPairs: KeySet

    /// Start masks: for a token key, one bit per table of which it can start a
    /// phrase (`PhraseTable.startBit`), plus `dateStarterBit` and
    /// `quantityStarterBit` for membership of those sets. Rules ask several
    /// tables about the same token; the mask, computed once per token, answers
    /// most of those questions without probing each table.
    static let dateStarterBit: UInt32 = 1 << 30
    static let quantityStarterBit: UInt32 = 1 << 29
    /// The cue words `Extractor.sentence` tests before its rules ("(", "hàng", "thứ", "chủ",
    /// "hạng", "giải"): a word without this bit and without the two above starts nothing there.
    static let extractorCueBit: UInt32 = 1 << 28
    static let extractorCues: [UInt64] = [Cue.lparen, Cue.hangTram, Cue.thu, Cue.chu, Cue.hang, Cue.giai]
    /// The words that can open a clause in `SentenceRecords.boundaryFlags` ("nhưng", "còn",
    /// "đó" and "khi" after "trong", "và" before a name): a word without the bit is no boundary.
    static let clauseCueBit: UInt32 = 1 << 27
    static let clauseCues: [UInt64] = [Fold.key("nhưng"), Fold.key("còn"), Cue.doKey, Fold.key("khi"), Cue.va]
    /// Tokens that make a number start a date (`DateRules.numberMayStartDate`): glued after
    /// it ("/", "-", ".", ":", "h", "g") and next after it ("tháng", "giờ", "ngày", "-", "–", "h").
    static let gluedDateCueBit: UInt32 = 1 << 26
    static let gluedDateCues: [UInt64] = [Cue.slash, Cue.dash, Cue.dot, Cue.colon, Cue.h, Cue.g]
    /// Prefixes of administrative units and numbered roads (`SentenceRecords.findPlaces`: "quận Hoàn Kiếm",
    /// "TP Thủ Đức", "Quốc lộ 51"): a word without the bit opens no such name.
    static let adminPrefixBit: UInt32 = 1 << 24
    static let adminPrefixes: [UInt64] = ["quận", "huyện", "phường", "xã", "tp", "quốc", "tỉnh"].map { Fold.key($0) }
    static let nextDateCueBit: UInt32 = 1 << 25
    static let nextDateCues: [UInt64] = [Cue.thang, Cue.gio, Cue.ngay, Cue.dash, Cue.endash, Cue.h]
    /// Function words skipped at the edges of an indicator phrase (the record rules' `edgeKeys`,
    /// each syllable; `Context.isEdgeWord`), not a word list of figures.
    static let edgeWordBit: UInt32 = 1 << 23
    /// The words `SentenceRecords`' pass over a sentence's words looks at besides the verbs ("lần" of
    /// "lần lượt", "kêu" and "khuyến" that open an appeal): a word without this bit or the verbs' start
    /// bit is only counted there.
    static let sentenceCueBit: UInt32 = 1 << 20
    static let sentenceCues: [UInt64] = [Cue.lan, Fold.key("kêu"), Fold.key("khuyến")]
    /// The words before which `SentenceRecords.groupPlaces` looks for a quantified group ("tại các ngân
    /// hàng", "ở hai thành phố", "trên bốn sàn"): its pass over the sentence visits only them.
    static let groupPlaceCueBit: UInt32 = 1 << 21
    static let groupPlaceCues: [UInt64] = ["ở", "tại", "trên"].map { Fold.key($0) }
    /// End masks (`PhraseTable.endBit`) of the tables `Context.matchEnding` walks back through: a token
    /// without its table's bit ends no phrase of it, so most walks stop before the first probe.
    static let endBits: (qualifiers: UInt32, verbs: UInt32, notRecords: UInt32, identifierCues: UInt32) = (1 << 16, 1 << 17, 1 << 18, 1 << 19)
    static let edgeWords: [String] = [
        "có", "đã", "sẽ", "được", "cũng", "vẫn", "đều", "chỉ", "mới", "lại", "thì", "là", "của", "vào", "trong", "tại", "ở",
        "với", "và", "còn", "riêng", "trong đó", "theo", "tính", "đến", "nay", "khi", "nhưng", "tuy", "hơn",
        "so", "cùng", "kỳ", "từ", "đó", "các", "những", "hiện", "chung", "đây", "cả",
        "lần lượt", "lần", "lượt", "để", "dù", "không", "đứng", "xếp", "đóng góp", "mức", "mốc", "vào khoảng", "phải", "cần",
        "về", "trên", "trước", "cuối", "giữa", "quanh", "lúc", "đang",
    ]
    private let startIndex: KeyTable
    /// A direct-mapped copy of `startIndex` (at most a quarter full): each
    /// slot holds the one key that hashes there and its mask, so a token's
    /// mask is one read and a compare, without a branch to mispredict. Slots
    /// that two keys share are marked `sharedSlot` and fall back to the index.
    private let slotKeys: [UInt64]
    private let slotMasks: [UInt32]
    private let slotShift: UInt64
    private static let sharedSlot: UInt32 = 1 << 31

    @inline(__always) private static func slot(_ k: UInt64, _ shift: UInt64) -> Int {
        // (`&>>`: `shift` is 64 - bits with bits >= 12, so the masking shift gives the same slot
        // without the compare and select `>>` needs for shifts of 64 and more.)
        Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }

    /// The start mask of every token (see `dateStarterBit`).
    /// - Complexity: O(tokens), one table read per token.
    func startMasks(_ tokens: [Token]) -> [UInt32] {
        [UInt32](unsafeUninitializedCapacity: tokens.count) { buf, count in
            tokens.withUnsafeBufferPointer { t in
                slotKeys.withUnsafeBufferPointer { keys in
                    slotMasks.withUnsafeBufferPointer { masks in
                        let shift = slotShift
                        for i in 0..<t.count {
                            let k = t[i].key
                            let s = WordTables.slot(k, shift)
                            let e = masks[s]
                            var m = keys[s] == k ? e : 0
                            if e & WordTables.sharedSlot != 0 { m = startIndex.get(k).map { UInt32(bitPattern: $0) } ?? 0 }
                            buf[i] = m
                        }
                    }
                }
            }
            count = tokens.count
        }
    }

    @inline(__always) public static func pairKey(_ a: UInt64, _ b: UInt64) -> UInt64 { (a &* 0x9E37_79B9_7F4A_7C15) ^ b }

    /// `compoundKeys`: token keys of every row of compounds.tsv (computed once, shared with `Compounds`).
    init(keys: (String) -> [UInt64], compoundKeys: [[UInt64]]) throws {
        func firstKeys(_ name: String) throws -> [UInt64] {
            try Lexicon.load(name).rows.compactMap { keys($0[0]).first }
        }
        func table(_ name: String) throws -> PhraseTable<Entry> { try table(name, Lexicon.load(name).rows.map { keys($0[0]) }) }
        func table(_ name: String, _ rowKeys: [[UInt64]]) throws -> PhraseTable<Entry> {
            let lex = try Lexicon.load(name)
            return PhraseTable<Entry>(zip(lex.rows, rowKeys).map { row, k in (k, Entry(file: name, line: row.line, fields: row.fields)) })
        }
        numerals = try table("numerals.tsv")
        magnitudes = try table("magnitudes.tsv")
        qualifiers = try table("qualifiers.tsv")
        timeUnits = try table("time_units.tsv")
        relativeDates = try table("relative_dates.tsv")
        partsOfDay = try table("parts_of_day.tsv")
        weekdays = try table("weekdays.tsv")
        identifierCues = try table("identifier_cues.tsv")
        currencies = try table("currencies.tsv")
        units = try table("units.tsv")
        places = try table("places.tsv")
        let heads = try Lexicon.load("indicator_heads.tsv").rows.map { keys($0[0]) }
        indicatorHeads = try table("indicator_heads.tsv", heads)
        let verbTable = try table("verbs.tsv")
        verbs = verbTable
        verbRoles = (0..<verbTable.nodeCount).map { VerbRole(rawValue: verbTable.value(atNode: $0)?.tag ?? 0) ?? .other }
        let notRecordsTable = try table("not_records.tsv")
        notRecords = notRecordsTable
        sentenceNotRecords = (0..<notRecordsTable.nodeCount).map { n in
            guard let e = notRecordsTable.value(atNode: n) else { return false }
            return !["before", "attribute", "limit", "band", "grade", "advice", "norm", "one"].contains(e[1])
        }
        organisations = try table("organisations.tsv")
        holidays = try table("holidays.tsv")
        let singleHeads = Set(heads.filter { $0.count == 1 }.map { $0[0] })
        // (First syllables of heads that are themselves one-syllable heads: "giá" of "giá trị".)
        let headFirsts = Set(heads.compactMap(\.first)).intersection(singleHeads)
        let headPairs = Set(heads.filter { $0.count == 2 }.map { WordTables.pairKey($0[0], $0[1]) })
        let compoundPairKeys = compoundKeys.filter { $0.count == 2 }
        // The last two syllables of a longer compound end a word too ("doanh nghiệp thành lập mới",
        // "nông thôn mới": "mới" is no trailing adverb there).
        let tailPairs = (compoundKeys + heads).filter { $0.count >= 3 }.map { WordTables.pairKey($0[$0.count - 2], $0[$0.count - 1]) }
        compoundPairs = KeySet(compoundPairKeys.map { WordTables.pairKey($0[0], $0[1]) } + headPairs + tailPairs)
        surnames = KeySet(try firstKeys("surnames.tsv"))
        headInsideCompound = KeySet(compoundPairKeys.compactMap { k -> UInt64? in
            let pair = WordTables.pairKey(k[0], k[1])
            guard singleHeads.contains(k[1]), !headFirsts.contains(k[0]), !headPairs.contains(pair) else { return nil }
            return pair
        })
        let cues = [Cue.ngay, Cue.mong, Cue.mung, Cue.thang, Cue.quy, Cue.nam, Cue.nua, Cue.tu, Cue.giaiDoan, Cue.hom, Cue.cung, Cue.tuan,
                    Cue.taiKhoa, Cue.nienKhoa, Cue.mua, Cue.vu]
        dateStarters = KeySet(try firstKeys("relative_dates.tsv") + firstKeys("parts_of_day.tsv") + firstKeys("holidays.tsv") + cues)
        quantityStarters = KeySet(try firstKeys("numerals.tsv") + firstKeys("currencies.tsv") + [Cue.tu, Cue.am, Cue.dash, Cue.endash, Cue.plus, Cue.nua, Cue.giuaRange])
        var masks = [UInt64: UInt32]()
        let indexed = [numerals, magnitudes, qualifiers, timeUnits, relativeDates, partsOfDay, weekdays, identifierCues, currencies,
                       units, places, indicatorHeads, verbs, notRecords, organisations, holidays]
        for (n, t) in indexed.enumerated() {
            t.startBit = 1 << UInt32(n)
            for k in t.edgeKeys { masks[k, default: 0] |= t.startBit }
        }
        let ends = [(qualifiers, WordTables.endBits.qualifiers), (verbs, WordTables.endBits.verbs), (notRecords, WordTables.endBits.notRecords),
                    (identifierCues, WordTables.endBits.identifierCues)]
        for (t, bit) in ends {
            t.endBit = bit
            for k in t.lastKeys { masks[k, default: 0] |= bit }
        }
        for k in dateStarters.keys { masks[k, default: 0] |= WordTables.dateStarterBit }
        for k in quantityStarters.keys { masks[k, default: 0] |= WordTables.quantityStarterBit }
        for k in WordTables.extractorCues { masks[k, default: 0] |= WordTables.extractorCueBit }
        for k in WordTables.clauseCues { masks[k, default: 0] |= WordTables.clauseCueBit }
        for k in WordTables.sentenceCues { masks[k, default: 0] |= WordTables.sentenceCueBit }
        for k in WordTables.groupPlaceCues { masks[k, default: 0] |= WordTables.groupPlaceCueBit }
        for k in WordTables.gluedDateCues { masks[k, default: 0] |= WordTables.gluedDateCueBit }
        for k in WordTables.nextDateCues { masks[k, default: 0] |= WordTables.nextDateCueBit }
        for k in WordTables.adminPrefixes { masks[k, default: 0] |= WordTables.adminPrefixBit }
        for k in KeySet(words: WordTables.edgeWords).keys { masks[k, default: 0] |= WordTables.edgeWordBit }
        var index = KeyTable()
        var bits = 12
        while (1 << bits) < masks.count * 4 { bits += 1 }
        let shift = UInt64(64 - bits)
        var slotKeys = [UInt64](repeating: 0, count: 1 << bits)
        var slotMasks = [UInt32](repeating: 0, count: 1 << bits)
        var used = [Bool](repeating: false, count: 1 << bits)
        for (k, m) in masks {
            index.set(k, Int32(bitPattern: m))
            let s = WordTables.slot(k, shift)
            if used[s] { slotMasks[s] = WordTables.sharedSlot } else { used[s] = true; slotKeys[s] = k; slotMasks[s] = m }
        }
        startIndex = index
        self.slotKeys = slotKeys
        self.slotMasks = slotMasks
        slotShift = shift
    }
}
