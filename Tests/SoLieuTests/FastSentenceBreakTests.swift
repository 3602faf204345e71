import Foundation
import XCTest
@testable import SoLieu

/// Differential test: `FastSentenceBreak` must give exactly ICU's sentence
/// boundaries whenever it handles a text (returns non-nil).
final class FastSentenceBreakTests: XCTestCase {

    /// The eight-unit skip admits only units that cannot end a sentence, and agrees with its
    /// one-unit form, for every UTF-16 unit.
    func testSkippableUnitsAreNeverDecisive() {
        var admitted = 0
        for v in 0...0xFFFF {
            let u = UInt16(v)
            let one = FastSentenceBreak.skippable(u)
            XCTAssertEqual(FastSentenceBreak.skippable8(SIMD8(repeating: u)), one, "U+\(String(v, radix: 16))")
            if one {
                admitted += 1
                let c = v < FastSentenceBreak.tableEnd ? FastSentenceBreak.table[v] : FastSentenceBreak.unhandled
                XCTAssertEqual(FastSentenceBreak.decisive & (1 << UInt32(c)), 0, "U+\(String(v, radix: 16))")
            }
        }
        XCTAssertEqual(admitted, 960)
        // A unit that is not admitted stops the whole group of eight.
        var mixed = SIMD8<UInt16>(repeating: 0x61)
        mixed[5] = 0x2E
        XCTAssertFalse(FastSentenceBreak.skippable8(mixed))
    }

    private func fast(_ units: [UInt16]) -> [Int32]? {
        units.withUnsafeBufferPointer { FastSentenceBreak.boundaries($0) }
    }

    /// Segments `from..<to` of a boundary list, quoted.
    private func render(_ units: [UInt16], _ pos: [Int32], _ from: Int, _ to: Int) -> String {
        var out = ""
        for k in max(0, from)..<min(pos.count, to) {
            let a = k == 0 ? 0 : Int(pos[k - 1])
            out += "[\(String(decoding: units[a..<Int(pos[k])], as: UTF16.self).debugDescription)] "
        }
        return out
    }

    /// Compares with ICU; returns whether the text was handled.
    @discardableResult
    private func check(_ units: [UInt16], _ breakers: Breakers, _ label: String,
                       file: StaticString = #filePath, line: UInt = #line) -> Bool {
        guard let f = fast(units) else { return false }
        let g = breakers.boundaries(breakers.sentence, units).0
        if f != g {
            var k = 0
            while k < min(f.count, g.count), f[k] == g[k] { k += 1 }
            let from = k > 0 ? Int(f[k - 1]) : 0
            let a = max(0, from - 30), b = min(units.count, from + 60)
            XCTFail("\(label): mismatch after unit \(from): \(String(decoding: units[a..<b], as: UTF16.self).debugDescription)\n"
                    + " fast: \(render(units, f, k - 1, k + 2))\n"
                    + " icu:  \(render(units, g, k - 1, k + 2))",
                    file: file, line: line)
        }
        return true
    }

