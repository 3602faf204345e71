/// A set of small integers (mention and token indices of one sentence) as a sorted array:
/// a sentence holds few, and `Set<Int>` allocated hash storage and hashed every lookup.
struct IntSet {
    private(set) var items: [Int] = []

    init() {}
    init<S: Sequence>(_ values: S) where S.Element == Int { for v in values { insert(v) } }

    /// Index of the first item not below `v`.
    @inline(__always) private func lowerBound(_ v: Int) -> Int {
        var lo = 0, hi = items.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if items[mid] < v { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func contains(_ v: Int) -> Bool {
        let p = lowerBound(v)
        return p < items.count && items[p] == v
    }

    @discardableResult mutating func insert(_ v: Int) -> (inserted: Bool, memberAfterInsert: Int) {
        if items.last.map({ $0 < v }) ?? true { items.append(v); return (true, v) }
        let p = lowerBound(v)
        if p < items.count && items[p] == v { return (false, v) }
        items.insert(v, at: p)
        return (true, v)
    }

    mutating func formUnion<S: Sequence>(_ values: S) where S.Element == Int { for v in values { insert(v) } }

    /// The items in increasing order.
    func sorted() -> [Int] { items }

    func filter(_ p: (Int) -> Bool) -> [Int] { items.filter(p) }
}

/// Token ranges collected while a sentence's records are built.
final class RangeBox {
    /// (Unchecked: read per record by one thread, never accessed while it is being changed;
    /// a checked class `var` costs a runtime exclusivity check per read.)
    @exclusivity(unchecked) var ranges: [Range<Int>] = []
}

/// Builds indicator records (RECORDS.md sections 4 and 5) from the mentions
/// of each sentence.
///
/// Per sentence: values are number / percent / money / ordinal mentions that
/// are not excluded (ages, page counters, legal rules, denominators); each
/// value is a *level* ("đạt 7,5 tỷ USD") or a *change* ("tăng 4%") by the
/// verb before it. A change with an indicator phrase of its own is a
/// change-only record ("GDP tăng 5,66%"); one without attaches to the level
/// before it ("…, tăng 4% so với năm 2022"). "từ X lên Y" makes Y the level
/// and X the starting point.
struct RecordBuilder {
    let words: WordTables

    /// `context`: a rule context of `doc` made with the same word tables (the pipeline's own; nil: one is made).
    func build(_ doc: TokenizedText, _ mentions: [Mention], dateline: Int? = nil, reference: CalendarDay? = nil, context: Context? = nil) -> [Indicator] {
        var out = buildRecords(doc, mentions, dateline: dateline, context: context)
        // A figure for a period that starts after the reference date cannot be an observation:
        // with no cue of its own it is a forecast ("Năm 2030, dân số đạt 105 triệu người" in 2023).
        if let reference {
            for r in out.indices where out[r].modality == .actual {
                guard let p = out[r].period, let start = mentions[p].from ?? mentions[p].date, let y = start.year else { continue }
                let month: Int
                switch start.grain {
                case .year: month = 1
                case .half: month = (start.month - 1) * 6 + 1
                case .quarter: month = (start.month - 1) * 3 + 1
                default: month = start.month
                }
                let day = start.grain >= .week ? start.day : 1
                if (y, month, day) > (reference.year, reference.month, reference.day), yearStated(mentions[p], y, doc) { out[r].modality = .forecast }
            }
        }
        // "ROS giảm gần 7.000 đồng": a ticker that names the figure is not also whose figure it is. (Cleared only here,
        // at the end: the records after it take the ticker as their subject, "… khớp 2 triệu cổ phiếu".)
        for r in out.indices {
            guard let sj = out[r].subject, let ind = out[r].indicator, sj.utf8.count == ind.utf8.count, sj == ind else { continue }
            out[r].subject = nil
        }
        return out
    }

    /// The period's year is in the text: written ("năm 2030", "quý I/2024", "giai đoạn 2021-2025") or
    /// counted from the reference date ("năm tới", "tháng sau", "ngày mai"). A year the extractor only
    /// completed from the reference date ("6/7", "tháng 3", "quý II") is a guess, and a guess does not
    /// make a figure a forecast: "Giá vàng ngày 6/7 tăng 200.000 đồng" in an article with no year is a
    /// report of that day.
    private func yearStated(_ m: Mention, _ y: Int, _ doc: TokenizedText) -> Bool {
        let units = doc.text.units
        for k in m.firstToken..<m.endToken {
            let t = doc.tokens[k]
            switch t.kind {
            case .number:
                var v = 0, digits = 0
                for i in Int(t.start)..<Int(t.end) {
                    let u = units[i]
                    if u >= 0x30 && u <= 0x39 { v = v * 10 + Int(u - 0x30); digits += 1; if digits > 4 { break } } else { v = 0; digits = 0 }
                    if digits == 4 && v == y { return true }
                }
            case .word:
                if t.key == Cue.toi || t.key == Cue.sau || t.key == Cue.mai || t.key == Cue.ke { return true }
            default: break
            }
        }
        return false
    }

    private func buildRecords(_ doc: TokenizedText, _ mentions: [Mention], dateline: Int?, context: Context?) -> [Indicator] {
        var out = [Indicator]()
        // The subject of the last record whose subject is a place (`out.last(where: \.subjectIsPlace)`).
        var documentPlace: String? = nil
        // (The pipeline's context is taken when it is given: making one retains the word tables and
        // releases them again. Every sentence below moves it to its own tokens before reading it.)
        let c = context ?? Context(doc: doc, units: doc.text.units, tokens: doc.tokens, lo: 0, hi: 0, words: words)
        // Only sentences with a figure can hold a record. (A dateline's own line holds none; a lead
        // sentence that opens with the date it is dated by, "Ngày 1/1/2016, số dư quỹ là 3.970,1 tỷ
        // đồng", is read like any other: its date is the period.)
        func isFigure(_ i: Int) -> Bool {
            let k = mentions[i].kind
            return k == .number || k == .percent || k == .money || k == .ordinal
        }
        func sentenceOf(_ i: Int) -> Int { Int(doc.tokens[mentions[i].firstToken].sentence) }
        // The mentions of each sentence, in order. Mentions come in text order, so a sentence's
        // mentions are a run of indices: only the runs with a figure become arrays.
        var groups = [(s: Int, idx: [Int])]()
        // (Room for a group per sentence at once: grown by appends, the list was reallocated and copied as it grew.)
        groups.reserveCapacity(Swift.max(doc.sentenceTokenStart.count - 1, 0))
        if mentions.indices.dropFirst().allSatisfy({ sentenceOf($0 - 1) <= sentenceOf($0) }) {
            var a = 0
            while a < mentions.count {
                let s = sentenceOf(a)
                var b = a + 1
                while b < mentions.count, sentenceOf(b) == s { b += 1 }
                if (a..<b).contains(where: isFigure) { groups.append((s, Array(a..<b))) }
                a = b
            }
        } else {
            var bySentence = [[Int]](repeating: [], count: doc.sentenceTokenStart.count - 1)
            for i in mentions.indices { bySentence[sentenceOf(i)].append(i) }
            for (s, idx) in bySentence.enumerated() where idx.contains(where: isFigure) { groups.append((s, idx)) }
        }
        let scratch = SentenceScratch(capacity: groups.reduce(0) { Swift.max($0, Int(doc.sentenceTokenStart[$1.s + 1] - doc.sentenceTokenStart[$1.s])) })
        for (s, idx) in groups {
            let lo = Int(doc.sentenceTokenStart[s]), hi = Int(doc.sentenceTokenStart[s + 1])
            c.moveTo(lo: lo, hi: hi)
            // A sentence that cannot hold records is not analysed (its clauses, verbs and places).
            if SentenceRecords.sentenceIsNotRecords(c) { continue }
            // (By index: `out.last` would copy the record.)
            let previous: (String?, String?) = out.isEmpty ? (nil, nil) : (out[out.count - 1].indicator, out[out.count - 1].subject)
            let sr = SentenceRecords(c: c, mentions: mentions, indices: idx, sentence: s, previous: previous, scratch: scratch)
            sr.documentPlace = documentPlace
            sr.datelineMention = dateline
            let records = sr.build()
            // (By index: `last(where:)` would copy the record, retaining its strings.)
            if let r = records.lastIndex(where: { $0.subjectIsPlace }) { documentPlace = records[r].subject }
            // (The first sentence's records become the result as they are: appending copied them.)
            if out.isEmpty { out = records } else { out.append(contentsOf: records) }
        }
        return out
    }
}

/// Words skipped at the edges of an indicator phrase: `WordTables.edgeWords`. (A token's own
/// key is tested with `c.isEdgeWord(k)`, a bit of its start mask: each read of this global was a
/// `swift_once` call and each test a hash probe.)
private let edgeKeys = KeySet(words: WordTables.edgeWords)
/// Words that open a clause (besides "trong đó", "trong khi"): "nhưng", "còn".
@inline(__always) private var nhungKey: UInt64 { 0x6d34b8ddfcbff2da } // nhưng
@inline(__always) private var conKey: UInt64 { 0x0bc9d691195d31ab } // còn
@inline(__always) private var honKey: UInt64 { 0x5c05f8c6537f6fcc } // hơn
@inline(__always) private var tongKey: UInt64 { 0xb2ce07ac970062e3 } // tổng
@inline(__always) private var coKey: UInt64 { 0xf6050e190d019572 } // có
@inline(__always) private var maKey: UInt64 { 0x080f8719176d7bbb } // mà
@inline(__always) private var moiKey: UInt64 { 0xf6ae01a1960a8ef5 } // mới
private let negationKeys = KeySet(words: ["chưa", "không"])
/// Auxiliaries that end the actor of a relative clause ("mà người dân phải trả").
private let modalKeys = KeySet(words: ["phải", "cần", "sẽ", "đã", "đang"])
/// First syllables of group nouns that head a sector or a group of actors rather than
/// a measure: khu vực, khối, nhóm, ngành.
@inline(__always) private var groupHeads: KeyList { KeyList(0xe7ffb9d71d638a6b, 0xe7b28d895fb1ea84, 0x4aeac54821f07786, 0xe4ca5d58bff8107f) } // khu, khối, nhóm, ngành
/// First words of two-word prepositions ending in "với": đối với, so với, cùng với.
@inline(__always) private var prepositionFirsts: KeyList { KeyList(0x431bfba7e8edc306, 0x824fbf195cf31655, 0x9e6a2ed58ace18e0, 0x431bfba7e8edc306) } // đối, so, cùng
/// Capitalised labels that head a line like a ticker but are not companies ("VIDEO: …").
private let mediaLabels = KeySet(words: ["video", "clip", "tin", "news", "live", "hot", "top"])
private let postStopKeys = KeySet(words: ["của", "tại", "trên", "ở", "liên", "thuộc", "so", "với", "sẽ", "sau"])
/// Verbs that end a phrase written after a value (the figure's own verbs).
private let postStopRoles: Set<String> = ["increase", "decrease", "unchanged", "estimate", "forecast", "source", "baseline", "target"]
private let levelVerbKeys = KeySet(words: ["đạt", "chiếm", "là", "bằng"])
/// Words that start an adjunct after the indicator: cut there ("Tổng thu ngân sách trên địa bàn", "… của các khu").
@inline(__always) private var adjunctKeys: KeyList { KeyList(0x4c559790acabe3bd, 0xd94c3def0798aca8, 0x060f6507b31a983d, 0x006fe6fbc7596732) } // của, tại, ở, giữa
@inline(__always) private var levelWordKeys: KeyList { KeyList(0x09c7b5afd70bf5c5, 0x0e7b461a2ce07564, 0x0bc9d691195d31ab, 0x6aa60a19503466c1) } // lên, xuống, còn, về
private let rankKeys = KeySet(words: ["xếp", "đứng", "hạng", "vị", "top", "lớn", "cao", "nhiều"])
private let companyHeads = PhraseTable<Bool>(words: ["công ty", "tập đoàn", "tổng công ty", "ngân hàng", "nhà máy", "hợp tác xã", "liên đoàn lao động"])
private let legalForm = KeySet(words: ["cổ", "phần", "tnhh", "thương", "mại", "trách", "nhiệm", "hữu", "hạn", "một", "thành", "viên", "đầu", "tư"])
private let doneKeys = KeySet(words: ["đã", "được", "hoàn"])
@inline(__always) private var datKey: UInt64 { 0xa63928a5dd9ec8e4 } // đạt
@inline(__always) private var deKey: UInt64 { 0xb2f22213ceac4b73 } // để
@inline(__always) private var danKey: UInt64 { 0xcf4869699de63549 } // dẫn
@inline(__always) private var thuKey: UInt64 { 0x27c61eef343142b6 } // thứ
@inline(__always) private var caoKey: UInt64 { 0xb51a0c90e83ed296 } // cao
private let frequencyKeys = KeySet(words: ["mỗi", "hằng", "hàng", "một", "ban", "trên", "cả"])
@inline(__always) private var allocationKeys: KeyList8 { KeyList8(0xf961a1580f225166, 0xf28851910b4406df, 0x764290a34ee47894, 0x004d25191349d5a7, 0xede91f31ae49201e, 0x5b187aef5113bfdf, 0xf961a1580f225166, 0xf961a1580f225166) } // dành, chi, trích, bỏ, ngân, chi trả
@inline(__always) private var raKey: UInt64 { 0x89f6f21960ffa4d4 } // ra
/// Verbs of buying one thing ("chi 13,7 tỷ USD mua Whole Foods").
private let purchaseVerbs = PhraseTable<Bool>(words: ["mua", "mua lại", "tậu", "thâu tóm", "sở hữu", "chào mua", "thuê"])
@inline(__always) private var tangKey: UInt64 { 0x66db6b624f4a3f35 } // tăng
@inline(__always) private var giamKey: UInt64 { 0xffdbb8ffbd900608 } // giảm
@inline(__always) private var conSoKey: UInt64 { 0x0bc9d891195d3511 } // con
@inline(__always) private var giaoKey: UInt64 { 0xffe287ffbd95d173 } // giao
/// Net balances: the word names the figure it governs ("ngân sách … bội thu khoảng 123.300 tỷ đồng").
private let netWords = PhraseTable<Bool>(words: ["bội thu", "bội chi", "xuất siêu", "nhập siêu", "bán ròng", "mua ròng"])
private let canCanKeys = (Fold.key("cán"), Fold.key("cân"))
/// Heads of intensive measures (prices, rates, indexes), never counted in events: "giá" ("giá trị" is not one).
private let intensiveHeads = PhraseTable<Bool>(words: ["giá", "tỷ giá", "tỉ giá", "lãi suất", "tỷ lệ", "tỉ lệ", "tốc độ", "chỉ số"])
private let shareNouns = PhraseTable<Bool>(words: ["thị phần", "tỷ trọng", "tỉ trọng", "tỷ lệ", "tỉ lệ"])
@inline(__always) private var vaoKey: UInt64 { 0x437e6100ede6fcd5 } // vào
/// Nouns of time after "vào" ("vào giờ cao điểm", "vào dịp Tết", "vào cuối năm").
private let timeNouns = KeySet(words: ["giờ", "lúc", "dịp", "mùa", "buổi", "thời", "ngày", "tháng", "năm", "quý", "tuần"])
/// "vào đầu năm", "vào cuối giờ" (not "vào đầu tư").
private let edgeTimeKeys = KeySet(words: ["cuối", "đầu", "giữa"])
@inline(__always) private var gioKey: UInt64 { 0xcd8c8272293b6062 } // giờ
/// "CPI do vào thời điểm cuối năm giá thịt heo …": a cause ends the name.
@inline(__always) private var causeKeys: KeyList { KeyList(0xcaaedc18f473d77c, 0x68e8d8194eba28c6, 0x16c18fbabdfdf884, 0x6fda6793129aaa54) } // do, vì, nhờ, bởi
/// Conjunctions of concession that open a clause ("Mặc dù chỉ chiếm 14% dân số").
private let concessionKeys = KeySet(words: ["mặc", "dù", "tuy", "dẫu"])
@inline(__always) private var tuFreeKey: UInt64 { 0x57ead91945325c24 } // tự
/// ("Số người chết vì Covid-19", "tử vong do dị tật": the cause of a death or a harm is part of what is counted.)
private let harmKeys = KeySet(words: ["chết", "vong", "thương", "mắc", "nhiễm", "bệnh", "hại", "nạn"])
/// Discourse connectives that open a predicate or a new statement.
private let connectives = PhraseTable<Bool>(words: ["vì vậy", "vì thế", "do đó", "do vậy", "bởi vậy", "cho nên", "tuy nhiên", "nhờ đó", "từ đó"])
@inline(__always) private var chiemKey: UInt64 { 0x4b70dec37000d203 } // chiếm
@inline(__always) private var nhanKey: UInt64 { 0xcb08ab4aae8637dd } // nhân
@inline(__always) private var choKey: UInt64 { 0xf273ed910b32b3e9 } // cho
@inline(__always) private var thayKey: UInt64 { 0x8ea89d6fe5c0a363 } // thấy
@inline(__always) private var tucKey: UInt64 { 0x95f77ef09430676d } // tức
/// Adverbs that open a predicate after a counted noun ("600 doanh nghiệp … vẫn không tin …").
private let predicateAdverbs = KeySet(words: ["vẫn", "cũng", "đều", "rằng", "thì"])
/// Particles that, alone before a figure, name nothing ("…, tới 66%").
private let particleKeys = KeySet(words: ["tới", "đến", "lên", "xuống", "còn", "ở", "với", "là", "đạt", "chỉ", "mới", "có", "sau", "đó", "nhẹ", "mạnh", "như", "hiện", "tại"])
@inline(__always) private var periodUnitKeys: KeyList8 { KeyList8(0xbefd38c157199013, 0xae019036db4c7f32, 0x1e245607b29d0875, 0xa09d5ccdfa834978, 0xb2a3882f48912ec6, 0x3dd69d1936662851, 0xbefd38c157199013, 0xbefd38c157199013) } // năm, tháng, quý, tuần, ngày, kỳ
/// Pronouns and person words that open a clause: a person or a team spoken of, not a ranked statistic's owner.
private let pronounKeys = KeySet(words: ["chúng", "họ", "cô", "anh", "ông", "bà", "tôi", "em", "chị", "mình", "đội", "cậu"])
/// Aspect words between a clause's subject and its verb ("vẫn tiếp tục dẫn đầu"), beside the edge
/// words, which hold "đang", "vẫn", "hiện", "nay", "chỉ", "cũng", "tại" (every use tests both).
/// (KeySet takes each syllable of a multi-word entry.)
private let auxKeys = KeySet(words: ["tiếp tục", "tạm thời", "luôn"])
/// Markets a fronted "Trên …, " / "Tại …, " names as whose figures the sentence gives (RECORDS.md: a subject may be a market).
private let marketHeads = PhraseTable<Bool>(words: ["thị trường", "sàn", "chợ"])
@inline(__always) private var khapKey: UInt64 { 0x3748b87feb32b7b4 } // khắp
@inline(__always) private var mucKey: UInt64 { 0x62bc1ca1420c7de0 } // mức
@inline(__always) private var theoKey: UInt64 { 0xeaffb7725dc0f90b } // theo
@inline(__always) private var caKey: UInt64 { 0xf5e314190ce4b93e } // cả
@inline(__always) private var laKey: UInt64 { 0x126536191dc14894 } // là
private let personTitles = KeySet(words: ["ông", "bà", "anh", "chị", "em", "bầu", "cô", "chú", "bác", "cụ", "bé", "cháu"])
@inline(__always) private var duocKey: UInt64 { 0x075fa7e7dee02583 } // được
@inline(__always) private var hoanKey: UInt64 { 0x9fbfae7aebfe6047 } // hoàn
/// Words that open an adverbial before a comma ("Tại Vietcombank, …"), never a noun list.
private let listOpeners = KeySet(words: ["tại", "trong", "với", "riêng", "ngoài", "theo", "còn", "đến", "tính", "từ", "so", "về", "năm", "nhưng"])
@inline(__always) private var motionKeys: KeyList { KeyList(0xc9b3300d965ee962, 0xc9b3300d965ee962, 0xc9b3300d965ee962, 0xc9b3300d965ee962) } // sang
@inline(__always) private var soCountKey: UInt64 { 0x842156195e7ea8f9 } // số
/// Words that restate a change already given as "từ X lên Y" ("…, tương ứng mức tăng 14%").
private let restatingWords = PhraseTable<Bool>(words: ["tương ứng", "tương đương", "tức", "tức là", "hay"])
private let prepositionKeys = KeySet(words: ["ở", "tại", "trong", "của", "với", "cho", "vào", "trên", "dưới"])
/// Words that cannot start an indicator phrase ("đóng góp 9,6%", "phải tăng khoảng 9%").
private let trailingAdverbs = PhraseTable<Bool>(words: ["tiếp tục", "phổ biến", "lần lượt", "vào khoảng"])
private let leadingEdges = PhraseTable<Bool>(words: ["tuy nhiên", "bình quân", "đóng góp", "phải", "dự kiến", "đạt", "ở", "một", "phổ biến", "tiếp tục",
                                                     "như vậy", "tương ứng", "đặc biệt", "ngoài ra", "bên cạnh đó", "cụ thể", "niêm yết",
                                                     "thậm chí", "bao gồm"])
@inline(__always) private var binhKey: UInt64 { 0x3ca080c3a69cda60 } // bình
@inline(__always) private var quanKey: UInt64 { 0x30b5c711df84afcd } // quân
@inline(__always) private var troKey: UInt64 { 0x588bfaef4ee9611f } // trở
@inline(__always) private var thanhKey: UInt64 { 0xaddc2d36db2cbabc } // thành
@inline(__always) private var phoKey: UInt64 { 0xc47b470dc73dda06 } // phố
/// Words after a share that name the plan it is a share of ("đạt 92,5% dự toán"): the indicator is the level's.
private let planWords = PhraseTable<Bool>(words: ["dự toán", "kế hoạch", "chỉ tiêu", "mục tiêu"])
@inline(__always) private var toanKey: UInt64 { 0xd006ed7d1f892f13 } // toàn
@inline(__always) private var trenKey: UInt64 { 0x70ede2a95bed13ad } // trên
@inline(__always) private var diaKey: UInt64 { 0x619aa4a5b6f2181d } // địa
@inline(__always) private var kyKey: UInt64 { 0x3dd69d1936662851 } // kỳ
@inline(__always) private var toiKey: UInt64 { 0x39958decf9e2b31c } // tôi
@inline(__always) private var chungKey: UInt64 { 0x9910b767cbf1121d } // chúng
/// Auxiliaries right after a clause's subject.
private let auxiliaryKeys = KeySet(words: ["đã", "đang", "sẽ", "được", "vẫn", "cũng", "vừa", "mới", "chỉ", "tiếp", "từng", "bị"])
@inline(__always) private var khiKey: UInt64 { 0xe7f221d71d57fdc7 } // khi
@inline(__always) private var giaiKey: UInt64 { 0xffe953ffbd9b97c5 } // giai
/// Units that count rounds or sessions: after "sau" they frame another figure ("sau 2 trận").
private let frameUnits = KeySet(words: ["trận", "phiên", "vòng", "lượt trận", "ván", "hiệp"])
@inline(__always) private var cachKey: UInt64 { 0x1c33ed3ab5ec52d9 } // cách
@inline(__always) private var banKey: UInt64 { 0x9a1a799baa014765 } // bán
@inline(__always) private var kinhKey: UInt64 { 0x8e6f598dc27d0c12 } // kính
private let notDistanceAfter = KeySet(words: ["ly", "thức", "mạng", "điệu", "làm", "nào"])
private let notDistanceBefore = KeySet(words: ["cải", "bằng", "một", "phong", "tư", "nhân"])
/// Verbs before "lỗ" that sell at a loss ("cắt lỗ", "bán lỗ"): the amount is no loss of its own.
private let lossSaleKeys = KeySet(words: ["cắt", "bán"])
/// Ranks of a prize after "giải" ("giải Nhất", "giải ba", "giải khuyến khích", "giải đặc biệt").
private let prizeRanks = KeySet(words: ["nhất", "nhì", "ba", "tư", "khuyến", "đặc"])
/// Classifiers of one item ("mỗi suất", "một chiếc", "một bộ"): its price is an individual attribute.
private let itemClassifiers = KeySet(words: ["suất", "chiếc", "bộ", "chai", "hộp", "cái", "phần", "đôi", "vé"])
@inline(__always) private var phoBienKey: UInt64 { 0xc47b450dc73dd6a0 } // phổ
/// The sexagenary cycle that names lunar years ("Tết Giáp Thìn").
private let heavenlyStems = KeySet(words: ["giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý"])
private let earthlyBranches = KeySet(words: ["tý", "sửu", "dần", "mão", "thìn", "tỵ", "tị", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi"])
@inline(__always) private var veKey: UInt64 { 0x6aa60a19503466c1 } // về
private let quantityAspect = PhraseTable<Bool>(words: ["lượng", "sản lượng", "khối lượng"])
private let valueAspect = PhraseTable<Bool>(words: ["giá trị", "kim ngạch", "trị giá"])
/// First syllables of trade and production measures that take their product after the
/// quantity ("xuất khẩu 7,75 triệu tấn gạo", "nhập khẩu", "sản xuất", "tiêu thụ").
private let tradeHeads = KeySet(words: ["xuất", "nhập", "sản", "tiêu"])
@inline(__always) private var tradeXuat: UInt64 { 0x380b9b9eb65429bb } // xuất
@inline(__always) private var tradeNhap: UInt64 { 0xcae6b24aae695d5c } // nhập
@inline(__always) private var sanKey: UInt64 { 0x0985b418bf9cd602 } // sản
private let vehicleKeys = KeySet(words: ["tô", "xe", "ôtô"])
/// Classifiers of one animal, flat or plot after "mỗi" ("mỗi con lợn 100 kg", "mỗi căn 70 m2").
private let oneItemKeys = KeySet(words: ["con", "căn", "nền", "lô"])
@inline(__always) private var oKey: UInt64 { 0x060f6507b31a983d } // ở
/// The sides of a quoted price ("mua vào", "bán ra", "chiều mua").
/// Titles written before a person's name in reports: "ĐB" (đại biểu), "đại biểu", "GS", "TS".
@inline(__always) private var nameTitleKeys: KeyList { KeyList(0xb15a5313cd51d1ee, 0x0bc4fdc1474a0a8a, 0xd51fbb18fadebd9d, 0x570724194470e350) } // đb, biểu, gs, ts
/// Aspect words and adverbs that open a predicate: "giá vàng đã trải qua …", "VN-Index vẫn giữ …".
@inline(__always) private var predicateAdverbKeys: KeyList8 { KeyList8(0xb156e913cd4ee7f9, 0xb191c6037010c94b, 0x9e6a34d58ace2312, 0x2587cbef324951be, 0x823b57195ce1bc93, 0xb156e913cd4ee7f9, 0xb156e913cd4ee7f9, 0xb156e913cd4ee7f9) } // đã, vẫn, cũng, thì, sẽ
@inline(__always) private var buySellKeys: KeyList8 { KeyList8(0xb6a9aca293170286, 0x9a1a799baa014765, 0x437e6100ede6fcd5, 0x89f6f21960ffa4d4, 0x4b55afc36fe9ba6e, 0xb6a9aca293170286, 0xb6a9aca293170286, 0xb6a9aca293170286) } // mua, bán, vào, ra, chiều
/// First syllables of connectives that open a sentence before a comma ("Ngược lại,", "Đáng chú ý,", "Nhìn chung,").
private let connectiveKeys = KeySet(words: ["ngược", "đáng", "tương", "nhìn", "mặt", "thêm", "song", "do", "vì", "nhờ", "thực", "sau",
                                           "kết", "bởi", "tóm", "nói", "đồng", "trái", "ngoài", "bên", "ông", "bà", "anh", "chị",
                                           "đối", "nếu", "vừa", "thứ", "trước", "hôm", "sáng", "chiều", "tối", "trưa", "đêm"])
/// Auxiliaries and particles between a measure and its verb ("Giá vàng nhẫn trơn 9999 cũng tăng nhẹ").
private let clauseAuxKeys = KeySet(words: ["cũng", "vẫn", "đã", "đang", "sẽ", "đều", "chỉ", "lại", "thì", "là", "còn", "hiện", "có"])
/// Adverbs between a measure and its verb ("giá tiêu hạt liên tục tăng", "… ngày càng tăng", "… bất ngờ giảm").
private let adverbKeys = KeySet(words: ["liên", "ngày", "bất", "luôn", "đều", "vẫn", "đang", "tiếp"])
/// Nouns of places, markets and organisations that, quantified after "tại"/"ở"/"trên", say where a figure applies.
private let groupPlaceHeads = PhraseTable<Bool>(words: ["thành phố", "tỉnh", "tỉnh thành", "địa phương", "quốc gia", "nước", "ngân hàng",
    "tổ chức tín dụng", "sàn", "chợ", "siêu thị", "cửa hàng", "đại lý", "doanh nghiệp", "công ty", "bệnh viện", "trường", "khu công nghiệp",
    "khu đô thị", "khu chế xuất", "quận", "huyện", "xã", "phường", "thị trường", "nhà máy", "cảng", "sân bay", "vùng", "khu vực"])
/// Words that end such a group phrase ("các doanh nghiệp bị mất việc", "các tỉnh như …", "các chợ mạng xuất hiện").
private let groupPlaceStops = KeySet(words: ["bị", "như", "hay", "hoặc", "theo", "thuộc", "trong", "khi", "có", "xuất", "gần", "từ", "và", "với", "cho"])
/// Last syllables of nouns for groups of people ("lao động", "công nhân", "học sinh", "người dân", "nhân viên").
private let nguoiUTF8 = Array("người".utf8)
private let peopleEndKeys = KeySet(words: ["động", "nhân", "sinh", "dân", "viên", "người"])
/// Words that quantify such a group ("các ngân hàng", "nhiều địa phương").
@inline(__always) private var groupQuantifiers: KeyList { KeyList(0xb527a590e84a60ed, 0x6d34b4ddfcbfec0e, 0xbb3ee4828cbf9c83, 0x0d63a7a2c43e0963) } // các, những, nhiều, mọi
/// Categories that are ranked by a trade or production word after them ("nước xuất khẩu gạo lớn thứ hai").
private let rankCategories = PhraseTable<Bool>(words: ["nước", "quốc gia", "thị trường", "đối tác", "nhà", "doanh nghiệp", "công ty", "ngân hàng",
                                                       "tỉnh", "địa phương", "hãng", "nền kinh tế"])
/// Nouns of a tier or grade named by a number after them ("bệnh viện tầng 2", "tuyến 1", "cấp 3").
private let tierKeys = KeySet(words: ["tầng", "tuyến", "cấp", "hạng", "loại"])
/// Words that open an aside after a comma, not a second item ("…, đồng nghĩa", "…, tương ứng", "…, cộng …").
private let listAsideKeys = KeySet(words: ["đồng", "tương", "cộng", "tức", "gồm", "bao", "chiếm", "trong", "nôn"])
/// Places a price is quoted at that name a kind of price ("giá lúa tươi tại ruộng", "giá tại vườn", "giá tại cảng").
private let priceLocationKeys = KeySet(words: ["ruộng", "vườn", "trại", "chuồng", "cảng", "kho", "quầy", "bãi", "rẫy"])
@inline(__always) private var noiKey: UInt64 { 0xb833cabccab8d385 } // nội
@inline(__always) private var ngoaiKey: UInt64 { 0x2e1b7bac23b522bc } // ngoại
/// First words of a tax or fee named as a rate per unit ("Thuế bảo vệ môi trường … 2.000 đồng/lít", "phí … 5.000 đồng/lượt").
private let legalRateKeys = KeySet(words: ["thuế", "phí", "lệ"])
@inline(__always) private var viecKey: UInt64 { 0x4b4e9b54381cb366 } // việc
@inline(__always) private var keuKey: UInt64 { 0x8130f3d49ef2869d } // kêu
@inline(__always) private var khuyenKey: UInt64 { 0x6cda19f23f8394b3 } // khuyến
/// First syllables of words ending in "việc" ("nghỉ việc", "vụ việc", "làm việc", "công việc", "mất việc").
private let viecCompoundFirsts = KeySet(words: ["nghỉ", "vụ", "làm", "công", "mất", "thôi", "tìm", "có"])
/// Quantifiers before a listed noun ("Nhiều mã chứng khoán, bất động sản").
private let quantifierKeys = KeySet(words: ["nhiều", "hầu", "phần", "đa", "mọi"])
@inline(__always) private var buyKey: UInt64 { 0xb6a9aca293170286 } // mua
@inline(__always) private var sellKey: UInt64 { 0x9a1a799baa014765 } // bán
@inline(__always) private var duKey: UInt64 { 0xc9806918f372e354 } // dự
@inline(__always) private var baoKey: UInt64 { 0x9a1ddd9baa042728 } // báo
/// Words between a price side and its value: "mua vào quanh mức 25.780 đồng", "bán ra ở mức".
private let levelLinkWords = KeySet(words: ["mức", "quanh", "ở", "là", "khoảng"])
/// Words before "được" that make it a predicate, not a passive that defines a group.
private let predicateMarkers = KeySet(words: ["đã", "sẽ", "vẫn", "này", "lại", "đều", "cũng"])
@inline(__always) private var monKey: UInt64 { 0x03aefba502fb59ba } // môn
@inline(__always) private var goiKey: UInt64 { 0x9cde6f720e977665 } // gói
@inline(__always) private var tronKey: UInt64 { 0x357c18a6f60f90c1 } // trọn
/// What a policy package is ("gói tín dụng 120.000 tỷ đồng", "gói hỗ trợ 26.000 tỷ đồng"): its amount is part of its name.
private let packageKeys = KeySet(words: ["tín", "hỗ", "kích", "cứu", "ưu"])
/// Nouns after "các" that name a part, not a group measured ("các tỉnh", "các quý", "các loại").
private let partNounKeys = KeySet(words: ["tỉnh", "quý", "loại", "kiểu", "đối", "tổ", "trường", "địa"])
/// Words of a difference between two things, which names both ("chênh lệch giữa …", "khoảng cách giữa …").
private let differenceKeys = KeySet(words: ["chênh", "cách"])
/// Words between a reference norm (or one unnamed item) and its figure: "mức cân bằng tự nhiên chỉ từ 104 đến 106",
/// "có lớp lên tới 50 học sinh".
private let normLinkKeys = KeySet(words: ["chỉ", "là", "ở", "vào", "khoảng", "mức", "lên", "tới", "đến"])
/// A sale in the passive before "với giá": "được (chào / rao) bán", "được giao dịch", "được niêm yết", "được chuyển nhượng".
private let saleVerbEnds = KeySet(words: ["bán", "dịch", "yết", "nhượng"])
/// A bare price after "với": "với giá", "với mức giá", "với giá bán".
private let barePriceKeys = KeySet(words: ["giá", "mức", "bán"])
/// Roads named by a number: "Quốc lộ 51", "tỉnh lộ 741" (first syllables; "lộ" follows).
private let roadFirstKeys = KeySet(words: ["quốc", "tỉnh"])
@inline(__always) private var loRoadKey: UInt64 { 0x145f91191f6f7a58 } // lộ
/// Units named by a number: "Quận 1", "Phường 12".
private let numberedAdminKeys = KeySet(words: ["quận", "phường"])
@inline(__always) private var xaKey: UInt64 { 0xbfa2d8197fe13822 } // xã
@inline(__always) private var thiKey: UInt64 { 0x2587ceef324956d7 } // thị
@inline(__always) private var dayHereKey: UInt64 { 0x024faea855683f1b } // đây
/// Verbs that open a clause going on with the subject before: "…, nối dài chuỗi bán ròng lên 5 phiên".
private let continuingVerbs = PhraseTable<Bool>(words: ["nối dài", "kéo dài", "nâng", "đưa", "đẩy"])
/// Verbs of a clause that describes a measure: "chỉ số DXY đo sức mạnh đồng USD".
@inline(__always) private var describingVerbs: KeyList { KeyList(0xb134f113cd320f2b, 0xb134f113cd320f2b, 0xb134f113cd320f2b, 0xb134f113cd320f2b) } // đo
@inline(__always) private var thuocKey: UInt64 { 0x4860f4f67e189c4a } // thước
/// Words of a central bank's name: "Ngân hàng Nhà nước", "Ngân hàng Trung ương".
private let regulatorKeys = KeySet(words: ["nước", "ương"])
/// First words of verbs of saying, thinking, expecting or receiving after a person's name, and "là".
private let reportingVerbKeys = KeySet(words: ["nói", "nhận", "biết", "cho", "khẳng", "hy", "cam", "dự", "ước", "đánh", "tin", "thông", "chia", "là", "từng", "kỳ", "lo", "tiết", "phát", "đề", "trả",
                                                           "nhấn", "cảnh", "yêu", "gợi", "chỉ", "nêu", "phân", "lưu"])
private let doiWithKey = Fold.key("đối")
/// Commodity exchanges whose name may stand before a contract month: "Giá vàng Comex tháng 8".
private let exchangeKeys = KeySet(words: ["comex", "nymex", "ice", "tocom", "cbot", "liffe", "nybot"])
private let lapKey = Fold.key("lập"), doiBornKey = Fold.key("đời")
/// One unnamed household or person: "một gia đình", "một hộ", "một người", "một cặp vợ chồng" (not "một nửa", "một con số").
private let householdKeys = KeySet(words: ["gia", "hộ", "người", "cặp"])
private let mucSpaceUTF8 = Array("mức ".utf8), mucCapSpaceUTF8 = Array("Mức ".utf8)
private let worldRegionUTF8 = Array("world region".utf8)
/// Units of a schedule when given per day or week: "học 2 buổi/ngày" (not "ca": "350.000 ca/ngày" are cases).
private let scheduleUnits: Set<String> = ["buổi", "tiết"]
@inline(__always) private var biKey: UInt64 { 0x0053ef19134f9893 } // bị
@inline(__always) private var datKey2: UInt64 { 0x74837eab6afbb21a } // đặt
@inline(__always) private var deKey2: UInt64 { 0xb2f22113ceac49c0 } // đề
/// Heads of the names of plans that set targets: "Chiến lược Dân số Việt Nam đến năm 2030 đặt mục tiêu …".
private let planHeads = PhraseTable<Bool>(words: ["chiến lược", "kế hoạch", "chương trình", "đề án", "nghị quyết", "quy hoạch"])
/// Heads of the names of who forecasts a figure: "Hiệp hội Lương thực Việt Nam dự báo …".
private let speakerHeads = PhraseTable<Bool>(words: ["hiệp hội", "liên đoàn", "tổng cục", "cục", "bộ", "sở", "ngân hàng", "công ty", "tập đoàn",
                                                      "viện", "trung tâm", "ủy ban", "ubnd", "quỹ", "tổ chức", "hội đồng", "phòng thương mại"])
@inline(__always) private var traiKey: UInt64 { 0xdee780a6c5084e5a } // trải
@inline(__always) private var triKey: UInt64 { 0x5b33a8ef512ad5c1 } // trị
@inline(__always) private var giaPriceKey: UInt64 { 0xd01901722b65bd6f } // giá
@inline(__always) private var luongVolumeKey: UInt64 { 0xdd81665e7980a176 } // lượng
@inline(__always) private var khaoKey: UInt64 { 0x3478ac86b667e147 } // khảo
@inline(__always) private var satKey: UInt64 { 0x0963b618bf7ff302 } // sát
/// Words before the size of a survey's sample ("khảo sát … tại 1.200 doanh nghiệp với 384 ngàn lao động").
@inline(__always) private var sampleKeys: KeyList { KeyList(0xd94c3def0798aca8, 0x70ede2a95bed13ad, 0x1590ba070e626606, 0x4c559790acabe3bd) } // tại, trên, với, của
private let rankAdjectives = KeySet(words: ["lớn", "cao", "nhiều", "thấp"])
/// Words that open a clause before a trade word without naming a product.
private let productStopKeys = KeySet(words: ["song", "chẳng", "tình", "bài", "đánh", "áp", "ta", "thuộc", "như", "mỗi", "hiệp"])
@inline(__always) private var luotKey: UInt64 { 0xbdfc9931103be75b } // lượt
@inline(__always) private var tinhKey: UInt64 { 0x0cbb296c2853c371 } // tỉnh
@inline(__always) private var doiKey: UInt64 { 0x431bf9a7e8edbfa0 } // đổi
@inline(__always) private var keKey: UInt64 { 0x3be30c1934bdb979 } // kể
/// Words between "lên/xuống" and the new level ("xuống còn 8,38%", "lên mức 5%", "lên tới 7%").
private let levelLinkKeys = KeySet(words: ["còn", "mức", "tới", "đến"])
/// Threshold words before a figure inside a name ("bài thi dưới 5 điểm").
@inline(__always) private var thresholdKeys: KeyList { KeyList(0x01f13cc1b7d90276, 0x70ede2a95bed13ad, 0x57ead81945325a71, 0x01f13cc1b7d90276) } // dưới, trên, từ
@inline(__always) private var xuongKey: UInt64 { 0x0e7b461a2ce07564 } // xuống
/// The adjective of a comparative ("cao hơn", "thấp hơn", "đắt hơn"): with "hơn", a gap between two figures.
/// (Not "lớn hơn" / "nhỏ hơn": "lớn hơn vốn điều lệ 135,4 tỷ đồng" is the compared figure itself.)
private let comparativeKeys = KeySet(words: ["cao", "thấp", "nhiều", "ít", "đắt", "rẻ"])
@inline(__always) private var lonKey: UInt64 { 0x8391b9a9e0f049e3 } // lớn
@inline(__always) private var nhatKey: UInt64 { 0xcaf4464aae74e334 } // nhất
@inline(__always) private var lucKey: UInt64 { 0xb1cac5adf2a6507a } // lục
@inline(__always) private var kyRecordKey: UInt64 { 0x3dd69c193666269e } // kỷ
@inline(__always) private var indexKey: UInt64 { 0x7af5c8f28baade31 } // index
@inline(__always) private var themKey: UInt64 { 0xd3288c700c53596c } // thêm
@inline(__always) private var loLossKey: UInt64 { 0x145f92191f6f7c0b } // lỗ
@inline(__always) private var tamKey: UInt64 { 0x7a3914ec8d459481 } // tấm
@inline(__always) private var niemKey: UInt64 { 0x8a4ab53e978a0d63 } // niêm
@inline(__always) private var yetKey: UInt64 { 0x4197d34c2aea0091 } // yết
@inline(__always) private var bangEqualKey: UInt64 { 0xcfdb6931f29a2e31 } // bằng
@inline(__always) private var vongKey: UInt64 { 0x8a5f6a828dee95f1 } // vòng
@inline(__always) private var thieuKey: UInt64 { 0x2a40907a643e3e78 } // thiếu

/// Up to four word keys compared as literals: the record rules' small word sets. (A `KeySet`
/// global costs a `swift_once` call and a hash probe per test.) Unused slots repeat a key.
struct KeyList {
    let k0, k1, k2, k3: UInt64
    @inline(__always) init(_ k0: UInt64, _ k1: UInt64, _ k2: UInt64, _ k3: UInt64) { self.k0 = k0; self.k1 = k1; self.k2 = k2; self.k3 = k3 }
    @inline(__always) func contains(_ k: UInt64) -> Bool { k == k0 || k == k1 || k == k2 || k == k3 }
}
/// `KeyList` with up to eight keys.
struct KeyList8 {
    let k: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)
    @inline(__always) init(_ k0: UInt64, _ k1: UInt64, _ k2: UInt64, _ k3: UInt64, _ k4: UInt64, _ k5: UInt64, _ k6: UInt64, _ k7: UInt64) {
        k = (k0, k1, k2, k3, k4, k5, k6, k7)
    }
    @inline(__always) func contains(_ x: UInt64) -> Bool {
        x == k.0 || x == k.1 || x == k.2 || x == k.3 || x == k.4 || x == k.5 || x == k.6 || x == k.7
    }
    var keys: [UInt64] { [k.0, k.1, k.2, k.3, k.4, k.5, k.6, k.7] }
}

/// Every fold-key literal above and its word, for the test that checks them. (The keys are
/// literals, as `Cue`'s: a global initialized by `Fold.key(...)` went through `swift_once` at
/// every read, about 740 K calls on a 3 MB run.)
enum RecordKeyLiterals {
    /// `KeyList8` sets and their words.
    static let lists8: [(list: KeyList8, words: [String])] = [
        (causalKeys, ["do", "vì", "nhờ", "bởi", "mà", "khi"]),
        (buySellKeys, ["mua", "bán", "vào", "ra", "chiều"]),
        (periodUnitKeys, ["năm", "tháng", "quý", "tuần", "ngày", "kỳ"]),
        (allocationKeys, ["dành", "chi", "trích", "bỏ", "ngân", "chi trả"]),
        (attributeNouns, ["tiếng", "người", "gốc", "quốc tịch", "giờ"]),
        (predicateAdverbKeys, ["đã", "vẫn", "cũng", "thì", "sẽ"])
    ]
    /// The small word sets (`KeyList`) and their words.
    static let lists: [(list: KeyList, words: [String])] = [
        (nameTitleKeys, ["đb", "biểu", "gs", "ts"]),
        (causeKeys, ["do", "vì", "nhờ", "bởi"]),
        (thresholdKeys, ["dưới", "trên", "từ"]),
        (adjunctKeys, ["của", "tại", "ở", "giữa"]),
        (prepositionFirsts, ["đối", "so", "cùng"]),
        (describingVerbs, ["đo"]),
        (locativeKeys, ["ở", "tại"]),
        (groupHeads, ["khu", "khối", "nhóm", "ngành"]),
        (levelWordKeys, ["lên", "xuống", "còn", "về"]),
        (groupQuantifiers, ["các", "những", "nhiều", "mọi"]),
        (obligationKeys, ["phải", "cần"]),
        (sampleKeys, ["tại", "trên", "với", "của"]),
        (motionKeys, ["sang"])
    ]
    static let all: [(key: UInt64, word: String)] = [
        (nhungKey, "nhưng"),
        (conKey, "còn"),
        (honKey, "hơn"),
        (tongKey, "tổng"),
        (coKey, "có"),
        (maKey, "mà"),
        (moiKey, "mới"),
        (thieuKey, "thiếu"),
        (datKey, "đạt"),
        (deKey, "để"),
        (danKey, "dẫn"),
        (thuKey, "thứ"),
        (caoKey, "cao"),
        (raKey, "ra"),
        (tangKey, "tăng"),
        (giamKey, "giảm"),
        (conSoKey, "con"),
        (giaoKey, "giao"),
        (vaoKey, "vào"),
        (gioKey, "giờ"),
        (tuFreeKey, "tự"),
        (chiemKey, "chiếm"),
        (nhanKey, "nhân"),
        (choKey, "cho"),
        (thayKey, "thấy"),
        (tucKey, "tức"),
        (khapKey, "khắp"),
        (mucKey, "mức"),
        (theoKey, "theo"),
        (caKey, "cả"),
        (laKey, "là"),
        (duocKey, "được"),
        (hoanKey, "hoàn"),
        (soCountKey, "số"),
        (binhKey, "bình"),
        (quanKey, "quân"),
        (troKey, "trở"),
        (thanhKey, "thành"),
        (phoKey, "phố"),
        (toanKey, "toàn"),
        (trenKey, "trên"),
        (diaKey, "địa"),
        (kyKey, "kỳ"),
        (toiKey, "tôi"),
        (chungKey, "chúng"),
        (khiKey, "khi"),
        (giaiKey, "giai"),
        (cachKey, "cách"),
        (banKey, "bán"),
        (kinhKey, "kính"),
        (phoBienKey, "phổ"),
        (veKey, "về"),
        (tradeXuat, "xuất"),
        (tradeNhap, "nhập"),
        (sanKey, "sản"),
        (oKey, "ở"),
        (noiKey, "nội"),
        (ngoaiKey, "ngoại"),
        (viecKey, "việc"),
        (keuKey, "kêu"),
        (khuyenKey, "khuyến"),
        (buyKey, "mua"),
        (sellKey, "bán"),
        (duKey, "dự"),
        (baoKey, "báo"),
        (monKey, "môn"),
        (goiKey, "gói"),
        (tronKey, "trọn"),
        (loRoadKey, "lộ"),
        (xaKey, "xã"),
        (thiKey, "thị"),
        (dayHereKey, "đây"),
        (thuocKey, "thước"),
        (biKey, "bị"),
        (datKey2, "đặt"),
        (deKey2, "đề"),
        (traiKey, "trải"),
        (triKey, "trị"),
        (giaPriceKey, "giá"),
        (luongVolumeKey, "lượng"),
        (khaoKey, "khảo"),
        (satKey, "sát"),
        (luotKey, "lượt"),
        (tinhKey, "tỉnh"),
        (doiKey, "đổi"),
        (keKey, "kể"),
        (xuongKey, "xuống"),
        (lonKey, "lớn"),
        (nhatKey, "nhất"),
        (lucKey, "lục"),
        (kyRecordKey, "kỷ"),
        (indexKey, "index"),
        (themKey, "thêm"),
        (loLossKey, "lỗ"),
        (tamKey, "tấm"),
        (niemKey, "niêm"),
        (yetKey, "yết"),
        (bangEqualKey, "bằng"),
        (vongKey, "vòng")
    ]
}
/// Evaluative words that end a measure's name ("số ca mắc kỷ lục").
private let evaluativeWords = PhraseTable<Bool>(words: ["kỷ lục", "khủng", "cao ngất ngưởng", "đáng kể"])
@inline(__always) private var causalKeys: KeyList8 { KeyList8(0xcaaedc18f473d77c, 0x68e8d8194eba28c6, 0x16c18fbabdfdf884, 0x6fda6793129aaa54, 0x080f8719176d7bbb, 0xe7f221d71d57fdc7, 0xcaaedc18f473d77c, 0xcaaedc18f473d77c) } // do, vì, nhờ, bởi, mà, khi
/// Nouns a place name modifies as an attribute, not as whose figure it is.
@inline(__always) private var attributeNouns: KeyList8 { KeyList8(0x2b56711715464126, 0x8a273ec18863c322, 0x3df97074ad64414a, 0xf037a4124c419491, 0x7fe2e06c6a460348, 0xcd8c8272293b6062, 0x2b56711715464126, 0x2b56711715464126) } // tiếng, người, gốc, quốc tịch, giờ
/// "phải tăng", "cần đạt": the level is required (a target).
@inline(__always) private var obligationKeys: KeyList { KeyList(0xfef4dc6bc1e321d4, 0x47735f8e66715da8, 0xfef4dc6bc1e321d4, 0xfef4dc6bc1e321d4) } // phải, cần
/// Target cues that are verbs ("hướng tới", "nhắm tới", "phấn đấu"), not plan nouns.
private let targetVerbKeys = KeySet(words: ["hướng", "nhắm", "phấn"])
/// Statistics of one measure listed in a row: "cao nhất …, thấp nhất …, bình quân …".
private let statWordList = ["bình quân", "trung bình", "cao nhất", "thấp nhất"]
private let statWords = PhraseTable<Bool>(words: statWordList)
/// Ở / tại before a group noun: "Tỷ lệ thất nghiệp ở khu vực thành thị" (whose rate it is).
@inline(__always) private var locativeKeys: KeyList { KeyList(0x060f6507b31a983d, 0xd94c3def0798aca8, 0x060f6507b31a983d, 0x060f6507b31a983d) } // ở, tại

/// `s == literal` as a byte comparison, for the NFC strings records compare (units and lexicon
/// fields are NFC, as is the normalized text; the literals are NFC): `==` on two different
/// non-ASCII strings takes the canonical-equivalence path (~200 instructions a call).
@inline(__always) private func sameNFC(_ s: String?, _ literal: StaticString) -> Bool {
    guard let s else { return false }
    return s.utf8Equals(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
}

/// Storage for the per-token tables of `SentenceRecords`, reused by every sentence of a
/// document (allocating and freeing four arrays per sentence was a measurable share of
/// record building). Sized for the document's longest sentence read; a sentence's tables
/// are valid until the next sentence is read. (Fixed pointers: reading a class's `var`
/// costs an exclusivity check.)
private final class SentenceScratch {
    typealias Role = (role: VerbRole, end: Int)?
    let capacity: Int
    let roles: UnsafeMutablePointer<Role>
    let boundaries: UnsafeMutablePointer<Bool>
    let inMention: UnsafeMutablePointer<Bool>
    let starts: UnsafeMutablePointer<Int32>
    let marks: UnsafeMutablePointer<Int32>
    /// The tokens with a verb role, in order (the word pass's list for `cueMarks`).
    let verbs: UnsafeMutablePointer<Int32>
    /// The words with the group-place cue bit, in order (the word pass's list for `groupPlaces`).
    let placeCues: UnsafeMutablePointer<Int32>
    /// `SentenceRecords.build`'s flags of the clause ends a change clause was read for (one more than
    /// `capacity`: a clause may end at the sentence's end).
    let clauseTaken: UnsafeMutablePointer<Bool>
    /// `SentenceRecords.phraseRegion`'s tokens, gathered before they are copied into its array.
    let regionTokens: UnsafeMutablePointer<Int>
    /// `SentenceRecords.builtPhrases`, emptied for each sentence (keeping its storage).
    let builtPhrases = RangeBox()
    /// The storage of `SentenceRecords.build`'s levels without a change, handed back after each sentence.
    /// (Unchecked: read and written by one thread, never while it is being changed.)
    @exclusivity(unchecked) var levelStorage: [Int] = []

    /// Room for sentences of up to `capacity` tokens.
    init(capacity: Int) {
        self.capacity = capacity
        roles = .allocate(capacity: capacity)
        boundaries = .allocate(capacity: capacity)
        inMention = .allocate(capacity: capacity)
        starts = .allocate(capacity: capacity)
        marks = .allocate(capacity: capacity)
        verbs = .allocate(capacity: capacity)
        placeCues = .allocate(capacity: capacity)
        clauseTaken = .allocate(capacity: capacity + 1)
        regionTokens = .allocate(capacity: capacity)
    }

    deinit {
        roles.deallocate(); boundaries.deallocate(); inMention.deallocate(); starts.deallocate(); marks.deallocate(); verbs.deallocate(); placeCues.deallocate(); clauseTaken.deallocate()
        regionTokens.deallocate()
    }
}

private final class SentenceRecords {
    /// (Methods that look words up start with `let c = self.c`: a table read through
    /// `self.c` is two references away and was retained and released around every lookup
    /// call that is not inlined; through the local it is not.)
    let c: Context
    let mentions: [Mention]
    let indices: [Int]
    let sentence: Int
    /// Indicator and subject of the document's last record before this sentence ("chỉ số này").
    let previous: (String?, String?)
    /// The per-token tables below live in `scratch` (valid while this sentence is read).
    let scratch: SentenceScratch
    let boundaries: UnsafeMutableBufferPointer<Bool>
    /// Tokens of the sentence inside a mention.
    let inMention: UnsafeMutableBufferPointer<Bool>
    let wordCount: Int
    /// For each token of the sentence (from `c.lo`), the mention of `indices` that starts
    /// there, or -1; nil when two start at one token (then `indices` is searched).
    let mentionStarts: UnsafeMutableBufferPointer<Int32>?
    /// The tokens with a verb role and the words that are clause boundaries, in order: the
    /// only ones `modalityFor` stops at.
    let cueMarks: UnsafeMutableBufferPointer<Int32>
    /// The words of the sentence with `WordTables.groupPlaceCueBit` ("ở", "tại", "trên"), in order: the only
    /// ones `groupPlaces` looks at (listed in the init's pass over the words: a scan of the sentence's masks of
    /// its own was most of `groupPlaces`).
    let groupPlaceCues: UnsafeMutableBufferPointer<Int32>
    /// Place names of the sentence (start, end token), found once, when a record asks.
    lazy var sentencePlaceList: [(start: Int, end: Int)] = SentenceRecords.findPlaces(c, respectively: respectivelyAt != nil)
    /// The "lần" of "lần lượt" in the sentence (`respectivelyToken`), found in the pass over its words.
    let respectivelyAt: Int?
    /// The sentence holds "sau khi đã" (`modalityFor` reads back from a figure for it only then; found in
    /// the init's pass over the words, at "khi", a clause cue word: the walk back over twelve words per
    /// record found none in most sentences).
    let hasSauKhiDa: Bool
    /// The first token of an appeal to the public in the sentence (not_records.tsv, reason "advice"), else Int.max.
    /// (Keys are compared first: the table is matched only at "kêu" / "khuyến", both words. Found in
    /// the init's pass over the words: a pass of its own over the sentence's tokens was 0.5% of samples.)
    let adviceStart: Int
    /// Quantified groups of places, markets or organisations ("tại các ngân hàng thương mại"), not overlapping a named place.
    lazy var groupPlaceList: [(start: Int, end: Int)] = groupPlaces().filter { g in !sentencePlaceList.contains { $0.start < g.end && g.start < $0.end } }

    /// "tại các ngân hàng thương mại", "tại hai thành phố", "trên bốn sàn thương mại điện tử lớn nhất": after
    /// "tại" / "ở" / "trên", a quantified group of places, markets or organisations is where the figure applies
    /// (RECORDS.md: a subject is a place, organisation or market). The phrase runs to a verb, a figure, an
    /// edge word or punctuation.
    func groupPlaces() -> [(start: Int, end: Int)] {
        var out = [(start: Int, end: Int)]()
        let heads = groupPlaceHeads, quants = groupQuantifiers, loc = locativeKeys, tren = trenKey
        // (Only the words of `WordTables.groupPlaceCues` are visited, as the init's word pass listed them:
        // the others fail the first test below.)
        for cue in groupPlaceCues {
            let k = Int(cue)
            guard loc.contains(c.key(k)) || c.key(k) == tren else { continue }
            guard let q = c.next(k), q < c.hi, c.kind(q) == .word, c.key(q) != Cue.mot else { continue }
            // ("người lao động tại các doanh nghiệp được khảo sát": where a group of people works describes them.)
            if let p = c.prev(k), peopleEndKeys.contains(c.key(p)) { continue }
            // A quantifier or a small number word ("các", "nhiều", "hai", "bốn"), then a head noun.
            let isQuant = quants.contains(c.key(q)) || c.has(c.numerals, q)
            guard isQuant, let h = c.next(q), h < c.hi, let hm = heads.match(c.tokens, at: h, limit: c.hi) else { continue }
            var e = hm.end
            var j = c.next(hm.end - 1)
            var steps = 0
            while let t = j, t < c.hi, c.kind(t) == .word, !inMention[t - c.lo], verbRoles[t - c.lo] == nil, !c.isEdgeWord(t) || c.key(t) == lonKey,
                  !adjunctKeys.contains(c.key(t)), c.key(t) != duocKey, !clauseAuxKeys.contains(c.key(t)), !groupPlaceStops.contains(c.key(t)),
                  leadingEdges.match(c.tokens, at: t, limit: c.hi) == nil, !c.has(c.places, t), steps < 6 {
                e = t + 1
                j = c.next(t)
                steps += 1
            }
            out.append((q, e))
        }
        return out
    }
    /// The longest verb phrase starting at each token of the sentence (role, end).
    let verbRoles: UnsafeMutableBufferPointer<(role: VerbRole, end: Int)?>
    /// Token ranges of the phrases of records already built in this sentence (in `scratch`: a box
    /// and its array per sentence were allocated and freed).
    let builtPhrases: RangeBox
    /// Whether the last record made was named by a measure word (its name can be carried to a ranked item).
    /// (The `var`s of this per-sentence, single-threaded object are `@exclusivity(unchecked)`:
    /// none is ever accessed while it is being changed, and a checked class `var` costs a
    /// runtime exclusivity check per read.)
    @exclusivity(unchecked) var lastNamedByHead = false
    /// The last place that was a record's subject earlier in the document.
    @exclusivity(unchecked) var documentPlace: String? = nil
    /// The document's dateline mention, when it is in this sentence.
    @exclusivity(unchecked) var datelineMention: Int? = nil
    /// The last answer of `verbBefore` (build, makeRecord and modalityFor ask it in turn for one value).
    @exclusivity(unchecked) private var lastVerbBefore: (i: Int, lo: Int, verb: (role: String, start: Int)?)? = nil

    init(c: Context, mentions: [Mention], indices: [Int], sentence: Int, previous: (String?, String?), scratch: SentenceScratch) {
        self.c = c; self.mentions = mentions; self.indices = indices; self.sentence = sentence; self.previous = previous
        let n = c.hi - c.lo
        precondition(n <= scratch.capacity, "sentence longer than its scratch storage")
        self.scratch = scratch
        builtPhrases = scratch.builtPhrases
        builtPhrases.ranges.removeAll(keepingCapacity: true)
        // One pass for the verbs and the word count.
        let roles = UnsafeMutableBufferPointer(start: scratch.roles, count: n)
        roles.initialize(repeating: nil)
        var words = 0
        var respectively: Int? = nil
        var advice = Int.max
        let keu = keuKey, khuyen = khuyenKey
        var verbCount = 0
        // (Words are counted from the kinds alone, read without bounds checks; only those that may
        // start a verb or are one of `WordTables.sentenceCues` are looked at further.)
        let verbBit = c.verbs.startBit
        let lookups = verbBit == 0 ? UInt32.max : verbBit | WordTables.sentenceCueBit
        let candidates = lookups | WordTables.clauseCueBit | WordTables.groupPlaceCueBit
        var placeCueCount = 0
        var sauKhiDa = false
        let khi = khiKey
        c.tokens.withUnsafeBufferPointer { t in c.masks.withUnsafeBufferPointer { m in
        for k in c.lo..<c.hi where t[k].kind == .word {
            words += 1
            if m[k] & candidates == 0 { continue }
            if m[k] & WordTables.groupPlaceCueBit != 0 { scratch.placeCues[placeCueCount] = Int32(truncatingIfNeeded: k); placeCueCount += 1 }
            if !sauKhiDa, t[k].key == khi, let p = c.prev(k), c.key(p) == Cue.sau, let d = c.next(k), c.key(d) == Cue.da { sauKhiDa = true }
            if m[k] & lookups == 0 { continue }
            let role = c.verbRole(k)
            roles[k - c.lo] = role
            if role != nil { scratch.verbs[verbCount] = Int32(truncatingIfNeeded: k); verbCount += 1 }
            if respectively == nil, c.key(k) == Cue.lan, let n = c.next(k), c.key(n) == luotKey { respectively = k }
            if advice == Int.max, case let key = c.key(k), key == keu || key == khuyen, c.match(c.notRecords, k)?.entry[1] == "advice" { advice = k }
        }
        } }
        respectivelyAt = respectively
        adviceStart = advice
        hasSauKhiDa = sauKhiDa
        groupPlaceCues = UnsafeMutableBufferPointer(start: scratch.placeCues, count: placeCueCount)
        verbRoles = roles
        boundaries = UnsafeMutableBufferPointer(start: scratch.boundaries, count: n)
        SentenceRecords.boundaryFlags(c, mentions, indices, roles, into: boundaries)
        var starts: UnsafeMutableBufferPointer<Int32>? = UnsafeMutableBufferPointer(start: scratch.starts, count: n)
        starts!.initialize(repeating: -1)
        for i in indices {
            let k = mentions[i].firstToken - c.lo
            guard k >= 0 && k < n && starts![k] < 0 else { starts = nil; break }
            starts![k] = Int32(i)
        }
        mentionStarts = starts
        let inside = UnsafeMutableBufferPointer(start: scratch.inMention, count: n)
        inside.initialize(repeating: false)
        for i in indices {
            // "lãi suất kỳ hạn 12 tháng": the term of a deposit or loan is part of the name
            // of what is measured, not a figure of its own.
            if mentions[i].kind == .duration, let p = c.prev(mentions[i].firstToken), c.key(p) == Cue.han,
               let p2 = c.prev(p), c.key(p2) == kyKey { continue }
            // "Tổng mức đầu tư giai đoạn 1": the phase number is part of the name.
            if mentions[i].kind == .number, SentenceRecords.isPhaseNumber(c, kind: mentions[i].kind, hasUnit: mentions[i].unit != nil, value: mentions[i].value,
                                                                          firstToken: mentions[i].firstToken, endToken: mentions[i].endToken) { continue }
            for k in mentions[i].firstToken..<mentions[i].endToken where k >= c.lo && k < c.hi { inside[k - c.lo] = true }
        }
        inMention = inside
        wordCount = words
        // (The verbs of the word pass merged with the boundary words, both in order: a pass over
        // every token tested each.)
        var marked = 0
        var v = 0
        let verbs = scratch.verbs, marks = scratch.marks
        for k in SetFlagIndices(boundaries, base: c.lo) where c.kind(k) == .word {
            while v < verbCount && Int(verbs[v]) < k { marks[marked] = verbs[v]; marked += 1; v += 1 }
            if v < verbCount && Int(verbs[v]) == k { v += 1 }
            marks[marked] = Int32(truncatingIfNeeded: k)
            marked += 1
        }
        while v < verbCount { marks[marked] = verbs[v]; marked += 1; v += 1 }
        cueMarks = UnsafeMutableBufferPointer(start: scratch.marks, count: marked)
    }

    func isValueKind(_ m: Mention) -> Bool { isValueKind(m.kind) }
    /// (By kind: passing `mentions[i]` copied the mention, retaining its strings.)
    func isValueKind(_ k: MentionKind) -> Bool { k == .number || k == .percent || k == .money || k == .ordinal }

    /// The mention of the sentence that starts at token `k` and satisfies `p` (given the mention's
    /// index), as `indices.first { mentions[$0].firstToken == k && p($0) }` (without the search).
    /// (`p` reads the fields it tests: given `mentions[i]`, the mention was copied, its strings retained.)
    func mention(startingAt k: Int, where p: (Int) -> Bool = { _ in true }) -> Int? {
        let c = self.c
        guard mentionStarts != nil else { return indices.first { mentions[$0].firstToken == k && p($0) } }
        guard k >= c.lo && k < c.hi, let i = mentionStarts?[k - c.lo], i >= 0, p(Int(i)) else { return nil }
        return Int(i)
    }

    /// Token indices that end a clause (computed once per sentence).
    func isBoundary(_ k: Int) -> Bool { boundaries[k - c.lo] }

    /// `roles`: the verb role of each token of the sentence (from `c.lo`), as in `verbRoles`.
    /// Writes the flags to `flags` (one per token of the sentence).
    static func boundaryFlags(_ c: Context, _ mentions: [Mention], _ indices: [Int], _ roles: UnsafeMutableBufferPointer<(role: VerbRole, end: Int)?>,
                              into flags: UnsafeMutableBufferPointer<Bool>) {
        // One pass over the tokens; the flags are written in place (no per-token closure or set).
        flags.initialize(repeating: false)
        var open: Int? = nil
        // (Global keys read once: each read of a global goes through swift_once.)
        let con = conKey, khi = khiKey, nhung = nhungKey
        // From `n`: a measure word, then within six words a change or level verb right before a figure, or the
        // figure itself ("… và lợi nhuận là 20 tỷ đồng", "… và lợi nhuận sau thuế 20 tỷ đồng").
        func ownChangeClause(_ n: Int) -> Bool {
            guard c.has(c.indicatorHeads, n) else { return false }
            var j = n, words = 0
            while let q = c.next(j), words < 6 {
                if let r = roles[q - c.lo], r.role == .increase || r.role == .decrease || r.role == .reach {
                    return c.next(r.end - 1).map(startsFigure) ?? false
                }
                if startsFigure(q) { return true }
                if c.kind(q) != .word { return false }
                j = q; words += 1
            }
            return false
        }
        // A figure, or a qualifier and a figure, starts at `k`.
        func startsFigure(_ k: Int) -> Bool {
            indices.contains(where: { mentions[$0].firstToken == k }) || c.match(c.qualifiers, k).map({ q in indices.contains { mentions[$0].firstToken == c.next(q.end - 1) } }) ?? false
        }
        // (Only punctuation and the clause cue words are read: the others do nothing here.)
        for k in c.tokens(masked: WordTables.clauseCueBit, orKind: .punctuation) {
            let t = c.tokens[k]
            if t.kind == .punctuation {
                let u = c.firstUnit(k)
                flags[k - c.lo] = u == 0x2C || u == 0x3B || u == 0x3A || u == 0x28 || u == 0x29 || (u == 0x2D && !c.glued(k) && !c.glued(k + 1)) || u == 0x2013
                if u == 0x28 { open = k }
                else if u == 0x29, let o = open {
                    // Parentheses that hold no figure ("(GRDP)") do not cut a clause. (Cleared here: this pass
                    // only writes flags, and each token once; a list of them cleared after it grew an array.)
                    if !indices.contains(where: { mentions[$0].firstToken > o && mentions[$0].firstToken < k }) {
                        flags[o - c.lo] = false
                        flags[k - c.lo] = false
                    }
                    open = nil
                }
            } else if t.kind == .word, c.masks[k] & WordTables.clauseCueBit != 0 {
                // (Only the clause cue words can be boundaries: the start-mask bit rules out the
                // others without comparing keys, which mispredicted on random keys.)
                // "giảm 35% xuống còn 24,56 tỷ", "chỉ còn khoảng 1,39": "còn" before a figure is the
                // remaining level, not "while" opening a new clause.
                // "toàn ngành còn thiếu khoảng 113.000 người": so is "còn" before "thiếu" and its figure ("still", not
                // "while"; not "lãi còn thiếu cho 7,1 triệu người", a relative clause).
                if t.key == con, let n = c.next(k), startsFigure(n) || (c.key(n) == thieuKey && c.next(n).map(startsFigure) ?? false) {
                    continue
                }
                // "trong đó …", "trong khi …" open another clause.
                flags[k - c.lo] = t.key == nhung || t.key == con || ((t.key == Cue.doKey || t.key == khi) && c.prev(k).map { c.key($0) == Cue.trong } ?? false)
                    // "Innova G giá 859 triệu đồng và Innova V giá 995 triệu đồng": "và" right after a figure,
                    // before a capitalized name, opens the next item's clause.
                    // ("Tín dụng VND tăng 5,87% và tín dụng ngoại tệ tăng 4,64%": so does a measure word and a change verb
                    // of its own before the next figure.)
                    || (t.key == Cue.va && c.next(k).map { n in c.kind(n) == .word && (c.isCapitalized(n) || ownChangeClause(n)) } ?? false
                        && c.prev(k).map { p in indices.contains { mentions[$0].endToken == p + 1 || (mentions[$0].unit != nil && c.next(mentions[$0].endToken - 1).map { u in c.match(c.unitTable, u)?.end == p + 1 } ?? false) } } ?? false)
            }
        }
        // A comma inside a noun list ("khu vực nông, lâm nghiệp và thủy sản", "kim ngạch
        // xuất, nhập khẩu") does not cut a clause: the words before it, back to the last
        // cut, hold no verb, no figure and no opening preposition.
        var last = -1
        for k in SetFlagIndices(flags, base: c.lo) {
            defer { last = k }
            // "khu vực công nghiệp - xây dựng": a spaced hyphen between two lowercase words
            // after a short verbless, figureless segment joins two nouns.
            if c.firstUnit(k) == 0x2D, c.kind(k) == .punctuation, let p = c.prev(k), let n = c.next(k), p >= c.lo,
               c.kind(p) == .word, c.kind(n) == .word, !c.isCapitalized(n), !c.isCapitalized(p) {
                let from = max(last + 1, c.lo)
                if SentenceRecords.shortVerblessSegment(c, from, k, roles) != nil,
                   !indices.contains(where: { mentions[$0].firstToken >= from && mentions[$0].firstToken < k }),
                   roles[n - c.lo] == nil {
                    flags[k - c.lo] = false
                    continue
                }
            }
            // "Công ty … Vàng bạc đá quý Sài Gòn - SJC": a spaced hyphen before an all-caps
            // abbreviation restates the name before it.
            if c.firstUnit(k) == 0x2D, c.kind(k) == .punctuation, let p = c.prev(k), let n = c.next(k), p >= c.lo,
               c.kind(p) == .word, c.isCapitalized(p), c.kind(n) == .word, SentenceRecords.isAllCaps(c, n), c.tokens[n].length >= 2,
               c.next(n).map({ c.kind($0) != .word || !c.isCapitalized($0) }) ?? true {
                flags[k - c.lo] = false
                continue
            }
            guard c.firstUnit(k) == 0x2C, c.kind(k) == .punctuation, k > c.lo, c.kind(k - 1) == .word,
                  k + 1 < c.hi, let n = c.next(k), c.kind(n) == .word else { continue }
            let from = max(last + 1, c.lo)
            guard let first = SentenceRecords.shortVerblessSegment(c, from, k, roles), !listOpeners.contains(c.key(first)),
                  !indices.contains(where: { mentions[$0].firstToken >= from && mentions[$0].firstToken < k }),
                  (n..<c.hi).prefix(6).contains(where: { c.key($0) == Cue.va }) || SentenceRecords.ellipticalPair(c, k) else { continue }
            flags[k - c.lo] = false
        }
    }

    /// The first non-space token of `from..<k` when that range holds one to five of
    /// them and none has a verb role; nil otherwise.
    static func shortVerblessSegment(_ c: Context, _ from: Int, _ k: Int, _ roles: UnsafeMutableBufferPointer<(role: VerbRole, end: Int)?>) -> Int? {
        var count = 0
        var first = -1
        for j in from..<k where !c.tokens[j].isSpace {
            count += 1
            if count > 5 || roles[j - c.lo] != nil { return nil }
            if first < 0 { first = j }
        }
        return count > 0 ? first : nil
    }

    func clauseStart(_ a: Int) -> Int {
        let c = self.c
        // (The flags are read eight at a time back from `a`; a boundary is a few words away at most.)
        if a <= c.hi {
            let b = boundaries.lastSet(before: a - c.lo)
            return b >= 0 ? c.lo + b + 1 : c.lo
        }
        var k = a - 1
        while k >= c.lo { if isBoundary(k) { return k + 1 }; k -= 1 }
        return c.lo
    }

    func clauseEnd(_ b: Int) -> Int {
        let c = self.c
        if b >= c.lo { return c.lo + boundaries.firstSet(from: b - c.lo) }
        var k = b
        while k < c.hi { if isBoundary(k) { return k }; k += 1 }
        return c.hi
    }

    /// Role of a verb phrase ending right before token i (qualifiers skipped).
    /// Token `k` is inside a measure's name that starts before it ("tốc độ tăng", "giá trị
    /// gia tăng"; not "mức tăng", which names a change).
    func insideHead(_ k: Int, from lo: Int) -> Bool {
        let c = self.c
        var h = k
        for _ in 0..<3 {
            guard let p = c.prev(h), p >= lo, c.kind(p) == .word else { break }
            if let m = c.match(c.indicatorHeads, p), m.end > k, c.key(p) != mucKey { return true }
            h = p
        }
        return false
    }

    func verbBefore(_ i: Int, within lo: Int) -> (role: String, start: Int)? {
        if let last = lastVerbBefore, last.i == i, last.lo == lo { return last.verb }
        let verb = findVerbBefore(i, within: lo)
        lastVerbBefore = (i, lo, verb)
        return verb
    }

    private func findVerbBefore(_ i: Int, within lo: Int) -> (role: String, start: Int)? {
        let c = self.c
        var end = i
        // ("cao hơn 6,0%": "hơn" after a comparative adjective ends the verb "cao hơn", it is no qualifier.)
        if let q = c.matchEnding(c.qualifiers, before: end, maxTokens: 3), q.start >= lo,
           !(c.key(q.start) == honKey && (c.prev(q.start).map { comparativeKeys.contains(c.key($0)) } ?? false)) { end = q.start }
        // The longest verb phrase that starts inside the clause ("35%, xuống còn 24,56": "còn"
        // when the clause starts after "xuống").
        guard let v = c.matchEnding(c.verbs, before: end, maxTokens: 4, notBefore: lo) else { return changeVerbBeforeThem(i, end, within: lo) }
        // "giá trị gia tăng", "tốc độ tăng": a change word inside a measure's name is not the verb.
        if insideHead(v.start, from: lo) { return nil }
        // "đặt mục tiêu tăng trưởng 6%", "chỉ tiêu tăng trưởng tín dụng 14%": after a plan
        // noun, a change word that names a measure is that measure, not the verb.
        if v.entry[1] == "increase" || v.entry[1] == "decrease", c.has(c.indicatorHeads, v.start),
           let t = c.matchEnding(c.verbs, before: v.start, maxTokens: 3), t.entry[1] == "target" { return nil }
        return (v.entry[1], v.start)
    }

    /// "Fed đã tăng lãi suất cơ bản thêm 0,25 điểm phần trăm", "nâng vốn điều lệ thêm 500 tỷ đồng": "thêm" right before
    /// a figure adds to what a change verb earlier in the clause changes; the figure is the change, in that verb's
    /// direction, and "thêm" stands where the verb would (the name ends before it). No figure or clause boundary
    /// between the verb and "thêm"; at most eight words.
    /// (Not a count of times: "dự báo sẽ tăng lãi suất thêm 1 lần nữa".)
    private func changeVerbBeforeThem(_ i: Int, _ end: Int, within lo: Int) -> (role: String, start: Int)? {
        let c = self.c
        guard let t = c.prev(end), t >= lo, c.key(t) == themKey,
              !(mention(startingAt: i).map { mentions[$0].unit.map { sameNFC($0, "lần") } ?? false } ?? false) else { return nil }
        var k = t
        var words = 0
        while let p = c.prev(k), p >= lo, words < 8 {
            if c.kind(p) != .word || inMention[p - c.lo] || isBoundary(p) { return nil }
            if let r = verbRoles[p - c.lo], r.end <= t {
                guard r.role == .increase || r.role == .decrease, !insideHead(p, from: lo) else { return nil }
                return (r.role == .increase ? "increase" : "decrease", t)
            }
            words += 1
            k = p
        }
        return nil
    }

    /// After the figure ending at `end` (and a comma): a verb of no change ("không đổi", "giữ nguyên", "đi ngang")
    /// followed by "so" / "so với".
    /// Returns the "so" token.
    func unchangedAfter(_ end: Int) -> Int? {
        let c = self.c
        guard var j = c.next(end - 1) else { return nil }
        if c.isKey(j, Cue.comma), let n = c.next(j) { j = n }
        guard let r = verbRoles[j - c.lo], r.role == .unchanged, let s = c.next(r.end - 1), c.isKey(s, Cue.so) else { return nil }
        return s
    }

    /// "có 9/11 nhóm hàng tăng giá", "15/20 thành viên": the count out of a whole written
    /// after a glued "/" (a whole number not smaller than the count).
    func denominator(of i: Int) -> Int? {
        let c = self.c
        // (The mention's fields are read in place: copying a mention retains its strings.)
        let e = mentions[i].endToken
        guard mentions[i].kind == .number, e < c.hi, c.isKey(e, Cue.slash), c.glued(e),
              let j = mention(startingAt: e + 1), mentions[j].kind == .number, c.glued(e + 1),
              let a = mentions[i].value, let b = mentions[j].value, a.isInteger, b.isInteger, a <= b, mentions[i].unit == nil else { return nil }
        return j
    }

    /// The fields of a mention that `build`, `excluded` and `makeRecord` read.
    /// (Read from `mentions` in place: `let m = mentions[i]` copied the whole mention, retaining and
    /// releasing its rule name, currency and `extra` box, for every value mention.)
    struct Fields {
        let firstToken: Int, endToken: Int, end: Int
        let kind: MentionKind
        let qualifier: Qualifier?
        let value: ExactDecimal?
        let unit: String?, per: String?
    }

    /// The fields of mention `i`.
    func fields(_ i: Int) -> Fields {
        Fields(firstToken: mentions[i].firstToken, endToken: mentions[i].endToken, end: mentions[i].end, kind: mentions[i].kind,
               qualifier: mentions[i].qualifier, value: mentions[i].value, unit: mentions[i].unit, per: mentions[i].per)
    }

    /// "giai đoạn 1", "giai đoạn 2": a small whole number after "giai đoạn" numbers a phase.
    static func isPhaseNumber(_ c: Context, _ m: Fields) -> Bool {
        isPhaseNumber(c, kind: m.kind, hasUnit: m.unit != nil, value: m.value, firstToken: m.firstToken, endToken: m.endToken)
    }

    /// (From the fields: passing `mentions[i]` copied the mention, retaining its strings.)
    static func isPhaseNumber(_ c: Context, kind: MentionKind, hasUnit: Bool, value: ExactDecimal?, firstToken: Int, endToken: Int) -> Bool {
        guard kind == .number, !hasUnit, let v = value, v.isInteger, v < ExactDecimal(10), endToken == firstToken + 1,
              let p = c.prev(firstToken), c.key(p) == Cue.doan, let pp = c.prev(p), c.key(pp) == giaiKey else { return false }
        return true
    }

    /// The "lên" / "xuống" that follows a from-level ending at `end`: right after it, after the rest of a rate
    /// unit ("/ tháng"), or closing a change verb ("tăng lên", "giảm xuống"); nil when none.
    func levelWord(afterFrom end: Int) -> Int? {
        let c = self.c
        guard var j = c.next(end - 1) else { return nil }
        if c.firstUnit(j) == 0x2F, c.kind(j) != .word, let t = c.next(j), c.has(c.timeUnits, t), let n = c.next(t) { j = n }
        if let r = verbRoles[j - c.lo], r.role == .increase || r.role == .decrease {
            if r.end - 1 > j, c.isKey(r.end - 1, Cue.len) || c.isKey(r.end - 1, Cue.xuong) { return r.end - 1 }
            if r.end == j + 1, let n = c.next(j) { j = n }
        }
        return c.isKey(j, Cue.len) || c.isKey(j, Cue.xuong) ? j : nil
    }

    /// The first token of a figure's qualifier ("khoảng", "hơn", "không quá"), else of the figure.
    func startBeforeQualifier(_ m: Fields) -> Int { startBeforeQualifier(firstToken: m.firstToken) }

    func startBeforeQualifier(firstToken: Int) -> Int {
        let c = self.c
        if let q = c.matchEnding(c.qualifiers, before: firstToken, maxTokens: 3), q.start >= c.lo { return q.start }
        return firstToken
    }

    /// A count of prizes by rank ("16 giải Nhì"), an amount per prize ("30.000 đồng/giải") or the amount of a ranked
    /// prize or of each prize ("giải Nhất trị giá 50 triệu đồng", "mỗi giải trị giá 300.000 đồng").
    func isPrizeSchedule(_ m: Fields) -> Bool {
        let c = self.c
        if m.kind == .money, sameNFC(m.per, "giải") { return true }
        let giai = Cue.giai, ranks = prizeRanks
        if m.kind == .number, let g = c.next(m.endToken - 1), c.key(g) == giai, let r = c.next(g), ranks.contains(c.key(r)) { return true }
        guard m.kind == .money else { return false }
        var k = m.firstToken
        for _ in 0..<6 {
            guard let p = c.prev(k), c.kind(p) == .word else { return false }
            if c.key(p) == giai, (c.next(p).map { ranks.contains(c.key($0)) } ?? false) || (c.prev(p).map { c.key($0) == Cue.moi } ?? false) { return true }
            k = p
        }
        return false
    }

    /// `cs`: `clauseStart(m.firstToken)`, which the caller has found.
    func excluded(_ m: Fields, _ i: Int, clauseStart cs: Int) -> Bool {
        let c = self.c
        if SentenceRecords.isPhaseNumber(c, m) { return true }
        // "thỏi pin 4.200mAh", "màn hình 6,52 inch", "sạc nhanh 65W", "phiên bản 64GB": a product's specification
        // (units.tsv "spec"), one object's attribute (RECORDS.md §5).
        if m.kind == .number, m.unit != nil, let u = c.next(m.endToken - 1), c.match(c.unitTable, u)?.entry[1] == "spec" { return true }
        // The whole of "9/11 nhóm hàng" is not a value of its own.
        if let p = indices.last(where: { mentions[$0].endToken <= m.firstToken }), denominator(of: p) == i { return true }
        // "chỉ bằng 1/3 so với giá gốc", "chiếm 1/3 sản lượng": a fraction of a whole states no value of its own (its
        // numerator alone, 1, is no figure).
        if m.kind == .number, denominator(of: i) != nil, let p = c.prev(m.qualifier == nil ? m.firstToken : startBeforeQualifier(m)),
           c.key(p) == bangEqualKey || c.key(p) == chiemKey { return true }
        if denominator(of: i) != nil { return false }
        // "Mỗi suất lẩu có giá 350.000 đồng", "Một chiếc Galaxy Fold có giá 50 triệu đồng": the price
        // of one item (an individual attribute, RECORDS.md §5), unless a statistic word makes
        // it an average ("giá bình quân mỗi căn hộ").
        if m.kind == .money {
            var k = cs
            var oneItem = false
            // (Globals read once: each read in the loop went through swift_once.)
            let classifiers = itemClassifiers, stats = statWords, phoBien = phoBienKey
            while k < m.firstToken {
                if c.kind(k) == .word, c.key(k) == Cue.moi || c.key(k) == Cue.mot, let n = c.next(k), classifiers.contains(c.key(n)) { oneItem = true }
                if c.kind(k) == .word, stats.match(c.tokens, at: k, limit: m.firstToken) != nil || c.key(k) == phoBien { return false }
                k += 1
            }
            if oneItem { return true }
        }
        // "nằm cách trung tâm TP.HCM khoảng 50 km", "trong bán kính 50 km": where one place lies,
        // an individual attribute.
        if m.kind == .number, m.unit != nil {
            var k = m.firstToken
            let cach = cachKey, kinh = kinhKey
            for _ in 0..<8 {
                guard let p = c.prev(k), p >= cs else { break }
                // ("cách ly", "cải cách", "bằng cách" are other words.)
                if c.key(p) == cach, !(c.next(p).map { notDistanceAfter.contains(c.key($0)) } ?? false),
                   !(c.prev(p).map { notDistanceBefore.contains(c.key($0)) } ?? false) { return true }
                if c.key(p) == kinh, c.prev(p).map({ c.key($0) == banKey }) ?? false { return true }
                k = p
            }
        }
        // "3 điểm sau 2 trận", "Sau 5 phiên, …": the frame of another figure, not a value.
        if m.kind == .number, let p = c.prev(m.firstToken), c.key(p) == Cue.sau, let u = m.unit, frameUnits.contains(Fold.key(u)) { return true }
        // "một trong 10 thị trường", "trong vòng 5 phiên": a group size or a time frame, not a value.
        if m.kind == .number, let p = c.prev(m.firstToken), let pp = c.prev(p),
           (c.key(p) == Cue.trong && c.key(pp) == Cue.mot) || (c.key(p) == Cue.vong && c.key(pp) == Cue.trong) { return true }
        // "1 euro đổi 1,0977 USD", "113,58 yen đổi 1 USD": the unit side of an exchange rate.
        if m.kind == .money, m.value == ExactDecimal(1), m.qualifier == nil,
           (c.next(m.endToken - 1).map { c.key($0) == doiKey } ?? false) || (c.prev(m.firstToken).map { c.key($0) == doiKey } ?? false) { return true }
        // One person's age ("45 tuổi"); an average age with decimals ("73,7 tuổi") is a statistic.
        if sameNFC(m.unit, "tuổi") || sameNFC(m.unit, "tháng tuổi"), m.value?.isInteger ?? true { return true }
        // A prize schedule ("10 giải Nhất, 16 giải Nhì", "6.375 giải nhì (300.000 đồng/giải)", "mỗi giải trị giá
        // 10.000.000 đồng", "1 giải Nhất trị giá 50 triệu đồng"): the prizes of one contest or draw, a single event.
        if isPrizeSchedule(m) { return true }
        // The age of one thing ("công ty 84 năm tuổi", "cây 100 năm tuổi", "bé trai 15 ngày tuổi"): an attribute.
        if sameNFC(m.unit, "năm tuổi") || sameNFC(m.unit, "ngày tuổi") || sameNFC(m.unit, "tuần tuổi") { return true }
        // A unitless small integer glued to "/" or "-" ("30/4 - 1/5", "bậc 4/7") is a part of
        // something else, never a measured value.
        if m.kind == .number, m.unit == nil, let v = m.value?.intValue, v <= 31,
           (m.endToken < c.hi && (c.isKey(m.endToken, Cue.slash) || c.isKey(m.endToken, Cue.dash)) && c.glued(m.endToken))
            || (m.firstToken > c.lo && (c.isKey(m.firstToken - 1, Cue.slash) || c.isKey(m.firstToken - 1, Cue.dash)) && c.glued(m.firstToken)) { return true }
        // An ordinal is a record only as a rank ("xếp thứ 8", "đứng thứ hai", "hạng Ba"),
        // not an edition ("lần thứ IX", "kỳ họp thứ 13").
        if m.kind == .ordinal {
            let lo = max(c.lo, m.firstToken - 4)
            let ranks = rankKeys
            if !(lo..<m.firstToken).contains(where: { ranks.contains(c.key($0)) }) { return true }
        }
        // Statistics are written in digits: a small number in words ("ba người con",
        // "hai mũi") is a detail of a story, not a measured value.
        // (The token kind first, and the rule name's bytes: rule names are ASCII literals, and
        // `hasPrefix` on a String compares Characters, ~200 instructions per call.)
        if m.kind == .number, c.kind(m.firstToken) == .word, mentions[i].rule.utf8.starts(with: "number".utf8),
           let v = m.value, v < ExactDecimal(1000) { return true }
        // A bare year-like number ("Thưởng Tết 2024") names a time, not a value.
        if m.kind == .number, m.unit == nil, c.plainDigits(m.firstToken) == 4, m.endToken == m.firstToken + 1,
           let v = m.value?.intValue, (1900...2100).contains(v) { return true }
        // "600.000 tỷ này", "con số đó": the figure repeats one stated before.
        if let n = c.next(m.endToken - 1), c.key(n) == Cue.nayThis || c.key(n) == Cue.doKey { return true }
        // "Trong mức tăng 0,48% của CPI tháng 6 so với tháng trước, có 9/11 nhóm hàng tăng giá": a figure named
        // inside a fronted "Trong mức tăng / giảm …" restates one given before; what follows breaks it down.
        if case let muc = mucKey, (max(c.lo, m.firstToken - 10)..<m.firstToken).contains(where: { c.key($0) == muc }),
           let mt = c.prev(startBeforeQualifier(m)), c.key(mt) == tangKey || c.key(mt) == giamKey, let mu = c.prev(mt), c.key(mu) == mucKey,
           let tr = c.prev(mu), c.isKey(tr, Cue.trong), clauseStart(tr) == tr || c.prev(tr).map({ $0 < c.lo || isBoundary($0) }) ?? true { return true }
        // "Đơn vị kêu gọi người dân tiết kiệm điện, cài đặt điều hòa ở mức 26-27 độ C": a figure after an
        // appeal to the public is a recommendation, not an observation (not_records.tsv, reason "advice").
        if adviceStart < m.firstToken { return true }
        // "trong nhóm 10 nước": words that make the number a group size (not_records.tsv, reason "before");
        // "bậc 2": a grade named by its number (reason "grade", a bare number only: "vượt bậc 6,7%" is a rate).
        if let b = c.matchEnding(c.notRecords, before: m.firstToken, maxTokens: 2),
           b.entry[1] == "before" || (b.entry[1] == "grade" && m.kind == .number) { return true }
        // "Hầm có chiều dài 202,61m", "cao khoảng 1,75 m", "pin dung lượng 5.000 mAh": one object's
        // size in a unit of measure (not_records.tsv, reason "attribute"), an individual attribute
        // (RECORDS.md §5); not a total or an average ("tổng chiều dài 2.000 km").
        // (The figure's first token with its qualifier, read once: the checks below ask it often.)
        let qualifierStart = startBeforeQualifier(m)
        if m.kind == .number, m.unit != nil, let u = c.next(m.endToken - 1), c.match(c.unitTable, u)?.entry[1] == "measure" {
            let b = qualifierStart
            if let a = c.matchEnding(c.notRecords, before: b, maxTokens: 2), a.entry[1] == "attribute",
               !(cs..<a.start).contains(where: { c.key($0) == tongKey || statWords.match(c.tokens, at: $0, limit: a.start) != nil }) {
                return true
            }
        }
        // "Chị Nguyễn Thị Mai bán được 15.000 đồng/kg", "ông A đã chiếm đoạt 22,45 tỷ đồng": a figure whose clause opens
        // with one named person (a title and a capitalized name), who is not speaking, is an individual matter.
        do {
            // ("Bà Rịa-Vũng Tàu" is a place, not "bà" + a name.)
            if let f = (cs..<m.firstToken).first(where: { c.kind($0) == .word }), personTitles.contains(c.key(f)), !c.has(c.places, f),
               let n = c.next(f), n < m.firstToken, c.isCapitalized(n), !c.has(c.places, n), !c.has(c.organisations, n),
               !(n..<m.firstToken).contains(where: { k in verbRoles[k - c.lo].map { $0.role == .source } ?? false }),
               // (Not a person who says, thinks or receives, nor one described by "là": "Ông Huy nhận thấy …",
               // "ông Biden nhận được 52% số người tán thành", "Ông … là người sáng lập Sacombank với vốn điều lệ …".)
               let w = (n..<m.firstToken).first(where: { c.kind($0) == .word && !c.isCapitalized($0) && !clauseAuxKeys.contains(c.key($0)) }),
               !reportingVerbKeys.contains(c.key(w)) { return true }
        }
        // "Với thu nhập 20 triệu đồng/tháng, một gia đình … cũng cần ít nhất 15 năm mới đủ tiền mua nhà": a figure in a
        // fronted "Với …" whose clause is about one unnamed household or person is the premise of a reckoning.
        if let f = c.next(c.lo - 1), c.isKey(f, Cue.voi), m.firstToken > f,
           let comma = (f..<c.hi).first(where: { c.isKey($0, Cue.comma) }), m.endToken <= comma,
           let n = c.next(comma), c.key(n) == Cue.mot, let g = c.next(n), householdKeys.contains(c.key(g)) { return true }
        // "đáp ứng nhu cầu học 2 buổi/ngày": sessions or shifts per day or week are a schedule, not a measured value.
        // (The unit's bytes searched for "/" first: `firstIndex(of:)` on Characters was 1% of the run.)
        if m.kind == .number, let u = m.unit, u.utf8Contains(0x2F), let slash = u.firstIndex(of: "/"), scheduleUnits.contains(String(u[..<slash])),
           ["ngày", "tuần"].contains(String(u[u.index(after: slash)...])) { return true }
        // "nợ công không vượt quá 65% GDP", "lãi suất không quá 6%": a limit set by a rule, not an
        // observation (not_records.tsv, reason "limit", right before the figure, qualifiers skipped).
        do {
            let b = qualifierStart
            // (Before the figure, then before its qualifier when it has one.)
            if let a = c.matchEnding(c.notRecords, before: m.firstToken, maxTokens: 4), a.entry[1] == "limit" || a.entry[1] == "norm" || a.entry[1] == "one" { return true }
            if b != m.firstToken, let a = c.matchEnding(c.notRecords, before: b, maxTokens: 4), a.entry[1] == "limit" || a.entry[1] == "norm" || a.entry[1] == "one" { return true }
            // "mức cân bằng tự nhiên chỉ từ 104 đến 106", "mức sinh thay thế là 2,1 con": a reference norm
            // (reason "norm") with linking words between it and the figure.
            if let p = c.prev(b), normLinkKeys.contains(c.key(p)) {
                var e = p
                while let q = c.prev(e), q > p - 6, normLinkKeys.contains(c.key(q)) { e = q }
                if let a = c.matchEnding(c.notRecords, before: e, maxTokens: 4), a.entry[1] == "norm" || a.entry[1] == "one" { return true }
            }
            // "Với biên độ ±5%": a band set by a rule (reason "band", before the sign only).
            if let pm = c.prev(m.firstToken), c.firstUnit(pm) == 0xB1,
               let a = c.matchEnding(c.notRecords, before: pm, maxTokens: 3), a.entry[1] == "band" { return true }
        }
        // "đi khám từ 50 lần trở lên", "trên 60 tuổi trở lên": a threshold that delimits a group, not a value.
        // (Not after a figure verb: "tăng trưởng từ 6,5% trở lên", "giảm từ 3% trở lên" are targets.)
        // (Nor in a clause that states a change, a plan or a target: "Mục tiêu tăng trưởng GDP từ 6,5% trở lên".)
        if let p = c.prev(m.firstToken), thresholdKeys.contains(c.key(p)), let pp = c.prev(p), c.kind(pp) == .word, verbRoles[pp - c.lo] == nil,
           !(c.matchEnding(c.verbs, before: p, maxTokens: 3).map { $0.start >= c.lo } ?? false),
           case let plans = planWords, !(cs..<p).contains(where: { k in plans.match(c.tokens, at: k, limit: p) != nil
               || (verbRoles[k - c.lo].map { v in v.role == .increase || v.role == .decrease || v.role == .target || v.role == .forecast || v.role == .estimate } ?? false) }) {
            var e = m.endToken
            if let u = c.next(e - 1), let um = c.match(c.unitTable, u) { e = um.end }
            if let tr = c.next(e - 1), c.key(tr) == troKey, let l = c.next(tr), levelWordKeys.contains(c.key(l)) || c.key(l) == xuongKey { return true }
        }
        // "Chị Lan bán 700.000 đồng/kg", "Ông Tư thu về 500 triệu đồng mỗi năm": a clause whose subject
        // is one person (a title opens it and no reporting verb follows) gives that person's account.
        do {
            // ("Anh có gần 1.000 bệnh nhân …": "Anh" before a lowercase word is England.)
            if let f = (cs..<m.firstToken).first(where: { c.kind($0) == .word && !c.isEdgeWord($0) }), personTitles.contains(c.key(f)),
               !(c.isCapitalized(f) && c.has(c.places, f) && (c.next(f).map { !c.isCapitalized($0) } ?? true)),
               // (A person who reports, forecasts or estimates speaks about others' figures.)
               !(f..<m.firstToken).contains(where: { verbRoles[$0 - c.lo].map { $0.role == .source || $0.role == .forecast || $0.role == .estimate } ?? false }),
               !(f..<m.firstToken).contains(where: { c.has(c.organisations, $0) || c.has(c.indicatorHeads, $0) }) {
                return true
            }
        }
        // "Amazon chi 13,7 tỷ USD mua Whole Foods", "Rihanna bỏ ra 13,8 triệu USD để tậu biệt thự": one
        // purchase is a single event (RECORDS.md §5), not an observation.
        if m.kind == .money {
            let b = qualifierStart
            if let v = c.prev(b), allocationKeys.contains(c.key(v)) || (c.key(v) == raKey && c.prev(v).map { allocationKeys.contains(c.key($0)) } ?? false),
               var a = c.next(m.endToken - 1) {
                if c.key(a) == deKey, let n = c.next(a) { a = n }
                if purchaseVerbs.match(c.tokens, at: a, limit: c.hi) != nil { return true }
            }
        }
        // "thấp hơn giá vàng miếng SJC khoảng 13 triệu đồng/lượng", "cao hơn giá niêm yết tại ngân hàng
        // khoảng 400 đồng": the gap between two figures, not a value (a comparison with a date is a change).
        // (Money only: after "thấp hơn dự đoán", "cao hơn con số dự kiến" a count is the compared figure itself.
        // A noun phrase only: no verb, no "với", "khi" or "mà" between.)
        // ("cao hơn mức 17.366 đồng/lít": the level compared with.)
        if m.kind == .money, case let b = qualifierStart, let first = wordAfterComparative(before: b), first < b, c.key(first) != mucKey,
           !(first..<b).contains(where: { inMention[$0 - c.lo] || c.key($0) == Cue.so || isBoundary($0) || (verbRoles[$0 - c.lo] != nil && !insideHead($0, from: first))
               || c.isKey($0, Cue.voi) || c.key($0) == khiKey || c.key($0) == maKey }) { return true }
        // "công bố kết quả khảo sát … tại hơn 1.200 doanh nghiệp với khoảng 384 ngàn lao động": the size of a
        // survey's sample, not a figure it found.
        if m.kind == .number, let p = c.prev(qualifierStart), sampleKeys.contains(c.key(p)),
           case let (khao, sat) = (khaoKey, satKey),
           (c.lo..<p).contains(where: { c.key($0) == khao && c.next($0).map { c.key($0) == sat } ?? false }),
           !(cs..<p).contains(where: { verbRoles[$0 - c.lo].map { $0.role == .increase || $0.role == .decrease || $0.role == .reach } ?? false }) { return true }
        // "Gói tín dụng 120.000 tỷ đồng cho vay nhà ở xã hội": the amount names the package (part of its name).
        // (A policy package only: not "gói thầu" (a tender's volume), nor "trọn gói" (all-in).)
        if m.kind == .money, let p = c.prev(m.firstToken), c.kind(p) == .word, verbRoles[p - c.lo] == nil,
           let g = c.prev(p).flatMap({ q in c.key(q) == goiKey ? q : c.prev(q).flatMap { c.key($0) == goiKey ? $0 : nil } }),
           let n = c.next(g), packageKeys.contains(c.key(n)), !(c.prev(g).map { c.key($0) == tronKey } ?? false) { return true }
        // "ô tô 7 chỗ", "xe 16 chỗ": the seats name a class of vehicle.
        if m.kind == .number, sameNFC(m.unit, "chỗ") || sameNFC(m.unit, "chỗ ngồi"), let p = c.prev(m.firstToken), vehicleKeys.contains(c.key(p)) { return true }
        // "lãi 1,5-2 triệu đồng cho mỗi con lợn 100 kg": the size of the one item a figure is per.
        // (One item named by its classifier: not "mỗi ngày hơn 300.000 ca mắc mới", a rate.)
        // (`first`, not `m`, in the closure: capturing `m` copied the mention.)
        if m.kind == .number, m.unit != nil, case let first = m.firstToken, (max(c.lo, first - 6)..<first).contains(where: { k in
            c.key(k) == Cue.moi && c.next(k).map { n in (itemClassifiers.contains(c.key(n)) || oneItemKeys.contains(c.key(n)))
                && plainWords(n..<first) } ?? false }) { return true }
        // "chỉ còn cách giá trần 15 đồng": the distance to another figure, not a value.
        // (Here and below, globals the closures compare with are read into locals first: each global
        // read goes through swift_once, once per token the closure is called for.)
        if m.kind == .money, case let b = qualifierStart,
           case let cach = cachKey, let q = (max(c.lo, b - 10)..<b).last(where: { c.key($0) == cach }), let r = c.prev(q), c.key(r) == conKey,
           plainWords(q + 1..<b) { return true }
        // "gấp 3 lần tốc độ …" compares two figures; it is a change only after a verb or before a baseline.
        // (A measure of one owner compared with another's is a record: "Thu nhập của lao động nam cao gấp 1,37 lần
        // lao động nữ".)
        if sameNFC(m.unit, "lần"), let p = c.prev(m.firstToken), c.isKey(p, Cue.gap), verbBefore(p, within: c.lo) == nil, !isOwnerComparison(m) { return true }
        // The denominator of a rate written with a slash: "112 bé trai/100 bé gái".
        if m.kind == .number, m.firstToken > c.lo, c.isKey(m.firstToken - 1, Cue.slash), c.glued(m.firstToken),
           m.firstToken - 2 >= c.lo, c.kind(m.firstToken - 2) == .word { return true }
        // The denominator of "xếp thứ 8/63".
        if m.kind == .number, let p = c.prev(m.firstToken), c.isKey(p, Cue.slash), let pp = c.prev(p),
           indices.contains(where: { mentions[$0].kind == .ordinal && mentions[$0].endToken == pp + 1 }) { return true }
        // Stand-alone numbers with neither unit nor any word around them (page counters, view counts).
        if m.kind == .number && m.unit == nil {
            if wordCount < 2 { return true }
        }
        return false
    }

    /// Only spaces and words that are neither a verb nor part of a mention in `r`.
    func plainWords(_ r: Range<Int>) -> Bool {
        let c = self.c
        return r.allSatisfy { c.tokens[$0].isSpace || (c.kind($0) == .word && verbRoles[$0 - c.lo] == nil && !inMention[$0 - c.lo]) }
    }

    /// A net balance word ("bội thu", "nhập siêu", "bán ròng") within five words before the
    /// figure, with no verb, figure or boundary between.
    func netWordBefore(_ m: Fields, _ cs: Int) -> (Int, Int)? {
        let c = self.c
        let b = startBeforeQualifier(m)
        var k = b
        // (The table read once: each global read in the loop went through swift_once.)
        let net = netWords
        for _ in 0..<8 {
            guard let p = c.prev(k), p >= cs, !inMention[p - c.lo], !isBoundary(p) else { return nil }
            if let n = net.match(c.tokens, at: p, limit: b), (n.end..<b).allSatisfy({ c.kind($0) != .word || verbRoles[$0 - c.lo] == nil }) {
                return (p, n.end)
            }
            k = p
        }
        return nil
    }

    /// "- Đồng Tháp: Hội nghị xúc tiến đầu tư thu hút hơn 20 dự án (22/10/2019)": a line of a
    /// web page's list of related articles (a dash or bullet, a headline, its date in
    /// parentheses at the end) is another article's headline, not a statement of this one.
    static func isRelatedLink(_ c: Context) -> Bool {
        var f = c.lo, l = c.hi - 1
        while f < c.hi, c.tokens[f].isSpace { f += 1 }
        while l > f, c.tokens[l].isSpace { l -= 1 }
        let bullet = c.firstUnit(f)
        guard l - f >= 4, c.kind(f) == .punctuation, bullet == 0x2D || bullet == 0x2013 || bullet == 0x2022 || bullet == 0x2A,
              c.kind(l) == .punctuation, c.firstUnit(l) == 0x29 else { return false }
        // The parenthesis holds a date: digits and slashes only.
        var k = l - 1, digits = 0
        while k > f, c.kind(k) != .punctuation || c.firstUnit(k) != 0x28 {
            if c.kind(k) == .number { digits += 1 } else if !((c.kind(k) == .punctuation || c.kind(k) == .symbol) && c.firstUnit(k) == 0x2F) { return false }
            k -= 1
        }
        return k > f && digits >= 2
    }

    /// A date written after "tính từ" ("Tính từ đầu tháng 3"): where a change is counted from.
    /// (Not a bare "từ" / "kể từ": "thuế sẽ tăng từ 50% lên 55% từ 1/7/2016" says when the new level applies.)
    func startsFrom(_ d: Int) -> Bool {
        let c = self.c
        guard var p = c.prev(mentions[d].firstToken) else { return false }
        if c.isKey(p, Cue.dau) || c.isKey(p, Cue.giua) || c.isKey(p, Cue.cuoi), let q = c.prev(p) { p = q }
        return c.isKey(p, Cue.tu) && (c.prev(p).map { c.key($0) == Cue.tinh } ?? false)
    }

    /// "trong khi" between the figure before `m` in the sentence and `m`. (Not "còn": "kỳ hạn 3 tháng
    /// là 2,9%/năm, còn kỳ hạn 12 tháng là 4,8%/năm" goes on with the same subject.)
    func contrastBefore(_ m: Fields) -> Bool {
        let c = self.c
        guard let p = indices.last(where: { mentions[$0].endToken <= m.firstToken && isValueKind(mentions[$0].kind) }) else { return false }
        return (mentions[p].endToken..<m.firstToken).contains { k in c.key(k) == khiKey && c.prev(k).map { c.isKey($0, Cue.trong) } ?? false }
    }

    /// The first word after a comparative "cao hơn" / "thấp hơn" … within the clause before `b`.
    func wordAfterComparative(before b: Int) -> Int? {
        let c = self.c
        let cs = clauseStart(b)
        var k = b
        for _ in 0..<10 {
            guard let p = c.prev(k), p >= cs else { return nil }
            if c.key(p) == honKey, let a = c.prev(p), comparativeKeys.contains(c.key(a)) { return k }
            k = p
        }
        return nil
    }

    static func sentenceIsNotRecords(_ c: Context) -> Bool {
        let toi = toiKey, chung = chungKey
        if isRelatedLink(c) { return true }
        var k = c.lo
        // (Per node of the table: whether its row's reason rules the sentence out; no row is fetched.)
        let rulesOut = c.words.sentenceNotRecords
        // (The tokens that start no phrase of the table and are not "tôi" are passed over by mask and key.)
        let notRecordsBit = c.notRecords.startBit
        while k < c.hi {
            if notRecordsBit != 0 { k = c.nextMasked(notRecordsBit, orKey: toi, from: k); if k >= c.hi { break } }
            if let m = c.matchNode(c.notRecords, k), rulesOut[m.node] { return true }
            // "Vụ này ruộng nhà tôi được hơn 6 tấn/ha", "mỗi ngày tôi chỉ bán được 40 kg": one
            // person's account (first person singular; "chúng tôi" may speak for a company).
            if c.key(k) == toi, !(c.prev(k).map { c.key($0) == chung } ?? false) { return true }
            k += 1
        }
        return false
    }

    func build() -> [Indicator] {
        let c = self.c
        // (RECORDS.md: a dateline is never the period.)
        let dates = indices.filter { mentions[$0].kind == .date && $0 != datelineMention }
        let baselines = IntSet(dates.filter { isBaseline($0) })
        var records = [Indicator]()
        // (Room for a record per mention at once: growing by appends reallocated and copied the records.)
        records.reserveCapacity(indices.count)
        // Record index per value mention index.
        // (In the scratch's storage, handed back at the end: an array allocated per sentence grew by appends.)
        var levelWithoutChange = scratch.levelStorage
        scratch.levelStorage = []
        levelWithoutChange.removeAll(keepingCapacity: true)
        defer { scratch.levelStorage = levelWithoutChange }
        var lastIndicator: (String?, String?) = (nil, nil)
        var consumedFrom = IntSet()
        var lastChange: Indicator.Direction? = nil
        /// Values of records that turned out to be the starting level of a later change ("Từ X năm 2013, … giảm còn Y").
        var startsOfLater = IntSet()
        // A table flattened into text ("Giá mở cửa Giá cao Giá thấp Giá đóng cửa 17-Mar 278,1 279,5
        // 276,5 276,9 …"): four or more figures in a row with nothing but spaces between them have
        // lost their column names; none of them is read as a record.
        // (A run is kept as the positions in `indices` of its first and last figures and its length: its
        // figures are the non-date mentions between them. A one-figure array per run was allocated for
        // most figures.)
        var runFirst = 0, runLast = -1, runCount = 0
        for (p, i) in indices.enumerated() where mentions[i].kind != .date {
            if runCount > 0, (mentions[indices[runLast]].endToken..<mentions[i].firstToken).allSatisfy({ c.tokens[$0].isSpace }) {
                runLast = p
                runCount += 1
                continue
            }
            if runCount >= 4 { for q in runFirst...runLast where mentions[indices[q]].kind != .date { consumedFrom.insert(indices[q]) } }
            runFirst = p
            runLast = p
            runCount = 1
        }
        if runCount >= 4 { for q in runFirst...runLast where mentions[indices[q]].kind != .date { consumedFrom.insert(indices[q]) } }
        for (n, i) in indices.enumerated() {
            // (Dates and durations are passed over before the mention is copied.)
            guard isValueKind(mentions[i].kind) else { continue }
            let m = fields(i)
            // (The closures below read these, not `m`: a closure capturing `m` copied it.)
            let mFirst = m.firstToken, mEnd = m.endToken
            // (The clause start found once: the exclusion rules read it too.)
            let cs = clauseStart(m.firstToken)
            guard !excluded(m, i, clauseStart: cs), !consumedFrom.contains(i) else { continue }
            // "từ X lên Y": X is the start, Y the level.
            // ("xuống còn", "lên mức", "lên tới": one more word before Y.)
            // ("từ gần 190 tỷ lên …": a qualifier may stand between "từ" and X; "từ 4,4 triệu đồng/người/ tháng tăng lên
            // 9,2 triệu": the rest of a rate unit and a change verb between X and "lên".)
            if let nextI = indices.dropFirst(n + 1).first, let tu = c.prev(m.qualifier == nil ? m.firstToken : startBeforeQualifier(m)), c.isKey(tu, Cue.tu),
               let len = levelWord(afterFrom: m.endToken),
               mentions[nextI].firstToken == c.next(len) || (c.next(len).map { levelLinkKeys.contains(c.key($0)) && mentions[nextI].firstToken == c.next($0) } ?? false),
               isValueKind(mentions[nextI].kind) {
                consumedFrom.insert(i)
                let direction: Indicator.Direction = c.isKey(len, Cue.len) ? .increase : .decrease
                // The change-only record just before ("tăng 48%, từ 0,48 lên 0,71") takes the level.
                if let last = records.indices.last, records[last].change?.value == records[last].value,
                   let d = records[last].change?.direction, d == direction {
                    records[last].value = nextI
                    records[last].change?.from = i
                    consumedFrom.insert(nextI)
                    continue
                }
                var r = makeRecord(level: nextI, fields(nextI), clauseStart: cs, inherited: lastIndicator, baselines: baselines, dates: dates, nameEnd: tu)
                r.change = Indicator.Change(direction: direction, value: nil, baseline: baseline(after: mentions[nextI].endToken, baselines), from: i)
                // "Tính từ đầu tháng 3, giá … đã tăng từ 58.000 lên 70.000 đồng/kg": the date the change
                // counts from is its baseline, not its period.
                if r.change?.baseline == nil, let d = r.period, startsFrom(d) {
                    r.change?.baseline = d
                    r.period = nil
                }
                lastIndicator = (r.indicator, r.subject)
                records.append(consume r)
                consumedFrom.insert(nextI)
                continue
            }
            let verb = verbBefore(m.firstToken, within: cs)
            var changeDir: Indicator.Direction? = nil
            if let v = verb {
                switch v.role {
                case "increase": changeDir = .increase
                case "decrease": changeDir = .decrease
                case "unchanged":
                    // "chỉ số DXY … duy trì trên 104 điểm": staying above or below a bound states a level,
                    // not that the value did not change.
                    if !(m.qualifier == .moreThan || m.qualifier == .lessThan || m.qualifier == .atLeast || m.qualifier == .atMost) { changeDir = .unchanged }
                default: break
                }
            }
            if let p = c.prev(m.firstToken), c.isKey(p, Cue.gap), let v = verbBefore(p, within: cs), v.role == "increase" { changeDir = .increase }
            // "thấp hơn 0,11%/năm so với lãi suất trúng thầu phiên trước đó (ngày 24/5/2017)", "cao hơn 6,7% so với cuối năm
            // 2016": a comparative is a change against a baseline of time; without one it compares two things ("ít hơn 800
            // con", "cao hơn 80 - 90 triệu đồng so với Suzuki Ertiga", "không cao hơn 17.063 đồng/lít": a bound).
            if changeDir != nil, let v = verb, comparativeKeys.contains(c.key(v.start)), let h = c.next(v.start), c.key(h) == honKey,
               baseline(after: m.endToken, baselines) == nil || (c.prev(v.start).map { negationKeys.contains(c.key($0)) } ?? false) {
                changeDir = nil
            }
            // "1.270 USD/ounce (+12 USD)", "47,19 USD/thùng (-0,4%)": a signed figure in parentheses right after a
            // figure is its change (the sign says which way).
            if changeDir == nil, m.firstToken > c.lo, c.isKey(m.firstToken - 1, Cue.lparen), let pv = c.prev(m.firstToken - 1),
               indices.contains(where: { mentions[$0].endToken == pv + 1 && isValueKind(mentions[$0].kind) }) {
                let u = c.firstUnit(m.firstToken)
                if u == 0x2B { changeDir = .increase } else if u == 0x2D || u == 0x2212 { changeDir = .decrease }
            }
            // "Thu nhập của lao động nam cao gấp 1,37 lần lao động nữ": a ratio between two things is no change
            // (no verb of change before "gấp", no baseline after the figure).
            if changeDir == .increase, isOwnerComparison(m) { changeDir = nil }
            // "ước tăng 5,29%", "ước giảm 2%": an estimate verb written with its change word.
            if changeDir == nil, let v = verb, v.role == "estimate",
               let w = (v.start + 1..<m.firstToken).first(where: { k in c.kind(k) == .word && c.match(c.verbs, k).map { $0.end - k == 1 && ($0.entry[1] == "increase" || $0.entry[1] == "decrease") } ?? false }) {
                changeDir = c.match(c.verbs, w)?.entry[1] == "increase" ? .increase : .decrease
            }
            // "tăng lên 74,5 triệu", "giảm còn 3,52%", "…, lên 1.261,17 điểm": the value is the new level.
            // ("thu về 4,4 tỷ USD", "mang về": "về" ends a verb of reaching, it is no level word.)
            let newLevel = verb.map { v in endsWithLevelWord(v.start, mFirst)
                && !(v.role == "reach" && !levelWordKeys.contains(c.key(v.start)) && c.key(v.start) != mucKey) } ?? false
            if newLevel {
                var dir: Indicator.Direction? = changeDir ?? verb.flatMap { c.key($0.start) == Cue.len ? .increase : (c.key($0.start) == Cue.xuong ? .decrease : nil) }
                // "giảm nhẹ còn 3.787,1", "tăng mạnh lên …": the change verb before an adverb and the level word.
                if dir == nil, let v = verb, let k = (max(cs, v.start - 6)..<v.start).last(where: { verbRoles[$0 - c.lo].map { $0.role == .increase || $0.role == .decrease } ?? false }) {
                    dir = verbRoles[k - c.lo]?.role == .increase ? .increase : .decrease
                }
                // The change-only record just before ("tăng 12,37 điểm, …, lên 1.261,17 điểm") takes this level.
                // With a change restated in another unit before it ("tăng 12,37 điểm, tương đương 0,99%,
                // lên 1.261,17 điểm"), the change in the level's own unit takes the level.
                // (`records` is passed, not captured: a `var` captured by a closure value or a local
                // function is boxed, and every access to it in `build` was a dynamic exclusivity check.)
                func changeOnly(_ records: [Indicator], _ r: Int) -> Bool {
                    records[r].change?.value == records[r].value && records[r].value != i
                        && (dir == nil || records[r].change?.direction == dir) && self.compatible(records[r].value, i)
                }
                if let last = records.indices.last, changeOnly(records, last) {
                    var target = last
                    if mentions[records[last].value].kind != m.kind, last > 0, changeOnly(records, last - 1),
                       mentions[records[last - 1].value].kind == m.kind, mentions[records[last - 1].value].unit == m.unit { target = last - 1 }
                    records[target].value = i
                    continue
                }
                var r = makeRecord(level: i, m, clauseStart: cs, inherited: lastIndicator, baselines: baselines, dates: dates)
                if let dir { r.change = Indicator.Change(direction: dir, value: nil, baseline: baseline(after: m.endToken, baselines), from: nil) }
                // "Tại ngày 1/1/2016, số dư Quỹ BOG là 3.970,1 tỷ đồng, đến hết quý I/2016, con số này giảm
                // nhẹ còn 3.787,1 tỷ đồng": a new level of the same figure, named back ("con số này") or not
                // named at all, starts from the level before it; that level's date is the baseline.
                if let d = dir, let last = records.indices.last, records[last].change == nil, r.change?.baseline == nil,
                   mentions[records[last].value].kind == m.kind, mentions[records[last].value].unit == m.unit,
                   phraseRegion(cs, verb?.start ?? m.firstToken).allSatisfy({ c.key($0) == Cue.nayThis || c.key($0) == conSoKey || c.key($0) == soCountKey
                       || particleKeys.contains(c.key($0)) || verbRoles[$0 - c.lo].map { $0.role == .increase || $0.role == .decrease } ?? false }) {
                    r.change = Indicator.Change(direction: d, value: nil, baseline: records[last].period, from: records[last].value)
                    if r.indicator == nil || r.indicator == lastIndicator.0 { r.indicator = records[last].indicator; r.subject = r.subject ?? records[last].subject }
                    levelWithoutChange.removeAll { $0 == last }
                }
                // "Như vậy, từ 13.197 ha năm 2013, diện tích cây cao su đã giảm xuống chỉ còn 9.345 ha": a
                // fronted "từ X (date)," is the starting level of the change to the new level.
                if let d = dir, r.change?.from == nil, let last = records.indices.last, records[last].change == nil,
                   case let x = mentions[records[last].value], x.kind == m.kind, x.unit == m.unit || x.unit == nil || m.unit == nil,
                   let tu = c.prev(x.firstToken), c.isKey(tu, Cue.tu), (c.lo..<tu).allSatisfy({ c.kind($0) != .word || isBoundary($0) || c.isEdgeWord($0) || leadingEdges.match(c.tokens, at: $0, limit: tu) != nil || (c.prev($0).map { leadingEdges.match(c.tokens, at: $0, limit: tu) != nil } ?? false) }),
                   clauseEnd(x.endToken) < cs {
                    r.change = Indicator.Change(direction: d, value: r.change?.value, baseline: records[last].period, from: records[last].value)
                    if r.period == records[last].period { r.period = nil }
                    startsOfLater.insert(records[last].value)
                }
                lastIndicator = (r.indicator, r.subject)
                records.append(r)
                continue
            }
            // "cao hơn mức 6,71% của cùng kỳ": after a comparative, "mức" + value is the
            // level compared with (the change's starting point), not the difference.
            // (The comparative ends in "hơn", which is also a qualifier word: match it whole.)
            // ("tăng so với mức 16,5% của năm 2023": the same, with the verb before "so với".)
            if changeDir == nil, let p = c.prev(m.firstToken), c.key(p) == mucKey,
               let v = c.matchEnding(c.verbs, before: c.prev(p).flatMap { w in c.isKey(w, Cue.voi) ? c.prev(w).flatMap { c.isKey($0, Cue.so) ? $0 : nil } : nil } ?? p, maxTokens: 4),
               v.start >= cs, v.entry[1] == "increase" || v.entry[1] == "decrease", let target = levelWithoutChange.last {
                levelWithoutChange.removeLast()
                records[target].change = Indicator.Change(direction: v.entry[1] == "increase" ? .increase : .decrease, value: nil,
                                                          baseline: baseline(after: m.endToken, baselines), from: i)
                continue
            }
            // "tăng 16,5% về lượng và 36,4% về giá trị": the second change of a pair shares the verb.
            let aspect = changeAspect(after: m.endToken)
            if changeDir == nil, aspect != nil, let p = c.prev(m.firstToken), c.key(p) == Cue.va, let last = lastChange { changeDir = last }
            // "lần lượt giảm 30% và 28%", "tăng lần lượt là 7,9%, 9,4% …": the items of a list of changes share its verb.
            let respective = respectiveItemsAhead(n)
            let respectiveAhead = respective?.ahead
            if changeDir == nil, let r = respective { changeDir = r.direction }
            // "tỷ giá trung tâm … ở mức: 22.384, không đổi so với phiên liền trước": a verb of no change after the
            // figure, then "so với", states that the level did not change against that baseline.
            // (Its baseline is read after "so", in the clause the comma opens.)
            let unchangedSo = changeDir == nil ? unchangedAfter(m.endToken) : nil
            if unchangedSo != nil { changeDir = .unchanged }
            if let dir = changeDir {
                lastChange = dir
                let base = baseline(after: unchangedSo ?? m.endToken, baselines)
                // "… 7,75 triệu tấn gạo, thu về 4,4 tỷ USD, tăng 16,5% về lượng và 36,4% về giá trị":
                // the change in volume belongs to the quantity, the change in value to the money.
                if let aspect, let target = levelWithoutChange.last(where: { (mentions[records[$0].value].kind == .money) == (aspect == .value) }),
                   phraseRegion(cs, verb?.start ?? m.firstToken, stripQualifier: verb == nil).isEmpty || c.prev(m.firstToken).map({ c.key($0) == Cue.va }) ?? false {
                    levelWithoutChange.removeAll { $0 == target }
                    records[target].change = Indicator.Change(direction: dir, value: i, baseline: base, from: nil)
                    continue
                }
                // "tăng từ 14 lên 16 triệu đồng/tấn, tương ứng mức tăng 14%": the size of
                // the change just stated as "từ X lên Y" belongs to that record.
                if let last = records.indices.last, let ch = records[last].change, ch.from != nil, ch.value == nil,
                   ch.direction == dir, restatesChange(from: mentions[records[last].value].endToken, to: verb?.start ?? m.firstToken) {
                    records[last].change?.value = i
                    if records[last].change?.baseline == nil { records[last].change?.baseline = base }
                    continue
                }
                // A change without its own indicator phrase belongs to the level before it.
                let region = phraseRegion(cs, verb?.start ?? m.firstToken, stripQualifier: verb == nil)
                // ("…, quý IV phải tăng khoảng 9%": a clause with its own period is an observation of its own.)
                // ("…, trong khi cùng kỳ năm ngoái chỉ tăng 5,65%": a date opening the clause is its period, even "cùng kỳ".)
                let clauseOpener = (cs..<m.firstToken).first { c.kind($0) == .word }
                let ownPeriod = dates.contains { d in mentions[d].firstToken >= cs && mentions[d].endToken <= (verb?.start ?? mFirst)
                    && (!baselines.contains(d) || mentions[d].firstToken == clauseOpener) }
                // ("…, vượt kế hoạch tăng 6% đã đề ra": a planned change is a target of its own, not the
                // change of the level before.)
                let planned = verb.flatMap { v in c.prev(v.start) }.map { p in
                    p >= cs && (max(cs, p - 3)...p).contains { planWords.match(c.tokens, at: $0, limit: p + 1)?.end == p + 1 } } ?? false
                // "Tổng lợi nhuận … 7.085 tỷ đồng và lợi nhuận … 5.478 tỷ đồng, lần lượt giảm 30% và 28% so với cùng kỳ":
                // the changes listed after "lần lượt" take the levels before them in turn.
                if let ahead = respectiveAhead, !ownPeriod, !planned, levelWithoutChange.count >= ahead {
                    let target = levelWithoutChange.remove(at: levelWithoutChange.count - ahead)
                    records[target].change = Indicator.Change(direction: dir, value: i, baseline: base, from: nil)
                    continue
                }
                // "Doanh thu … đạt 24.826 tỷ đồng tăng 7% so với cùng kỳ": a change verb right after a level (its unit
                // aside, no comma) changes that level, when a verb reached the level (not "có khoảng 55 cổ phiếu giảm
                // trên 1%", "với 70 mã giảm trên 1%": a count of items) and the change is a percent or in the level's kind and unit (not "200 cái mất 12
                // phút"); not a bare number ("Tín dụng Thị trường 1 tăng 20%").
                let rightAfterLevel = verb.map { v in levelWithoutChange.last.map { t in
                    let l = records[t].value
                    guard m.kind == .percent || (m.kind == mentions[l].kind && m.unit == mentions[l].unit),
                          mentions[l].kind != .number || mentions[l].unit != nil,
                          let lv = verbBefore(mentions[l].firstToken, within: clauseStart(mentions[l].firstToken)),
                          lv.role == "reach" || lv.role == "estimate" || lv.role == "forecast" || lv.role == "target", c.key(lv.start) != coKey, !c.isKey(lv.start, Cue.voi)
                    else { return false }
                    var k = mentions[l].endToken
                    while k < v.start, c.tokens[k].isSpace { k += 1 }
                    if k < v.start, let u = c.match(c.unitTable, k) { k = u.end }
                    return (k..<v.start).allSatisfy { c.tokens[$0].isSpace }
                } ?? false } ?? false
                if region.isEmpty || rightAfterLevel, !levelWithoutChange.isEmpty, !ownPeriod, !planned {
                    // Paired lists ("693 nghìn tấn và 1,57 tỷ USD, giảm 15,9% … nhưng tăng 11% …")
                    // pair in order; otherwise a change belongs to the nearest level before it.
                    let nextIsChange = indices.dropFirst(n + 1).first.map { j in
                        verbBefore(mentions[j].firstToken, within: clauseStart(mentions[j].firstToken)).map { $0.role == "increase" || $0.role == "decrease" } ?? false
                    } ?? false
                    // "thịt ba chỉ … 150.000-160.000 đồng/kg, thịt nạc vai khoảng 130.000 đồng/kg, tăng 15.000-20.000
                    // đồng/kg so với tháng trước": one change in the very unit of a list of prices is each one's.
                    if !nextIsChange, levelWithoutChange.count >= 2, let u = m.per ?? m.unit, m.kind == .money,
                       levelWithoutChange.allSatisfy({ let l = mentions[records[$0].value]; return l.kind == .money && (l.per ?? l.unit) == u && l.currency == mentions[i].currency }),
                       // (Not across a contrast: "A niêm yết …, trong khi B niêm yết …, giảm 10 đồng": B's.)
                       let f = levelWithoutChange.first, !(mentions[records[f].value].endToken..<m.firstToken).contains(where: { c.kind($0) == .word && isBoundary($0) }) {
                        for t in levelWithoutChange { records[t].change = Indicator.Change(direction: dir, value: i, baseline: base, from: nil) }
                        levelWithoutChange.removeAll()
                        continue
                    }
                    let target = nextIsChange && levelWithoutChange.count >= 2 ? levelWithoutChange.removeFirst() : levelWithoutChange.removeLast()
                    records[target].change = Indicator.Change(direction: dir, value: i, baseline: base, from: nil)
                    continue
                }
                var r = makeRecord(level: i, m, clauseStart: cs, inherited: lastIndicator, baselines: baselines, dates: dates)
                r.change = Indicator.Change(direction: dir, value: i, baseline: base, from: nil)
                lastIndicator = (r.indicator, r.subject)
                records.append(consume r)
                continue
            }
            // "tăng 10,67 điểm (tương đương 0,19%)": the same change restated in another unit.
            if let last = records.indices.last, let ch = records[last].change, let cv = ch.value,
               restatesChange(from: mentions[cv].endToken, to: m.firstToken) {
                var r = records[last]
                r.value = i
                r.change = Indicator.Change(direction: ch.direction, value: i, baseline: ch.baseline, from: nil)
                records.append(consume r)
                continue
            }
            // "giảm thêm 806 đồng/lít, với mức (bán lẻ tối đa là) 16.349 đồng/lít": the level
            // "with" which a change-only record ends.
            if let w = (cs..<m.firstToken).first(where: { c.kind($0) == .word }), c.isKey(w, Cue.voi), let mu = c.next(w), c.key(mu) == mucKey,
               let last = records.indices.last, records[last].change?.value == records[last].value, records[last].change?.from == nil,
               mentions[records[last].value].kind == m.kind, mentions[records[last].value].unit == m.unit {
                records[last].value = i
                continue
            }
            // "bốn tháng đầu năm 2017, tiếp tục tăng 30%, đạt 1,1 tỷ USD": a level reached with "đạt" in the clause right
            // after a change-only record, with no name of its own, is where that change ended (a percent change, or
            // one of the level's kind and unit).
            // (Or "ở mức": "tăng 5%, ở mức 100 tỷ đồng".)
            if let v = verb, c.key(v.start) == datKey || (c.key(v.start) == oKey && c.next(v.start).map { c.key($0) == mucKey } ?? false),
               phraseRegion(cs, v.start).isEmpty, let comma = c.prev(cs), c.isKey(comma, Cue.comma),
               let last = records.indices.last, records[last].change?.value == records[last].value, records[last].change?.from == nil,
               clauseEnd(mentions[records[last].value].endToken) == comma
                   || (mentions[records[last].value].endToken..<comma).allSatisfy({ c.tokens[$0].isSpace || c.isKey($0, Cue.rparen) }),
               case let x = records[last].value, mentions[x].kind == .percent || (mentions[x].kind == m.kind && mentions[x].unit == m.unit) {
                // ("tăng 5,32 điểm (+4,79%), đạt 116,35 điểm": the change in the level's own unit takes it; the
                // percent in parentheses restates it.)
                if mentions[x].kind != m.kind, last > 0, records[last - 1].change?.value == records[last - 1].value, records[last - 1].change?.from == nil,
                   case let y = records[last - 1].value, mentions[y].kind == m.kind, mentions[y].unit == m.unit,
                   c.prev(mentions[x].firstToken).map({ c.isKey($0, Cue.lparen) }) ?? false {
                    records[last - 1].value = i
                    continue
                }
                records[last].value = i
                continue
            }
            var r = makeRecord(level: i, m, clauseStart: cs, inherited: lastIndicator, baselines: baselines, dates: dates)
            // "phấn đấu đạt kim ngạch xuất khẩu năm 2020 từ 24-26 tỷ USD; năm 2025 từ 35-38 tỷ USD và năm 2035 đạt
            // 50-60 tỷ USD": the next item of a target's list for a later period (the same measure and kind of figure,
            // no cue, contrast, "đã" or parenthesis of its own between the two figures, only a level verb) is a target
            // too (it was a forecast for its future year). (Not a share of the plan, "hoàn thành 100% kế hoạch", nor
            // what was reached before, "mục tiêu … 6-6,5 USD trong năm 2017, sau khi đạt 6 USD/cổ phiếu trong năm 2016".)
            // (The last record is read in place: `let last = records.last` copied it for most records.)
            if r.modality == .actual, let l = records.indices.last, records[l].modality == .target, r.indicator != nil, r.indicator == records[l].indicator,
               let p = r.period, let lp = records[l].period, mentions[p].firstToken > mentions[lp].firstToken,
               mentions[records[l].value].kind == m.kind, !isShareOfPlan(i),
               case let from = mentions[records[l].value].endToken, from <= mFirst,
               !(from..<mFirst).contains(where: { k in c.isKey(k, Cue.lparen) || (c.kind(k) == .word && (c.key(k) == Cue.da || c.key(k) == khiKey || isBoundary(k)
                   || (verbRoles[k - c.lo].map { $0.role != .reach } ?? false))) }) {
                r.modality = .target
            }
            // "GDP năm 2023 tăng 5,08%, mục tiêu năm 2024 từ 6 đến 6,5%": a target percent without a verb of its
            // own after a growth rate is a target of that growth.
            if m.kind == .percent, verb == nil, r.modality == .target, r.change == nil, let last = records.last,
               let ch = last.change, ch.value == last.value, mentions[last.value].kind == .percent, r.indicator == last.indicator {
                r.change = Indicator.Change(direction: ch.direction, value: i, baseline: nil, from: nil)
            }
            // ("bài thi dưới 5 điểm": a figure inside the name before names nothing after it.)
            if !(records.indices.last.flatMap { records[$0].phraseTokens }.map { $0.lowerBound <= mFirst && mEnd <= $0.upperBound } ?? false) {
                lastIndicator = (r.indicator, r.subject)
            }
            // (`consume`: the record is moved into the array; appending `r` copied it, retaining its
            // strings, and destroyed `r` after. Not accepted by the compiler in the new-level branch.)
            records.append(consume r)
            // A share of a plan ("bằng 92,5% dự toán") never takes the change that follows:
            // "…, giảm 1,2%" is the change of the amount before it.
            if !isShareOfPlan(i) { levelWithoutChange.append(records.count - 1) }
        }
        // "Bộ phát hiện 34 thí sinh vi phạm, giảm hơn một nửa so với năm trước": a clause right after
        // the level that opens with a change verb and holds no figure states the direction (and
        // the baseline) of that level's change without its size.
        // (The clause ends already taken are flagged per token in the scratch, `c.lo...c.hi`: a set of
        // them per sentence was allocated, grown and shifted, its items inserted in decreasing order.)
        let changeClauses = UnsafeMutableBufferPointer(start: scratch.clauseTaken, count: c.hi - c.lo + 1)
        changeClauses.initialize(repeating: false)
        for r in records.indices.reversed() {
            let ce = clauseEnd(mentions[records[r].value].endToken)
            precondition(ce >= c.lo && ce <= c.hi, "clause end outside its sentence")
            let firstOfClause = !changeClauses[ce - c.lo]
            changeClauses[ce - c.lo] = true
            // (The last record before the clause's comma takes it: "doanh thu 27.532 tỉ đồng và lợi nhuận
            // 2.289,8 tỉ đồng, tăng gần gấp đôi so với năm 2015".)
            guard firstOfClause, records[r].change == nil else { continue }
            // "Nguồn cung mới … đạt gần 2.800 căn, gấp 3 lần quý trước": the multiple is the size of an
            // increase against the date after it.
            if ce < c.hi, c.isKey(ce, Cue.comma), let g = c.next(ce), c.isKey(g, Cue.gap), let n = c.next(g),
               let x = indices.first(where: { mentions[$0].firstToken == n && sameNFC(mentions[$0].unit, "lần") }) {
                // (Only against a date: "gấp 3 lần tốc độ tăng trưởng GDP" compares two measures. Or against an
                // earlier time without a date: "gấp 3 lần tổng số ca của hai tháng trước đó cộng lại".)
                let after = c.next(mentions[x].endToken - 1).map { u in c.has(c.unitTable, u) ? (c.next(u) ?? u) : u }
                if let base = after.flatMap({ d in dates.first { mentions[$0].firstToken == d } }) {
                    records[r].change = Indicator.Change(direction: .increase, value: x, baseline: base, from: nil)
                    if records[r].period == base { records[r].period = nil }
                } else if let a = after, (a..<min(clauseEnd(a), a + 16)).contains(where: { k in
                    c.key(k) == Cue.truoc && c.next(k).map { c.key($0) == Cue.doKey } ?? false }) {
                    records[r].change = Indicator.Change(direction: .increase, value: x, baseline: nil, from: nil)
                }
                continue
            }
            guard ce < c.hi, c.isKey(ce, Cue.comma), let f = (ce + 1..<c.hi).first(where: { c.kind($0) == .word && !c.isEdgeWord($0) }),
                  // (Only "tăng"/"giảm": "thấp hơn mức bình quân", "cao hơn so với …" compare with another figure.)
                  c.key(f) == tangKey || c.key(f) == giamKey,
                  let role = verbRoles[f - c.lo], role.role == .increase || role.role == .decrease, !insideHead(f, from: c.lo) else { continue }
            let ce2 = clauseEnd(f)
            // (A comparison is written out: "so với …"; "tăng cường giáo dục", "giảm tải …" are other verbs.)
            guard (f..<ce2).contains(where: { c.isKey($0, Cue.so) && c.next($0).map { c.isKey($0, Cue.voi) } ?? false }) else { continue }
            if indices.contains(where: { isValueKind(mentions[$0].kind) && mentions[$0].firstToken > ce && mentions[$0].firstToken < ce2 }) { continue }
            if records.contains(where: { mentions[$0.value].firstToken > ce && mentions[$0.value].firstToken < ce2 }) { continue }
            records[r].change = Indicator.Change(direction: role.role == .increase ? .increase : .decrease, value: nil,
                                                 baseline: baselines.filter { mentions[$0].firstToken > f && mentions[$0].firstToken < ce2 }.min(), from: nil)
        }
        // (Records are dropped by index, their fields read in place: `removeAll(where:)` copied
        // every record, and the tests below every mention, to test them.)
        /// Flags of the records `drop` picks (by index, of `count`), or nil when it picks none.
        /// (Given the count, not capturing `records`: see `changeOnly`.)
        @inline(__always) func dropFlags(_ count: Int, _ drop: (Int) -> Bool) -> [Bool]? {
            var flags: [Bool]? = nil
            for r in 0..<count where drop(r) {
                if flags == nil { flags = [Bool](repeating: false, count: count) }
                flags![r] = true
            }
            return flags
        }
        if let f = dropFlags(records.count, { r in startsOfLater.contains(records[r].value) && records[r].change == nil }) { SentenceRecords.remove(&records, f) }
        // "Thuế bảo vệ môi trường đối với xăng tiếp tục được giữ ở mức 2.000 đồng/lít": a tax or fee per unit
        // is a rate set by law (RECORDS.md §5: legal rules are not records); what is collected has no "per".
        if let f = dropFlags(records.count, { r in
            guard mentions[records[r].value].kind == .money, mentions[records[r].value].per != nil,
                  let ind = records[r].indicator, let w = firstWordKey(ind) else { return false }
            // (Only the first word is read, from the units: splitting the whole name by Character cost ~10 K
            // instructions a record, and the first piece of a split ~3 K.)
            return legalRateKeys.contains(w)
        }) { SentenceRecords.remove(&records, f) }
        // "03 ứng dụng … là VneID, VssID và …": a count that introduces a list of names
        // enumerates items; it is not a measured value.
        if let f = dropFlags(records.count, { r in
            let v = records[r].value
            guard mentions[v].kind == .number, records[r].change == nil, mentions[v].unit != nil else { return false }
            var k = mentions[v].endToken
            let ce = clauseEnd(mentions[v].endToken)
            while k < ce {
                if c.key(k) == laKey, let n = c.next(k), c.isCapitalized(n), !c.has(c.places, n) { return true }
                if mention(startingAt: k) != nil { return false }
                k += 1
            }
            return false
        }) { SentenceRecords.remove(&records, f) }
        // A figure that is part of another record's indicator ("căn hộ 70 m2 … 3,5-4 tỷ
        // đồng") describes the thing measured; it is not an observation of its own.
        // A unitless whole number below 1000 ("3 cá nhân đã chuyển tiền", "1 trong 2") is a
        // record only when a measure word names it ("Tỷ số giới tính khi sinh là 112").
        if let f = dropFlags(records.count, { r in
            let i = records[r].value
            guard mentions[i].kind == .number, mentions[i].unit == nil, records[r].change == nil else { return false }
            guard !records[r].namedByHead, denominator(of: i) == nil, let v = mentions[i].value, v.isInteger,
                  v < ExactDecimal(1000), mentions[i].endToken == mentions[i].firstToken + 1 else { return false }
            return !(c.hasUnit(mentions[i].firstToken, 0x2C) || c.hasUnit(mentions[i].firstToken, 0x2E))
        }) { SentenceRecords.remove(&records, f) }
        // "TP.HCM và Hà Nội …, lần lượt khoảng 9,4 triệu và 8,4 triệu người": the places take
        // the values in turn.
        if let lt = respectivelyAt {
            let before = sentencePlaceList.filter { $0.end <= lt }
            // The last run of places joined by commas or "và" before "lần lượt".
            var group = [(start: Int, end: Int)]()
            for p in before {
                if let l = group.last, SentenceRecords.listJoint(c, l.end, p.start) { group.append(p) } else { group = [p] }
            }
            let after = records.indices.filter { mentions[records[$0].value].firstToken > lt }
            if group.count >= 2, group.count == after.count {
                for (r, p) in zip(after, group) { records[r].subject = c.text(p.start, p.end) }
            }
        }
        // "Chỉ số giá vàng tháng 6 tăng 2,7% so với tháng trước, chỉ số giá đô la Mỹ tăng 0,26%": a
        // change listed right after one with a baseline, in the same unit, is against that baseline.
        for r in records.indices.dropFirst() {
            guard let ch = records[r].change, let v = ch.value, ch.baseline == nil, ch.from == nil,
                  let pc = records[r - 1].change, let pb = pc.baseline, let pv = pc.value, pc.from == nil,
                  mentions[pv].kind == mentions[v].kind, mentions[pv].unit == mentions[v].unit,
                  mentions[pb].endToken <= mentions[records[r].value].firstToken,
                  // (Not a different period's average: "bình quân 6 tháng tăng 4,08%" is against the year before.)
                  records[r].period == nil || records[r].period == records[r - 1].period,
                  // (Nor a change with its own comparison that is no date: "tăng 3% so với đầu năm".)
                  !(mentions[v].endToken..<clauseEnd(mentions[v].endToken)).contains(where: { c.isKey($0, Cue.so) }) else { continue }
            records[r].change?.baseline = pb
        }
        // "72,8 triệu đồng/lượng mua vào và 74,5 triệu đồng/lượng bán ra, tăng 700.000 đồng mỗi lượng so
        // với …": a change written after a buy/sell pair is the change of both sides.
        for r in records.indices.dropLast() {
            guard records[r].change == nil, let ch = records[r + 1].change, ch.value != nil,
                  mentions[records[r].value].kind == mentions[records[r + 1].value].kind else { continue }
            let between = mentions[records[r].value].endToken..<mentions[records[r + 1].value].firstToken
            guard between.contains(where: { c.kind($0) == .word && buySellKeys.contains(c.key($0)) }),
                  between.allSatisfy({ k in c.tokens[k].isSpace || c.isKey(k, Cue.va) || c.isKey(k, Cue.lparen) || c.isKey(k, Cue.rparen)
                      || (c.kind(k) == .word && buySellKeys.contains(c.key(k))) }) else { continue }
            // "tăng 20 ngàn đồng chiều bán ra": one side only; "… so với hôm qua chiều mua vào": the buy side.
            let e = mentions[ch.value!].endToken
            let tail = e..<clauseEnd(e)
            let buy = tail.contains { c.key($0) == buyKey }, sell = tail.contains { c.key($0) == sellKey }
            if sell && !buy { continue }
            records[r].change = ch
            if buy && !sell { records[r + 1].change = nil }
        }
        for r in records.indices {
            records[r].side = side(of: records[r].value)
            // The direction stated by the clause before ("Giá vàng nhẫn … cũng tăng nhẹ, giao dịch quanh mức …"),
            // when the figure states no change of its own.
            if records[r].change == nil, let d = records[r].statedDirection { records[r].change = Indicator.Change(direction: d, value: nil, baseline: nil, from: nil) }
        }
        // (The records' phrases are read in place: a list of them grew an array in most sentences.)
        if records.indices.contains(where: { records[$0].phraseTokens != nil }), let f = dropFlags(records.count, { r in
            let i = records[r].value
            let kind = mentions[i].kind, qualifier = mentions[i].qualifier
            guard kind == .number || qualifier == .moreThan || qualifier == .lessThan, records[r].change == nil else { return false }
            let first = mentions[i].firstToken, end = mentions[i].endToken, own = records[r].phraseTokens
            return records.indices.contains { q in
                records[q].phraseTokens.map { $0 != own && $0.lowerBound <= first && end <= $0.upperBound } ?? false
            }
        }) { SentenceRecords.remove(&records, f) }
        // "Tỷ lệ thất nghiệp khu vực thành thị và nông thôn lần lượt là 2,75% và 2,03%": a name that joins two
        // items, given two values after "lần lượt", takes the items in turn.
        if records.count >= 2, let lt = respectivelyAt {
            var r = 0
            while r + 1 < records.count {
                if let name = records[r].indicator, records[r + 1].indicator == name,
                   mentions[records[r].value].firstToken > lt, mentions[records[r + 1].value].firstToken > lt,
                   r + 2 >= records.count || records[r + 2].indicator != name, let (a, b) = respectivePair(name) ?? comparedPair(name, before: lt) {
                    records[r].indicator = a
                    records[r + 1].indicator = b
                    r += 2
                } else { r += 1 }
            }
        }
        return records
    }

    /// "Thu nhập của lao động nam cao gấp 1,37 lần lao động nữ": one owner's measure as a multiple of another's,
    /// the first figure of the sentence ("X của A (cao) gấp N lần B"; not "…, gấp 3 lần quý trước" after a level).
    func isOwnerComparison(_ m: Fields) -> Bool {
        let c = self.c
        guard sameNFC(m.unit, "lần"), let g = c.prev(m.firstToken), c.isKey(g, Cue.gap),
              !indices.contains(where: { mentions[$0].endToken <= m.firstToken && isValueKind(mentions[$0].kind) }),
              let cua = (clauseStart(g)..<g).last(where: { c.key($0) == Cue.cua }), cua > c.lo,
              let u = c.next(m.endToken - 1), let b = c.next(u), c.kind(b) == .word, !c.isCapitalized(b),
              !c.has(c.indicatorHeads, b), !inMention[b - c.lo] else { return false }
        // (Between "của" and "gấp": the owner and a comparative only.)
        return (cua + 1..<g).allSatisfy { c.tokens[$0].isSpace || (c.kind($0) == .word && verbRoles[$0 - c.lo] == nil) }
    }

    /// "Thu nhập của lao động nam cao gấp 1,37 lần lao động nữ, lần lượt là 8,1 … và 5,9 …": the two things a
    /// ratio compares are the two items the values after "lần lượt" take in turn.
    func comparedPair(_ name: String, before lt: Int) -> (String, String)? {
        let c = self.c
        guard let g = (c.lo..<lt).last(where: { c.isKey($0, Cue.gap) }), let n = c.next(g),
              let q = mention(startingAt: n), sameNFC(mentions[q].unit, "lần"), let u = c.next(mentions[q].endToken - 1),
              let b0 = c.next(u), b0 < lt, let comma = (b0..<lt).first(where: { c.isKey($0, Cue.comma) }), comma > b0,
              (b0..<comma).allSatisfy({ c.tokens[$0].isSpace || c.kind($0) == .word }) else { return nil }
        return respectivePair(name + " và " + c.text(b0, comma))
    }

    /// Removes the records whose flag is set; the others keep their order (as `removeAll(where:)`).
    static func remove(_ records: inout [Indicator], _ drop: [Bool]) {
        var kept = 0
        for r in records.indices where !drop[r] {
            if kept != r { records.swapAt(kept, r) }
            kept += 1
        }
        records.removeSubrange(kept...)
    }

    enum Aspect { case quantity, value }

    /// "về lượng", "về giá trị" after a change: which of a quantity and its value changed.
    func changeAspect(after end: Int) -> Aspect? {
        let c = self.c
        guard let v = c.next(end - 1), c.key(v) == veKey, let n = c.next(v) else { return nil }
        if quantityAspect.match(c.tokens, at: n, limit: c.hi) != nil { return .quantity }
        if valueAspect.match(c.tokens, at: n, limit: c.hi) != nil { return .value }
        return nil
    }

    func isShareOfPlan(_ i: Int) -> Bool {
        let c = self.c
        guard mentions[i].kind == .percent, let n = c.next(mentions[i].endToken - 1) else { return false }
        return planWords.match(c.tokens, at: n, limit: c.hi) != nil
    }

    /// "của Apple", "của tỉnh …", "của các ngân hàng": the owner after "của", starting at `s0`, is a place,
    /// an organisation or a group, so it names the subject (a group of people stays in the name).
    func ownerIsSubject(_ s0: Int) -> Bool {
        c.has(c.places, s0) || c.has(c.organisations, s0) || groupHeads.contains(c.key(s0))
            || companyHeads.match(c.tokens, at: s0, limit: c.hi) != nil || c.isCapitalized(s0) || c.key(s0) == toanKey
            || SentenceRecords.placePrefixes.contains(c.key(s0))
            // "của các khu công nghệ thông tin", "của các ngân hàng", "của các tỉnh"
            || ((c.key(s0) == Cue.cac || c.key(s0) == Cue.nhung) && c.next(s0).map { n in
                groupHeads.contains(c.key(n)) || companyHeads.match(c.tokens, at: n, limit: c.hi) != nil || SentenceRecords.placePrefixes.contains(c.key(n))
                    || c.key(n) == thanhKey } ?? false)
    }

    /// "Giá vàng nhẫn trơn 9999 cũng tăng nhẹ, …": the clause right before `cs` (after a comma) opens
    /// with a measure word and states it without a figure; its name, and the direction its verb gives.
    func figurelessClause(before cs: Int) -> (String, Indicator.Direction?)? {
        guard cs > c.lo, c.isKey(cs - 1, Cue.comma) else { return nil }
        let ps = clauseStart(cs - 1)
        // (No figure of its own; a bare number inside the name is part of it: "vàng nhẫn trơn 9999".)
        // (An age range delimits a group of people: "thanh niên từ 15 đến 24 tuổi".)
        guard !indices.contains(where: { mentions[$0].firstToken >= ps && mentions[$0].firstToken < cs - 1 && !(mentions[$0].kind == .number && (mentions[$0].unit == nil || sameNFC(mentions[$0].unit, "tuổi"))) }),
              let h = (ps..<cs - 1).first(where: { c.kind($0) == .word }), c.has(c.indicatorHeads, h),
              let v = (h + 1..<cs - 1).first(where: { c.kind($0) == .word && verbRoles[$0 - c.lo] != nil && !insideHead($0, from: h) }),
              let role = verbRoles[v - c.lo]?.role else { return nil }
        // The name ends at an adjunct, a passive, an auxiliary or an adverb ("… của Apple trên thị trường",
        // "giá vàng SJC được doanh nghiệp đẩy", "Dân số Việt Nam đang tiếp tục tăng").
        // ("của" + a group of people stays in the name: "tỷ lệ thất nghiệp của thanh niên từ 15 đến 24 tuổi".)
        // (The owners that name a subject, and "của nước này", which refers back, end the name.)
        func ownerIsPeople(_ k: Int) -> Bool {
            guard c.key(k) == Cue.cua, let n = c.next(k) else { return false }
            return !(ownerIsSubject(n) || c.key(n) == Cue.cac || c.key(n) == Cue.nhung || (c.next(n).map { c.key($0) == Cue.nayThis } ?? false))
        }
        let e = (h + 1..<v).first(where: { k in c.kind(k) == .word && !ownerIsPeople(k) && !inMention[k - c.lo] && (adjunctKeys.contains(c.key(k)) || c.key(k) == duocKey || clauseAuxKeys.contains(c.key(k))
            || (c.has(c.places, k) && !(c.next(c.match(c.places, k)!.end - 1).map { c.kind($0) == .word && c.isCapitalized($0) } ?? false))
            || trailingAdverbs.match(c.tokens, at: k, limit: v) != nil || adverbKeys.contains(c.key(k))) && !insideHead(k, from: h) }) ?? v
        guard let name = trimRight(h, e) else { return nil }
        // (Only a verb of change or of level: "tăng nhẹ", "vẫn ở mức cao"; not "cho biết", "dự báo". A
        // comparative states no change: "Tỷ lệ thiếu máu ở khu vực nông thôn cao hơn thành phố".)
        if let n = c.next(verbRoles[v - c.lo]!.end - 1), c.key(n) == honKey { return (name, nil) }
        if (h..<cs - 1).contains(where: { c.key($0) == honKey }) { return (name, nil) }
        switch role {
        case .increase: return (name, .increase)
        case .decrease: return (name, .decrease)
        case .unchanged, .reach: return (name, nil)
        default: return nil
        }
    }

    /// The measure of the sentence before, when that sentence has no figure and says it changed the way
    /// `role` does ("các ngân hàng liên tục giảm lãi suất huy động." → "lãi suất huy động").
    func measureChangedBefore(_ role: String) -> String? {
        guard sentence > 0, let i0 = indices.min() else { return nil }
        let plo = Int(c.doc.sentenceTokenStart[sentence - 1]), phi = c.lo
        var j = i0 - 1
        while j >= 0, mentions[j].firstToken >= plo {
            if isValueKind(mentions[j]) { return nil }
            j -= 1
        }
        var k = plo
        while k < phi {
            if c.tokens[k].kind == .word, let v = c.verbs.match(c.tokens, at: k, limit: phi), v.value[1] == role,
               var h = Optional(v.end), h < phi {
                while h < phi, c.tokens[h].isSpace { h += 1 }
                guard h < phi, let head = c.indicatorHeads.match(c.tokens, at: h, limit: phi) else { k = v.end; continue }
                var e = head.end
                var n = e
                var words = 0
                while n < phi, words < 4, c.tokens[n].isSpace || (c.tokens[n].kind == .word && !c.isEdgeWord(n) && c.verbs.match(c.tokens, at: n, limit: phi) == nil) {
                    if c.tokens[n].kind == .word { words += 1; e = n + 1 }
                    n += 1
                }
                return c.text(h, e)
            }
            k += 1
        }
        return nil
    }

    /// The first word of a list of short noun phrases ("Xuất khẩu gạo, cà phê, …") that runs from the
    /// start of the sentence up to the comma before `cs`; nil when what comes before is anything else
    /// (a figure, a date, a verb, a place, a connective: "Theo Bộ Công Thương, …", "Ngược lại, …").
    func listedBefore(_ cs: Int) -> Int? {
        var end = cs - 1
        for _ in 0..<3 {
            guard end >= c.lo, c.isKey(end, Cue.comma) else { return nil }
            let s = clauseStart(end)
            let words = (s..<end).filter { !c.tokens[$0].isSpace }
            guard (1...4).contains(words.count), words.allSatisfy({ k in c.kind(k) == .word && !inMention[k - c.lo] && verbRoles[k - c.lo] == nil
                && !c.has(c.places, k) && !c.has(c.organisations, k) && (k == words[0] || !c.isCapitalized(k)) }),
                  !c.isEdgeWord(words[0]), leadingEdges.match(c.tokens, at: words[0], limit: c.hi) == nil,
                  !connectiveKeys.contains(c.key(words[0])) else { return nil }
            if s == c.lo || !(c.lo..<s).contains(where: { !c.tokens[$0].isSpace && c.kind($0) != .newline }) {
                // The list opens the sentence with a measure word ("Xuất khẩu gạo, …", "Giá vàng nhẫn, vàng
                // thần tài"); a fronted time or session phrase ("Chốt phiên,", "Thời gian này,") is no item.
                // (A leading quantifier is no part of it: "Nhiều mã chứng khoán, bất động sản".)
                var f = words[0]
                if quantifierKeys.contains(c.key(f)), let n = c.next(f), n < cs { f = n }
                guard words.contains(where: { c.has(c.indicatorHeads, $0) }) || (quantifierKeys.contains(c.key(words[0])) && end == cs - 1) else { return nil }
                return f
            }
            // "…, còn nhà phố, biệt thự tại …": two short nouns listed right after a contrast word.
            // (Nouns only: no adjective, number word or the name repeated: "khá cao, 27.400 doanh nghiệp", "dư nợ, dư nợ bình quân".)
            if end == cs - 1, words.count <= 2, let p = c.prev(s), c.kind(p) == .word, c.key(p) == conKey || c.key(p) == nhungKey,
               words.allSatisfy({ !comparativeKeys.contains(c.key($0)) && !rankAdjectives.contains(c.key($0)) && !c.has(c.numerals, $0) }),
               let n = c.next(end), c.key(n) != c.key(words[0]) { return words[0] }
            end = s - 1
        }
        return nil
    }

    /// "72,8 triệu đồng/lượng mua vào", "(bán ra)", "được mua vào quanh mức 25.780 đồng", "bán ra
    /// 25.860 đồng": the side of a price pair written right after the value, else right before it.
    /// (Of the mention at index `i`, read by field: passing `mentions[i]` copied the mention.)
    func side(of i: Int) -> Indicator.Side? {
        let first = mentions[i].firstToken, endToken = mentions[i].endToken
        func pair(_ k: Int) -> Indicator.Side? {
            guard let n = c.next(k), n < c.hi else { return nil }
            // ("(mua)", "(bán)": the short forms, closed right after.)
            if c.key(k) == buyKey && (c.key(n) == Cue.vao || c.isKey(n, Cue.rparen)) { return .buy }
            if c.key(k) == sellKey && (c.key(n) == raKey || c.isKey(n, Cue.rparen)) { return .sell }
            return nil
        }
        var k = endToken
        while k < c.hi, c.tokens[k].isSpace || c.isKey(k, Cue.lparen) { k += 1 }
        if k < c.hi, c.kind(k) == .word, let s = pair(k) {
            // "22.690 - 22.760 VND/USD (mua vào - bán ra)": a pair of sides for a pair of prices.
            if let v = c.next(k), let j = c.next(v), j < c.hi, c.kind(j) != .word, let n = c.next(j), n < c.hi, pair(n) != nil { return nil }
            return s
        }
        // Before: "bán ra 25.860 đồng", "mua vào quanh mức …" (a level word or two between).
        // (Keys first: the qualifier is matched only when "mua" / "bán" is near.)
        let buy = buyKey, sell = sellKey
        guard (max(c.lo, first - 12)..<first).contains(where: { let key = c.key($0); return key == buy || key == sell }) else { return nil }
        var b = startBeforeQualifier(firstToken: first)
        for _ in 0..<3 {
            guard let p = c.prev(b), p >= c.lo, c.kind(p) == .word else { return nil }
            if let q = c.prev(p), q >= c.lo, let s = pair(q) { return s }
            guard levelLinkWords.contains(c.key(p)) else { return nil }
            b = p
        }
        return nil
    }

    /// The verb phrase before a value ends with a word that introduces a new level.
    func endsWithLevelWord(_ start: Int, _ value: Int) -> Bool {
        let c = self.c
        var k = value - 1
        while k >= start, c.tokens[k].isSpace || c.has(c.qualifiers, k) { k -= 1 }
        while k >= start, c.kind(k) != .word { k -= 1 }
        // "lên mức kỷ lục 3.990", "xuống mức thấp nhất 1,2%": a record level is still a level.
        if k - 2 > start, let p = c.prev(k), (c.key(k) == lucKey && c.key(p) == kyRecordKey) || (c.key(k) == nhatKey && rankAdjectives.contains(c.key(p))),
           let pm = c.prev(p), c.key(pm) == mucKey { k = pm }
        // "về mức 9,1%", "xuống mức 8%": the level word before "mức".
        if k > start, c.key(k) == mucKey, let p = c.prev(k), p >= start { k = p }
        guard k >= start else { return false }
        return levelWordKeys.contains(c.key(k))
    }

    /// A change and a level that can be one record: a percent change goes with
    /// any level; otherwise both need the same kind of quantity.
    func compatible(_ change: Int, _ level: Int) -> Bool {
        // (Fields read in place: copying the mentions retained their strings.)
        let a = mentions[change].kind, b = mentions[level].kind
        if a == .percent && mentions[change].unit == nil { return true }
        return a == b || (a == .number && b == .number)
    }

    func isBaseline(_ i: Int) -> Bool {
        let c = self.c
        // (Fields read in place: copying `mentions[i]` retained its strings.)
        if mentions[i].isBaselineCue { return true }
        let mentionFirst = mentions[i].firstToken
        var first = mentionFirst
        // "so với cuối năm 2023": đầu / giữa / cuối stay out of the date's text.
        if let p = c.prev(first), c.isKey(p, Cue.dau) || c.isKey(p, Cue.giua) || c.isKey(p, Cue.cuoi) { first = p }
        if let p = c.prev(first), c.isKey(p, Cue.voi), let pp = c.prev(p), c.isKey(pp, Cue.so) { return true }
        if let p = c.prev(mentionFirst), c.isKey(p, Cue.so) { return true }
        // "so với Tết năm ngoái", "so với thời điểm đầu năm", "so với vụ hè thu năm ngoái": up to three words between;
        // five for "so với cùng thời điểm ở tuần trước"; a date restated in parentheses after them counts too
        // ("so với lãi suất trúng thầu phiên trước đó (ngày 25/1/2017)").
        var k = first
        var reach = 5
        if let p = c.prev(k), c.isKey(p, Cue.lparen) { k = p; reach = 8 }
        for _ in 0..<reach {
            guard let p = c.prev(k), c.kind(p) == .word, !inMention[p - c.lo], verbRoles[p - c.lo] == nil else { break }
            if c.isKey(p, Cue.voi), let pp = c.prev(p), c.isKey(pp, Cue.so) { return k != first }
            k = p
        }
        if let p = c.prev(k), k != first, c.isKey(p, Cue.voi), let pp = c.prev(p), c.isKey(pp, Cue.so) { return true }
        // "so với mức 13,1% của tháng trước": the date of a compared level is not the period.
        if let p = c.prev(first), c.key(p) == Cue.cua, let q = c.prev(p),
           indices.contains(where: { mentions[$0].endToken == q + 1 && mentions[$0].kind != .date }),
           let r = c.prev(indices.first { mentions[$0].endToken == q + 1 }.map { mentions[$0].firstToken } ?? q), c.key(r) == mucKey { return true }
        return false
    }

    /// "lần lượt giảm 30% và 28%", "tăng lần lượt 50% và 207%": when the mention at position `n` of `indices` is an
    /// item of a list of figures of one kind joined by "và" or commas right after "lần lượt" and a change verb (in
    /// either order), the number of items from it to the end of the list and the verb's direction; nil otherwise.
    func respectiveItemsAhead(_ n: Int) -> (ahead: Int, direction: Indicator.Direction)? {
        guard let lt = respectivelyAt else { return nil }
        let c = self.c
        // Positions `a` and `a + 1` are figures of one kind with "và" or a comma between them.
        func joined(_ a: Int) -> Bool {
            let x = indices[a], y = indices[a + 1]
            guard mentions[x].kind == mentions[y].kind, isValueKind(mentions[x].kind) else { return false }
            return SentenceRecords.listJoint(c, mentions[x].endToken, mentions[y].firstToken)
        }
        var first = n, last = n
        while first > 0, joined(first - 1) { first -= 1 }
        while last + 1 < indices.count, joined(last) { last += 1 }
        guard last > first else { return nil }
        let f = mentions[indices[first]].firstToken
        // (Not levels after a level word: "đều giảm 11 xu Mỹ, xuống còn lần lượt 47,26 USD/thùng và 44,63 USD/thùng".)
        let levelWords = levelWordKeys
        // ("lần lượt đạt 27.000 tỷ đồng và 1.750 tỷ đồng, tăng 29,91% và 23,07%": "lần lượt" may stand earlier in the
        // sentence when the change verb comes right before the list.)
        let from: Int
        if lt < f, f - lt <= 8, !(lt..<f).contains(where: { c.isKey($0, Cue.comma) || isBoundary($0) || inMention[$0 - c.lo] }) {
            from = max(c.lo, lt - 4)
        } else if lt < f, let p = c.prev(f), p >= c.lo, verbRoles[p - c.lo] != nil {
            from = p
        } else { return nil }
        guard let v = (from..<f).first(where: { verbRoles[$0 - c.lo].map { $0.role == .increase || $0.role == .decrease } ?? false }),
              !(from..<f).contains(where: { c.kind($0) == .word && levelWords.contains(c.key($0)) })
        else { return nil }
        return (last - n + 1, verbRoles[v - c.lo]?.role == .increase ? .increase : .decrease)
    }

    /// "so với năm 2022", "so với cùng kỳ năm trước", "cùng kỳ" after a change value.
    /// "…, tăng 4% so với năm 2022"; or fronted: "So với cuối năm 2023, giá … cao hơn 1.500 đồng".
    func baseline(after end: Int, _ baselines: IntSet) -> Int? {
        let ce = clauseEnd(end)
        let sorted = baselines.sorted()
        if let after = sorted.first(where: { mentions[$0].firstToken >= end && mentions[$0].firstToken <= ce + 1 }) { return after }
        return sorted.last { mentions[$0].endToken <= end && (frontedBaseline($0) || baselineInClause($0, before: end)) }
    }

    /// "Chỉ số giá tiêu dùng (CPI) tháng 4 so với tháng 12/2016 tăng 0,9%": a baseline between the name and the
    /// verb, in the clause of the figure ending at `end`, with no other figure between them.
    /// (Only after "so" / "so với": "trong khi cùng kỳ tăng trưởng 14,2%" states the same period's own figure.)
    func baselineInClause(_ b: Int, before end: Int) -> Bool {
        let c = self.c
        let bEnd = mentions[b].endToken
        let cs = clauseStart(end - 1)
        // (Nor the baseline of a figure right before "so với": "giảm 29,35% so với năm 2015 và giảm 43% …".)
        guard mentions[b].firstToken >= cs,
              let so = (Swift.max(cs, mentions[b].firstToken - 12)..<mentions[b].firstToken).last(where: { c.isKey($0, Cue.so) }),
              !(c.prev(so).map { p in indices.contains { mentions[$0].endToken == p + 1 && isValueKind(mentions[$0].kind) } } ?? false) else { return false }
        return !indices.contains { mentions[$0].firstToken >= bEnd && mentions[$0].endToken < end && isValueKind(mentions[$0].kind) }
    }

    /// A baseline that opens the sentence ("So với …,").
    func frontedBaseline(_ i: Int) -> Bool {
        let c = self.c
        var k = mentions[i].firstToken
        while let p = c.prev(k), p >= c.lo, !c.isKey(p, Cue.so) { if isBoundary(p) { return false }; k = p }
        guard let so = c.prev(k) else { return false }
        return c.isKey(so, Cue.so) && (c.prev(so) == nil || isBoundary(c.prev(so) ?? c.lo))
    }

    /// Only a comma and restating words ("tương ứng", "tương đương", "tức", "mức")
    /// stand between a "từ X lên Y" level and a change verb.
    func restatesChange(from a: Int, to b: Int) -> Bool {
        let c = self.c
        guard a < b else { return false }
        var sawRestating = false
        var k = a
        // The counted unit of the change stays outside its text: "10,67 điểm (tương đương …".
        if let n = c.next(a - 1), n < b, let u = c.match(c.unitTable, n), u.end <= b { k = u.end }
        // "giảm 2,91 điểm (-0,12%)": a percent in parentheses right after the change restates it.
        var onlyParen = true
        var sawParen = false
        while k < b {
            if c.tokens[k].isSpace { k += 1; continue }
            if c.isKey(k, Cue.lparen) { sawParen = true; k += 1; continue }
            onlyParen = false
            if c.isKey(k, Cue.comma) { k += 1; continue }
            if let m = restatingWords.match(c.tokens, at: k, limit: b) { sawRestating = true; k = m.end; continue }
            if c.key(k) == mucKey { k += 1; continue }
            // "tương đương khoảng 12%": a qualifier after the restating words.
            if sawRestating, let q = c.match(c.qualifiers, k), q.end <= b { k = q.end; continue }
            return false
        }
        return sawRestating || (sawParen && onlyParen && indices.contains { mentions[$0].firstToken == b && mentions[$0].kind == .percent })
    }

    /// Tokens of the clause before the verb, trimmed of edges, dates, places and qualifiers.
    func phraseRegion(_ cs: Int, _ end: Int, stripQualifier: Bool = false) -> [Int] {
        let c = self.c
        // (The tokens stay in increasing order: cuts at a token drop a prefix or a suffix.)
        // Tokens inside mentions (dates, other figures) are left out.
        // (Gathered in the scratch storage, the tokens read without a bounds check each, then copied
        // into an array of their count at once: appending one by one tested the array's uniqueness
        // and capacity per token.)
        let hi = Swift.max(end, cs), lo = c.lo, inside = inMention, gathered = scratch.regionTokens
        precondition(hi - cs <= scratch.capacity, "phrase region longer than its scratch storage")
        var count = 0
        c.tokens.withUnsafeBufferPointer { t in
            precondition(cs >= 0 && hi <= t.count, "phrase region outside the tokens")
            for k in cs..<hi where !t[k].isSpace && !inside[k - lo] { gathered[count] = k; count += 1 }
        }
        var toks = Array(UnsafeBufferPointer(start: gathered, count: count))
        if stripQualifier, let q = c.matchEnding(c.qualifiers, before: end, maxTokens: 3), q.start >= cs, !endsWord(q.start, from: cs) {
            while let l = toks.last, l >= q.start { toks.removeLast() }
        }
        while let f = toks.first, !c.has(c.indicatorHeads, f) {
            // "kỳ hạn 3 tháng" (a term), "mức thưởng", "mức xuất siêu" ("mức" + a measure):
            // nouns that start with an edge syllable.
            if c.key(f) == kyKey, let n = c.next(f), c.key(n) == Cue.han { break }
            if c.key(f) == mucKey, let n = c.next(f), toks.contains(n), c.has(c.indicatorHeads, n) { break }
            // "bình quân giá xăng RON 92": the average of a measure is that measure's name.
            if let m = leadingEdges.match(c.tokens, at: f, limit: c.hi), m.end - f == 3, c.key(f) == binhKey, c.key(m.end - 1) == quanKey,
               let n = c.next(m.end - 1), toks.contains(n), c.has(c.indicatorHeads, n) { break }
            // ("chỉ tiêu tài chính": an edge syllable that starts a word stays.)
            if c.kind(f) == .punctuation || (c.isEdgeWord(f) && !(toks.count > 1 && c.words.compoundPairs.contains(WordTables.pairKey(c.key(f), c.key(toks[1]))))) {
                toks.removeFirst(); continue
            }
            // "bình quân 9,6%", "đóng góp 8,84%": a leading word phrase that is not the indicator.
            if let m = leadingEdges.match(c.tokens, at: f, limit: c.hi) { toks.removeFirst(toks.prefix { $0 < m.end }.count); continue }
            break
        }
        // "giá vàng đã trải qua chuỗi (6 phiên)", "VN-Index vẫn giữ": after a measure word, an aspect word or
        // adverb opens the predicate; the name ends before it. (Not before "là": "Tổng số mẫu đã xét nghiệm là
        // 2.452", where "đã xét nghiệm" is a relative clause of the name.)
        if toks.count >= 3, !(end < c.hi && c.key(end) == laKey), let f = toks.first, c.has(c.indicatorHeads, f) || (c.next(f).map { c.has(c.indicatorHeads, $0) && toks.contains($0) } ?? false) {
            let adverbs = predicateAdverbKeys
            if let cut = toks.dropFirst().firstIndex(where: { c.kind($0) == .word && adverbs.contains(c.key($0)) }), cut < toks.count - 1 {
                toks.removeSubrange(cut...)
            }
        }
        // Trailing verbs and edge words: "chỉ số này dự báo (đạt)", "doanh thu đã".
        var changed = true
        while changed {
            changed = false
            // Two-word adverbs at the end: "quy mô học sinh tiếp tục (tăng)".
            if toks.count >= 3, let l = toks.last, trailingAdverbs.exact(c.tokens, from: toks[toks.count - 2], to: l + 1) != nil {
                toks.removeLast(2); changed = true
            }
            while let l = toks.last, c.isEdgeWord(l) || c.kind(l) == .punctuation {
                if let f = toks.first, endsWord(l, from: f) { break }
                // "các khoản vay mới đã giảm": the adjective "new" (as in `trimRight`).
                if c.key(l) == moiKey, toks.count > 1, let n = c.next(l), c.key(n) == Cue.da || c.key(n) == duocKey { break }
                // Keep a closing parenthesis whose opening one is kept: "chỉ số giá tiêu dùng (CPI)".
                if c.firstUnit(l) == 0x29, toks.contains(where: { c.firstUnit($0) == 0x28 && c.kind($0) == .punctuation }) { break }
                toks.removeLast(); changed = true
            }
            if let last = toks.last, let v = c.matchEnding(c.verbs, before: last + 1, maxTokens: 3), v.start >= (toks.first ?? 0),
               v.entry[1] != "source", !c.has(c.indicatorHeads, v.start), !insideHead(v.start, from: toks.first ?? v.start),
               !(c.prev(v.start).map { c.key($0) == troKey } ?? false) {
                while let l = toks.last, l >= v.start { toks.removeLast() }
                changed = true
            }
        }
        return toks
    }

    /// Place names in a token range, with their "tỉnh" / "thành phố" / "TP" prefix.
    func places(in range: Range<Int>) -> [(start: Int, end: Int)] {
        return sentencePlaceList.filter { isPlace($0, in: range) }
    }

    /// The first of `places(in: range)` that satisfies `p` (without building the list).
    @inline(__always) func firstPlace(in range: Range<Int>, where p: ((start: Int, end: Int)) -> Bool) -> (start: Int, end: Int)? {
        for place in sentencePlaceList where isPlace(place, in: range) && p(place) { return place }
        return nil
    }

    /// A place of the sentence is in `range`.
    func isPlace(_ place: (start: Int, end: Int), in range: Range<Int>) -> Bool {
        let c = self.c
        // A list of places ("Hưng Yên, Hà Nam, Thái Bình") may cross the commas that bound clauses.
        return (place.start >= range.lowerBound && place.end <= range.upperBound)
            || (place.start < range.upperBound && place.end > range.lowerBound && (place.start..<place.end).contains { c.isKey($0, Cue.comma) || c.key($0) == Cue.va })
    }

    static let placePrefixes = KeySet(words: ["tỉnh", "tp", "huyện", "quận", "xã"])
    static let marketKeys = (Fold.key("thị"), Fold.key("trường"))

    /// A place name is written as one: capitalized when the lexicon writes it so
    /// ("ý" is "idea", "Ý" is Italy), and not inside a currency ("đô la Mỹ").
    /// End of a name after an administrative prefix at k: capitalized words ("huyện Củ Chi",
    /// "TP Thủ Đức"), or a number after "quận" / "phường" ("Quận 1"). Not a listed place ("tỉnh
    /// Bình Dương" is found by the lexicon), an all-caps word ("TP HCM") or a capitalized word
    /// that opens a person's or organisation's name.
    static func adminPlaceEnd(_ c: Context, _ k: Int) -> Int? {
        guard let n = c.next(k), n == k + 2 else { return nil }
        // "Quốc lộ 51 là tuyến đường huyết mạch …, mỗi ngày có khoảng 12.500 xe": a road named by its number
        // that the sentence is about (it opens the sentence) is where its figures apply. (Not a road inside a
        // project's or a lot's name: "Dự án mở rộng Quốc lộ 1", "đất nền mặt tiền quốc lộ 22".)
        if roadFirstKeys.contains(c.key(k)) {
            guard c.prev(k) == nil, c.key(n) == loRoadKey, let d = c.next(n), d == n + 2, let len = c.plainDigits(d), len <= 3 else { return nil }
            var e = d + 1
            if e < c.hi, c.glued(e), c.kind(e) == .word, c.tokens[e].length == 1, isAllCaps(c, e) { e += 1 }
            return e
        }
        if c.kind(n) == .number {
            guard numberedAdminKeys.contains(c.key(k)), let d = c.plainDigits(n), d <= 2 else { return nil }
            return n + 1
        }
        guard c.isCapitalized(n), !isAllCaps(c, n), !c.has(c.places, n), !c.has(c.organisations, n) else { return nil }
        var e = n + 1
        var words = 1
        // (A one-syllable place inside continues the name: "TP Thủ Đức" is not Đức.)
        while words < 4, let w = c.next(e - 1), w == e + 1, c.isCapitalized(w), !isAllCaps(c, w), !c.has(c.organisations, w),
              c.match(c.places, w).map({ $0.end == w + 1 }) ?? true {
            e = w + 1; words += 1
        }
        return e
    }

    /// `end`: the end of the place or organisation matched at `k` (`c.match(c.places, k) ?? c.match(c.organisations, k)`),
    /// `oneWordPlace`: a place of the lexicon matched at `k` is one token, both known to the caller (matching them
    /// again walked the tables twice).
    static func placeIsWritten(_ c: Context, _ k: Int, _ entry: WordTables.Entry, end: Int, oneWordPlace: Bool) -> Bool {
        if entry.firstIsUppercase, !c.isCapitalized(k) && c.kind(k) == .word {
            // All-caps abbreviations ("TP.HCM") count as capitalized.
            if c.firstUnit(k) < 0x41 || c.firstUnit(k) > 0x5A { return false }
        }
        // "ông Đức", "bầu Đức", "chị Mai": after a title it is a person's name.
        if let p = c.prev(k), personTitles.contains(c.key(p)) { return false }
        // "Phó Thủ tướng Trương Hòa Bình", "ông Nguyễn Thái Bình": after a capitalized family name it is the rest of a
        // person's name (surnames.tsv).
        if let p = c.prev(k), p == k - 2, c.isCapitalized(p), c.words.surnames.contains(c.key(p)) { return false }
        // "tiếng Anh", "người Mỹ", "gốc Hàn": a language, nationality or origin describes a noun.
        if let p = c.prev(k), attributeNouns.contains(c.key(p)) { return false }
        // "Anh Phương", "Nga Nguyễn": a one-syllable place before a capitalized word that is
        // not a place is a title or given name in a person's name.
        if !entry.firstHasSpace, oneWordPlace, let n = c.next(k), n == k + 2, c.kind(n) == .word, c.isCapitalized(n), !isAllCaps(c, n),
           !c.has(c.places, n), !c.has(c.organisations, n) { return false }
        // "TP Thủ Đức" is not Đức (Germany): a capitalized word right before makes it part of a longer name.
        if !entry.firstHasSpace, let p = c.prev(k), c.isCapitalized(p), !isAllCaps(c, p), !placePrefixes.contains(c.key(p)),
           !c.has(c.places, p), !c.has(c.organisations, p),
           !isSentenceStart(c, p) { return false }
        // "HNX-Index": a name glued to "-" and a word after it is part of a longer name (not "Hà Nội-Hải Phòng").
        if case let e = end, e < c.hi, c.isKey(e, Cue.dash), c.glued(e),
           let n = c.nextGlued(e), c.kind(n) == .word, !c.isCapitalized(n) || !c.has(c.places, n) { return false }
        var j = k
        for _ in 0..<3 {
            guard let p = c.prev(j) else { break }
            if let cur = c.match(c.currencies, p), cur.end > k { return false }
            j = p
        }
        return true
    }

    /// A ticker (2-5 capital letters or digits, starting with a letter) right at the start
    /// of the sentence and followed by a colon.
    func tickerHeading() -> String? {
        let c = self.c
        var k = c.lo
        while k < c.hi, c.tokens[k].isSpace || c.tokens[k].kind == .newline { k += 1 }
        guard k < c.hi, c.kind(k) == .word, SentenceRecords.isAllCaps(c, k), c.isCapitalized(k),
              (2...5).contains(c.tokens[k].length), k + 1 < c.hi, c.firstUnit(k + 1) == 0x3A,
              !c.has(c.indicatorHeads, k), !c.has(c.places, k),
              !mediaLabels.contains(c.key(k)) else { return nil }
        return isTickerShaped(k) ? c.text(k, k + 1) : nil
    }

    /// Token k is written as a ticker: 2-5 ASCII capital letters or digits, starting with a letter
    /// (tickers are ASCII: "CÁC" is a shouted word, not a ticker).
    func isTickerShaped(_ k: Int) -> Bool {
        let c = self.c
        guard c.kind(k) == .word, (2...5).contains(c.tokens[k].length), c.firstUnit(k) >= 0x41 && c.firstUnit(k) <= 0x5A else { return false }
        for p in Int(c.tokens[k].start)..<Int(c.tokens[k].end) where !((c.units[p] >= 0x41 && c.units[p] <= 0x5A) || (c.units[p] >= 0x30 && c.units[p] <= 0x39)) { return false }
        return true
    }

    static func isAllCaps(_ c: Context, _ k: Int) -> Bool {
        for p in Int(c.tokens[k].start)..<Int(c.tokens[k].end) {
            let u = c.units[p]
            if Int(u) < Fold.tableSize, !Fold.upper[Int(u)], (u >= 0x61 && u <= 0x7A) || u >= 0xC0 { return false }
        }
        return true
    }

    static func isSentenceStart(_ c: Context, _ k: Int) -> Bool {
        guard let p = c.prev(k) else { return true }
        return c.kind(p) == .punctuation
    }

    /// A place span that starts with its prefix ("tỉnh Bình Dương", "TP.HCM").
    func placePrefixesOrCity(_ k: Int) -> Bool { SentenceRecords.placePrefixes.contains(c.key(k)) || c.key(k) == thanhKey }

    /// The sentence gives values in turn ("lần lượt là …").
    static func respectively(_ c: Context) -> Bool { respectivelyToken(c) != nil }

    /// The "lần" of "lần lượt" in the sentence.
    static func respectivelyToken(_ c: Context) -> Int? {
        (c.lo..<c.hi).first { c.key($0) == Cue.lan && c.next($0).map { c.key($0) == luotKey } ?? false }
    }

    /// Only a comma or "và" (and spaces) between tokens `a` and `b`.
    static func listJoint(_ c: Context, _ a: Int, _ b: Int) -> Bool {
        var sawJoint = false
        for t in a..<b {
            if c.tokens[t].isSpace { continue }
            if c.isKey(t, Cue.comma) || c.key(t) == Cue.va { sawJoint = true; continue }
            return false
        }
        return sawJoint
    }

    /// `respectively`: `respectively(c)`, the sentence gives values in turn.
    static func findPlaces(_ c: Context, respectively: Bool) -> [(start: Int, end: Int)] {
        var out = [(start: Int, end: Int)]()
        var k = c.lo
        // End of the last place skipped as a destination or a comparison: the list it opens is skipped too.
        var skippedEnd = -1
        // End of the last place kept: "Hưng Yên, Hà Nam, Thái Bình" is one subject.
        var keptEnd = -1
        // (One start-mask test for both tables before either is asked.)
        let startBits = c.places.startBit | c.organisations.startBit
        // (A token with neither these bits nor the admin-prefix bit starts nothing below: the masks alone pass it over.)
        let anyBits = startBits | WordTables.adminPrefixBit
        while k < c.hi {
            if c.masks[k] & anyBits == 0 { k = c.nextMasked(anyBits, from: k); continue }
            var found: (end: Int, entry: WordTables.Entry?)? = nil
            if c.tokens[k].kind == .word, c.masks[k] & startBits != 0, case let place = c.match(c.places, k),
               let p = place ?? c.match(c.organisations, k), placeIsWritten(c, k, p.entry, end: p.end, oneWordPlace: place.map { $0.end == k + 1 } ?? false) {
                found = (p.end, p.entry)
            } else if c.masks[k] & WordTables.adminPrefixBit != 0, c.tokens[k].kind == .word, let e = adminPlaceEnd(c, k) {
                // "quận Hoàn Kiếm", "TP Thủ Đức", "Quận 1": a unit of administration named after its
                // prefix is a place even when the lexicon does not list it.
                found = (e, nil)
            }
            if let p = found {
                var s = k
                if p.entry == nil, c.key(k) == xaKey, let q = c.prev(k), c.key(q) == thiKey { s = q } // "thị xã Bến Cát"
                if skippedEnd >= 0, listJoint(c, skippedEnd, k) { skippedEnd = p.end; k = p.end; continue }
                // "xuất khẩu sang Mỹ": a destination market, not whose figure it is ("khách đến Việt Nam" keeps Việt Nam).
                if let q = c.prev(k), motionKeys.contains(c.key(q)) { skippedEnd = p.end; k = p.end; continue }
                // "cao hơn Lào 2.000 đồng/lít", "so với Thái Lan": the place compared with, not whose figure it is.
                if let q = c.prev(k), c.key(q) == honKey || (c.isKey(q, Cue.voi) && c.prev(q).map { c.isKey($0, Cue.so) } ?? false) { skippedEnd = p.end; k = p.end; continue }
                // (Not when the places take values in turn, "lần lượt", nor when a place after a
                // lone comma opens a clause of its own: "tại Việt Nam, Singapore dẫn đầu".)
                let opensClause = keptEnd >= 0 && !(keptEnd..<k).contains { c.key($0) == Cue.va } && out.count >= 1
                    && (out.last.map { o in !(o.0..<o.1).contains { c.isKey($0, Cue.comma) } } ?? true)
                    && (c.next(p.end - 1).map { c.has(c.verbs, $0) } ?? false)
                if keptEnd >= 0, let last = out.last, listJoint(c, keptEnd, k), !respectively, !opensClause {
                    out[out.count - 1] = (last.0, p.end)
                    keptEnd = p.end
                    k = p.end
                    continue
                }
                // ("nhiều tỉnh miền Bắc": the provinces of a region; the region is the place.)
                if let q = c.prev(k), placePrefixes.contains(c.key(q)), c.match(c.places, k)?.entry[1] != "region" { s = q }
                if let q = c.prev(k), c.isKey(q, Cue.dot), let qq = c.prev(q), placePrefixes.contains(c.key(qq)) { s = qq } // "TP. Hà Nội"
                if let q = c.prev(k), let qq = c.prev(q), c.key(qq) == thanhKey, c.key(q) == phoKey { s = qq }
                // "nội thành Hà Nội", "ngoại thành TP.HCM": the part of the city is named with it.
                if let q = c.prev(k), let qq = c.prev(q), c.key(q) == thanhKey, c.key(qq) == noiKey || c.key(qq) == ngoaiKey { s = qq }
                // "thị trường Singapore": a market is named with its place.
                if let q = c.prev(k), let qq = c.prev(q), c.key(qq) == marketKeys.0, c.key(q) == marketKeys.1 { s = qq }
                // "Hồng Kông (Trung Quốc)", "Đài Loan (Trung Quốc)": the country in parentheses is part of the name.
                var end = p.end
                if let lp = c.next(p.end - 1), c.isKey(lp, Cue.lparen), let inner = c.next(lp), let q = c.match(c.places, inner),
                   let rp = c.next(q.end - 1), c.isKey(rp, Cue.rparen) { end = rp + 1 }
                out.append((s, end))
                keptEnd = end
                k = end
            } else { k += 1 }
        }
        return out
    }

    /// `m`: `mentions[i]`, which the caller holds (copying it here retained its strings).
    /// `nameEnd`: where the name must end at the latest (the "từ" of a from-level, "… từ 4,4 triệu đồng/người/ tháng tăng lên").
    func makeRecord(level i: Int, _ m: Fields, clauseStart cs: Int, inherited: (String?, String?), baselines: IntSet, dates: [Int], nameEnd: Int = Int.max) -> Indicator {
        let c = self.c
        let verb = verbBefore(m.firstToken, within: cs)
        let end = Swift.max(cs, Swift.min(verb?.start ?? m.firstToken, nameEnd))
        var region = phraseRegion(cs, end, stripQualifier: verb == nil)
        // "886,84 tỷ rupiah, tức gần 67 triệu đôla", "(tức là …": "tức (là)" after a comma, a parenthesis or a dash
        // restates the figure before; it names nothing. (Not a verb of verbs.tsv: "cổ tức", "lập tức" end with it.)
        if let f = region.first, c.key(f) == tucKey, let p = c.prev(f), c.kind(p) == .punctuation,
           region.allSatisfy({ c.key($0) == tucKey || c.key($0) == laKey }) { region = [] }
        // "Thu nhập của lao động nam cao gấp 1,37 lần": the comparative before "gấp" is no part of the name.
        if let v = verb, c.isKey(v.start, Cue.gap), let l = region.last, comparativeKeys.contains(c.key(l)), region.count > 1 { region.removeLast() }
        // "áp lực lên tỷ giá chủ yếu đến từ việc chỉ số DXY … duy trì trên 104 điểm": "việc" makes a clause a
        // noun; what is measured is the subject of that clause.
        // (Not "việc" inside a word: "nghỉ việc", "vụ việc", "làm việc", "công việc".)
        // (Keys read into locals before the scans of the region: each global read goes through swift_once.)
        let viec = viecKey, causes = causeKeys
        if let vi = region.last(where: { c.key($0) == viec }), region.contains(where: { $0 > vi && c.has(c.indicatorHeads, $0) }),
           let f = region.first, f < vi, !endsWord(vi, from: f), !(c.prev(vi).map { viecCompoundFirsts.contains(c.key($0)) } ?? false) {
            region = region.filter { $0 > vi }
        }
        // "Dòng tín dụng góp phần giảm tỉ lệ hộ nghèo từ 11,76% xuống 8,38%": the measure is the
        // object of the change verb inside the region, not the causer before it.
        if let r = region.last(where: { k in verbRoles[k - c.lo].map { $0.role == .increase || $0.role == .decrease } ?? false }),
           let rEnd = verbRoles[r - c.lo]?.end, !c.has(c.indicatorHeads, r), !insideHead(r, from: c.lo),
           let h = region.first(where: { $0 >= rEnd && c.has(c.indicatorHeads, $0) }), h == region.first(where: { $0 >= rEnd }) {
            region = region.filter { $0 >= rEnd }
        }
        // "36,40 triệu đồng/lượng (mua vào) và 36,48 triệu đồng/lượng (bán ra)": the side of a price
        // pair names nothing; the measure before does.
        if !region.isEmpty, region.allSatisfy({ c.kind($0) != .word || buySellKeys.contains(c.key($0)) }) { region = [] }
        // "… giảm 4,3% về giá trị do giá bình quân giảm gần 15%": a cause states a figure of its own,
        // named after the cause word.
        if let cw = region.last(where: { causes.contains(c.key($0)) }), let n = c.next(cw), region.contains(n), c.has(c.indicatorHeads, n),
           region.contains(where: { $0 < cw && c.kind($0) == .word }),
           // (Not a cause inside the clause with its own verb: "Chỉ số CPI do giá thịt lợn tăng mạnh đã tăng 2,2%".)
           !(cw..<end).contains(where: { c.kind($0) == .word && verbRoles[$0 - c.lo] != nil }) {
            region = region.filter { $0 > cw }
        }
        // "Hiệp hội Lương thực Việt Nam dự báo xuất khẩu gạo cả năm 2023 đạt trên 8 triệu tấn": a
        // speaker and its verb of saying or forecasting come before the name; the name follows them.
        // (Two-word verbs only, "cho biết", "công bố": "theo" in "Quy mô GDP theo giá hiện hành" is part of the name.)
        if let sv = region.last(where: { k in c.kind(k) == .word && (verbRoles[k - c.lo].map { ($0.role == .source && $0.end - k >= 3) || ($0.role == .forecast && c.key(k) == duKey && c.next(k).map { c.key($0) == baoKey } ?? false) } ?? false) }),
           let svEnd = verbRoles[sv - c.lo]?.end, let f = region.first, f < sv,
           // (A named speaker right before the verb, "… Việt Nam dự báo", "(EIA) cho biết"; not a relative
           // clause or a time, "mức giá mà TMV công bố", "tại thời điểm công bố giá trị doanh nghiệp".)
           let sp = c.prev(sv), c.isCapitalized(sp) || c.isKey(sp, Cue.rparen), !(c.prev(sp).map { c.key($0) == maKey } ?? false),
           region.contains(where: { $0 >= svEnd && c.has(c.indicatorHeads, $0) }) {
            region = region.filter { $0 >= svEnd }
        }
        // "Có 958 lượt dự án điều chỉnh vốn với tổng vốn tăng thêm gần 4,8 tỷ USD": the count before
        // and its noun are that figure's; "với" opens this one's name.
        if let pr = builtPhrases.ranges.last, pr.lowerBound >= cs, pr.upperBound <= end,
           indices.contains(where: { mentions[$0].firstToken >= cs && mentions[$0].endToken <= pr.lowerBound && isValueKind(mentions[$0].kind) }),
           let w = (pr.upperBound..<end).first(where: { !c.tokens[$0].isSpace }), c.isKey(w, Cue.voi),
           region.contains(where: { $0 > w && c.has(c.indicatorHeads, $0) }),
           !indices.contains(where: { mentions[$0].firstToken > w && mentions[$0].endToken <= end && isValueKind(mentions[$0].kind) }) {
            region = region.filter { $0 > w }
        } else if let w = region.last(where: { c.isKey($0, Cue.voi) }), let n = c.next(w), region.contains(n), c.has(c.indicatorHeads, n),
                  region.first.map({ $0 < w }) ?? false, verb != nil {
            // "Hoa Kỳ là thị trường xuất khẩu lớn nhất của Việt Nam với kim ngạch ước đạt 55,1 tỷ USD":
            // a measure after "với", right before the figure's verb, names it.
            region = region.filter { $0 > w }
        }
        // "căn hộ hạng sang tại Quận 1 và TP Thủ Đức được chào bán với giá 150-250 triệu đồng/m2": a bare
        // price after a sale in the passive names nothing; the thing sold does.
        if m.kind == .money, let w = region.last(where: { c.isKey($0, Cue.voi) }), let sv = c.prev(w), saleVerbEnds.contains(c.key(sv)),
           let f = region.first, region.contains(where: { $0 > w }),
           region.allSatisfy({ $0 <= w || c.kind($0) != .word || barePriceKeys.contains(c.key($0)) }),
           let d = region.last(where: { $0 < sv && c.key($0) == duocKey }), d > f, sv - d <= 6 {
            region = region.filter { $0 < d }
        }
        // Subject: a place or organisation in the clause (outside a "Theo ..." source),
        // "toàn tỉnh" / "toàn hệ thống", else one earlier in the sentence.
        var subject: String? = nil
        // (Not a place in a cause after the figure: "… 18.000 MW do nhiều hồ thủy điện lớn như Lai Châu, Sơn La …".)
        // (The figure's clause end is found once and reused below; the cause words are read into a local.)
        let figureClauseEnd = clauseEnd(m.endToken)
        var clauseEndForPlaces = figureClauseEnd
        do {
            let causal = causalKeys
            var k = m.endToken
            while k < figureClauseEnd { if causal.contains(c.key(k)) { clauseEndForPlaces = k; break }; k += 1 }
        }
        let clausePlaces = places(in: cs..<clauseEndForPlaces)
        var subjectIsPlace = false
        let before = firstPlace(in: c.lo..<m.firstToken, where: { !inSource($0.start) && !isWorld($0.start) && !endsSpeakerName($0) && !isAffiliation($0) })
        // "Viettel …, hoàn chỉnh với 350.000 km cáp quang trên toàn quốc": a place in a locative
        // after the figure says where, when whose figure it is was named before.
        // (The figure's ends read into `let`s: a local function or closure capturing `m` copied the mention.)
        let figureFirst = m.firstToken, figureEnd = m.endToken
        func afterLocative(_ p: (start: Int, end: Int)) -> Bool {
            // (Only a scope, "trên toàn quốc", "trên cả nước": "216.000 xe tại Canada" is Canada's.)
            p.start >= figureEnd && before != nil && (c.key(p.start) == toanKey || c.key(p.start) == caKey) && (c.prev(p.start).map { locativeKeys.contains(c.key($0)) || c.key($0) == trenKey || c.key($0) == khapKey } ?? false)
        }
        var ownPlace = clausePlaces.first(where: { !inSource($0.start) && !isWorld($0.start) && !afterLocative($0) && !endsSpeakerName($0) && !isAffiliation($0) })
        // "SJC niêm yết giá vàng miếng tại Hà Nội và TP.HCM ở mức 72,8 triệu đồng/lượng": a place after "tại" / "ở"
        // before the figure says where the organisation's price applies; it is the subject.
        // (The first is an organisation, or a place that ends one's name: "Công ty Vàng bạc Đá quý Sài Gòn".)
        // (A price only, money per unit: an organisation's own figure, "Samsung … tổng vốn đầu tư … tại Việt Nam", stays its own.)
        if m.kind == .money, m.per != nil, let o = ownPlace, !(c.has(c.places, o.start) || placePrefixesOrCity(o.start))
            || endsCompanyName(o.start),
           let q = clausePlaces.first(where: { $0.start > o.end && $0.end <= m.firstToken && (c.has(c.places, $0.start) || placePrefixesOrCity($0.start))
                                               && (c.prev($0.start).map { locativeKeys.contains(c.key($0)) } ?? false) && !inSource($0.start) && !isWorld($0.start) }),
           // (Not the place of another figure: "62,92 Mbps tại Thái Nguyên và 52,35 Mbps tại Bắc Ninh".)
           !indices.contains(where: { mentions[$0].firstToken >= o.end && mentions[$0].firstToken < q.start && isValueKind(mentions[$0].kind) }) {
            ownPlace = q
        }
        // "Căn hộ tại Hà Nội … 150 triệu đồng/m2, còn nhà phố tại các khu đô thị ven đô ở mức 10-15 tỷ đồng": a
        // quantified group of places in the figure's own clause comes before a place named earlier in the sentence.
        let groupInClause = ownPlace == nil && before != nil
            && groupPlaceList.contains(where: { $0.start >= cs && $0.end <= clauseEndForPlaces && !inSource($0.start) })
        // "khối nhà đầu tư nước ngoài bán ròng 520 tỷ đồng trên sàn HoSE, nối dài chuỗi bán ròng lên 5 phiên": a clause
        // that opens with its verb goes on with the subject of the record before it, not with a place named on the way.
        let continuesSubject = ownPlace == nil && before != nil && inherited.1 != nil && cs > c.lo
            && (c.prev(cs).map { c.isKey($0, Cue.comma) } ?? false)
            && ((cs..<m.firstToken).first(where: { c.kind($0) == .word }).map { w in continuingVerbs.match(c.tokens, at: w, limit: c.hi) != nil } ?? false)
        if continuesSubject { subject = inherited.1 }
        // "giá căn hộ chung cư tại Hà Nội đã tăng khoảng 65%, trong khi thu nhập bình quân của người dân chỉ tăng
        // khoảng 30%": across "trong khi", a measure that names its own owner after "của" does not take the place
        // where the other clause's measure is.
        let contrastedPlace = ownPlace == nil && before.map { b in
            guard let l = c.prev(b.start), locativeKeys.contains(c.key(l)), let w = c.prev(l), c.kind(w) == .word, !locativeKeys.contains(c.key(w)),
                  let tk = (b.end..<figureFirst).first(where: { k in c.key(k) == khiKey && (c.prev(k).map { c.isKey($0, Cue.trong) } ?? false) }) else { return false }
            // (An owner of its own: a lowercase group, "của người dân"; not one that refers back, "của mẫu này", a
            // name, "của Toyota", or a scope, "của cả nước".)
            guard let cua = (tk..<figureFirst).first(where: { c.key($0) == Cue.cua }), let o = c.next(cua), c.kind(o) == .word,
                  !c.isCapitalized(o), c.key(o) != caKey, c.key(o) != toanKey else { return false }
            return !(o..<figureFirst).contains { c.key($0) == Cue.nayThis }
        } ?? false
        if !continuesSubject, let p = ownPlace ?? (groupInClause || contrastedPlace ? nil : before) {
            subject = c.text(p.start, p.end)
            // "Liên đoàn Lao động TP.HCM dự kiến …, trong đó … đưa khoảng 4.000 công nhân về quê": a place that ends
            // an organisation's name stands for the organisation.
            // (A listed place only: an organisation the lexicon lists, "DOJI", keeps its short name.)
            // (Not a central bank, the authority that sets rates: "Ngân hàng Nhà nước Việt Nam", "Ngân hàng Trung ương Nga".)
            if p.end <= m.firstToken, c.has(c.places, p.start), let h = nameStart(endingAt: p.start, heads: companyHeads), !inSource(h),
               !(h..<p.start).contains(where: { regulatorKeys.contains(c.key($0)) }) { subject = c.text(h, p.end) }
            subjectIsPlace = c.has(c.places, p.start) || placePrefixesOrCity(p.start)
            region.removeAll { k in clausePlaces.contains { $0.start <= k && k < $0.end } }
            trimEdgeEnd(&region)
            // "Trung Quốc là thị trường khổng lồ với …": an edge word left in front by the place goes too.
            if let p0 = clausePlaces.first, region.first.map({ $0 > p0.start }) ?? false {
                while let f = region.first, !c.has(c.indicatorHeads, f) {
                    if c.isEdgeWord(f) { region.removeFirst(); continue }
                    // "Vietcombank niêm yết đồng euro ở mức": a leading verb phrase left by the organisation.
                    // (Not a level verb: "Đắk Lắk đạt mức cao nhất 99.000 đồng/kg" names nothing; the measure before does.)
                    if let m = leadingEdges.match(c.tokens, at: f, limit: c.hi), region.contains(m.end - 1), !levelVerbKeys.contains(c.key(f)), c.key(f) != oKey { region.removeFirst(region.prefix { $0 < m.end }.count); continue }
                    break
                }
            }
        }
        // "giá bán USD tại các ngân hàng thương mại tăng hơn 4%": with no named place, a quantified group of
        // places, markets or organisations in the clause says where the figure applies.
        // ("Riêng trên bốn sàn thương mại điện tử lớn nhất, doanh thu … đạt gần 229.000 tỷ đồng": a group set
        // before the first comma of the sentence is where its figures apply.)
        func fronted(_ g: (start: Int, end: Int)) -> Bool {
            guard g.start < cs, let comma = (g.end..<cs).first(where: { c.isKey($0, Cue.comma) }), comma <= cs,
                  !(g.end..<comma).contains(where: { c.kind($0) == .word }) else { return false }
            return (c.lo..<g.start).allSatisfy { k in c.kind(k) != .word || c.isEdgeWord(k) || c.key(k) == trenKey }
        }
        if subject == nil, let g = groupPlaceList.first(where: { (($0.start >= cs && $0.end <= clauseEndForPlaces) || fronted($0)) && !inSource($0.start) }) {
            subject = c.text(g.start, g.end)
            region.removeAll { $0 >= g.start && $0 < g.end }
            trimEdgeEnd(&region)
        }
        if subject == nil, let t = toanPhrase(in: region) ?? clauseToanPhrase(cs, figureClauseEnd) {
            subject = c.text(t.start, t.end)
            region = region.filter { $0 < t.start || $0 >= t.end }
            trimEdgeEnd(&region)
        }
        // "Ở khối doanh nghiệp có vốn đầu tư nước ngoài, mức thưởng cao nhất là …": a group
        // set before the first comma of the sentence is whose figures the sentence gives.
        // "Trên thị trường tự do, đô la Mỹ được mua vào quanh mức 25.780 đồng": so is a market.
        if subject == nil, let f = c.next(c.lo - 1), locativeKeys.contains(c.key(f)) || c.key(f) == trenKey, let g = c.next(f),
           marketHeads.match(c.tokens, at: g, limit: c.hi) != nil,
           let comma = (g..<m.firstToken).first(where: { c.isKey($0, Cue.comma) }), comma <= cs, (g..<comma).count(where: { c.kind($0) == .word }) <= 6 {
            subject = trimRight(g, comma)
        }
        if subject == nil, let f = c.next(c.lo - 1), locativeKeys.contains(c.key(f)), let g = c.next(f), groupHeads.contains(c.key(g)),
           let comma = (g..<m.firstToken).first(where: { c.isKey($0, Cue.comma) }), comma <= cs {
            subject = trimRight(g, comma)
        }
        // "Khu vực có vốn đầu tư nước ngoài tiếp tục giữ vai trò chủ lực trong xuất khẩu, với mức xuất siêu 9 tháng
        // đạt hơn 31 tỷ đô la Mỹ": a group opening the sentence is whose figure a later "với …" clause gives.
        if subject == nil, let g = c.next(c.lo - 1), groupHeads.contains(c.key(g)), cs > c.lo,
           let w = (cs..<m.firstToken).first(where: { c.kind($0) == .word }), c.isKey(w, Cue.voi),
           let ge = (g + 1..<cs).first(where: { k in !c.tokens[k].isSpace && (c.kind(k) != .word || (verbRoles[k - c.lo] != nil && c.key(k) != coKey) || clauseAuxKeys.contains(c.key(k)) && c.key(k) != coKey || trailingAdverbs.match(c.tokens, at: k, limit: cs) != nil) }),
           ge > g + 1, (g..<ge).count(where: { c.kind($0) == .word }) <= 8 {
            subject = trimRight(g, ge)
        }
        // "giá xăng trong nước đã trải qua 12 kỳ điều chỉnh", "Giá vàng có 3 phiên giảm": a price, rate or
        // index is never a count; a count of events after it counts its own noun (the unit phrase).
        // (Not points, "chỉ số … 1.260 điểm", nor "lần" of a ratio or change, "gấp 3 lần", "tăng 2 lần".)
        // (Only right after "có" / "trải qua", the verb of the figure: "giá cổ phiếu này đã giảm 3 phiên liên tiếp" is no count.)
        let countOfEvents = m.kind == .number && m.unit != nil && !sameNFC(m.unit, "điểm") && !sameNFC(m.unit, "lần")
            && (c.prev(startBeforeQualifier(m)).map { k in c.key(k) == coKey || (c.key(k) == Cue.qua && c.prev(k).map { c.key($0) == traiKey } ?? false) } ?? false)
            && (c.next(m.endToken - 1).map { c.match(c.unitTable, $0)?.entry[1] == "count" } ?? false)
            && headStart(region).map { intensiveHeads.match(c.tokens, at: $0, limit: c.hi) != nil && !(c.next($0).map { c.key($0) == triKey } ?? false) } ?? false
        // "Khối doanh nghiệp dân doanh thưởng cao nhất 830 triệu đồng": a group opening the clause, then one word
        // and a statistic word; the word names the measure, the group is whose figure it is.
        if subject == nil, let f = region.first, groupHeads.contains(c.key(f)), !region.contains(where: { c.has(c.indicatorHeads, $0) }),
           let st = region.first(where: { $0 > f + 2 && statWords.match(c.tokens, at: $0, limit: c.hi) != nil }),
           let w = c.prev(st), w > f + 2, region.contains(w), c.kind(w) == .word, verbRoles[w - c.lo] == nil {
            subject = trimRight(f, w)
            region = region.filter { $0 >= w }
        }
        var indicator: String? = nil
        var phrase: Range<Int>? = nil
        var namedByHead = false
        // (Named only by a bare unit after the figure: "35 ca", "120 người".)
        var namedByUnit = false
        var parallelGroup: String? = nil
        // "chỉ số này": refers back to the indicator before it.
        // ("Lãi suất … tại ngân hàng này": "này" refers to the bank, not to the indicator.)
        // (With nothing named before, the other ways of naming it are tried: "đơn vị này ghi nhận
        // 44,5 tỷ đồng tổng doanh thu".)
        // "Kinh tế số dự kiến chiếm khoảng 18,3% GDP": the noun after a share is the whole; the
        // phrase before "chiếm" is what is measured (unless the noun is a share noun: "chiếm 38% thị phần").
        // (Only a plain noun phrase before "chiếm", from the clause start: no figure, no other verb
        // ("đứng đầu EU và chiếm", "sở hữu 145,7 triệu cổ phiếu chiếm"), no cause or concession.)
        let shareOfWhole = m.kind == .percent && verb.map({ v in c.key(v.start) == chiemKey
                && !(cs..<v.start).contains { k in c.kind(k) == .word && (verbRoles[k - c.lo].map { $0.role != .forecast && $0.role != .estimate && $0.role != .target } ?? false) }
                && !indices.contains { mentions[$0].firstToken >= cs && mentions[$0].firstToken < v.start }
                && !(cs..<v.start).contains { k in causeKeys.contains(c.key(k)) || c.key(k) == Cue.va || concessionKeys.contains(c.key(k)) } }) ?? false
            && region.count >= 2 && !region.contains(where: { negationKeys.contains(c.key($0)) })
            && region.contains(where: { c.kind($0) == .word && verbRoles[$0 - c.lo] == nil && !c.isEdgeWord($0) && !c.has(c.qualifiers, $0) })
            && !(c.next(m.endToken - 1).map { shareNouns.match(c.tokens, at: $0, limit: c.hi) != nil } ?? false)
        let refersBack = (region.last.map { c.key($0) == Cue.nayThis } ?? false) && !region.contains { adjunctKeys.contains(c.key($0)) }
            && (inherited.0 ?? previous.0) != nil
        if refersBack {
            // The subject is carried only within the sentence (RECORDS.md: "when stated").
            indicator = inherited.0 ?? previous.0
            if subject == nil { subject = inherited.1 }
        } else if countOfEvents, let post = postPhrase(after: m.endToken) {
            indicator = post.text
            phrase = post.tokens
        } else if let last = region.last, let h0 = headStart(region) {
            // (The head is settled here and then held in a `let`: the scans below read it from
            // closures, and a captured `var` is read through a dynamic exclusivity check.)
            var head = h0
            // "Khu vực có vốn đầu tư nước ngoài (…) … với kim ngạch xuất khẩu 136,2 tỷ USD":
            // a group noun (khu vực, khối, nhóm, ngành) names whose figure it is when a
            // measure word follows it; the group is the subject, the measure the indicator.
            if groupHeads.contains(c.key(head)) {
                func isMeasure(_ k: Int) -> Bool {
                    c.has(c.indicatorHeads, k) && !groupHeads.contains(c.key(k)) && !headInsideCompound(k) && !c.has(c.places, k)
                }
                let sc = region.first(where: { $0 > head + 1 && (c.kind($0) == .punctuation || (verbRoles[$0 - c.lo] != nil && c.key($0) != coKey)) }) ?? last + 1
                let groupEnd = c.match(c.indicatorHeads, head)?.end ?? head + 1
                if let h2 = region.first(where: { $0 >= sc && isMeasure($0) }) {
                    if subject == nil { subject = trimRight(head, sc) }
                    head = h2
                } else if let co = region.first(where: { $0 > groupEnd && c.key($0) == coKey }), let h2 = c.next(co), region.contains(h2), isMeasure(h2) {
                    // "Lao động khu vực thành thị có thu nhập bình quân 8,7 triệu": the group
                    // "has" the measure. (A "có" right after the group word names the group
                    // itself: "Khu vực có vốn đầu tư nước ngoài".)
                    if subject == nil { subject = trimRight(head, co) }
                    head = h2
                } else if head == region.first, region.count <= 6, let pi = inherited.0, let ps = inherited.1,
                          firstWordKey(ps) == c.key(head) {
                    // "Tỷ lệ thất nghiệp ở khu vực thành thị là 2,75%, khu vực nông thôn là 2,03%":
                    // a group parallel to the previous record's is its subject; the measure is the same.
                    parallelGroup = pi
                    if subject == nil { subject = trimRight(head, last + 1) }
                }
            }
            let h = head
            // "Doanh nghiệp nhà nước có mức thưởng cao nhất 225 triệu đồng": the noun phrase
            // that "has" the measure, at the start of the clause, is whose figure it is.
            if subject == nil, let f = region.first, f < h, let co = c.prev(h), c.key(co) == coKey, co > f,
               region.filter({ $0 >= f && $0 < co }).allSatisfy({ c.kind($0) == .word && verbRoles[$0 - c.lo] == nil && !c.isEdgeWord($0) }),
               region.filter({ $0 >= f && $0 < co }).count <= 6 {
                subject = trimRight(f, co)
            }
            // From the head to the end of the region, cut at the first date, place,
            // figure verb or adjunct ("của …", "trên địa bàn") after it; what follows
            // "của" names whose figure it is.
            // ("sản lượng niên vụ mới": a crop year is a period, not part of the name.)
            // ("chênh lệch với thế giới": the other side of a difference is part of its name.)
            func differenceSide(_ k: Int) -> Bool {
                guard let v = c.prev(k), c.isKey(v, Cue.voi) else { return false }
                return (h..<v).contains { differenceKeys.contains(c.key($0)) }
            }
            var e = region.first(where: { $0 > h && ((isPeriodOrPlace($0) && !differenceSide($0)) || (c.isKey($0, Cue.nienKhoa) && c.next($0).map { c.isKey($0, Cue.vu) } ?? false)) }) ?? last + 1
            // "Tiền lương bình quân năm 2023 của …", "Giá vàng thế giới lúc 8h": a date (not in
            // the region, which holds no mention tokens) ends the name too.
            if let d = indices.first(where: { mentions[$0].kind == .date && mentions[$0].firstToken > h && mentions[$0].firstToken < e }) {
                e = mentions[d].firstToken
            }
            // "Mức thiếu hụt công suất vào giờ cao điểm vì vậy có lúc lên tới 4.000 MW": a connective
            // opens the predicate.
            // ("… vào giờ cao điểm", "… vào dịp Tết": a time adjunct, not part of the name.)
            // (The table and key read once, not per token: each global read goes through swift_once.)
            let conn = connectives, vao = vaoKey
            if let j = region.first(where: { $0 > h && $0 < e && (conn.match(c.tokens, at: $0, limit: c.hi) != nil
                || (causes.contains(c.key($0)) && !(c.prev($0).map { harmKeys.contains(c.key($0)) } ?? false)
                    && !endsWord($0, from: h) && !(c.next($0).map { endsWord($0, from: h) } ?? false) && !(c.prev($0).map { c.key($0) == tuFreeKey } ?? false))
                || (c.key($0) == vao && c.next($0).map { n in timeNouns.contains(c.key(n))
                    || (edgeTimeKeys.contains(c.key(n)) && c.next(n).map { periodUnitKeys.contains(c.key($0)) || c.key($0) == gioKey } ?? false) } ?? false)) }) { e = j }
            // "Giá trị tăng thêm của ngành này": an owner that refers back stays in the name.
            // "Thu nhập bình quân của người lao động", "tỷ lệ thất nghiệp của thanh niên": an owner
            // that is no place, organisation, named body or group (RECORDS.md: the subject is a
            // place, organisation or market) is part of what is measured.
            // (`e` and `region` are passed, not captured: a `var` captured by a local function is
            // boxed, and each access to it, here and in the whole function, is a dynamic exclusivity check.)
            // ("Lợi nhuận của ngân hàng này", "Doanh thu của công ty này": a company named before is the subject when
            // a record before gives it; the name is the measure.)
            func companyNamedBefore(_ a: Int, before e: Int) -> Bool {
                guard (inherited.1 ?? previous.1) != nil, let s0 = c.next(a), let co = companyHeads.match(c.tokens, at: s0, limit: e),
                      let n = c.next(co.end - 1), c.key(n) == Cue.nayThis else { return false }
                return c.next(n).map { $0 >= e } ?? true
            }
            func refersBackOwner(_ a: Int, before e: Int, in region: [Int]) -> Bool {
                c.key(a) == Cue.cua && !companyNamedBefore(a, before: e)
                    && (region.contains { $0 > a && $0 < e && c.key($0) == Cue.nayThis } || (c.next(a).map { !ownerIsSubject($0) } ?? false))
            }
            // (Not inside the head: "tổng sản phẩm trên địa bàn" is the name of GRDP.)
            // ("tổng vốn tăng thêm": the head after "tổng" / "mức".)
            let headEnd = max(c.match(c.indicatorHeads, h)?.end ?? h + 1,
                              (c.key(h) == tongKey || c.key(h) == mucKey) ? c.next(h).flatMap { c.match(c.indicatorHeads, $0)?.end } ?? 0 : 0)
            let headLast = headEnd - 1
            // ("tỷ giá trung tâm giữa đồng Việt Nam và đô la Mỹ": "giữa" ends a name, except a difference's:
            // "Chênh lệch giữa giá mua và giá bán".)
            // ("Giá lúa tươi tại ruộng": a price at the farm gate, the pen, the port names a kind of price.)
            if let a = region.first(where: { k in k > headLast && k < e && ((adjunctKeys.contains(c.key(k)) && !endsWord(k, from: h)
                    && !(locativeKeys.contains(c.key(k)) && c.next(k).map { n in priceLocationKeys.contains(c.key(n)) && c.next(n).map { $0 >= e } ?? true } ?? false)
                    && !(c.key(k) == Cue.giua && (h..<k).contains { differenceKeys.contains(c.key($0)) }))
                    || (c.key(k) == trenKey && c.next(k).map { c.key($0) == diaKey } ?? false)) }),
               !refersBackOwner(a, before: e, in: region) {
                if subject == nil, c.key(a) == Cue.cua, let s0 = c.next(a), s0 < e, !companyNamedBefore(a, before: e) {
                    subject = trimRight(s0, e)
                } else if subject == nil, locativeKeys.contains(c.key(a)), let s0 = c.next(a), s0 < e, groupHeads.contains(c.key(s0)) {
                    subject = trimRight(s0, e)
                } else if subject == nil, let s0 = c.next(a), let co = companyHeads.match(c.tokens, at: s0, limit: c.hi),
                          let n = c.next(co.end - 1), c.key(n) == Cue.nayThis {
                    // "tại ngân hàng này", "của công ty này": the company named before.
                    subject = inherited.1 ?? previous.1
                }
                e = a
            }
            // Cut at a verb ("trở lên" is part of the noun: "từ 60 tuổi trở lên") or a passive
            // "được" ("giá USD được niêm yết").
            // Verbs inside the head phrase itself ("tốc độ tăng dân số") do not cut it.
            // ("tỷ lệ người từ 18 tuổi trở lên được tiêm ít nhất một mũi vaccine": a passive defines the group
            // whose rate it is.)
            // (Not a predicate: "Tỷ lệ nợ xấu (đã) được kiểm soát ở mức 2,2%", "Tỷ lệ này được áp dụng …".)
            let rateHead = shareNouns.match(c.tokens, at: h, limit: c.hi) != nil && !(verb.map { c.key($0.start) == oKey } ?? false)
                && !region.contains { k in c.key(k) == duocKey && (c.prev(k).map { predicateMarkers.contains(c.key($0)) } ?? false) }
            if let v = region.first(where: { $0 >= headEnd && $0 < e && !(c.isKey($0, Cue.voi) && (h..<$0).contains { differenceKeys.contains(c.key($0)) })
                && ((c.key($0) == duocKey && !rateHead) || (c.match(c.verbs, $0).map { $0.entry[1] != "source" } ?? false
                && !c.has(c.indicatorHeads, $0) && !(c.prev($0).map { c.key($0) == troKey } ?? false))) }) {
                e = v
            }
            // "chỉ số DXY đo sức mạnh đồng USD": a clause that says what the measure measures describes it; it is
            // not part of the name.
            // (A word of the name between: "Chỉ số đo lường hoạt động …" is a name; not "thước đo".)
            if let v = region.first(where: { $0 > headEnd && $0 < e && describingVerbs.contains(c.key($0)) && !(c.prev($0).map { c.key($0) == thuocKey } ?? false) }),
               c.prev(v).map({ $0 >= headEnd }) ?? false {
                e = v
            }
            // "tỷ giá trần mà các ngân hàng thương mại được phép áp dụng": a relative clause
            // ends the name; its actor (up to its verb) is whose figure it is.
            if let r = region.first(where: { $0 > h && $0 < e && c.key($0) == maKey }) {
                if subject == nil, let s0 = c.next(r),
                   let v = (s0..<m.firstToken).first(where: { c.kind($0) == .word && (c.key($0) == duocKey || modalKeys.contains(c.key($0)) || verbRoles[$0 - c.lo] != nil) }), v > s0 {
                    subject = trimRight(s0, v)
                }
                e = r
            }
            if let pg = parallelGroup {
                indicator = pg
            } else {
                // "Giá dầu thô Mỹ WTI giao tháng Tám", "giá cà phê arabica kỳ hạn tháng 7", "Giá vàng Comex tháng 8": a futures
                // contract's delivery month is part of its name.
                if let g = (h..<e).last(where: { c.kind($0) == .word }),
                   c.key(g) == giaoKey || (c.key(g) == Cue.han && c.prev(g).map { c.key($0) == kyKey } ?? false) || exchangeKeys.contains(c.key(g)),
                   let n = c.next(g),
                   let d = indices.first(where: { mentions[$0].kind == .date && mentions[$0].firstToken == n }), mentions[d].endToken <= m.firstToken {
                    e = mentions[d].endToken
                }
                indicator = trimRight(h, e)
                phrase = h..<e
                // "xuất khẩu 7,75 triệu tấn gạo": a trade or production verb-noun right before a
                // measured quantity names the product after its unit.
                if e == last + 1, tradeHeads.contains(c.key(h)), c.match(c.indicatorHeads, h).map({ $0.end == last + 1 }) ?? false,
                   m.unit != nil, let post = postPhrase(after: m.endToken), post.tokens.lowerBound > m.endToken,
                   let u = c.next(m.endToken - 1), c.match(c.unitTable, u)?.entry[1] == "measure", let it = indicator {
                    indicator = it + " " + post.text
                }
            }
            namedByHead = true
        } else if m.kind == .percent, let n = c.next(m.endToken - 1), planWords.match(c.tokens, at: n, limit: c.hi) != nil || c.match(c.verbs, n).map({ $0.entry[1] == "target" }) ?? false {
            // "bằng 92,5% dự toán": a share of the plan for the same indicator; the measure named
            // in the clause before in this sentence ("giải ngân vốn đầu tư công chậm, chỉ đạt 19,2%
            // dự toán") before one from the sentence before.
            let before = (c.lo..<cs).last(where: { c.isKey($0, Cue.comma) }).map { c.lo..<$0 }
            indicator = inherited.0 ?? before.flatMap { firstMeasure(in: $0) } ?? previous.0
        } else if let si = nextStatistic(cs, m.firstToken, after: inherited.0) {
            indicator = si
        } else if m.kind == .percent, region.isEmpty, let pi = inherited.0,
                  // (Or an apposition that bounds the count before: "3.200 ha lúa bị đổ ngã, chưa đến 1% diện
                  // tích gieo trồng". Not a list of shares: "30% học nghề, 70% học văn hóa".)
                  verb.map({ c.key($0.start) == chiemKey }) ?? (m.qualifier == .lessThan && c.prev(startBeforeQualifier(firstToken: m.firstToken)).map { c.isKey($0, Cue.comma) } ?? false
                      && indices.last(where: { mentions[$0].endToken <= m.firstToken && isValueKind(mentions[$0].kind) }).map { mentions[$0].kind != .percent } ?? false),
                  // ("2,5 tỷ người, chiếm 57% dân số": a bare one-word unit names no part; the whole does.)
                  lastNamedByHead || pi.contains(" "),
                  !(c.next(m.endToken - 1).map { shareNouns.match(c.tokens, at: $0, limit: c.hi) != nil } ?? false) {
            // "… với kim ngạch xuất khẩu 136,2 tỷ USD, chiếm 71,7% tổng kim ngạch": the share is the
            // measure named before, as a part of the whole (RECORDS.md: "Tỷ trọng kinh tế số trong GDP").
            // (Not "chiếm 23% thị phần": the share is named.)
            indicator = pi
            namedByHead = true
        } else if lastNamedByHead, let pi = inherited.0, verb.map({ c.isKey($0.start, Cue.voi) }) ?? true, let first = region.first, cs > c.lo, let sep = c.prev(cs), c.kind(sep) == .punctuation,
                  c.firstUnit(sep) == 0x2C || c.firstUnit(sep) == 0x3B, let entityEnd = listItemEntityEnd(region) {
            // "Tăng trưởng tín dụng của LienVietPostBank lên tới 11%, Kienlong Bank 10,3%, SCB 9%", "VPB với khối lượng
            // chuyển nhượng đạt 41,54 triệu cổ phiếu; STB với 38,89 triệu cổ phiếu": a list item that only names whose
            // figure it is (a proper name, then "với") takes the measure of the item before (when a measure word named
            // it); the name is its subject.
            indicator = pi
            namedByHead = true
            if subject == nil || subject == inherited.1 { subject = c.text(first, entityEnd) }
        } else if c.next(m.endToken - 1).map({ c.isKey($0, Cue.diem) }) ?? false, let post = postPhrase(after: m.endToken), post.tokens.count == 1,
                  c.isKey(post.tokens.lowerBound, Cue.diem), let named = pointsIndex(before: m.firstToken) {
            // "VN-Index … vẫn trụ trên 700 điểm", "chỉ số Dow Jones … lên chốt phiên ở mức 20.090,29 điểm": bare points
            // are a level of the index named before them in the sentence ("175 điểm bán", "20 điểm UTGT" count places).
            indicator = named
        } else if !shareOfWhole, let post = postPhrase(after: denominator(of: i).map { mentions[$0].endToken } ?? m.endToken),
                  // "VN-Index … vẫn trụ trên 700 điểm", "lên chốt phiên ở mức 20.090,29 điểm": bare points name
                  // no measure (the index or the score does); "175 điểm bán", "20 điểm UTGT" count places.
                  !(post.tokens.count == 1 && c.isKey(post.tokens.lowerBound, Cue.diem) && pointsIndex(before: m.firstToken) != nil) {
            // "ghi nhận số ca mắc kỷ lục, khoảng 350.000 ca/ngày": a bare unit after a value
            // that opens its clause restates the measure named in the clause before.
            if region.isEmpty, post.tokens.count == 1, c.has(c.unitTable, post.tokens.lowerBound),
               let comma = c.prev(cs), c.isKey(comma, Cue.comma),
               let named = firstMeasure(in: ((c.lo..<comma).last(where: { c.isKey($0, Cue.comma) || isBoundary($0) }).map { $0 + 1 } ?? c.lo)..<comma) {
                indicator = named
            } else if c.match(c.unitTable, post.tokens.lowerBound)?.end == post.tokens.upperBound, let pi = inherited.0,
                      verb.map({ $0.role == "increase" || $0.role == "decrease" }) ?? false {
                // "… là 52,5 triệu người, tăng 72.600 người so với quý trước và tăng 670.000 người so với
                // cùng kỳ": a change counted in the unit of the measure before is a change of that measure.
                indicator = pi
            } else {
                indicator = post.text
                phrase = post.tokens
                namedByUnit = region.isEmpty && c.match(c.unitTable, post.tokens.lowerBound)?.end == post.tokens.upperBound
            }
        } else if let first = region.first, let last = region.last, region.count <= 6, let pi = inherited.0, let ps = inherited.1,
                  firstWordKey(ps) == c.key(first), let s = trimRight(first, last + 1) {
            // "môn Ngữ văn có điểm trung bình 6,86; môn Toán 6,25": a list of subjects
            // parallel to the previous record's, with the same measure.
            indicator = pi
            if subject == nil || subject == inherited.1 { subject = s }
        } else if let first = region.first, let last = region.last, region.count <= 8,
                  // ("tăng trưởng rất cao, tới 66%": a particle alone names nothing.)
                  region.contains(where: { !particleKeys.contains(c.key($0)) && !c.has(c.qualifiers, $0) }), let pp = builtPhrases.ranges.last,
                  let n1 = c.next(first), region.contains(n1),
                  let p = (pp.lowerBound + 1..<pp.upperBound).first(where: { c.key($0) == c.key(first) && c.kind($0) == .word
                                                                              && c.next($0).map { c.key($0) == c.key(n1) } ?? false }),
                  let tail = trimRight(first, last + 1), let headText = trimRight(pp.lowerBound, p) {
            // "Lãi suất tiền gửi kỳ hạn 1-2 tháng … 2,6%/năm, kỳ hạn 3 tháng là 2,9%/năm": a list
            // item repeats the end of the indicator before it; the beginning is shared.
            indicator = headText + " " + tail
        } else if let first = region.first, let last = region.last, region.count <= 8,
                  // ("tăng trưởng rất cao, tới 66%": a particle alone names nothing.)
                  region.contains(where: { !particleKeys.contains(c.key($0)) && !c.has(c.qualifiers, $0) }),
                  // ("trong đó Hưng Yên, Hà Nam đạt mức cao nhất 70.000 đồng/kg": a verb is no name; the measure before is.)
                  verbRoles[first - c.lo] == nil || inherited.0 == nil {
            // Cut at an adjunct or a passive: "căn hộ 70 m2 ở nội thành Hà Nội" → "căn hộ 70 m2",
            // "Nhân dân tệ được mua vào" → "Nhân dân tệ".
            let e = region.first(where: { $0 > first && (adjunctKeys.contains(c.key($0)) || c.key($0) == duocKey) }) ?? last + 1
            indicator = trimRight(first, e)
            phrase = first..<e
            // "Liên đoàn Lao động TP.HCM dự kiến dành khoảng 70 tỉ đồng chăm lo Tết cho đoàn viên": an
            // actor and its verbs name no measure; an amount of money is named by what it is for.
            // (Only after a verb of allocating or spending: "dành", "chi", "trích", "bỏ ra", "giải ngân".)
            if m.kind == .money, let l = region.last, allocationKeys.contains(c.key(l)) || (c.prev(l).map { allocationKeys.contains(c.key($0)) && c.key(l) == raKey } ?? false),
               let pf = purposePhrase(after: m.endToken) {
                indicator = pf.text
                phrase = pf.tokens
            }
        }
        // "Với hơn 800 tỷ USD, vốn hóa Apple …": a fronted "với" + figure is named by the measure
        // of the clause after the comma.
        // ("So với mức 3,31% của quý I, lạm phát cơ bản đã giảm …": a fronted comparand, its date after "của".)
        if indicator == nil, let w0 = (cs..<m.firstToken).first(where: { c.kind($0) == .word }),
           let w = c.isKey(w0, Cue.so) ? c.next(w0) : w0, c.isKey(w, Cue.voi),
           case let after = c.next(m.endToken - 1).flatMap({ k in c.key(k) == Cue.cua
               ? c.next(k).flatMap { mention(startingAt: $0, where: { mentions[$0].kind == .date }) }.map { mentions[$0].endToken - 1 } : k - 1 }),
           let comma = after.flatMap({ c.next($0) }), c.isKey(comma, Cue.comma), let n = c.next(comma) {
            indicator = firstMeasure(in: n..<clauseEnd(n))
        }
        // "Ngưỡng hỗ trợ gần nhất là thấp điểm tuần: 1.216,5 USD/ounce", "- Số ca tử vong: 35 ca": the phrase
        // before a colon names the figure after it (up to "là"), before a bare unit after the figure does.
        // (A bare unit gives way only to a label right before the figure, "là" aside; not to a ratio "6:1"
        // nor to a headline "Giá vàng ngày 22/6: Tăng nhẹ trên cả 2 thị trường".)
        if indicator == nil || namedByUnit, region.isEmpty, let colon = c.prev(cs), c.kind(colon) == .punctuation, c.firstUnit(colon) == 0x3A,
           !namedByUnit || (colon + 1 < c.hi && c.tokens[colon + 1].isSpace
               && (colon + 1..<startBeforeQualifier(m)).allSatisfy { c.tokens[$0].isSpace || c.key($0) == laKey }) {
            let pre = phraseRegion(clauseStart(colon), colon)
            let niem = niemKey
            // "Vietinbank: 22.640 đồng (mua) và 22.710 đồng (bán).": a sentence that opens with only the names of
            // companies and a colon lists the next of them, with the measure of the record before.
            let entityLabel = indicator == nil && subject != nil && clauseStart(colon) == c.lo
                && (c.lo..<colon).contains(where: { c.kind($0) == .word })
                && (c.lo..<colon).allSatisfy { k in c.tokens[k].isSpace || c.isKey(k, Cue.comma) || c.isKey(k, Cue.va)
                    || (c.kind(k) == .word && c.isCapitalized(k) && verbRoles[k - c.lo] == nil && !c.has(c.indicatorHeads, k)) }
            if entityLabel, let pi = previous.0 {
                indicator = pi
            } else if let n = pre.first(where: { c.key($0) == niem }), let y = c.next(n), c.key(y) == yetKey, let o = c.next(y),
                      case let objectEnd = (o..<colon).first(where: { c.kind($0) != .word && !c.tokens[$0].isSpace || c.kind($0) == .word
                          && (verbRoles[$0 - c.lo] != nil || c.has(c.verbs, $0) || locativeKeys.contains(c.key($0))) }) ?? colon,
                      objectEnd > o, objectEnd == colon || locativeKeys.contains(c.key(objectEnd)),
                      let posted = postedPriceName(before: colon, clauseStart: clauseStart(colon)) {
                // "Vietcombank niêm yết giá USD ở mức: 22.645 đồng (mua)": the price is named by what is posted,
                // the object of "niêm yết" up to "ở" or the colon (not "niêm yết phổ biến giảm 14 đồng … xuống:").
                indicator = posted
            } else
            // (A name, not a speaker or a quote: "Mayweather tuyên bố:", "và sau đó là:".)
            // ("Số ca tử vong: 35 ca": "số" and a noun count what the unit counts, as a head names it;
            // not "số máy lẻ: 602", "Số lô: 3", which have no unit.)
            if let f = pre.first, pre.count <= 10, !c.isEdgeWord(f),
               case let countsSomething = m.unit != nil && c.key(f) == soCountKey
                   && c.next(f).map({ n in pre.contains(n) && c.kind(n) == .word && !c.has(c.numerals, n) && !c.has(c.verbs, n) && !c.isEdgeWord(n) }) ?? false,
               countsSomething || pre.contains(where: { c.key($0) == laKey || c.has(c.indicatorHeads, $0) }),
               !pre.contains(where: { verbRoles[$0 - c.lo]?.role == .source }) {
                let e = pre.first(where: { $0 > f && c.key($0) == laKey }) ?? (pre.last! + 1)
                if let name = trimRight(f, e) { indicator = name }
            }
        }
        // "lượng xuất khẩu … đạt 1,48 triệu tấn, trị giá 3,7 tỷ USD": the worth of a volume named before
        // is named as written (a volume counts tonnes, not dollars; "Xuất khẩu cà phê đạt 742.000 tấn,
        // trị giá 2,96 tỷ USD" stays "Xuất khẩu cà phê", which measures both).
        if indicator == nil, m.kind == .money, region.isEmpty, let v = verb, c.key(v.start) == triKey,
           inherited.0.map({ $0.split(separator: " ").contains { Fold.key(String($0)) == luongVolumeKey } }) ?? true,
           c.next(v.start).map({ c.key($0) == giaPriceKey }) ?? false, let g = c.next(v.start) {
            indicator = c.text(v.start, g + 1)
        }
        // (A share whose part found no name, or only its subject, is named by its whole as before.)
        if shareOfWhole, indicator == nil || indicator == subject, let post = postPhrase(after: m.endToken) {
            indicator = post.text
            phrase = post.tokens
        }
        // "4.320 ca mắc mới, trong đó khoảng 60% được phát hiện trong khu cách ly hoặc khu phong tỏa": a share
        // followed by a passive names the part it measures by that passive.
        if indicator == nil, m.kind == .percent, m.unit == nil, let d = c.next(m.endToken - 1), c.key(d) == duocKey,
           inherited.0 != nil, case let ce = clauseEnd(d), (d..<ce).count(where: { c.kind($0) == .word }) <= 12,
           !(d..<ce).contains(where: { inMention[$0 - c.lo] }), let t = trimRight(d, ce) {
            indicator = t
            phrase = d..<ce
        }
        if indicator == nil { indicator = inherited.0 }
        // "Công ty vàng bạc đá quý Sài Gòn niêm yết vàng SJC ở mức: 36,07 triệu đồng/lượng (mua vào)", "DOJI niêm yết ở
        // mức: …", "vàng SJC được Công ty … niêm yết ở mức …": a posted price is named by what is posted.
        if indicator == nil, m.kind == .money, m.per != nil, let posted = postedPriceName(before: m.firstToken, clauseStart: cs) { indicator = posted }
        // "GDP năm 2023 tăng 5,05%. Riêng quý IV tăng 6,8%": a sentence that opens with only a
        // period and the figure's verb goes on with the measure of the sentence before.
        if indicator == nil, cs == c.lo, let v = verb, let pi = previous.0,
           indices.contains(where: { mentions[$0].kind == .date && mentions[$0].firstToken >= cs && mentions[$0].endToken <= v.start }),
           (cs..<v.start).allSatisfy({ k in c.kind(k) != .word || inMention[k - c.lo] || c.isEdgeWord(k) || particleKeys.contains(c.key(k)) }) {
            // "tổng sản phẩm trong nước (GDP) năm 2023 tăng 5,08%. Riêng quý IV tăng 6,8%": the name
            // the article defined goes on in its short form.
            indicator = definedAbbreviation(pi) ?? pi
        }
        // "… tỷ trọng kinh tế số trong GDP … đạt khoảng 18,3%. Mục tiêu đến năm 2025 là 20% GDP": a sentence
        // that opens with only a plan word, a period and "là" / "đạt" sets a target for the measure of the
        // sentence before (a whole after the percent, "GDP", is not its name).
        if cs == c.lo, let v = verb, let pi = previous.0, indicator == nil || (m.kind == .percent && phrase.map { $0.lowerBound >= m.endToken } ?? false),
           let f = (cs..<v.start).first(where: { c.kind($0) == .word }), planWords.match(c.tokens, at: f, limit: v.start) != nil,
           (cs..<v.start).allSatisfy({ k in c.kind(k) != .word || inMention[k - c.lo] || c.isEdgeWord(k) || planWords.match(c.tokens, at: k, limit: v.start) != nil
               || (c.prev(k).map { planWords.match(c.tokens, at: $0, limit: v.start).map { $0.end > k } ?? false } ?? false) }) {
            indicator = pi
            phrase = nil
        }
        // "… các ngân hàng liên tục giảm lãi suất huy động. Hôm qua, Vietcombank tiếp tục giảm thêm 0,2 điểm
        // phần trăm": a change with no name, right after a sentence with no figure that says the same kind of
        // change of a measure, is a change of that measure.
        if indicator == nil, let v = verb, v.role == "increase" || v.role == "decrease",
           // (Before the verb only a date, its subject's name and particles: "Hôm qua, Vietcombank tiếp tục".)
           (c.lo..<v.start).allSatisfy({ k in c.kind(k) != .word || inMention[k - c.lo] || c.isEdgeWord(k) || particleKeys.contains(c.key(k))
               || c.isCapitalized(k) || trailingAdverbs.match(c.tokens, at: k, limit: v.start) != nil
               || (c.prev(k).map { trailingAdverbs.match(c.tokens, at: $0, limit: v.start).map { $0.end > k } ?? false } ?? false) }),
           let name = measureChangedBefore(v.role) {
            indicator = name
        }
        // "ngân sách nhà nước 10 tháng bội thu khoảng 123.300 tỷ đồng", "nhập siêu từ thị trường này
        // khoảng 40,5 tỷ USD", "khối ngoại bán ròng 520 tỷ đồng": a net balance word before the figure
        // names it; a group before it (not a measure) is whose balance it is. ("Cán cân thương mại hàng
        // hóa xuất siêu 11,6 tỷ USD": the balance is named, the word gives its sign.)
        if let (a, e) = netWordBefore(m, cs) {
            let pre = phraseRegion(cs, a)
            if let f = pre.first, c.key(f) == canCanKeys.0, c.next(f).map({ c.key($0) == canCanKeys.1 }) ?? false {
                indicator = trimRight(f, a)
            } else if let f = pre.first, pre.count <= 4, pre.contains(where: { c.match(c.indicatorHeads, $0).map { c.next($0.end - 1) == a } ?? false }) {
                // ("Tổng giá trị bán ròng tương ứng 4,15 tỷ đồng", "mức bội chi 3 lần": a measure written with it.)
                indicator = c.text(f, e)
            } else {
                indicator = c.text(a, e)
                if let f = pre.first, pre.count <= 6, !c.has(c.indicatorHeads, f), groupHeads.contains(c.key(f)) || c.has(c.organisations, f),
                   subject.map({ s in !pre.contains(where: { c.text($0, $0 + 1) == s }) }) ?? true, let g = trimRight(f, (pre.last ?? f) + 1) {
                    subject = g
                }
            }
        }

        // Still nothing: the first measure word of the sentence before the value names it
        // ("Các thị trường có giá trị xuất khẩu tăng mạnh là …, Hoa Kỳ (tăng 30,5%)").
        if indicator == nil, let named = firstMeasure(in: c.lo..<m.firstToken) { indicator = named }
        if subject == nil, phrase.map({ $0.lowerBound >= m.endToken }) ?? false, let a = actorPhrase(before: m.firstToken) {
            subject = a
        }
        // "Công ty cổ phần Viễn thông FPT đạt doanh thu …", "Tập đoàn Hòa Phát …": a named company.
        // (Bytes first: `hasSuffix` and `contains` compare Characters, ~7 K and ~13 K instructions a call.)
        if let f = companyName(in: cs..<m.firstToken),
           subject.map({ f.hasSuffixNFC($0) || (f.utf8MayContain(" " + $0) && f.contains(" " + $0)) }) ?? true { subject = f }
        if subject == nil, let n = properNameOpening(cs, before: m.firstToken) { subject = n }
        // "giá vàng hôm nay tại Công ty vàng bạc đá quý Phú Quý, giá vàng SJC mua vào 36,46 triệu đồng/lượng": a price posted
        // at a named company in the clause before (docs/ANNOTATION.md: with no place, the organisation).
        if subject == nil, m.kind == .money, m.per != nil, cs > c.lo,
           let l = (c.lo..<cs).last(where: { k in locativeKeys.contains(c.key(k)) && (c.next(k).map { n in c.isCapitalized(n) && companyHeads.match(c.tokens, at: n, limit: cs) != nil } ?? false) }),
           let n = c.next(l), let f = companyName(in: n..<cs) {
            subject = f
        }
        // "Môn Lịch sử có hơn 70.000 bài thi dưới 5 điểm": a school subject opening the clause is whose
        // figures they are (as "môn Ngữ văn có điểm trung bình 6,86"), up to its verb.
        if subject == nil, let f = (cs..<m.firstToken).first(where: { c.kind($0) == .word }), c.key(f) == monKey,
           let n = c.next(f), c.isCapitalized(n),
           let v = (n..<m.firstToken).first(where: { c.kind($0) == .word && (verbRoles[$0 - c.lo] != nil || c.isEdgeWord($0)) }),
           v - f <= 8, let name = trimRight(f, v) {
            subject = name
        }
        // "Tỉnh thu hút 1,69 tỷ USD …", "Năm 2024, tỉnh phấn đấu …": the bare province or city
        // word as the clause's subject is the place named before in the document.
        if subject == nil, let place = documentPlace, let f = (cs..<m.firstToken).first(where: { c.kind($0) == .word }),
           let n = c.next(f), c.kind(n) == .word, !c.isCapitalized(n) {
            // (Folded only when the clause opens with one of the two words.)
            if c.key(f) == tinhKey, case let fold = Fold.folded(place), !(fold.hasPrefix("tp") || fold.hasPrefix("thanh pho")) {
                subject = fold.hasPrefix("tinh ") ? place : "tỉnh " + place
            } else if c.key(f) == thanhKey, c.key(n) == phoKey, let n2 = c.next(n), c.kind(n2) == .word, !c.isCapitalized(n2), !Fold.folded(place).hasPrefix("tinh") {
                subject = place
            }
        }
        // "Sân bay này có thể khai thác …", "Nhà máy này đạt …": a clause opening with a noun and
        // "này" refers to the subject named before.
        if subject == nil, let f = (cs..<m.firstToken).first(where: { c.kind($0) == .word }),
           let n = wordAfter(f, within: 3, where: { self.c.key($0) == Cue.nayThis }),
           (f..<n).allSatisfy({ c.tokens[$0].isSpace || (c.kind($0) == .word && verbRoles[$0 - c.lo] == nil && !c.isEdgeWord($0)) }) {
            subject = inherited.1 ?? previous.1
        }
        // "Công nghiệp chế biến, chế tạo dẫn đầu với 13,56 tỷ USD, chiếm 67,1% tổng vốn đăng ký",
        // "kinh doanh bất động sản đứng thứ hai với 1,8 tỷ USD": what leads or ranks is whose
        // figure it is; the measure is the one the sentence names (the whole a share is taken
        // of, else the record before).
        // (Only "… với <figure>" or the rank itself before "với"; not a person or a pronoun.)
        let withFigure = verb.map { c.key($0.start) == Cue.voi } ?? false
            || (m.kind == .ordinal && c.next(m.endToken - 1).map { c.isKey($0, Cue.voi) } ?? false)
        if withFigure, let rv = rankVerb(cs, before: m.firstToken), case let r = rv.start,
           let x = (cs..<r).first(where: { c.kind($0) == .word && !auxKeys.contains(c.key($0)) && !c.isEdgeWord($0) }),
           !pronounKeys.contains(c.key(x)),
           (x..<r).allSatisfy({ c.tokens[$0].isSpace || c.kind($0) == .punctuation || (c.kind($0) == .word && verbRoles[$0 - c.lo] == nil && !inMention[$0 - c.lo]) }),
           (x..<r).count(where: { c.kind($0) == .word }) <= 8,
           !(min(rv.end, m.firstToken)..<m.firstToken).contains(where: { c.kind($0) == .word && c.has(c.indicatorHeads, $0) && !inMention[$0 - c.lo] }),
           let ranked = trimRight(x, (x..<r).last(where: { c.kind($0) == .word && !auxKeys.contains(c.key($0)) && !c.isEdgeWord($0) }).map { $0 + 1 } ?? r) {
            let shareWhole = indices.first(where: { mentions[$0].kind == .percent && mentions[$0].firstToken > m.endToken
                && c.prev(mentions[$0].firstToken).map { c.key($0) == chiemKey } ?? false }).flatMap { postPhrase(after: mentions[$0].endToken)?.text }
            // ("Trong số 104 quốc gia và vùng lãnh thổ có đầu tư tại Việt Nam, Singapore dẫn đầu với 3,98 tỷ
            // USD": the group counted before "has" the measure; the leaders rank by it.)
            let hadMeasure = lastNamedByHead ? nil : builtPhrases.ranges.last.flatMap { pr in
                pr.first(where: { c.key($0) == coKey }).flatMap { c.next($0) }.flatMap { h in
                    pr.contains(h) && c.kind(h) == .word && !c.isEdgeWord(h) ? trimRight(h, pr.upperBound) : nil } }
            if let measure = shareWhole ?? hadMeasure ?? (inherited.0 != indicator && lastNamedByHead ? inherited.0 : nil), measure != ranked {
                indicator = measure
                namedByHead = true
                if subject == nil || (subject.map { ranked.contains($0) } ?? false) { subject = ranked }
            }
        }
        // "Philippines … là thị trường nhập khẩu gạo lớn nhất của Việt Nam, …; Indonesia đứng thứ hai": a rank
        // with no name of its own ranks by the category the sentence named first ("là X lớn nhất").
        if m.kind == .ordinal, region.allSatisfy({ c.kind($0) != .word || verbRoles[$0 - c.lo] != nil || c.isEdgeWord($0) || rankKeys.contains(c.key($0)) }),
           !(m.endToken..<figureClauseEnd).contains(where: { c.kind($0) == .word && c.key($0) != Cue.thu && !c.has(c.places, $0) && !isWorld($0) }),
           let sup = (c.lo..<cs).first(where: { k in c.key(k) == nhatKey
               && (c.prev(k).map { rankAdjectives.contains(c.key($0)) } ?? false) }),
           let adj = c.prev(sup), let la = (max(c.lo, adj - 16)..<adj).last(where: { c.key($0) == laKey }), let f = c.next(la), f < adj,
           !(f..<adj).contains(where: { inMention[$0 - c.lo] || isBoundary($0) }), let name = trimRight(f, adj) {
            var ranked = name
            if let h = (f..<adj).first(where: { c.key($0) == tradeXuat || c.key($0) == tradeNhap }), h > f, let l = c.prev(adj) { ranked = c.text(f, l + 1) }
            indicator = ranked
            phrase = nil
        }
        // "Việt Nam là nước xuất khẩu gạo lớn thứ hai thế giới": what is ranked is the category written before the
        // trade or production word ("nước", "quốc gia", "thị trường" + "xuất khẩu gạo").
        if m.kind == .ordinal, let ph = phrase, let ind = indicator, ind.hasPrefix(c.text(ph.lowerBound, ph.lowerBound + 1)),
           c.key(ph.lowerBound) == tradeXuat || c.key(ph.lowerBound) == tradeNhap || c.key(ph.lowerBound) == sanKey,
           let p = c.prev(ph.lowerBound), p >= cs,
           let cat = sequence(first: p, next: { self.c.prev($0).flatMap { $0 >= cs && p - $0 < 6 ? $0 : nil } }).first(where: { j in
               rankCategories.match(c.tokens, at: j, limit: ph.lowerBound).map { $0.end == p + 1 } ?? false }) {
            indicator = c.text(cat, ph.lowerBound) + ind
        }
        // "nước xuất khẩu gạo lớn thứ hai": the adjective of a rank belongs to the rank.
        if m.kind == .ordinal, let ind = indicator, let p = c.prev(m.firstToken), rankAdjectives.contains(c.key(p)),
           case let a = " " + c.text(p), ind.hasSuffix(a), ind.count > a.count {
            indicator = String(ind.dropLast(a.count))
        }
        // "tình trạng thiếu giáo viên vẫn chưa được giải quyết khi toàn ngành còn thiếu khoảng 113.000 người": a
        // shortage counted in the generic "người" is the shortage the sentence named before it.
        if m.kind == .number, let ind = indicator, nguoiUTF8.withUnsafeBufferPointer({ ind.utf8Equals($0) }), let v = c.prev(m.firstToken).flatMap({ p in
               c.key(p) == thieuKey ? p : c.match(c.qualifiers, p) != nil ? c.prev(p).flatMap { c.key($0) == thieuKey ? $0 : nil } : nil }),
           let named = (c.lo..<v).first(where: { c.key($0) == thieuKey && !inMention[$0 - c.lo] }) {
            var e = named + 1, words = 0
            while let n = c.next(e - 1), n < v, words < 4, c.kind(n) == .word, !c.isEdgeWord(n), verbRoles[n - c.lo] == nil, !inMention[n - c.lo] {
                e = n + 1; words += 1
            }
            if words > 0 { indicator = c.text(named, e) }
        }
        // ("…, trong khi NHNN đặt mục tiêu tăng trưởng tín dụng cả năm khoảng 14-15%": "trong khi"
        // contrasts something else; the subject before it does not carry over.)
        if subject == nil, !contrastBefore(m) { subject = inherited.1 }
        // "Với tổng diện tích khoảng 1,5 triệu ha, sản lượng lúa hè thu toàn vùng ước đạt …": a fronted "với" +
        // figure belongs to the clause after it, and so does its subject.
        if subject == nil, let w0 = (cs..<m.firstToken).first(where: { c.kind($0) == .word }), c.isKey(w0, Cue.voi),
           case let ce = figureClauseEnd, ce < c.hi, c.isKey(ce, Cue.comma), let n = c.next(ce) {
            let ne = clauseEnd(n)
            if let p = places(in: n..<ne).first(where: { !inSource($0.start) && !isWorld($0.start) }) { subject = c.text(p.start, p.end) }
            else if let t = clauseToanPhrase(n, ne) { subject = c.text(t.start, t.end) }
        }
        // "TMS: lãi ròng 173 tỷ đồng …": a stock ticker heading the sentence names the company.
        if subject == nil, let t = tickerHeading() { subject = t }
        // "những mã lấy đi nhiều điểm số nhất gồm có VNM (-0,6%), PLX (-1,4%), GAS (-1%)": a figure alone in parentheses
        // right after a stock ticker is that ticker's.
        if m.firstToken > c.lo, c.isKey(m.firstToken - 1, Cue.lparen), m.endToken < c.hi, c.isKey(m.endToken, Cue.rparen),
           // (Vietnamese tickers have three characters: not "CP", "HD", nor a Roman numeral of a quarter, a century or a
           // term, "quý III (5,15%)"; "VIC", "DIC" are no Roman numerals, "CII" is one above 39.)
           let t = c.prev(m.firstToken - 1), c.tokens[t].length == 3, isTickerShaped(t),
           !(c.mayBeRoman(t) && (RomanNumeral.value(c.text(t)).map { $0 <= 39 } ?? false)), !c.has(c.indicatorHeads, t), !c.has(c.currencies, t),
           !c.has(c.places, t) {
            subject = c.text(t)
        }
        // "HAG lỗ 1.000 tỷ đồng", "Lotte Mart lỗ 45 tỷ đồng năm 2007", "TTF lỗ tới 1.629 tỷ đồng": "lỗ" (a loss) right before
        // an amount of money names it (bare "lỗ" is no measure word: it is also a hole); a capitalized name right before
        // it is whose loss it is. (Not "cắt lỗ", "bán lỗ": selling at a loss.)
        // ("lỗ tới", "lỗ đến": the stress on the size stands between.)
        if m.kind == .money, let w0 = verb.flatMap({ c.key($0.start) == loLossKey ? $0.start : nil }) ?? c.prev(verb?.start ?? startBeforeQualifier(m)),
           let w = c.isKey(w0, Cue.toi) || c.isKey(w0, Cue.den) ? c.prev(w0) : w0, w >= cs, c.key(w) == loLossKey,
           // (A measure word that names the loss stays: "khoản lỗ", "lỗ lũy kế", "lợi nhuận sau thuế … lỗ".)
           !namedByHead, !(c.prev(w).map { lossSaleKeys.contains(c.key($0)) } ?? false) {
            indicator = c.text(w)
            phrase = nil
            var f = w
            // (Not a date's word: "quý II lỗ 123,7 tỷ đồng".)
            while let p = c.prev(f), p >= cs, c.kind(p) == .word, c.isCapitalized(p), !inMention[p - c.lo] { f = p }
            if f < w, let pw = c.prev(w), subject == nil || subject == inherited.1 { subject = c.text(f, pw + 1) }
        }
        // "Giá vàng nhẫn trơn 9999 cũng tăng nhẹ, giao dịch quanh mức 62,1-63,2 triệu đồng/lượng", "Tỷ số giới
        // tính khi sinh vẫn ở mức cao, khoảng 112 bé trai/100 bé gái": a clause with no name of its own
        // gives the level of the measure the clause before states without a figure (and its direction).
        var statedDirection: Indicator.Direction? = nil
        func inVerb(_ k: Int) -> Bool { (max(c.lo, k - 6)...k).contains { j in verbRoles[j - c.lo].map { $0.end > k } ?? false } }
        // (The cheap test first: a comma right before the clause.)
        if cs > c.lo, c.isKey(cs - 1, Cue.comma),
           region.allSatisfy({ c.kind($0) != .word || inVerb($0) || c.isEdgeWord($0) || particleKeys.contains(c.key($0)) }),
           let (name, dir) = figurelessClause(before: cs) {
            indicator = name
            phrase = nil
            statedDirection = dir
        }
        // "Xuất khẩu gạo, cà phê, hồ tiêu 11 tháng thu về khoảng 9 tỷ USD", "Nhiều mã chứng khoán, bất
        // động sản cũng tăng trên 3%": short noun phrases listed before the name from the start of the
        // sentence are named with it.
        if cs > c.lo, c.isKey(cs - 1, Cue.comma), let ph = phrase, let ind = indicator,
           ph.lowerBound == (cs..<ph.upperBound).first(where: { c.kind($0) == .word }),
           // (The word count before the texts: building and comparing them cost ~1-2 K instructions.)
           (ph.lowerBound..<ph.upperBound).count(where: { c.kind($0) == .word }) <= 4,
           ind == c.text(ph.lowerBound, ph.upperBound) || ind == trimRight(ph.lowerBound, ph.upperBound),
           let start = listedBefore(cs) {
            indicator = trimRight(start, ph.upperBound) ?? indicator
        }
        // "lãi suất cho vay cận biên là 0,25% và âm 0,5% đối với lãi suất tiền gửi": a measure after "đối với" right
        // behind the figure names it.
        // (Only when the measure named before already has its figure, "… cận biên là 0,25% và âm 0,5% đối với …": "lãi suất
        // huy động … ở mức 0,1-0,2%/năm đối với tiền gửi không kỳ hạn" keeps its measure, the phrase is a segment of it.)
        if let d = c.next(m.endToken - 1), c.key(d) == doiWithKey, let v = c.next(d), c.isKey(v, Cue.voi), let h = c.next(v),
           c.has(c.indicatorHeads, h),
           region.last(where: { c.has(c.indicatorHeads, $0) }).map({ lh in indices.contains { mentions[$0].firstToken > lh && mentions[$0].endToken <= m.firstToken && isValueKind(mentions[$0].kind) } }) ?? true,
           let post = postPhrase(after: v + 1) {
            indicator = post.text
            phrase = post.tokens
        }
        // "Doanh nghiệp nhà nước có mức thưởng cao nhất 225 triệu đồng, … Khối doanh nghiệp dân doanh thưởng cao nhất
        // 830 triệu đồng": the level of a measure named before ("mức" + the same measure) is the name the list goes on with
        // (a name that ends with a statistic word only: "giá" after "mức giá" stays as written).
        // (Bytes compared, not `hasPrefix`: a String compare is a Unicode comparison, 1% of the run when it ran per record.)
        // (The stem is a prefix of the name: it is shorter in bytes exactly when a statistic word was cut, and
        // counting Characters walked both strings.)
        if let p = inherited.0 ?? previous.0, p.utf8Starts(with: mucSpaceUTF8), let ind = indicator,
           !ind.utf8Starts(with: mucSpaceUTF8), !ind.utf8Starts(with: mucCapSpaceUTF8),
           case let stem = statStem(ind), stem.utf8.count < ind.utf8.count, statStem(String(p.dropFirst(4))) == stem {
            indicator = "mức " + ind
        }
        let period = periodFor(i, cs, baselines, dates, clauseEnd: figureClauseEnd)
        let modality = modalityFor(m.firstToken, cs)
        let sent = c.doc.sentences[sentence]
        var record = Indicator(indicator: indicator, subject: subject, value: i, period: period, modality: modality, change: nil,
                               sentenceStart: Int(sent.start), sentenceEnd: Int(sent.end))
        record.phraseTokens = phrase
        record.statedDirection = statedDirection
        if let phrase { builtPhrases.ranges.append(phrase) }
        record.namedByHead = namedByHead
        // (A share's whole, "chiếm 67,1% tổng vốn đăng ký", names a measure too.)
        lastNamedByHead = namedByHead || (m.kind == .percent && phrase.map { $0.lowerBound > m.firstToken } ?? false
            && c.prev(m.firstToken).map { c.key($0) == chiemKey } ?? false)
        record.subjectIsPlace = subjectIsPlace && record.subject != nil
        return record
    }

    /// "cao nhất là 1,35 tỉ đồng, bình quân 7,9 triệu đồng": a clause that is only another
    /// statistic of the measure before it ("mức thưởng cao nhất" → "mức thưởng bình quân").
    /// "tổng sản phẩm trong nước (GDP)" → "GDP": a name that ends by defining its abbreviation
    /// (two to six capital letters in parentheses after a name of two words or more), when the
    /// abbreviation is a measure's name itself (`indicator_heads.tsv`: not "quy mô GDP theo ngang
    /// giá sức mua (PPP)", where it names only the method).
    func definedAbbreviation(_ name: String) -> String? {
        let u = Array(name.utf8)
        guard let close = u.last, close == 0x29, let open = u.lastIndex(of: 0x28), open >= 2, u[open - 1] == 0x20 else { return nil }
        let letters = u[(open + 1)..<(u.count - 1)]
        guard (2...6).contains(letters.count), letters.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }),
              u[..<(open - 1)].contains(0x20) else { return nil }
        let abbreviation = String(decoding: letters, as: UTF8.self)
        return c.indicatorHeads.contains(keys: [Fold.key(abbreviation)]) ? abbreviation : nil
    }

    func nextStatistic(_ cs: Int, _ value: Int, after previous: String?) -> String? {
        let c = self.c
        guard let f = (cs..<value).first(where: { c.kind($0) == .word }),
              let st = statWords.match(c.tokens, at: f, limit: value),
              (st.end..<value).allSatisfy({ c.tokens[$0].isSpace || c.key($0) == laKey }) else { return nil }
        // "Thưởng Tết ở TP.HCM: cao nhất 1,35 tỉ đồng, …": the measure named before a colon.
        if previous.map({ statEnding(of: $0) == nil }) ?? true,
           let colon = (c.lo..<cs).last(where: { c.isKey($0, Cue.colon) }), let named = firstMeasure(in: c.lo..<colon) {
            return named + " " + c.text(f, st.end)
        }
        guard let pi = previous else { return nil }
        guard let w = statEnding(of: pi) else { return nil }
        return String(pi.dropLast(w.count)) + c.text(f, st.end)
    }

    /// The end of a proper name that is all of a list item's region ("Kienlong Bank", "SCB", "STB với"): one to five
    /// capitalized words, no measure word, then at most "với"; nil otherwise.
    func listItemEntityEnd(_ region: [Int]) -> Int? {
        let c = self.c
        var end: Int? = nil
        var words = 0
        for (n, k) in region.enumerated() {
            if c.kind(k) != .word { return nil }
            if c.isKey(k, Cue.voi), n == region.count - 1, end != nil { break }
            guard c.isCapitalized(k), !c.has(c.indicatorHeads, k), !(n == 0 && c.isEdgeWord(k)) else { return nil }
            words += 1
            if words > 5 { return nil }
            end = k + 1
        }
        return end
    }

    /// The name of a price posted with "niêm yết" before token `end`: its object ("niêm yết vàng SJC ở mức" → "vàng SJC";
    /// "giá vàng miếng") or the subject of a passive ("vàng SJC được … niêm yết"); nil otherwise. (Not the price the
    /// article named last: that was often another series, "Giá vàng giao tháng Tám" for DOJI's posted price.)
    func postedPriceName(before end: Int, clauseStart cs: Int) -> String? {
        let c = self.c
        let niem = niemKey, yet = yetKey
        guard let n = (c.lo..<end).last(where: { c.key($0) == niem && (c.next($0).map { c.key($0) == yet } ?? false) }), let y = c.next(n) else { return nil }
        // The object: words after "niêm yết" up to "ở" / "tại" / "với" / punctuation / the figure.
        var e = y + 1
        var k = c.next(y)
        // (Not a verb: "niêm yết giao dịch ở mức", "niêm yết mua vào".)
        while let t = k, t < end, c.kind(t) == .word, !inMention[t - c.lo], !locativeKeys.contains(c.key(t)), !c.isKey(t, Cue.voi),
              !c.isEdgeWord(t) || e > y + 1, verbRoles[t - c.lo] == nil, !c.has(c.verbs, t), !buySellKeys.contains(c.key(t)) {
            e = t + 1
            k = c.next(t)
        }
        if e > y + 1, let o = c.next(y), o < e, let obj = trimRight(o, e) { return obj }
        // A passive: "vàng SJC được Công ty … niêm yết".
        let lo = Swift.max(cs, c.lo)
        if n > lo, let d = (lo..<n).first(where: { c.key($0) == duocKey }), let f = (lo..<d).first(where: { c.kind($0) == .word }),
           c.kind(f) == .word, !c.isEdgeWord(f), (f..<d).allSatisfy({ c.kind($0) != .word || !c.isCapitalized($0) || $0 > f }), let obj = trimRight(f, d) { return obj }
        return nil
    }

    /// The last stock or currency index named before token `end` in the sentence ("VN-Index", "chỉ số Dow Jones",
    /// "US Dollar Index"), named by `indexName`; nil when none.
    func pointsIndex(before end: Int) -> String? {
        let c = self.c
        let index = indexKey, so = soCountKey
        func isIndexHead(_ k: Int) -> Bool {
            c.kind(k) == .word && !inMention[k - c.lo] && c.has(c.indicatorHeads, k)
                && ((c.isKey(k, Cue.chi) && c.next(k).map { c.key($0) == so } ?? false)
                    || (k..<(c.match(c.indicatorHeads, k)?.end ?? k + 1)).contains { c.key($0) == index })
        }
        // "chỉ số FTSE 100 …, chỉ số DAX 30 … và chỉ số CAC 40 … lần lượt tiến 0,3%, 0,4% và 0,7% lên các mức 7.543,77 điểm,
        // 12.664,92 điểm và 5.318,67 điểm": after "lần lượt", the n-th level in points is the n-th index named before it.
        if let r = respectivelyAt, r < end {
            // ("chỉ số VN-Index" is one index: a listed name right after "chỉ số" is not another.)
            let heads = (c.lo..<r).filter { k in isIndexHead(k) && !(c.prev(k).map { p in c.key(p) == so && (c.prev(p).map { c.isKey($0, Cue.chi) } ?? false) } ?? false) }
            if heads.count >= 2 {
                let levels = indices.filter { mentions[$0].firstToken > r && (c.next(mentions[$0].endToken - 1).map { c.isKey($0, Cue.diem) } ?? false) }
                if let n = levels.firstIndex(where: { mentions[$0].firstToken == end }), n < heads.count { return indexName(at: heads[n], before: end) }
            }
        }
        guard let h = (c.lo..<end).last(where: isIndexHead) else { return nil }
        return indexName(at: h, before: end)
    }

    /// The name of the index whose head starts at token `h` (see `pointsIndex`).
    func indexName(at h: Int, before end: Int) -> String? {
        let c = self.c
        let headEnd = c.match(c.indicatorHeads, h)?.end ?? h + 1
        // "VN-Index ấn định mức tăng …": a listed index name is the whole name.
        guard c.isKey(h, Cue.chi) else { return trimRight(h, headEnd) }
        // "chỉ số Dow Jones", "chỉ số S&P 500", "chỉ số HNX Mid/Small Cap", "chỉ số CAC 40": the proper name after
        // "chỉ số" (capitalized words, the numbers after them, and the symbols glued between them).
        var e = headEnd
        var k = c.next(headEnd - 1)
        while let t = k, t < end, !inMention[t - c.lo] {
            if c.kind(t) == .word, c.isCapitalized(t) || (t == e && c.glued(t)) {
                k = c.next(t)
            } else if c.kind(t) == .number, e > headEnd {
                k = c.next(t)
            } else if t == e, e > headEnd, c.glued(t), c.kind(t) == .punctuation || c.kind(t) == .symbol,
                      c.firstUnit(t) == 0x26 || c.firstUnit(t) == 0x2F || c.firstUnit(t) == 0x2D, let n = c.nextGlued(t), c.kind(n) == .word || c.kind(n) == .number {
                k = n
            } else { break }
            e = t + 1
        }
        return e > headEnd ? trimRight(h, e) : firstMeasure(in: h..<end)
    }

    /// The first measure word in a token range and the words after it up to a verb, edge
    /// word, date or place (at most 8 words).
    func firstMeasure(in range: Range<Int>) -> String? {
        let c = self.c
        guard let h = range.first(where: { c.kind($0) == .word && c.has(c.indicatorHeads, $0) && !inMention[$0 - c.lo] && !c.has(c.places, $0) }) else { return nil }
        // (The whole head first: "lợi nhuận trước thuế" holds an edge word.)
        let headEnd = c.match(c.indicatorHeads, h)?.end ?? h + 1
        var e = headEnd
        var k = headEnd
        var words = (h..<headEnd).count(where: { c.kind($0) == .word })
        // At most 8 words (a compound token counts once), never half a word pair cut by a token limit.
        while k < range.upperBound, words < 8, !isBoundary(k) {
            // "Covid-19": a glued "-" and its digits stay in the name.
            if c.isKey(k, Cue.dash), c.glued(k), let n = c.nextGlued(k), c.kind(n) == .number, k > h { e = n + 1; k = n + 1; continue }
            guard c.kind(k) == .word || c.tokens[k].isSpace else { break }
            // ("điểm trung bình các môn thi": "các" + a common noun goes on with the name.)
            // (Right after the head only, and not before a place word: "Diện tích điều các tỉnh Tây Nguyên".)
            let pluralNoun = c.key(k) == Cue.cac && (c.prev(k).map { $0 < headEnd } ?? false) && c.next(k).map { n in
                c.kind(n) == .word && !c.isCapitalized(n) && !c.isEdgeWord(n) && !isPeriodOrPlace(n) && verbRoles[n - c.lo] == nil
                    && !groupHeads.contains(c.key(n)) && !SentenceRecords.placePrefixes.contains(c.key(n)) && !partNounKeys.contains(c.key(n))
                    && companyHeads.match(c.tokens, at: n, limit: range.upperBound) == nil } ?? false
            if k > h, c.kind(k) == .word, verbRoles[k - c.lo] != nil || (c.isEdgeWord(k) && !pluralNoun) || isPeriodOrPlace(k)
                || evaluativeWords.match(c.tokens, at: k, limit: range.upperBound) != nil || isLunarYear(k)
                || (c.has(c.organisations, k) && c.isCapitalized(k)) { break }
            if c.kind(k) == .word { e = k + 1; words += 1 }
            k += 1
        }
        return trimRight(h, e)
    }

    /// "dẫn đầu", "đứng đầu", "đứng thứ …", "xếp thứ …" in the clause before the value.
    /// ("chiếm tỷ trọng cao nhất với 179,23 tỷ USD" ranks too: `end` is after the rank phrase.)
    func rankVerb(_ cs: Int, before v: Int) -> (start: Int, end: Int)? {
        let c = self.c
        for k in cs..<v {
            guard c.kind(k) == .word, let n = c.next(k) else { continue }
            if c.key(k) == danKey, c.key(n) == Cue.dau { return (k, n + 1) }
            if (c.key(k) == Cue.dung || c.key(k) == Cue.xep), c.key(n) == Cue.dau || c.key(n) == thuKey { return (k, n + 1) }
            if c.key(k) == chiemKey, let sh = shareNouns.match(c.tokens, at: n, limit: v), let a = c.next(sh.end - 1), let b = c.next(a),
               c.key(b) == nhatKey, c.key(a) == caoKey || c.key(a) == lonKey { return (k, b + 1) }
        }
        return nil
    }

    /// "Giáp Thìn", "Quý Mão": a year of the sexagenary cycle (a period, not part of a name).
    func isLunarYear(_ k: Int) -> Bool {
        let c = self.c
        guard c.isCapitalized(k), heavenlyStems.contains(c.key(k)), let n = c.next(k), n == k + 2, c.isCapitalized(n) else { return false }
        return earthlyBranches.contains(c.key(n))
    }

    /// The first of the next `n` tokens after `k` (spaces skipped) that satisfies `p`.
    @inline(__always) func wordAfter(_ k: Int, within n: Int, where p: (Int) -> Bool) -> Int? {
        let c = self.c
        var t = k
        for _ in 0..<n {
            guard let x = c.next(t) else { return nil }
            if p(x) { return x }
            t = x
        }
        return nil
    }

    /// The statistic word an indicator ends with ("mức thưởng cao nhất" → "cao nhất").
    func statEnding(of indicator: String) -> String? {
        let folded = Fold.folded(indicator)
        return statWordList.first { folded.hasSuffix(" " + Fold.folded($0)) }
    }

    func lastWord(before e: Int, from a: Int) -> Int? {
        let c = self.c
        var k = e - 1
        while k >= a, c.tokens[k].isSpace { k -= 1 }
        return k >= a ? k : nil
    }

    /// "Đến hết năm 2023, các bộ, ngành đã cắt giảm … 2.500 quy định": a plural actor
    /// ("các …", "những …") right before the sentence's verb names whose count it is.
    func actorPhrase(before value: Int) -> String? {
        let c = self.c
        guard let a = (c.lo..<value).first(where: { c.key($0) == Cue.cac || c.key($0) == Cue.nhung }) else { return nil }
        var e = a + 1
        var k = a + 1
        while k < value {
            if c.tokens[k].isSpace || c.isKey(k, Cue.comma) || c.isKey(k, Cue.lparen) { k += 1; continue }
            // "các bệnh viện tầng 2 và tầng 3": a tier named by its number is part of the actor.
            if c.kind(k) == .number, let p = c.prev(k), tierKeys.contains(c.key(p)) { e = k + 1; k += 1; continue }
            if c.key(k) == Cue.va, let n = c.next(k), n < value, tierKeys.contains(c.key(n)), e > a + 1 { k += 1; continue }
            if c.kind(k) != .word || verbRoles[k - c.lo] != nil || c.isEdgeWord(k) || c.key(k) == Cue.da { break }
            e = k + 1
            k += 1
        }
        return e - a >= 2 ? trimRight(a, e) : nil
    }

    /// "Tân Sơn Nhất đã khai thác …", "Vinalines được định giá …", "EVN đạt …": a proper name
    /// that opens the clause (two or more capitalized words, or one all-capitals or
    /// mixed-case word) is whose figure it is, unless it announces, plans or forecasts.
    /// Number of vowel groups in a word token (a Vietnamese syllable has one).
    static func vowelGroups(_ c: Context, _ k: Int) -> Int {
        var groups = 0
        var inVowel = false
        for p in Int(c.tokens[k].start)..<Int(c.tokens[k].end) {
            let u = c.units[p]
            let lower = (u >= 0x41 && u <= 0x5A) ? u + 0x20 : u
            // Plain and accented Latin vowels (any letter above U+00BF counts as a vowel: Vietnamese
            // consonants are all ASCII, except đ).
            let vowel = lower == 0x61 || lower == 0x65 || lower == 0x69 || lower == 0x6F || lower == 0x75 || lower == 0x79
                || (u >= 0xC0 && u != 0x111 && u != 0x110)
            if vowel && !inVowel { groups += 1 }
            inVowel = vowel
        }
        return groups
    }

    func properNameOpening(_ cs: Int, before value: Int) -> String? {
        let c = self.c
        var k = cs
        while k < value, c.tokens[k].isSpace || c.tokens[k].kind == .newline { k += 1 }
        guard k < value, c.kind(k) == .word, c.isCapitalized(k), !inMention[k - c.lo], !personTitles.contains(c.key(k)), !listOpeners.contains(c.key(k)),
              !c.isEdgeWord(k), !c.has(c.numerals, k), c.key(k) != Cue.cac, c.key(k) != Cue.nhung else { return nil }
        var e = k
        var words = 0
        var j: Int? = k
        while let t = j, t < value, c.kind(t) == .word, c.isCapitalized(t) {
            if c.has(c.indicatorHeads, t) || c.has(c.unitTable, t) || c.has(c.currencies, t)
                || c.has(c.places, t) || groupHeads.contains(c.key(t)) || verbRoles[t - c.lo] != nil { return nil }
            e = t + 1
            words += 1
            j = c.next(t)
        }
        // The name ends at the clause's verb or auxiliary ("đã", "được", "đạt"), not inside a
        // word ("Sở Giáo dục", "Môn Lịch sử" at a sentence start).
        guard words >= 1, let after = j, after < value, c.kind(after) == .word, !c.isCapitalized(after),
              verbRoles[after - c.lo] != nil || auxiliaryKeys.contains(c.key(after)) else { return nil }
        if words == 1 {
            // One word: only a name that cannot be a capitalized common word.
            var upperInside = false
            for p in (Int(c.tokens[k].start) + 1)..<Int(c.tokens[k].end) where c.units[p] >= 0x41 && c.units[p] <= 0x5A { upperInside = true }
            // ("Toyota", "Samsung", "Nestlé": a word of two vowel groups is no Vietnamese syllable, so a name.)
            guard (upperInside || SentenceRecords.vowelGroups(c, k) >= 2), c.tokens[k].length >= 2 else { return nil }
        }
        let announces = (e..<min(value, e + 8)).contains { t in
            verbRoles[t - c.lo].map { $0.role == .source || $0.role == .target || $0.role == .forecast || $0.role == .estimate } ?? false
        }
        return announces ? nil : c.text(k, e)
    }

    /// "Công ty X", "Tập đoàn X", "Ngân hàng X", "Tổng công ty X": the organisation word
    /// and the capitalized name after it.
    func companyName(in range: Range<Int>) -> String? {
        let c = self.c
        let heads = companyHeads
        var k = range.lowerBound
        while k < range.upperBound {
            if c.isCapitalized(k), let m = heads.match(c.tokens, at: k, limit: range.upperBound) {
                // The name runs over words that are not verbs or function words
                // ("cổ phần Viễn thông FPT", "Nhà nước") up to the verb.
                var e = m.end
                var lastCap = -1
                var j = c.next(m.end - 1)
                var steps = 0
                while let t = j, t < range.upperBound, c.kind(t) == .word, verbRoles[t - c.lo] == nil, !companyStop(c.key(t)), steps < 8 {
                    if c.isCapitalized(t) { lastCap = t }
                    e = t + 1
                    j = c.next(t)
                    steps += 1
                }
                let endsAtVerb = j.map { $0 >= range.upperBound || c.kind($0) != .word || verbRoles[$0 - c.lo] != nil || companyStop(c.key($0)) } ?? true
                if !endsAtVerb { e = lastCap + 1 }
                // An organisation that announces, sets or reports is the source, not the subject.
                let announces = (e..<min(range.upperBound, e + 6)).contains { $0 >= c.lo && verbRoles[$0 - c.lo].map { $0.role == .source || $0.role == .target } ?? false }
                if lastCap >= 0, e > m.end, !announces { return c.text(k, e) }
                k = m.end
            } else { k += 1 }
        }
        return nil
    }

    /// Words after a company name that end it (not part of the name).
    /// The place at s ends a company's name: "Công ty Vàng bạc Đá quý Sài Gòn", "Ngân hàng TMCP Sài Gòn".
    func endsCompanyName(_ s: Int) -> Bool { endsName(s, heads: companyHeads) }

    /// The word at s ends a name opened by one of `heads` (its words between are no verb or punctuation).
    func endsName(_ s: Int, heads: PhraseTable<Bool>) -> Bool { nameStart(endingAt: s, heads: heads) != nil }

    /// Where the name that the word at s ends begins, when one of `heads` opens it (its words between are no
    /// verb or punctuation): "Liên đoàn Lao động TP.HCM" for "TP.HCM".
    func nameStart(endingAt s: Int, heads: PhraseTable<Bool>) -> Int? {
        let c = self.c
        var k = s
        for _ in 0..<8 {
            guard let p = c.prev(k) else { return nil }
            // (A capitalized head that opens the name: "Công ty", "Tổng công ty", "Liên đoàn Lao động".)
            if c.isCapitalized(p), let m = heads.match(c.tokens, at: p, limit: c.hi), m.end <= s { return p }
            // (Words of the name between, "Vàng bạc Đá quý"; not a verb, punctuation or a preposition:
            // "Tập đoàn Doji tại Hà Nội", "Toshiba Corp của Nhật Bản" name two things.)
            guard c.kind(p) == .word, verbRoles[p - c.lo] == nil, !prepositionKeys.contains(c.key(p)), !locativeKeys.contains(c.key(p)),
                  c.key(p) != Cue.cua, !c.isEdgeWord(p) else { return nil }
            k = p
        }
        return nil
    }

    func companyStop(_ k: UInt64) -> Bool { edgeKeys.contains(k) || prepositionKeys.contains(k) }

    /// "thế giới", "toàn cầu": markets abroad, used as adjectives ("giá vàng thế giới").
    func isWorld(_ k: Int) -> Bool {
        let c = self.c
        guard let p = c.match(c.places, k) else { return false }
        // (Bytes first: `hasPrefix` compares Characters. The bytes decide when an ASCII unit or
        // nothing follows them: then the prefix ends a Character.)
        let note = p.entry[2]
        guard note.utf8Starts(with: worldRegionUTF8) else { return false }
        return (note.utf8.dropFirst(worldRegionUTF8.count).first.map { $0 < 0x80 } ?? true) || note.hasPrefix("world region")
    }

    /// "toàn tỉnh", "toàn hệ thống điện quốc gia", "toàn nền kinh tế": the whole of something.
    func toanPhrase(in toks: [Int]) -> (start: Int, end: Int)? {
        let c = self.c
        // "hoàn toàn" (completely) is not "toàn …" (the whole of).
        guard let i = toks.firstIndex(where: { c.key($0) == toanKey && !(c.prev($0).map { c.key($0) == hoanKey } ?? false) }) else { return nil }
        var e = toks[i] + 1
        var n = 0
        var j = i + 1
        while j < toks.count, n < 5, c.kind(toks[j]) == .word, !c.has(c.verbs, toks[j]), !c.isEdgeWord(toks[j]),
              mention(startingAt: toks[j]) == nil {
            e = toks[j] + 1; n += 1; j += 1
        }
        return n > 0 ? (toks[i], e) : nil
    }

    /// `toanPhrase` over the non-space tokens of the clause `cs..<ce` (collected only
    /// when the clause holds "toàn" at all).
    func clauseToanPhrase(_ cs: Int, _ ce: Int) -> (start: Int, end: Int)? {
        let c = self.c
        let toan = toanKey
        guard (cs..<ce).contains(where: { c.key($0) == toan }) else { return nil }
        return toanPhrase(in: (cs..<ce).filter { !c.tokens[$0].isSpace })
    }

    /// Inside "Theo …" up to the first comma.
    /// A place inside the source of the figure: "Theo Bộ Tài chính, …" (after "theo",
    /// up to the comma) or "Cục Thống kê Hà Nội cho biết …" (before a reporting verb).
    /// What follows "cho biết" is the content, not the source.
    func inSource(_ k: Int) -> Bool {
        let c = self.c
        var j = k
        while j >= c.lo {
            if isBoundary(j) { break }
            if let v = verbRoles[j - c.lo], v.role == .source, v.end <= k + 1 { return c.key(j) == theoKey }
            j -= 1
        }
        var n = k + 1
        while n < c.hi, !isBoundary(n) {
            if mention(startingAt: n) != nil { return false }
            if let v = verbRoles[n - c.lo], v.role == .source { return c.key(n) != theoKey }
            n += 1
        }
        return false
    }

    /// The place ends the name of who forecasts or sets the figure: "Hiệp hội Lương thực Việt Nam dự báo …",
    /// "Chiến lược Dân số Việt Nam đến năm 2030 đặt mục tiêu …" (RECORDS.md §5: never the source nor the authority
    /// that sets the value). Verbs of saying ("cho biết") are read by `inSource`.
    /// (Part of a capitalized name: a place after "tại" / "ở", "Giá vàng tại Việt Nam dự báo …", is where.)
    /// "ĐB Đặng Hoàng Tuấn (Long An)", "ông Nguyễn Văn A (Hà Nội)": a place in parentheses after a person's
    /// name is the person's constituency or home, not where the figures apply.
    func isAffiliation(_ p: (start: Int, end: Int)) -> Bool {
        let c = self.c
        guard p.start > c.lo, c.isKey(p.start - 1, Cue.lparen), p.end < c.hi, c.isKey(p.end, Cue.rparen),
              let n = c.prev(p.start - 1), c.kind(n) == .word, c.isCapitalized(n) else { return false }
        // The name: capitalized words back from the parenthesis, after a title: ĐB, đại biểu, GS, TS, or "ông",
        // "anh" … written lowercase or opening the sentence ("Anh" inside "Công ty TNHH Anh Trí (…)" is no title;
        // "thị trường Bengaluru (Ấn Độ)" has none).
        let titles = nameTitleKeys
        var k = n, steps = 0
        while steps < 6, let q = c.prev(k), c.kind(q) == .word {
            if titles.contains(c.key(q)) { return true }
            if personTitles.contains(c.key(q)), !c.isCapitalized(q) || SentenceRecords.isSentenceStart(c, q) { return true }
            if !c.isCapitalized(q) { return false }
            k = q; steps += 1
        }
        return false
    }

    func endsSpeakerName(_ p: (start: Int, end: Int)) -> Bool {
        let c = self.c
        guard var n = c.next(p.end - 1) else { return false }
        // ("(VFA)": an abbreviation of the name.)
        if c.isKey(n, Cue.lparen), let r = (n..<min(c.hi, n + 8)).first(where: { c.isKey($0, Cue.rparen) }), let a = c.next(r) { n = a }
        if c.key(n) == duKey, let q = c.next(n), c.key(q) == baoKey { return endsName(p.start, heads: speakerHeads) }
        // "Chiến lược Dân số Việt Nam đến năm 2030 đặt mục tiêu …": a plan that sets the target (its horizon skipped).
        if (c.key(n) == Cue.den || c.key(n) == Cue.toi), let d = c.next(n).flatMap({ mention(startingAt: $0, where: { mentions[$0].kind == .date }) }),
           let a = c.next(mentions[d].endToken - 1) { n = a }
        if let v = verbRoles[n - c.lo], v.role == .target, c.key(n) == datKey2 || c.key(n) == deKey2 { return endsName(p.start, heads: planHeads) }
        return false
    }

    func isPeriodOrPlace(_ k: Int) -> Bool {
        let c = self.c
        // "giá vàng thế giới": the world market is part of the indicator.
        // "xuất khẩu sang Trung Quốc": a destination market stays in the indicator
        // (findPlaces does not make it a subject either).
        if c.has(c.places, k) {
            if let q = c.prev(k), motionKeys.contains(c.key(q)) || attributeNouns.contains(c.key(q)) { return false }
            // "Tỷ giá yên Nhật", "đô la Mỹ": a currency's name, not a place.
            var j = k
            for _ in 0..<3 {
                guard let p = c.prev(j) else { break }
                if let cur = c.match(c.currencies, p), cur.end > k { return false }
                j = p
            }
            return !isWorld(k)
        }
        // "Doanh thu trong tháng của hệ thống": "trong" + a bare period word is a period.
        if c.key(k) == Cue.trong, let n = c.next(k), periodUnitKeys.contains(c.key(n)), c.next(n).map({ !inMention[$0 - c.lo] || c.kind($0) != .number }) ?? true { return true }
        return mention(startingAt: k, where: { mentions[$0].kind == .date }) != nil
    }

    /// "đánh giá": the head "giá" is the second syllable of a verb compound.
    func headInsideCompound(_ k: Int) -> Bool {
        let c = self.c
        guard let p = c.prev(k), p == k - 2 || p == k - 1, c.kind(p) == .word else { return false }
        return c.words.headInsideCompound.contains(WordTables.pairKey(c.key(p), c.key(k)))
    }

    /// "xuất, nhập khẩu", "nông, lâm nghiệp": the syllable before the comma and the
    /// second syllable after it make a compound, so the comma lists two words sharing it.
    static func ellipticalPair(_ c: Context, _ k: Int) -> Bool {
        guard let n = c.next(k), let n2 = c.next(n), c.kind(n) == .word, c.kind(n2) == .word, c.kind(k - 1) == .word else { return false }
        if c.words.compoundPairs.contains(WordTables.pairKey(c.key(k - 1), c.key(n2))) { return true }
        // "chế biến, chế tạo": two words that share their first syllable.
        guard let p = c.prev(k - 1), c.kind(p) == .word, c.key(p) == c.key(n), c.key(k - 1) != c.key(n2) else { return false }
        return c.words.compoundPairs.contains(WordTables.pairKey(c.key(p), c.key(k - 1))) && c.words.compoundPairs.contains(WordTables.pairKey(c.key(n), c.key(n2)))
    }

    /// First token of an indicator head phrase in the region.
    func headStart(_ region: [Int]) -> Int? {
        let c = self.c
        // A place that starts with a head word ("Khu vực đồng euro") is a place, not a head.
        if let h = region.first(where: { c.has(c.indicatorHeads, $0) && !headInsideCompound($0) && !c.has(c.places, $0) }) {
            // "tổng diện tích", "tổng sản lượng điện": the total is part of the name.
            if let p = c.prev(h), c.key(p) == tongKey || c.key(p) == mucKey || c.key(p) == goiKey, region.contains(p) { return p }
            // "bình quân giá xăng RON 92": so is the average (phraseRegion keeps it only before a head).
            if let p = c.prev(h), c.key(p) == quanKey, let pp = c.prev(p), c.key(pp) == binhKey, region.contains(pp) { return pp }
            // "Hồ tiêu xuất khẩu đạt 137.000 tấn", "Gạo nhập khẩu …": a product named before a trade
            // word opens the name (one or two common words opening the clause, no place, organisation or group).
            // (Not a market, a pronoun, "… này", a connective or a vague noun: "thị trường xuất khẩu lớn nhất",
            // "chúng ta nhập khẩu", "song xuất khẩu", "tình hình xuất khẩu"; nor the tail of a word cut at an
            // edge syllable: "chỉ tiêu xuất khẩu".)
            if c.key(h) == tradeXuat || c.key(h) == tradeNhap, let f = region.first, f < h, h - f <= 4,
               !(clauseStart(f)..<f).contains(where: { c.kind($0) == .word }), marketHeads.match(c.tokens, at: f, limit: h) == nil,
               !SentenceRecords.isAllCaps(c, f),
               region.prefix(while: { $0 < h }).allSatisfy({ k in c.kind(k) == .word && !c.isEdgeWord(k) && verbRoles[k - c.lo] == nil
                   && !pronounKeys.contains(c.key(k)) && !productStopKeys.contains(c.key(k)) && c.key(k) != Cue.nayThis
                   && !c.has(c.places, k) && !c.has(c.organisations, k) && !groupHeads.contains(c.key(k))
                   && companyHeads.match(c.tokens, at: k, limit: h) == nil && (!c.isCapitalized(k) || (k == f && SentenceRecords.isSentenceStart(c, k))) }) {
                return f
            }
            return h
        }
        // "Số đội tham dự", "Số xe đăng ký": a clause that opens with "số" + a noun counts
        // something, whatever the noun (the lexicon lists only the common ones).
        if let f = region.first, c.key(f) == soCountKey, let n = c.next(f), region.contains(n), c.kind(n) == .word,
           !c.has(c.numerals, n), !c.has(c.verbs, n), !c.isEdgeWord(n) { return f }
        return nil
    }

    /// The indicator written after the value: "thu hút 4,2 tỷ USD vốn đầu tư trực tiếp nước ngoài",
    /// or the counted noun phrase of a number: "1.500 doanh nghiệp công nghệ số".
    func postPhrase(after end: Int) -> (text: String, tokens: Range<Int>)? {
        let c = self.c
        guard var k = c.next(end - 1) else { return nil }
        // "từ 90% trở lên hồ sơ công việc tại cấp tỉnh": "trở lên" / "trở xuống" bound the figure; the name follows them.
        if c.key(k) == troKey, let l = c.next(k), c.isKey(l, Cue.len) || c.isKey(l, Cue.xuong), let n = c.next(l) { k = n }
        var start = k
        if !c.has(c.indicatorHeads, k) {
            // The counted noun and its modifiers ("18 mục tiêu đã hoàn thành");
            // after a measure ("1,15 triệu ha lúa hè thu") the thing measured.
            let m = indices.first { mentions[$0].endToken == end }.map { (kind: mentions[$0].kind, unit: mentions[$0].unit, firstToken: mentions[$0].firstToken) }
            // "Khoảng 80% lao động sống bằng nghề nông", "10% người dân được tiêm": a share
            // of the group named after it.
            // (Not after a verb: "chiếm 25,6% tổng lượng khách" names the whole, "giảm 0,23% do …" a cause.)
            // ("30% các cửa hàng có tủ bảo quản": "các/những" before the group.)
            let g = (c.key(k) == Cue.cac || c.key(k) == Cue.nhung) ? (c.next(k) ?? k) : k
            let shareOf = m?.kind == .percent && m?.unit == nil && c.kind(g) == .word
                && m.map { verbBefore($0.firstToken, within: clauseStart($0.firstToken)) == nil } ?? false && !causalKeys.contains(c.key(g)) && !isBoundary(g) && !c.isEdgeWord(g)
                && !postStopKeys.contains(c.key(g)) && !prepositionKeys.contains(c.key(g)) && verbRoles[g - c.lo] == nil
                && !c.has(c.qualifiers, g) && !c.has(c.places, g) && !isPeriodOrPlace(g)
                && planWords.match(c.tokens, at: g, limit: c.hi) == nil && restatingWords.match(c.tokens, at: g, limit: c.hi) == nil
            if shareOf { start = g }
            if !shareOf {
            guard m?.kind == .number, let u = c.match(c.unitTable, k) else { return nil }
            if u.entry[1] == "measure" {
                guard let n = c.next(u.end - 1), c.kind(n) == .word, !isBoundary(n) else { return nil }
                start = n
            }
            }
        }
        if prepositionKeys.contains(c.key(start)) { return nil } // "70 m2 ở nội thành": an adjunct, not a name
        // "2.750 ha để đưa …", "17.500 MW do nhiều hồ …", "26 độ C và tắt …": a purpose, a cause or
        // another statement follows the figure, not a name.
        if causalKeys.contains(c.key(start)) || c.key(start) == deKey || c.key(start) == Cue.va { return nil }
        var e = start
        var j: Int? = start
        var count = 0
        // (Keys read once for the loop: each global read goes through swift_once.)
        let thresholds = thresholdKeys, postStops = postStopKeys, adverbs = predicateAdverbs, duoc = duocKey
        // (The phrase names the counted noun of a number: "500.000 lao động tại các doanh nghiệp bị …".)
        lazy var afterCount = indices.contains { mentions[$0].endToken == end && mentions[$0].kind == .number }
        while let t = j, t < c.hi, count < 16 {
            // "vaccine COVID-19": a glued "-" and its digits stay in the name.
            if c.isKey(t, Cue.dash), c.glued(t), let n = c.nextGlued(t), c.kind(n) == .number { e = n + 1; j = c.next(n); continue }
            // "nông-lâm-ngư nghiệp": a glued "-" between two lowercase words joins them.
            if c.isKey(t, Cue.dash), c.glued(t), let n = c.nextGlued(t), c.kind(n) == .word, !c.isCapitalized(n),
               let p = c.prev(t), p == t - 1, c.kind(p) == .word { e = n + 1; j = c.next(n); continue }
            // "lượt cất, hạ cánh": a comma between two words sharing a syllable.
            if t != start, c.isKey(t, Cue.comma), SentenceRecords.ellipticalPair(c, t), let n = c.next(t), let n2 = c.next(n) {
                e = n2 + 1; count += 2; j = c.next(n2); continue
            }
            // "2.593 lượt góp vốn, mua cổ phần với tổng giá trị 5 tỷ USD": a second item of one to three words
            // after a comma, ending at "với" or the end of the sentence, is listed with the first.
            if t != start, c.isKey(t, Cue.comma), let n = c.next(t), c.kind(n) == .word, !c.isEdgeWord(n),
               let stop = (n..<c.hi).first(where: { k in !c.tokens[k].isSpace && (c.kind(k) != .word || c.isKey(k, Cue.voi)) }),
               stop == c.hi || c.isKey(stop, Cue.voi) || c.isKey(stop, Cue.dot),
               case let words = (n..<stop).filter({ c.kind($0) == .word }), (1...3).contains(words.count),
               words.allSatisfy({ verbRoles[$0 - c.lo] == nil && !inMention[$0 - c.lo] && !c.has(c.places, $0) && !c.isEdgeWord($0)
                   && c.key($0) != nhatKey && !c.isCapitalized($0) }),
               !listAsideKeys.contains(c.key(n)), let l = words.last {
                e = l + 1; count += words.count; j = c.next(l); continue
            }
            if isBoundary(t) || c.kind(t) != .word { break }
            // A relative clause may hold a modal ("mục tiêu có khả năng hoàn thành cao",
            // "… mới có thể hoàn thành đúng hạn"); a figure verb ends the phrase.
            if t != start, let v = c.match(c.verbs, t), (postStopRoles.contains(v.entry[1]) && v.entry[1] != "forecast") || levelVerbKeys.contains(c.key(t)) {
                // "321 mã tăng, 142 mã giảm", "9/11 nhóm hàng tăng giá": a change verb with no figure
                // of its own in the clause says which items are counted.
                // (A figure within the next three words, before "và" or a comma, is the verb's own.)
                var ownFigure = false
                var q = c.next(v.end - 1)
                var words = 0
                while let u = q, words < 3, !c.isKey(u, Cue.comma), c.key(u) != Cue.va, !isBoundary(u) {
                    if mention(startingAt: u, where: { isValueKind(mentions[$0].kind) }) != nil { ownFigure = true; break }
                    if c.kind(u) == .word { words += 1 }
                    q = c.next(u)
                }
                let changeVerb = v.entry[1] == "increase" || v.entry[1] == "decrease" || v.entry[1] == "unchanged"
                // "24 mặt hàng đạt kim ngạch xuất khẩu trên 1 tỷ USD", "63 bài thi đạt từ 9,5 điểm
                // trở lên": a level verb followed by a threshold and its figure restricts what is
                // counted; the clause is part of the name (the threshold figure is no record).
                if !changeVerb, c.key(t) == datKey, thresholdAhead(after: v.end - 1) {
                    e = v.end; count += 1; j = c.next(v.end - 1); continue
                }
                if !changeVerb || ownFigure { break }
            }
            if t != start && (c.has(c.places, t) || c.has(c.organisations, t)) { break }
            // "bài thi dưới 5 điểm", "mặt hàng đạt kim ngạch trên 1 tỷ USD": a threshold is part of the name.
            if t != start, thresholds.contains(c.key(t)), let n = c.next(t), let q = mention(startingAt: n) {
                var end = mentions[q].endToken
                if let u = c.next(end - 1), c.has(c.unitTable, u), mentions[q].unit != nil { end = c.match(c.unitTable, u)!.end }
                if let tr = c.next(end - 1), c.key(tr) == troKey, let l = c.next(tr), levelWordKeys.contains(c.key(l)) || c.key(l) == xuongKey { end = l + 1 }
                e = end
                count += 1
                j = c.next(end - 1)
                continue
            }
            if t != start && postStops.contains(c.key(t)) {
                // "500.000 lao động tại các doanh nghiệp bị mất việc": where a counted group is, before the
                // adversative passive that defines it, is part of its name.
                guard afterCount, locativeKeys.contains(c.key(t)), let q = c.next(t), c.key(q) == Cue.cac || c.key(q) == Cue.nhung,
                      let bi = wordAfter(q, within: 5, where: { self.c.key($0) == biKey }),
                      !(t..<bi).contains(where: { c.kind($0) == .punctuation || isBoundary($0) || inMention[$0 - c.lo] }) else { break }
            }
            // "12.500 xe lưu thông qua đoạn này": "qua" and a place that points back add nothing to the name.
            if t != start, c.key(t) == Cue.qua, let n = c.next(t), c.key(n) == Cue.nayThis || c.key(n) == dayHereKey
                || (c.next(n).map { c.key($0) == Cue.nayThis || c.key($0) == dayHereKey } ?? false) { break }
            // "600 doanh nghiệp trong ngành dầu khí vẫn không tin …": an adverb that opens a predicate.
            if t != start && adverbs.contains(c.key(t)) { break }
            // "2.220 dự án mới được cấp giấy chứng nhận": a passive clause describes, it does not name.
            // A negated one defines the group: "10 ngàn lao động chưa được bảo đảm thưởng Tết".
            if t != start && c.key(t) == duoc, !(c.prev(t).map { negationKeys.contains(c.key($0)) } ?? false) { break }
            // "và" joins nouns ("mầm non và phổ thông") but starts a new statement
            // before a figure, a qualifier, a verb or a tense word ("… và gần 240.000 …", "… và sẽ tổ chức").
            if t != start, c.key(t) == Cue.va, let n = c.next(t),
               c.kind(n) != .word || c.has(c.qualifiers, n) || verbRoles[n - c.lo] != nil
                // ("4,8% GDP và Jamaica với 4% GDP": another list item.)
                || c.has(c.places, n)
                || c.isEdgeWord(n) || postStopKeys.contains(c.key(n)) || c.words.quantityStarters.contains(c.key(n)) { break }
            if let q = mention(startingAt: t) {
                // "240.000 người đã tiêm đủ hai mũi": a small count with its unit that ends the phrase is part of it.
                guard t != start, mentions[q].kind == .number, mentions[q].unit != nil, let v = mentions[q].value, v.isInteger, v < ExactDecimal(10),
                      let u = c.next(mentions[q].endToken - 1), let um = c.match(c.unitTable, u),
                      c.next(um.end - 1).map({ isBoundary($0) || c.kind($0) != .word }) ?? true else { break }
                e = um.end
                break
            }
            e = t + 1
            count += 1
            j = c.next(t)
        }
        // After the figure, "mới" is the adjective "new" ("4.320 ca mắc mới"), not the adverb.
        guard e > start, let t = trimRight(start, e, keepNew: true) else { return nil }
        return (t, start..<e)
    }

    /// Within the next few words of the clause after `k`: a threshold word ("trên", "dưới",
    /// "từ") right before a figure.
    func thresholdAhead(after k: Int) -> Bool {
        let c = self.c
        var q = c.next(k)
        var words = 0
        while let u = q, words < 6, c.kind(u) == .word, !isBoundary(u), c.key(u) != Cue.va {
            if thresholdKeys.contains(c.key(u)), let n = c.next(u), mention(startingAt: n, where: { isValueKind(mentions[$0].kind) }) != nil {
                return true
            }
            if mention(startingAt: u) != nil { return false }
            words += 1
            q = c.next(u)
        }
        return false
    }

    /// Drops edge syllables at the end of a region, but not one that ends a word ("thịt ba chỉ").
    func trimEdgeEnd(_ region: inout [Int]) {
        let c = self.c
        while let l = region.last, c.isEdgeWord(l), !(region.first.map { endsWord(l, from: $0) } ?? false) { region.removeLast() }
    }

    /// "70 tỉ đồng chăm lo Tết cho đoàn viên" → "chăm lo Tết": up to six words after a figure
    /// (its unit skipped) that say what the amount is for, up to a preposition, a boundary or a figure.
    func purposePhrase(after end: Int) -> (text: String, tokens: Range<Int>)? {
        let c = self.c
        guard var k = c.next(end - 1) else { return nil }
        if let u = c.match(c.unitTable, k) { guard let n = c.next(u.end - 1) else { return nil }; k = n }
        guard c.kind(k) == .word, !c.isEdgeWord(k), !causalKeys.contains(c.key(k)), c.key(k) != deKey, !isBoundary(k),
              !prepositionKeys.contains(c.key(k)), !postStopKeys.contains(c.key(k)), !c.has(c.qualifiers, k), verbRoles[k - c.lo].map({ $0.role == .other }) ?? true
        else { return nil }
        var e = k
        var words = 0
        var j: Int? = k
        while let t = j, words < 6, c.kind(t) == .word, !isBoundary(t), !inMention[t - c.lo] {
            if t != k, prepositionKeys.contains(c.key(t)) || postStopKeys.contains(c.key(t)) || c.isEdgeWord(t) || c.key(t) == choKey { break }
            e = t + 1; words += 1; j = c.next(t)
        }
        // (Two words at least, and no frequency: "mỗi tháng", "hằng năm".)
        guard words >= 2, !frequencyKeys.contains(c.key(k)), let text = trimRight(k, e) else { return nil }
        return (text, k..<e)
    }

    /// The edge syllable at `k` ends a compound word with the syllable before it
    /// ("nhà ở", "hàng không", "vốn thực hiện", "thịt ba chỉ").
    func endsWord(_ k: Int, from a: Int) -> Bool {
        let c = self.c
        guard c.kind(k) == .word, let p = c.prev(k), p >= a, c.kind(p) == .word, !c.isEdgeWord(p) else { return false }
        return c.words.compoundPairs.contains(WordTables.pairKey(c.key(p), c.key(k)))
    }

    func trimRight(_ a: Int, _ b: Int, keepNew: Bool = false) -> String? {
        let c = self.c
        // An indicator is a noun phrase, not a table row: at most 16 words.
        var e = b
        var words = 0
        // "lãi 350.000 đồng và tư thương bán lẻ (850.000 đồng)", "mức giảm 1,86%": an amount or a percent with no
        // qualifier inside a name is another figure, not part of the name (a threshold has one: "kim ngạch trên
        // 1 tỷ USD"). The name is what follows it after "và" or a comma, else what comes before it.
        var inner: Int? = nil
        for k in a..<b where !c.tokens[k].isSpace {
            words += 1
            if words > 16 { e = k; break }
            // (Not the size that names a package, "Gói tín dụng 120.000 tỷ đồng cho vay nhà ở xã hội", nor a rice grade,
            // "gạo 25% tấm".)
            if inMention[k - c.lo], let j = mention(startingAt: k, where: { (mentions[$0].kind == .money || mentions[$0].kind == .percent) && mentions[$0].qualifier == nil }),
               mentions[j].endToken <= b,
               // (Nor a threshold written after the figure: "số thuế hoàn từ 5 triệu đồng trở xuống".)
               !(c.next(mentions[j].endToken - 1).map { c.key($0) == tamKey || c.key($0) == troKey } ?? false),
               !(Swift.max(a, k - 6)..<k).contains(where: { c.key($0) == goiKey }) { inner = j }
        }
        // "Doanh thu trong vòng 5 năm qua", "1,5 triệu căn hộ trong vòng (4 năm tới)": a span of time after "trong" /
        // "vòng" inside or right after a name is the period, not part of the name.
        do {
            func isSpan(_ t: Int) -> Bool { mention(startingAt: t, where: { mentions[$0].kind == .date || mentions[$0].kind == .duration }) != nil }
            func timePreposition(before t: Int) -> Int? {
                guard let p = c.prev(t), p >= a, c.key(p) == vongKey || c.isKey(p, Cue.trong) else { return nil }
                if c.key(p) == vongKey, let pp = c.prev(p), pp >= a, c.isKey(pp, Cue.trong) { return pp }
                return p
            }
            if let k = (a..<e).first(where: { inMention[$0 - c.lo] && isSpan($0) && timePreposition(before: $0) != nil }), let p = timePreposition(before: k), p > a {
                e = p
            } else if e == b, let n = c.next(b - 1), n < c.hi, isSpan(n), let p = timePreposition(before: n), p > a {
                e = p
            }
        }
        if let j = inner {
            if let l = c.next(mentions[j].endToken - 1), l < e, c.isKey(l, Cue.va) || c.isKey(l, Cue.comma), let n = c.next(l), n < e {
                return trimRight(n, b, keepNew: keepNew)
            }
            e = Swift.min(e, mentions[j].firstToken)
        }
        // "diện tích gieo trồng lúa cả năm": "cả năm" is a period word.
        if e - a >= 3, let l = lastWord(before: e, from: a), c.key(l) == Cue.nam, let p = c.prev(l), p >= a, c.key(p) == caKey { e = p }
        // "Lỗ lũy kế tính đến hết (tháng 9/2015)", "vốn đã bố trí đến hết (năm 2015)": the preposition of the date
        // after the name is no part of it (RECORDS.md §5 keeps it out of the date's text too).
        if e == b, let d = c.next(b - 1), mention(startingAt: d, where: { mentions[$0].kind == .date }) != nil {
            while let l = lastWord(before: e, from: a), l > a, c.key(l) == Cue.het || c.key(l) == Cue.den || c.key(l) == Cue.tinh || c.key(l) == Cue.tu {
                e = l
            }
        }
        // "… với tổng vốn đăng ký gần 26,7 tỷ USD và hơn 245.500 tỷ đồng": a name cut at a figure leaves out the
        // figure's qualifier ("tổng vốn đăng ký gần" → "tổng vốn đăng ký").
        if e == b, e - a >= 2, let n = c.next(b - 1), mention(startingAt: n, where: { self.isValueKind(self.mentions[$0].kind) }) != nil,
           let q = c.matchEnding(c.qualifiers, before: n, maxTokens: 3, notBefore: a + 1), !endsWord(q.start, from: a) {
            // (Not the end of a word: "vốn đầu tư nước ngoài 43.797 tỷ đồng".)
            e = q.start
        }
        // "tổng điện năng tiêu thụ trong năm", "doanh thu trong tháng": a period, not part of the name.
        if e - a >= 3, let l = lastWord(before: e, from: a), periodUnitKeys.contains(c.key(l)), let p = c.prev(l), p > a, c.key(p) == Cue.trong { e = p }
        // "tín dụng đối với …" cut at "với": the first half of a two-word preposition goes too.
        if let l = lastWord(before: e, from: a), l > a, prepositionFirsts.contains(c.key(l)), let n = c.next(l), c.isKey(n, Cue.voi) { e = l }
        // "số liệu của cơ quan y tế bang cho thấy", "340.000 ca sinh cho thấy": "cho thấy" reports what follows;
        // it ends the name before it. (A source verb it is not: "MIG đã cho thấy hiệu quả", "Điều tra … trên
        // 19 tỉnh thành của Việt Nam cho thấy" keep their subjects.)
        if let l = lastWord(before: e, from: a), c.key(l) == thayKey, let p = c.prev(l), p > a, c.key(p) == choKey { e = p }
        // "… lớn nhất" ranks whose figure it is ("quy mô dân số lớn nhất", "thị trường xuất khẩu
        // lớn nhất"); it is not part of the measure's name ("cao nhất", "bình quân" are).
        if let l = lastWord(before: e, from: a), let p = c.prev(l), p > a, c.key(p) == lonKey, c.key(l) == nhatKey { e = p }
        while e > a, c.tokens[e - 1].isSpace || c.kind(e - 1) == .punctuation || c.isEdgeWord(e - 1) || (e - 1 > a && c.key(e - 1) == choKey) {
            if keepNew, c.key(e - 1) == moiKey, e - 1 > a { break }
            // "các khoản vay mới đã giảm": before "đã" / "được", "mới" is the adjective "new" (the adverb comes after them).
            if c.key(e - 1) == moiKey, e - 1 > a, let n = c.next(e - 1), c.key(n) == Cue.da || c.key(n) == duocKey { break }
            // "nhà ở", "hàng không", "vốn thực hiện", "thịt ba chỉ": an edge syllable that ends a word.
            if endsWord(e - 1, from: a) { break }
            // Keep a closing parenthesis whose opening one is kept: "(GRDP)".
            if c.firstUnit(e - 1) == 0x29, (a..<(e - 1)).contains(where: { c.firstUnit($0) == 0x28 && c.kind($0) == .punctuation }) { break }
            e -= 1
        }
        return e > a ? c.text(a, e) : nil
    }

    /// "Nhân Ngày Dân số thế giới 11/7, …", "Nhân dịp Tết": the date of the occasion a report is
    /// made on, not the period of its figures.
    func isOccasion(_ d: Int) -> Bool {
        let c = self.c
        let lo = clauseStart(mentions[d].firstToken)
        guard let f = (lo..<mentions[d].firstToken).first(where: { c.kind($0) == .word }) else { return false }
        return c.key(f) == nhanKey && (f..<mentions[d].firstToken).count(where: { c.kind($0) == .word }) <= 8
    }

    /// `ce`: `clauseEnd(mentions[i].endToken)`, which the caller has found.
    func periodFor(_ i: Int, _ cs: Int, _ baselines: IntSet, _ dates: [Int], clauseEnd ce: Int) -> Int? {
        let c = self.c
        // (The token range only: copying the mention would retain its strings.)
        let m = (firstToken: mentions[i].firstToken, endToken: mentions[i].endToken)
        // "mức 3,31% của quý I": the date right after "của" is this value's own period.
        if let cua = c.next(m.endToken - 1), c.key(cua) == Cue.cua, let d = c.next(cua),
           let own = dates.first(where: { mentions[$0].firstToken == d }) { return own }
        if dates.isEmpty { return nil }
        // (Keys read once: each global read in the scans below went through swift_once.)
        let giao = giaoKey, khi = khiKey, ca = caKey
        // (One pass and one array: the candidates, then those outside a "từ khi" clause.)
        let usable = dates.filter { d in
            // "chiều nay (8/3)": the restated day in parentheses is not a second candidate.
            // ("Giá vàng giao tháng 6": the delivery month of a futures contract is part of its name, not the period.)
            // ("Giá cà phê robusta kỳ hạn tháng 3", "Giá vàng Comex tháng 8": so is a contract's month after "kỳ hạn" or an exchange.)
            guard !baselines.contains(d) && !isOccasion(d) && !(c.prev(mentions[d].firstToken).map { p in c.key(p) == giao
                    || (c.key(p) == Cue.han && c.prev(p).map { c.key($0) == kyKey } ?? false) || exchangeKeys.contains(c.key(p)) } ?? false)
                && !(c.prev(mentions[d].firstToken).map { p in
                    c.isKey(p, Cue.lparen) && dates.contains { mentions[$0].endToken == p || mentions[$0].endToken == p - 1 }
                } ?? false) else { return false }
            // "mức thấp nhất kể từ cuối tháng 1", "cao nhất kể từ tháng 9/2022": the date a superlative reaches
            // back to is no period of the value.
            let f = mentions[d].firstToken
            if let tu = c.prev(f), c.isKey(tu, Cue.tu), let ke = c.prev(tu), c.key(ke) == keKey, let n = c.prev(ke), c.key(n) == nhatKey { return false }
            // "Doanh thu đạt hơn 166 tỷ USD so với mức hơn 152 tỷ USD vào năm 2015": a date after the figure
            // that "so với" compares with dates that figure, not this value.
            // (The compared figure follows "so với" within five words, with no verb or clause break between:
            // not "so với cùng kỳ khi chỉ thu về chưa đến 27,2 triệu USD trong 5 tháng đầu năm".)
            if f >= m.endToken, let sv = (m.endToken..<f).first(where: { c.isKey($0, Cue.so) && (c.next($0).map { c.isKey($0, Cue.voi) } ?? false) }),
               let voi = c.next(sv), let j = indices.first(where: { j in j != i && isValueKind(mentions[j].kind) && mentions[j].firstToken > voi }),
               mentions[j].endToken <= f, (voi + 1..<mentions[j].firstToken).filter({ c.kind($0) == .word }).count <= 5,
               !(voi + 1..<mentions[j].firstToken).contains(where: { isBoundary($0) || c.isKey($0, Cue.comma) || (c.kind($0) == .word && verbRoles[$0 - c.lo] != nil) }) { return false }
            // "Thành lập năm 2004, Zalo hiện có 70 triệu người dùng": a founding date is no period of the figures.
            if let l = c.prev(f), let t = c.prev(l), (c.key(t) == thanhKey && c.key(l) == lapKey) || (c.key(t) == raKey && c.key(l) == doiBornKey) { return false }
            // "… kể từ khi dịch bệnh khởi phát vào cuối năm 2019": a date inside a "(kể) từ khi"
            // clause dates the starting event, not the value (unless the value is in that clause).
            var k = f - 1
            while k >= c.lo, !c.isKey(k, Cue.comma), !isBoundary(k) {
                if c.key(k) == khi, c.prev(k).map({ c.isKey($0, Cue.tu) }) ?? false { return m.firstToken > k && m.firstToken < f }
                k -= 1
            }
            return true
        }
        // The usable date in the clause nearest the value (the first of equally near ones).
        var inClause: Int? = nil
        for d in usable where mentions[d].firstToken >= cs && mentions[d].endToken <= ce {
            if let best = inClause, abs(mentions[d].firstToken - m.firstToken) >= abs(mentions[best].firstToken - m.firstToken) { continue }
            inClause = d
        }
        if let inClause { return inClause }
        // A date in another clause that gives a figure of its own is that figure's period: not after
        // the value ("… 6,5% cả năm …, quý IV phải tăng khoảng 9%"), nor before it across a contrast
        // ("Từ đầu năm đến nay, tín dụng tăng 7,4%, trong khi … mục tiêu … 14-15%").
        func ownsFigure(_ d: Int) -> Bool {
            let lo = clauseStart(mentions[d].firstToken), hi = clauseEnd(mentions[d].endToken)
            // (A fronted date, "Từ đầu năm đến nay, A tăng 65%, trong khi B chỉ tăng 30%", frames both.)
            return figure(in: lo, hi)
        }
        func figure(in lo: Int, _ hi: Int) -> Bool {
            indices.contains { j in
                guard j != i, isValueKind(mentions[j].kind), mentions[j].firstToken >= lo, mentions[j].firstToken < hi else { return false }
                // (", tăng 8,1% so với cùng kỳ năm ngoái trong quý 1/2021": a clause that opens with a change
                // verb goes on with the figure before; its date is still that figure's.)
                if let v = verbBefore(mentions[j].firstToken, within: lo), v.role == "increase" || v.role == "decrease",
                   (lo..<v.start).first(where: { c.kind($0) == .word && !c.isEdgeWord($0) }) == nil { return false }
                return true
            }
        }
        // ("Với việc tăng lương cơ sở từ ngày 1/7 …, … CPI bình quân cả năm sẽ chỉ tăng khoảng 4 phần trăm": a clause
        // that names its own period, "cả năm", takes no date from another clause ("nửa cuối năm"), unless the date
        // opens the sentence and frames it: "Năm 2020, lãi trước thuế cả năm của FE Credit đạt …".)
        if (cs..<ce).contains(where: { c.key($0) == ca && c.next($0).map { c.isKey($0, Cue.nam) } ?? false }),
           let before = usable.last(where: { mentions[$0].endToken <= m.firstToken }), clauseStart(mentions[before].firstToken) > c.lo { return nil }
        if let before = usable.last(where: { mentions[$0].endToken <= m.firstToken }) {
            // "Sáng nay (5/9), hơn 23 triệu … học sinh … dự lễ khai giảng, chính thức bước vào năm học
            // 2023-2024": the day of the event frames it; a count of the school year named in the
            // sentence is that school year's.
            if (mentions[before].grain.map { $0 >= .day } ?? false),
               let year = usable.first(where: { d in mentions[d].firstToken >= m.endToken && c.key(mentions[d].firstToken) == Cue.nam
                   && c.next(mentions[d].firstToken).map { c.key($0) == Cue.hoc } ?? false }) { return year }
            // ("giảm 11,4% … nhưng tăng 48,5% …": a contrast that goes on with a verb shares the subject and the period.)
            // ("tỷ giá trần … hôm nay là 23.046 đồng và tỷ giá sàn là 21.704 đồng": "và" opens the next item of a
            // list, no contrast.)
            let contrast = (mentions[before].endToken..<m.firstToken).contains { k in
                c.kind(k) == .word && isBoundary(k) && c.key(k) != Cue.doKey && c.key(k) != Cue.va && (c.next(k).map { verbRoles[$0 - c.lo] == nil } ?? true)
            }
            // (A target after the contrast has its own horizon: "…, trong khi NHNN đặt mục tiêu tăng trưởng
            // tín dụng cả năm khoảng 14-15%" is not for "Từ đầu năm đến nay".)
            if !(contrast && (ownsFigure(before) || modalityFor(m.firstToken, cs) == .target)) { return before }
            return nil
        }
        // (After the value, a date clause of its own frames the clause after it: "…, đến hết quý I/2016,
        // con số này giảm còn 3.787,1 tỷ đồng".)
        func framesNext(_ d: Int) -> Bool {
            let hi = clauseEnd(mentions[d].endToken)
            guard hi < c.hi, c.isKey(hi, Cue.comma), let n = c.next(hi) else { return false }
            return figure(in: n, clauseEnd(n))
        }
        return usable.first.flatMap { ownsFigure($0) || framesNext($0) ? nil : $0 }
    }

    /// "đề ra các chỉ tiêu: doanh thu đạt …": a plan cue followed by a colon covers the list after it.
    func introducesList(_ k: Int) -> Bool {
        let c = self.c
        var j = k
        for _ in 0..<5 {
            guard let n = c.next(j) else { return false }
            if c.kind(n) == .punctuation { return c.firstUnit(n) == 0x3A }
            j = n
        }
        return false
    }

    /// The clause starting at `cs` says the thing happened ("đã", "được", "hoàn thành"),
    /// so a plan cue before it does not reach it.
    func clauseSaysDone(_ cs: Int) -> Bool {
        let c = self.c
        var k = cs
        let e = clauseEnd(cs)
        while k < e {
            if c.kind(k) == .word, doneKeys.contains(c.key(k)) || (verbRoles[k - c.lo].map { $0.role == .reach || $0.role == .increase || $0.role == .decrease } ?? false) && c.key(k) != datKey { return true }
            k += 1
        }
        return false
    }

    /// A verb of its own in the clause starting at `cs` (then a plan's cue before it does not reach it).
    func clauseHasVerb(_ cs: Int) -> Bool {
        let c = self.c
        var k = cs
        let e = clauseEnd(cs)
        while k < e {
            // A verb inside a measure's name is not the clause's ("tốc độ tăng CPI bình quân khoảng 4%").
            if c.kind(k) == .word, let h = c.match(c.indicatorHeads, k) { k = h.end; continue }
            if verbRoles[k - c.lo] != nil { return true }
            k += 1
        }
        return false
    }

    /// The nearest modality cue before the value in the sentence: an "ước đạt"
    /// carries forward to the clauses after it ("…, bằng 92,5% dự toán, giảm
    /// 1,2%"), never backwards; a cue after the value ("đạt 52,3% kế hoạch") does not count.
    func modalityFor(_ first: Int, _ cs: Int) -> Indicator.Modality {
        let c = self.c
        // "đặt kế hoạch doanh thu thuần đạt 6.335 tỷ đồng và lợi nhuận gộp đạt 2.185 tỷ đồng": an item that "và"
        // opens is in the clause of the list it goes on with.
        var cs = cs
        while cs > c.lo, let p = c.prev(cs), p >= c.lo, c.key(p) == Cue.va, isBoundary(p) { cs = clauseStart(p) }
        // "dự báo giá hồ tiêu sẽ tăng nhẹ trở lại sau khi đã tụt xuống mức 71.000 đồng/kg hồi tuần trước": what
        // happened "sau khi đã" is past, whatever the forecast around it.
        if hasSauKhiDa {
            var k = first - 1, n = 0
            let khi = khiKey, sau = Cue.sau
            while k > c.lo, n < 12 {
                if c.key(k) == khi, let p = c.prev(k), c.key(p) == sau, let d = c.next(k), c.key(d) == Cue.da { return .actual }
                if c.kind(k) == .word { n += 1 }
                k -= 1
            }
        }
        // "quý IV phải tăng khoảng 9%", "cần đạt 7%": a level that must be reached.
        if let v = verbBefore(first, within: cs), let p = c.prev(v.start), obligationKeys.contains(c.key(p)) { return .target }
        // A forecast that frames the clause wins over an estimate or a target verb after it:
        // "EVN dự báo tổng sản lượng … ước đạt 133,5 tỷ kWh", "dự báo chỉ số có thể hướng tới vùng 1.300 điểm".
        func framedByForecast(_ k: Int) -> Bool {
            (cs..<k).contains { j in verbRoles[j - c.lo].map { $0.role == .forecast && $0.end <= k } ?? false }
        }
        // "Tại cuộc họp về kế hoạch cải tạo sân bay, ông X cho biết, sân bay có thể đáp ứng …":
        // a plan named before a reporting verb is the topic of the report, not the figure's cue.
        var passedSource = false
        // (Read once: each read of the box's array is an exclusivity check.)
        let built = builtPhrases.ranges
        // Back from the figure over the tokens that can stop or decide (`cueMarks`: a verb role
        // or a word boundary); every other token passes both tests below unchanged.
        var mark = cueMarks.count
        while mark > 0 && Int(cueMarks[mark - 1]) >= first { mark -= 1 }
        while mark > 0 {
            mark -= 1
            let k = Int(cueMarks[mark])
            // "công suất đỉnh ước tính 22.000 MW, trong khi khả năng huy động nguồn chỉ 18.000 MW":
            // a contrast ("trong khi", "nhưng", "còn") opens a statement of its own; a cue before it
            // does not carry over ("trong đó", a breakdown, does).
            // ("giảm 11,4% … nhưng tăng 48,5% …": a contrast that goes on with a verb shares the subject and the cue.)
            // ("mục tiêu doanh thu đạt 7.801 tỷ đồng và lợi nhuận sau thuế 138 tỷ đồng": "và" opens the next item.)
            if k < cs, c.kind(k) == .word, isBoundary(k), c.key(k) != Cue.doKey, c.key(k) != Cue.va, let n = c.next(k), verbRoles[n - c.lo] == nil { break }
            if let v = verbRoles[k - c.lo], v.end <= first, !built.contains(where: { $0.contains(k) }) {
                switch v.role {
                case .source: passedSource = true
                case .target where passedSource: break
                case .estimate: return k > cs && framedByForecast(k) ? .forecast : .estimate
                case .target where targetVerbKeys.contains(c.key(k)) && k > cs && framedByForecast(k): return .forecast
                // "có thể kể đến: Hàn Quốc 12,96 tỷ USD" lists; it does not predict.
                case .forecast where c.key(k) == coKey && c.next(v.end - 1).map({ n in c.key(n) == keKey || (c.key(n) == coKey && c.next(n).map { c.key($0) == keKey } ?? false) }) ?? false: break
                // "sân bay có thể khai thác 36 chuyến/giờ" states a capacity: "có thể" forecasts only
                // before a figure verb, a qualifier or the figure ("có thể tăng 5%", "có thể đạt", "có thể lên tới").
                case .forecast where c.key(k) == coKey && v.end - k <= 3 && c.next(v.end - 1).map({ n in
                        verbRoles[n - c.lo] == nil && !c.has(c.qualifiers, n) && n != first && !c.words.quantityStarters.contains(c.key(n))
                    }) ?? false: break
                case .forecast: return .forecast
                // A plan's cue covers its own clause only: "Kế hoạch … đặt ra 126
                // nhiệm vụ, 102 nhiệm vụ đã hoàn thành" - the 102 are actual.
                // Not a cue: a plan named after a share ("bằng 89,8% dự toán") or inside
                // a capitalized name ("Tổng cục Dân số - Kế hoạch hoá gia đình").
                case .target where (k >= cs || !clauseHasVerb(cs) || introducesList(k)) && !(c.isCapitalized(k) && c.prev(k) != nil)
                    && !(c.prev(k).map { p in indices.contains { mentions[$0].endToken == p + 1 && mentions[$0].kind == .percent } } ?? false):
                    return .target
                default: break
                }
            }
        }
        // Sentence-level cue before the clause ("Năm 2024, Chính phủ đặt mục tiêu …, trong đó …").
        return .actual
    }
}

/// "Thu nhập của lao động nam và lao động nữ" → ("Thu nhập của lao động nam", "Thu nhập của lao động nữ");
/// "… khu vực thành thị và nông thôn" → (…, "… khu vực nông thôn"); "giá bạc và bạch kim" → (…, "giá bạch kim");
/// "Xuất khẩu và nhập khẩu" → both as written. (One "và", no comma: a longer list is left alone.)
func respectivePair(_ full: String) -> (String, String)? {
    // ("… ngắn hạn và trung hạn lần lượt nằm": what follows "lần lượt" is no part of either name.)
    // (Bytes first, Foundation only when a match has an unusual neighbour: `nfcMatches`.)
    let name: String
    if let cut = full.nfcMatches(of: " lần lượt") {
        name = cut.first.map { full.utf8Slice(0..<$0.lowerBound) } ?? full
    } else {
        name = full.range(of: " lần lượt").map { String(full[..<$0.lowerBound]) } ?? full
    }
    let halves: [String]
    if let cuts = name.nfcMatches(of: " và ") {
        guard cuts.count == 1 else { return nil }
        halves = [name.utf8Slice(0..<cuts[0].lowerBound), name.utf8Slice(cuts[0].upperBound..<name.utf8.count)]
    } else {
        halves = name.components(separatedBy: " và ")
    }
    guard halves.count == 2, !name.contains(","), !halves[0].isEmpty, !halves[1].isEmpty else { return nil }
    let lw = halves[0].split(separator: " "), rw = halves[1].split(separator: " ")
    guard !lw.isEmpty, !rw.isEmpty else { return nil }
    func f(_ w: Substring) -> UInt64 { Fold.key(String(w)) }
    func isNumber(_ w: Substring) -> Bool { w.first.map { $0.isASCII && $0.isNumber } ?? false }
    // A second full name: "chỉ số DAX 30 … và chỉ số CAC 40", "Chi phí bán hàng và chi phí quản lý".
    if f(rw[0]) == f(lw[0]) { return (halves[0], halves[1]) }
    // A price or an index named once for both: "giá bạc và bạch kim", "chỉ số S&P 500 và Nasdaq".
    // (Not "Giá xăng E5 RON92 và RON95": a short item after a long name replaces its end, below.)
    if f(lw[0]) == giaPriceKey, lw.count >= 2, f(lw[1]) != triKey, rw.count >= lw.count - 1 { return (halves[0], lw[0] + " " + halves[1]) }
    if lw.count >= 3, f(lw[0]) == Cue.chi, f(lw[1]) == soCountKey, rw.count >= lw.count - 2 { return (halves[0], lw[0] + " " + lw[1] + " " + halves[1]) }
    // (Words joined by appends: `joined(separator: " ")` on the pieces was ~100 K instructions a call.)
    func spaced(_ a: ArraySlice<Substring>, _ b: ArraySlice<Substring>) -> String {
        var out = ""
        for w in a { if !out.isEmpty { out += " " }; out += w }
        for w in b { if !out.isEmpty { out += " " }; out += w }
        return out
    }
    // A size or grade: "Tôm sú oxy cỡ 30 và 40 con/kg" → "… cỡ 40 con/kg".
    if isNumber(rw[0]), let l = lw.last, isNumber(l) { return (halves[0], spaced(lw.dropLast(), rw[...])) }
    // The second item starts again where its first word stands in the first: "lao động nam và lao động nữ";
    // else a short item replaces as many words at the end of the first: "khu vực thành thị và nông thôn".
    if let cut = lw.indices.dropFirst().last(where: { f(lw[$0]) == f(rw[0]) }) { return (halves[0], spaced(lw[..<cut], rw[...])) }
    guard rw.count <= 2, rw.count < lw.count else { return (halves[0], halves[1]) }
    return (halves[0], spaced(lw[..<(lw.count - rw.count)], rw[...]))
}

/// A name without its closing statistic word: "thưởng cao nhất" → "thưởng".
func statStem(_ name: String) -> Substring {
    for w in statWordList where name.hasSuffixNFC(" " + w) { return name.dropLast(w.count + 1) }
    return Substring(name)
}
