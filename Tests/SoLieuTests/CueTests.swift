import XCTest
@testable import SoLieu

final class CueTests: XCTestCase {
    /// The cue keys are literals: each must be the fold key of its word.
    func testCueLiteralsAreTheFoldKeysOfTheirWords() {
        XCTAssertEqual(Cue.all.count, 95)
        for (key, word) in Cue.all {
            XCTAssertEqual(key, Fold.key(word), word)
        }
    }
}

final class RecordKeyLiteralTests: XCTestCase {
    /// The record rules' key literals: each must be the fold key of its word.
    func testRecordKeyLiteralsAreTheFoldKeysOfTheirWords() {
        XCTAssertEqual(RecordKeyLiterals.all.count, 94)
        for (key, word) in RecordKeyLiterals.all {
            XCTAssertEqual(key, Fold.key(word), word)
        }
    }
}