    static let tricky: [String] = [
        "", "a", ".", " ", "\n", "\r\n", "a.", "a. ", "a.\n", "A. B", "a. b", "a.b", "a.B", "A.B", "a . B",
        // abbreviations and names
        "TP.HCM", "Tại TP.HCM, giá tăng.", "TP. HCM", "Ông Nguyễn Văn A. nói rằng giá tăng.",
        "Ông Nguyễn Văn A. Ông nói.", "Q.1, TP.HCM", "P.Đại Kim, Q.Hoàng Mai", "U.S.A. Today", "U.S.A.",
        "v.v. và", "v.v.", "… v.v. Các doanh nghiệp", "ThS. Nguyễn", "GS.TS Trần", "St. John", "e.g. a", "i.e. B",
        // numbers
        "1.500.", "1.500. Sau đó", "giá 1.500. 03 ứng dụng", "năm 2022. 03 ứng dụng được", "năm 2022. 2023 là",
        "Điều 5. Quy định", "tăng 5,33%. GDP", "khoảng 1.500.000 đồng. Giá", "165. 434 tỷ", "v1.2", "a.5", "a. 5 b",
        "a. 5 B", "3.", "3. Ba", "1.a", "Mục 1. a) chi tiết",
        // quotes and brackets
        "Ông nói: \"Tăng.\" Sau đó", "Ông nói: \"Tăng.\" sau đó", "“Tăng trưởng.” Bà nói", "“Tăng trưởng.” bà nói",
        "(xem bảng.) Giá", "(xem bảng). Giá", "a.) b", "a.) B", "a. ) b", "a. ) B", "a!) b", "‘a.’ B", "«a.» B",
        "a.\" \"B", "a. \"b\"", "[1]. Nguồn", "a.]B", "{a.} b",
        // terminators
        "Sao?! Vì", "Sao?!Vì", "Thật ư!? Đúng", "a?b", "a!B", "a? b", "a?, b", "a., b", "a.: b", "a. - b", "a. – B",
        "a. — B", "a!!! B", "a‼ B", "a⁇ B", "a⁈ b", "a‽ B",
        // ellipsis
        "Chờ... Rồi", "Chờ... rồi", "Chờ...Rồi", "Chờ … Rồi", "Chờ… Rồi", "Chờ… rồi", "a․ B", "a․b", "..", ". . .",
        // spaces and lines
        "a.\tB", "a.\t\tb", "a.  B", "a.\u{A0}B", "a.\u{2003}B", "a.\u{202F}B", "a.\u{205F}b", "a. \r\nB", "a.\r\n\r\nB",
        "dòng một\r\ndòng hai", "dòng một\n\ndòng hai", "a\rb", "a\r\rb", "a\n\r\nb", "a\u{2028}b", "a\u{2029}b",
        "a\u{85}b", "a.\u{B}B", "a.\u{C}b", "\n\nA. B\n", "   ", "a. \n \nB",
        // extend and format characters
        "a.\u{301} B", "a.\u{301}B", "a\u{301}.B", "\u{301}.B", "\n\u{301}a. B", "a. \u{301}b", "a.\u{AD}b", "a.\u{200B} B",
        "a.\u{200D}B", "a.)\u{301} B", "A\u{300}.\u{301}B", "a. \u{2060}B", "a\u{202A}.\u{202C} B",
        // other letters and symbols
        "a.ƻ", "A.ǀ", "ª. B", "º. b", "µ. B", "a. ǅ", "a. ǈ", "5%. Giá", "#. B", "a.@b", "a. @ b", "a. @ B",
        // news
        "Giá vàng SJC tăng 1.200.000 đồng/lượng, lên 68,5 triệu đồng. Trong khi đó, giá USD giảm.",
        "GDP quý III/2023 tăng 5,33% so với cùng kỳ; CPI tăng 3,66%. Theo Tổng cục Thống kê (TCTK), lạm phát...",
        "Ngày 28/12/2023, lúc 08:47, giá USD là 24.270 - 24.640 VND/USD.\nGiá euro: 26.000 VND.",
        "Ông Nguyễn Văn A. (Giám đốc) cho biết: \"Năm nay doanh thu đạt 1.500 tỷ đồng.\" Đây là mức cao nhất.",
    ]

    func testTrickyStringsMatchICU() throws {
        let breakers = try Breakers()
        var handled = 0
        for s in Self.tricky {
            // Both as given and normalized like the pipeline does.
            if check(Array(s.utf16), breakers, "raw \(s.debugDescription)") { handled += 1 }
            check(NormalizedText(SourceText(s)).units, breakers, "normalized \(s.debugDescription)")
        }
        XCTAssertEqual(handled, Self.tricky.count, "every tricky string is in the handled set")
    }

