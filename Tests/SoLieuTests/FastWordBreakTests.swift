import Foundation
import XCTest
@testable import SoLieu

/// Differential test: `FastWordBreak` must give exactly ICU's word boundaries
/// and rule statuses whenever it handles a text (returns non-nil).
final class FastWordBreakTests: XCTestCase {

    private func fast(_ units: [UInt16]) -> ([Int32], [Int32])? {
        units.withUnsafeBufferPointer { FastWordBreak.boundaries($0) }
    }

    private func render(_ units: [UInt16], _ r: ([Int32], [Int32])) -> String {
        var prev = 0
        var out = ""
        for (p, s) in zip(r.0, r.1) {
            let seg = String(decoding: units[prev..<Int(p)], as: UTF16.self)
            out += "[\(seg.debugDescription)]\(s) "
            prev = Int(p)
        }
        return out
    }

    /// Compares with ICU; returns whether the text was handled.
    @discardableResult
    private func check(_ units: [UInt16], _ breakers: Breakers, _ label: String,
                       file: StaticString = #filePath, line: UInt = #line) -> Bool {
        guard let f = fast(units) else { return false }
        let g = breakers.boundaries(breakers.word, units)
        if f.0 != g.0 || f.1 != g.1 {
            // Show the first differing segment with some context.
            var k = 0
            while k < min(f.0.count, g.0.count), f.0[k] == g.0[k], f.1[k] == g.1[k] { k += 1 }
            let from = Int(k > 0 ? min(f.0[k - 1], g.0[min(k - 1, g.0.count - 1)]) : 0)
            let a = max(0, from - 20), b = min(units.count, from + 40)
            XCTFail("\(label): mismatch near unit \(from): \(String(decoding: units[a..<b], as: UTF16.self).debugDescription)\n"
                    + " fast: \(render(units, (Array(f.0.prefix(k + 3)), Array(f.1.prefix(k + 3)))))\n"
                    + " icu:  \(render(units, (Array(g.0.prefix(k + 3)), Array(g.1.prefix(k + 3)))))",
                    file: file, line: line)
        }
        return true
    }

    static let tricky: [String] = [
        "", "a", " ", "1.500", "0,48", "1.500.000,5", "1.500.000", "TP.HCM", "P.Đại Kim, Q.Hoàng Mai",
        "COVID-19", "U23", "U23 Việt Nam", "8h30", "28/12/2023", "08:47", "1.000.000đ", "15ha", "16,5%", "48%",
        "it's", "it’s", "e-mail", "a_b", "_", "__", "_a", "a_", "1_", "1__", "a_1", "_1_", "a_\u{301}", "1_\u{301}",
        "a@b.com", "@mention", "1@2", "e.g.", "i.e. ", "a.1", "1.a", "a1.b", "x1.5", "1a.2", "1'5", "a:b", "1:2",
        "1,5,a", "1;2", "a;b", "a·b", "a\u{2027}b", "a\u{2024}b", "1\u{2044}2", "1\u{2024}2", "a\u{202F}b",
        "a\u{203F}b", "a\u{2054}b", "Nguyễn Văn A.", "doanh nghiệp",
        // NFD sequences (normalization composes most; combining marks may survive)
        "Vie\u{0302}\u{0323}t Nam", "a\u{301}\u{301}b", "\u{301}a", " \u{301} ", ".\u{301}.", "1\u{301}", "a.\u{301}b",
        "1\u{301}.\u{301}5", "a\u{301}_\u{301}b",
        // line ends and spaces
        "a\r\nb", "a\r\n\r\nb", "a \r\n b", "a\rb", "a\n\nb", "a\u{2028}b", "a\u{2029}b", "a\u{85}b", "a\u{B}b", "a\u{C}b",
        "a\tb", "a\t\tb", "a  b", "a   \t  b", "a\u{2003}\u{2003}b", "a \u{205F}b", "a \u{301} b",
        // punctuation
        "...", "a...b", "—", "a—b", "a–b", "“trích dẫn”", "‘a’", "\"x\"", "±5%", "(1)", "[a]", "{b}", "5°C", "×2",
        "a\u{AD}b", "a\u{200C}b", "a\u{200E}b", "a\u{2060}b", "a\u{200D}b", "©2023", "®", "a‼b", "a⁉",
        "Giá vàng SJC tăng 1.200.000 đồng/lượng, lên 68,5 triệu đồng.",
        "GDP quý III/2023 tăng 5,33% so với cùng kỳ; CPI tăng 3,66%.",
        "Ngày 28/12/2023, lúc 08:47, giá USD là 24.270 - 24.640 VND/USD.",
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
        // What ICU 72 gives, reproduced: the status follows the segment's last base character.
        func seg(_ s: String) -> [(String, Int32)] {
            let u = Array(s.utf16)
            guard let (p, st) = fast(u) else { return [] }
            var prev = 0
            return zip(p, st).map { e, s in defer { prev = Int(e) }; return (String(decoding: u[prev..<Int(e)], as: UTF16.self), s) }
        }
        XCTAssertEqual(seg("U23").map(\.1), [100])
        XCTAssertEqual(seg("8h30").map(\.1), [100])
        XCTAssertEqual(seg("1.000.000đ").map(\.0), ["1.000.000đ"])
        XCTAssertEqual(seg("1.000.000đ").map(\.1), [200])
        XCTAssertEqual(seg("15ha").map(\.1), [200])
        XCTAssertEqual(seg("TP.HCM").map(\.0), ["TP.HCM"])
        XCTAssertEqual(seg("COVID-19").map(\.0), ["COVID", "-", "19"])
        XCTAssertEqual(seg("a  \tb").map(\.0), ["a", "  ", "\t", "b"])
        XCTAssertEqual(seg("a\r\n\nb").map(\.0), ["a", "\r\n", "\n", "b"])
    }

    func testUnhandledTextReturnsNil() {
        for s in ["Giá tăng 😀", "中文", "a\u{200D}©", "€5", "α", "Привет", "a\u{2070}", "ɐ", "ˆa", "\u{FEFF}a", "a\u{3000}b", "ἀ"] {
            XCTAssertNil(fast(Array(s.utf16)), s.debugDescription)
        }
    }

    /// Random strings over the handled set, biased toward the characters the rules care about.
    func testRandomStringsMatchICU() throws {
        let breakers = try Breakers()
        let interesting: [UInt16] = Array("aZđ@ 09_.,;:'’‘\"-/%\r\n\t".utf16)
            + [0x0301, 0x0323, 0x00AD, 0x200D, 0x200C, 0x2060, 0x00A9, 0x203C, 0x2003, 0x205F, 0x202F, 0x2044,
               0x00B7, 0x2027, 0x2024, 0x0085, 0x2028, 0x000B, 0x1EA1, 0x00C0, 0x2007, 0x00A0]
        var handled = 0
        let count = 30_000
        DifferentialInputs.randomStrings(count: count, maxLength: 16, maxPool: 8, interesting: interesting, seed: 0x5011E0) { t, u in
            if check(u, breakers, "random #\(t)") { handled += 1 }
        }
        XCTAssertGreaterThan(handled, count / 2)
    }

    func testCorpusDocumentsMatchICU() throws {
        let breakers = try Breakers()
        let r = try DifferentialInputs.corpusDocuments(label: "FastWordBreak") { check($1, breakers, $0) }
        XCTAssertGreaterThan(r.handled, r.total / 2)
    }
}
