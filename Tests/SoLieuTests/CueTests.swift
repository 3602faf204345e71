import XCTest
@testable import SoLieu

final class CueTests: XCTestCase {
    /// The cue keys are literals: each must be the fold key of its word.
    func testCueLiteralsAreTheFoldKeysOfTheirWords() {
        XCTAssertEqual(Cue.all.count, 105)
        for (key, word) in Cue.all {
            XCTAssertEqual(key, Fold.key(word), word)
        }
    }
}

final class RecordKeyLiteralTests: XCTestCase {
    /// The record rules' key literals: each must be the fold key of its word.
    func testRecordKeyLiteralsAreTheFoldKeysOfTheirWords() {
        XCTAssertEqual(RecordKeyLiterals.all.count, 99)
        for (key, word) in RecordKeyLiterals.all {
            XCTAssertEqual(key, Fold.key(word), word)
        }
    }
}

final class YearCueFirstsTests: XCTestCase {
    /// `DateRules.single` compares the first words of the year cues ("tài khóa", "mùa khô", "vụ mùa" …)
    /// with four literal keys instead of asking the table: these must be exactly its first words.
    func testYearCueFirstWords() {
        let firsts = Set(yearCuePhrases.map { Fold.key(String($0.split(separator: " ")[0])) })
        XCTAssertEqual(firsts, [Cue.taiKhoa, Cue.nienKhoa, Cue.mua, Cue.vu])
    }
}

final class KeyListTests: XCTestCase {
    /// Each small word set of the record rules holds exactly the fold keys of its words.
    func testKeyListsHoldTheFoldKeysOfTheirWords() {
        XCTAssertEqual(RecordKeyLiterals.lists.count, 13)
        for (list, words) in RecordKeyLiterals.lists {
            XCTAssertEqual(Set([list.k0, list.k1, list.k2, list.k3]), Set(words.map { Fold.key($0) }), words.joined(separator: " "))
        }
        XCTAssertEqual(RecordKeyLiterals.lists8.count, 6)
        for (list, words) in RecordKeyLiterals.lists8 {
            // (`KeySet(words:)` takes each syllable of a multi-word entry.)
            XCTAssertEqual(Set(list.keys), Set(words.flatMap { $0.split(separator: " ").map { Fold.key(String($0)) } }), words.joined(separator: " "))
        }
    }
}

final class MaskCueTests: XCTestCase {
    /// The start-mask bits that let record passes visit only some words must cover the words those
    /// passes test: `groupPlaces` tests the locative words and "trên"; the sentence's word pass tests
    /// "lần" (of "lần lượt"), "kêu" and "khuyến".
    func testMaskCuesCoverTheWordsTheirPassesTest() throws {
        let locative = try XCTUnwrap(RecordKeyLiterals.lists.first { $0.words == ["ở", "tại"] })
        let groupCues = Set(WordTables.groupPlaceCues)
        for k in [locative.list.k0, locative.list.k1, locative.list.k2, locative.list.k3, Fold.key("trên")] {
            XCTAssertTrue(groupCues.contains(k))
        }
        XCTAssertEqual(Set(WordTables.sentenceCues), Set(["lần", "kêu", "khuyến"].map { Fold.key($0) }))
    }
}