    func testKnownICUResults() throws {
        func sentences(_ s: String) -> [String] {
            let u = Array(s.utf16)
            guard let p = fast(u) else { return [] }
            var prev = 0
            return p.map { e in defer { prev = Int(e) }; return String(decoding: u[prev..<Int(e)], as: UTF16.self) }
        }
        XCTAssertEqual(sentences(""), [])
        XCTAssertEqual(sentences("Tại TP.HCM giá tăng. Sau đó"), ["Tại TP.HCM giá tăng. ", "Sau đó"])
        XCTAssertEqual(sentences("Ông Nguyễn Văn A. nói"), ["Ông Nguyễn Văn A. nói"])
        XCTAssertEqual(sentences("năm 2022. 03 ứng dụng"), ["năm 2022. 03 ứng dụng"]) // SB8
        XCTAssertEqual(sentences("năm 2022. 03 Ứng dụng"), ["năm 2022. ", "03 Ứng dụng"])
        XCTAssertEqual(sentences("Sao?! Vì"), ["Sao?! ", "Vì"])
        XCTAssertEqual(sentences("Sao? vì"), ["Sao? ", "vì"]) // SB8 is for ATerm only
        XCTAssertEqual(sentences("Tăng.\" Sau"), ["Tăng.\" ", "Sau"])
        XCTAssertEqual(sentences("a.\r\n\r\nB"), ["a.\r\n", "\r\n", "B"])
        XCTAssertEqual(sentences("a\nb"), ["a\n", "b"])
    }

    func testUnhandledTextReturnsNil() {
        for s in ["Giá tăng 😀", "中文", "€5", "α. B", "Привет", "a\u{2070}", "ɐ", "ˆa", "\u{FEFF}a", "a\u{3000}b", "ἀ", "a.\u{3002}"] {
            XCTAssertNil(fast(Array(s.utf16)), s.debugDescription)
        }
        // Also when the unhandled character sits inside a look-ahead.
        XCTAssertNil(fast(Array("a. 5 中 b".utf16)))
        XCTAssertNil(fast(Array("a. ) 😀".utf16)))
    }

    /// Every code point of the handled set in contexts where its Sentence_Break
    /// class matters, so the class table is checked against ICU entry by entry.
    func testEveryHandledCodePointMatchesICU() throws {
        let breakers = try Breakers()
        let contexts: [(String, String)] = [
            ("a.", "B"), ("A.", "b"), ("a. ", "b"), ("a. ", "B"), ("a.", " b"), ("a.", " B"), ("A", ".B"), ("a", ". B"),
            ("a!", "B"), ("a! ", "b"), ("", ". B"), ("x", "\n. B"), ("a.", ""), ("a.)", "b"), ("a. ", "5 b"),
        ]
        var handled = 0
        for c in DifferentialInputs.handledSet {
            for (pre, post) in contexts {
                let u = Array(pre.utf16) + [c] + Array(post.utf16)
                if check(u, breakers, "U+\(String(c, radix: 16, uppercase: true)) in \((pre, post))") { handled += 1 }
            }
        }
        XCTAssertEqual(handled, DifferentialInputs.handledSet.count * contexts.count, "every handled code point is handled")
    }

    /// Random strings over the handled set, biased toward the characters the rules care about.
    func testRandomStringsMatchICU() throws {
        let breakers = try Breakers()
        // One or more representatives of each class: ATerm, STerm, Close, Sp, SContinue, Numeric,
        // Upper, Lower, OLetter, Other, Extend, Format, CR, LF, Sep.
        let interesting: [UInt16] = Array(".!?)\"'(“”« \t,:-–5aAđĐ#%\r\n".utf16)
            + [0x2024, 0x2026, 0x203C, 0x2047, 0x00A0, 0x2003, 0x202F, 0x0301, 0x0323, 0x00AD, 0x200B, 0x2060,
               0x1EA1, 0x1EA0, 0x01BB, 0x00AA, 0x0085, 0x2028, 0x2029, 0x000B, 0x2014, 0x2019, 0x00BB]
        var handled = 0
        let count = 30_000
        DifferentialInputs.randomStrings(count: count, maxLength: 24, maxPool: 9, interesting: interesting, seed: 0x5E47E7CE) { t, u in
            if check(u, breakers, "random #\(t)") { handled += 1 }
        }
        XCTAssertGreaterThan(handled, count / 2)
    }

    func testCorpusDocumentsMatchICU() throws {
        let breakers = try Breakers()
        let r = try DifferentialInputs.corpusDocuments(label: "FastSentenceBreak") { check($1, breakers, $0) }
        XCTAssertGreaterThan(r.handled, r.total / 2)
    }
}
