import CICU
import Foundation
import XCTest
@testable import SoLieu

final class TextLayerTests: XCTestCase {
    func testBOMIsDroppedAndOffsetsCountFromTheText() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Tăng 48%".utf8)
        let src = try bytes.withUnsafeBytes { try SourceText(utf8: $0, source: "x.txt") }
        XCTAssertEqual(src.string, "Tăng 48%")
        XCTAssertEqual(src.codePointCount, 8)
    }

    func testUTF8DecodesLikeTheStandardLibrary() throws {
        // 1- to 4-byte sequences, an ASCII run longer than 8 bytes, and sequences cut at the end of the 8-byte window.
        let samples = ["Tăng 48% – ₫ 𝟙 ", "abcdefghijklmnop€", "1234567ệ", "😀😀 Đà Nẵng 2.500 tỷ đồng", "ắ"]
        for text in samples {
            let bytes = Array(text.utf8)
            let src = try bytes.withUnsafeBytes { try SourceText(utf8: $0, source: "t") }
            XCTAssertEqual(src.utf16, Array(text.utf16), text)
            for cut in 0..<bytes.count {
                // Every prefix: well-formed ones decode, a cut sequence is reported where it starts (lossy: U+FFFD).
                let prefix = Array(bytes[..<cut])
                let lossy = try prefix.withUnsafeBytes { try SourceText(utf8: $0, source: "t", lossy: true) }
                XCTAssertEqual(lossy.string, String(decoding: prefix, as: UTF8.self), text)
            }
        }
    }

    func testLongMixedUTF8DecodesLikeTheStandardLibrary() throws {
        // Texts longer than 16 bytes take the decoder's fast step (an ASCII run, then one two- or
        // three-byte character); ill-formed bytes in them must be found as before.
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) % n }
        let pieces = ["a", "b", " ", "ng", "Tăng", "ư", "ơ", "đ", "ạ", "ả", "ấ", "ệ", "Đ", "€", "𝟙", "😀", "\u{301}", "1.500", "–"]
        let bad: [[UInt8]] = [[0x80], [0xC0, 0x80], [0xC3], [0xE1, 0xBB], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF5], [0xFF], [0xC3, 0x28]]
        for trial in 0..<400 {
            var bytes = [UInt8]()
            for _ in 0..<(16 + next(40)) { bytes += Array(pieces[next(pieces.count)].utf8) }
            if trial % 2 == 1 { bytes.insert(contentsOf: bad[next(bad.count)], at: next(bytes.count + 1)) }
            let lossy = try bytes.withUnsafeBytes { try SourceText(utf8: $0, source: "t", lossy: true) }
            XCTAssertEqual(lossy.string, String(decoding: bytes, as: UTF8.self), "\(bytes)")
            if let text = String(validating: bytes, as: UTF8.self) {
                let src = try bytes.withUnsafeBytes { try SourceText(utf8: $0, source: "t") }
                XCTAssertEqual(src.utf16, Array(text.utf16))
            }
        }
    }

    func testSubstringsDecodeLikeTheStandardLibrary() {
        // ASCII, two- and three-byte UTF-8, a surrogate pair and lone surrogates.
        let units: [UInt16] = Array("Tăng 48% – ₫ 𝟙 ".utf16) + [0xD800, 0x41, 0xDC00]
        units.withUnsafeBufferPointer { u in
            for a in 0...u.count {
                for b in a...u.count {
                    XCTAssertEqual(NormalizedText.string(u, a, b), String(decoding: UnsafeBufferPointer(rebasing: u[a..<b]), as: UTF16.self))
                }
            }
        }
    }

    func testInvalidUTF8NamesFileAndByte() {
        let bytes: [UInt8] = Array("ab".utf8) + [0xC3, 0x28] + Array("cd".utf8)
        XCTAssertThrowsError(try bytes.withUnsafeBytes { try SourceText(utf8: $0, source: "bad.txt") }) { error in
            XCTAssertEqual(error as? TextError, .invalidUTF8(source: "bad.txt", byteOffset: 2))
            XCTAssertTrue("\(error)".hasPrefix("bad.txt: invalid UTF-8 at byte 2"))
        }
    }

    func testTruncatedSequenceAtEndIsInvalid() {
        let bytes: [UInt8] = Array("số ".utf8) + [0xE1, 0xBB]
        XCTAssertThrowsError(try bytes.withUnsafeBytes { try SourceText(utf8: $0, source: "t.txt") }) { error in
            XCTAssertEqual(error as? TextError, .invalidUTF8(source: "t.txt", byteOffset: 5))
        }
    }

    func testLossyReplacesInvalidBytes() throws {
        let bytes: [UInt8] = Array("a".utf8) + [0xFF] + Array("b".utf8)
        let src = try bytes.withUnsafeBytes { try SourceText(utf8: $0, source: "x", lossy: true) }
        XCTAssertEqual(src.string, "a\u{FFFD}b")
    }

    func testBinaryIsRejected() {
        let bytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]
        XCTAssertThrowsError(try bytes.withUnsafeBytes { try SourceText(utf8: $0, source: "z.zip") }) { error in
            XCTAssertEqual(error as? TextError, .binary(source: "z.zip", byteOffset: 4))
        }
    }

    func testNFDIsComposedAndMapsBack() {
        // "Thủ tướng" written in NFD: 13 code points, 9 after NFC.
        let nfd = "Thu\u{309} tu\u{31B}o\u{31B}\u{301}ng"
        let src = SourceText(nfd)
        XCTAssertEqual(src.codePointCount, 13)
        let norm = NormalizedText(src)
        XCTAssertEqual(norm.string(0, norm.units.count), "Thủ tướng")
        // "tướng" is normalized units 4..<9; in the original it is code points 5..<13.
        let r = norm.originalRange(4, 9)
        XCTAssertEqual(r.start, 5)
        XCTAssertEqual(r.end, 13)
        XCTAssertEqual(norm.originalString(4, 9), "tu\u{31B}o\u{31B}\u{301}ng")
    }

    func testPlainNFCUnitsPassICUQuickCheckWithCombiningClassZero() {
        // Each unit alone passes, and after U+035C (combining class 233) too: its class is 0.
        for u in UInt16(0)..<0x2070 where NormalizedText.isPlainNFC(u) {
            var st: Int32 = 0
            XCTAssertEqual([u].withUnsafeBufferPointer { sl_nfc_span($0.baseAddress, 1, &st) }, 1, "U+\(String(u, radix: 16))")
            XCTAssertEqual([0x035C, u].withUnsafeBufferPointer { sl_nfc_span($0.baseAddress, 2, &st) }, 2, "U+\(String(u, radix: 16))")
        }
        XCTAssertFalse(NormalizedText.isPlainNFC(0x2000))
        XCTAssertFalse(NormalizedText.isPlainNFC(0x0301))
    }

    func testZeroWidthAndEntitiesAreCleanedButOffsetsStayOriginal() {
        let text = "tăng\u{200B} 7,5&nbsp;tỷ"
        let norm = NormalizedText(SourceText(text))
        XCTAssertEqual(norm.string(0, norm.units.count), "tăng 7,5 tỷ")
        // "tỷ" is the last two units; in the original it follows the 6-character entity.
        let n = norm.units.count
        XCTAssertEqual(norm.originalRange(n - 2, n).start, 15)
    }

    func testCleaningMatchesAPlainReading() {
        // Random texts over the units `clean` treats specially (and ordinary ones), compared with a
        // plain one-unit-at-a-time reading of its rules: drop, make a space, decode an entity,
        // keep a surrogate pair together.
        func reference(_ src: [UInt16]) -> ([UInt16], [Int32], [Int32]) {
            var u = [UInt16](), s = [Int32](), e = [Int32]()
            var i = 0
            outer: while i < src.count {
                let c = src[i]
                if [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD].contains(c) { i += 1; continue }
                if [0x00A0, 0x2007, 0x202F, 0x2009, 0x200A, 0x3000, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008].contains(c) {
                    u.append(0x20); s.append(Int32(i)); e.append(Int32(i + 1)); i += 1; continue
                }
                if c == 0x26 {
                    for (name, value) in NormalizedText.entities where Array(src[i...].prefix(name.count)) == name {
                        u.append(value); s.append(Int32(i)); e.append(Int32(i + name.count)); i += name.count; continue outer
                    }
                }
                if c & 0xFC00 == 0xD800, i + 1 < src.count, src[i + 1] & 0xFC00 == 0xDC00 {
                    u += [c, src[i + 1]]; s += [Int32(i), Int32(i)]; e += [Int32(i + 2), Int32(i + 2)]; i += 2; continue
                }
                u.append(c); s.append(Int32(i)); e.append(Int32(i + 1)); i += 1
            }
            return (u, s, e)
        }
        let pieces: [[UInt16]] = [[0x61], [0x20], [0x1EA1], [0x200B], [0x200D], [0xFEFF], [0xAD], [0xA0], [0x2009], [0x3000],
                                  [0x202F], [0x2013], [0x201C], [0xD83D, 0xDE00], [0xD800], [0xDC00]]
            + ["&nbsp;", "&amp;", "&#39;", "&lt", "&", "&gt;"].map { Array($0.utf16) }
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<500 {
            var src = [UInt16]()
            for _ in 0..<(1 + Int(seed >> 60)) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                src += pieces[Int(seed >> 33) % pieces.count]
            }
            let (units, map) = NormalizedText.clean(src)
            let (u, s, e) = reference(src)
            XCTAssertEqual(units, u, "\(src)")
            if let map {
                XCTAssertEqual(map.start, s, "\(src)")
                XCTAssertEqual(map.end, e, "\(src)")
            } else {
                XCTAssertEqual(s, (0..<src.count).map { Int32($0) }, "\(src)")
            }
        }
    }

    func testAstralCharactersCountAsOneCodePoint() {
        let text = "😀 tăng 48%"
        let doc = TestPipeline.extract(text)
        let m = doc.mentions.map { doc.span($0) }
        XCTAssertEqual(m.first?.start, 7)
        XCTAssertEqual(m.first?.end, 10)
        XCTAssertEqual(m.first?.text, "48%")
    }

    func testFoldKeyIgnoresCaseAndTonePlacement() {
        XCTAssertEqual(Fold.key("hoá"), Fold.key("hóa"))
        XCTAssertEqual(Fold.key("thuỷ"), Fold.key("thủy"))
        XCTAssertEqual(Fold.key("qúy"), Fold.key("quý"))
        XCTAssertEqual(Fold.key("oà"), Fold.key("òa"))
        XCTAssertEqual(Fold.key("uý"), Fold.key("úy"))
        XCTAssertEqual(Fold.key("Tỷ"), Fold.key("tỷ"))
        XCTAssertNotEqual(Fold.key("năm"), Fold.key("nam"))
        XCTAssertNotEqual(Fold.key("tỷ"), Fold.key("tý"))
        XCTAssertNotEqual(Fold.key("đồng"), Fold.key("dong"))
    }
}
