import Foundation
import XCTest
@testable import SoLieu

final class TokenizerTests: XCTestCase {
    func words(_ text: String) -> [(String, TokenKind)] {
        let doc = TestPipeline.tokenize(text)
        return doc.tokens.filter { !$0.isSpace }.map { (doc.text.originalString(Int($0.start), Int($0.end)), $0.kind) }
    }

    func testDotPartsReadLikeSplittingTheText() throws {
        let doc = TestPipeline.tokenize("28.12.2023 6.2 1.234,5 1.2017 007.08 12345678901234567890.1 1.500.000.000.000")
        let c = Context(doc: doc, units: doc.text.units, tokens: doc.tokens, lo: 0, hi: doc.tokens.count, words: try Resources.shared().words)
        var checked = 0
        for k in 0..<doc.tokens.count where doc.tokens[k].kind == .number {
            let parts = c.text(k).split(separator: ".")
            let got = c.dotParts(k)
            XCTAssertEqual(got.count, parts.count, c.text(k))
            let lengths = [got.length.0, got.length.1, got.length.2], values = [got.value.0, got.value.1, got.value.2]
            for j in 0..<min(3, parts.count) {
                XCTAssertEqual(lengths[j], parts[j].count, c.text(k))
                XCTAssertEqual(values[j], Int(parts[j]), c.text(k))
            }
            checked += 1
        }
        XCTAssertEqual(checked, 7)
    }

    func testVietnameseNumbersStayWholeAndPercentIsItsOwnToken() {
        let t = words("1.500 doanh nghiệp, 0,48 và 1.500.000,5 hay 16,5%")
        XCTAssertEqual(t.map(\.0), ["1.500", "doanh", "nghiệp", ",", "0,48", "và", "1.500.000,5", "hay", "16,5", "%"])
        XCTAssertEqual(t[0].1, .number)
        XCTAssertEqual(t[6].1, .number)
        XCTAssertEqual(t[9].1, .symbol)
    }

    func testGeneralCategoriesOfSymbolsAndQuotes() {
        // ICU's UCharCategory: Sm 24, Sc 25, Sk 26, So 27, Pi 28, Pf 29. Currency and other symbols are
        // symbols; math symbols and quotes separate like punctuation.
        let t = words("“Giá” ‘x’ +5 = € © ^ «a»")
        let kinds = Dictionary(t.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
        for p in ["“", "”", "‘", "’", "+", "=", "«", "»"] { XCTAssertEqual(kinds[p], .punctuation, p) }
        for s in ["€", "©", "^"] { XCTAssertEqual(kinds[s], .symbol, s) }
    }

    func testMixedDigitsAndLettersAreCut() {
        XCTAssertEqual(words("1.000.000đ 8h30 15ha U23").map(\.0), ["1.000.000", "đ", "8", "h", "30", "15", "ha", "U", "23"])
    }

    func testTrailingPeriodIsNotPartOfTheNumber() {
        XCTAssertEqual(words("đạt 0,75.").map(\.0), ["đạt", "0,75", "."])
    }

    func testSentencesAndLines() {
        let doc = TestPipeline.tokenize("GDP tăng 5%. Ông Nguyễn Văn A. nói TP.HCM tăng.\nDòng hai")
        let sentences = doc.sentences.map { doc.text.string(Int($0.start), Int($0.end)) }
        XCTAssertEqual(sentences.first, "GDP tăng 5%.")
        XCTAssertEqual(sentences.last, "Dòng hai")
        XCTAssertTrue(sentences.contains("Ông Nguyễn Văn A. nói TP.HCM tăng."), "\(sentences)")
    }

    func testCRLFIsOneNewline() {
        let doc = TestPipeline.tokenize("a\r\nb")
        XCTAssertEqual(doc.tokens.map(\.kind), [.word, .newline, .word])
    }

    func testCompoundsByLongestMatchWithTonePlacementVariants() throws {
        let p = try Pipeline()
        let doc = p.tokenize(SourceText("Chuyển đổi số giúp doanh nghiệp tăng kim ngạch xuất khẩu; Thủ tướng nói."))
        let spans = p.resources.compounds.merge(doc)
        let merged = spans.filter { $0.entry != nil }.map {
            doc.text.originalString(Int(doc.tokens[$0.firstToken].start), Int(doc.tokens[$0.endToken - 1].end))
        }
        XCTAssertEqual(merged, ["Chuyển đổi số", "doanh nghiệp", "kim ngạch xuất khẩu", "Thủ tướng"])
        // Old-style tone placement matches the same entry.
        let old = p.tokenize(SourceText("chuyển đổi số và hoá đơn"))
        XCTAssertNotNil(p.resources.compounds.merge(old).first { $0.entry != nil })
    }

    func testLexiconRowsAreWellFormed() throws {
        for name in EmbeddedLexicons.files.keys.sorted() {
            let lex = try Lexicon.load(name)
            XCTAssertEqual(lex.columns.last, "note", name)
            XCTAssertFalse(lex.rows.isEmpty, name)
        }
    }

    func testAbbreviationsDoNotEndASentence() {
        let doc = TestPipeline.tokenize("Giá nhà tại TP. Hồ Chí Minh tăng 5%. TS. Nguyễn Văn A cho biết doanh thu tăng.")
        let sentences = doc.sentences.map { doc.text.string(Int($0.start), Int($0.end)) }
        XCTAssertEqual(sentences, ["Giá nhà tại TP. Hồ Chí Minh tăng 5%.", "TS. Nguyễn Văn A cho biết doanh thu tăng."])
    }

    /// The emitter's one-unit punctuation fast path reads the marks as a literal bit mask.
    func testAsciiPunctuationMaskIsTheEmittersList() {
        let marks: [UInt16] = [0x2C, 0x2E, 0x3A, 0x3B, 0x28, 0x29, 0x22, 0x2D, 0x21, 0x3F, 0x2F, 0x27]
        XCTAssertEqual(SegmentEmitter.asciiPunctuation, marks.reduce(UInt64(0)) { $0 | UInt64(1) << UInt64($1) })
    }
}
