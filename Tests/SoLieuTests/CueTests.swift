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
