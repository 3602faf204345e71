import XCTest
@testable import SoLieu

final class FirstWordKeyTests: XCTestCase {
    /// `firstWordKey` answers as its definition, the first piece of a split by Character.
    func testFirstWordKeyIsTheKeyOfTheFirstPieceOfASplit() {
        let names = ["thuế bảo vệ môi trường", "phí", "", " ", "   ", " lệ phí", "  giá  vàng ", "Giá vàng SJC",
                     "tỷ lệ thất nghiệp", "khu vực thành thị", "ABC DEF", "x", "ế ạ", "đô la Mỹ",
                     // Spaces a neighbour joins to (combining marks, a prepended sign): split keeps them in the word.
                     " \u{0301}thuế phí", "thuế \u{0301}phí", "e\u{0301} phí", "\u{0600} phí", "a\u{200D} b",
                     "Hà Nội\u{00A0}và", "😀 tăng", "tăng 😀", "한국 무역", "\r\n phí"]
        for s in names {
            XCTAssertEqual(firstWordKey(s), s.split(separator: " ", maxSplits: 1).first.map { Fold.key(String($0)) }, s)
        }
    }
}
