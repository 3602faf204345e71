import Foundation
import XCTest
@testable import SoLieu

final class RespectivePairTests: XCTestCase {
    /// `respectivePair` as it was written with Foundation's `range(of:)`, `components(separatedBy:)` and `joined`.
    private func definition(_ full: String) -> (String, String)? {
        let name = full.range(of: " lần lượt").map { String(full[..<$0.lowerBound]) } ?? full
        let halves = name.components(separatedBy: " và ")
        guard halves.count == 2, !name.contains(","), !halves[0].isEmpty, !halves[1].isEmpty else { return nil }
        let lw = halves[0].split(separator: " "), rw = halves[1].split(separator: " ")
        guard !lw.isEmpty, !rw.isEmpty else { return nil }
        func f(_ w: Substring) -> UInt64 { Fold.key(String(w)) }
        func isNumber(_ w: Substring) -> Bool { w.first.map { $0.isASCII && $0.isNumber } ?? false }
        if f(rw[0]) == f(lw[0]) { return (halves[0], halves[1]) }
        if f(lw[0]) == Fold.key("giá"), lw.count >= 2, f(lw[1]) != Fold.key("trị"), rw.count >= lw.count - 1 { return (halves[0], lw[0] + " " + halves[1]) }
        if lw.count >= 3, f(lw[0]) == Fold.key("chỉ"), f(lw[1]) == Fold.key("số"), rw.count >= lw.count - 2 { return (halves[0], lw[0] + " " + lw[1] + " " + halves[1]) }
        if isNumber(rw[0]), let l = lw.last, isNumber(l) { return (halves[0], (lw.dropLast() + rw).joined(separator: " ")) }
        if let cut = lw.indices.dropFirst().last(where: { f(lw[$0]) == f(rw[0]) }) { return (halves[0], (lw[..<cut] + rw).joined(separator: " ")) }
        guard rw.count <= 2, rw.count < lw.count else { return (halves[0], halves[1]) }
        return (halves[0], (lw[..<(lw.count - rw.count)] + rw).joined(separator: " "))
    }

    /// The byte searches answer as Foundation on many names, those with unusual neighbours included.
    func testRespectivePairAnswersAsItsDefinition() {
        var names = ["giá bạc và bạch kim", "chỉ số S&P 500 và Nasdaq", "Giá xăng E5 RON92 và RON95", "Tôm sú oxy cỡ 30 và 40 con/kg",
                     "lao động nam và lao động nữ", "khu vực thành thị và nông thôn", "ngắn hạn và trung hạn lần lượt nằm",
                     "chỉ số DAX 30 và chỉ số CAC 40", "Chi phí bán hàng và chi phí quản lý", "xuất khẩu và nhập khẩu",
                     "a và b và c", "và", " và ", "x và ", " và y", "giá  vàng và  bạc", "x, y và z", "", "lần lượt", " lần lượt x và y",
                     "giá trị và khối lượng lần lượt và tăng", "x và y lần lượt lần lượt",
                     "x và \u{0301}y", "x\u{0600} và y", "x và y\u{0301}", "e\u{0301} và e", "x và 😀", "😀 và x", "한국 và 무역",
                     "x lần lượt\u{0301} và y", "x và\u{00A0}y", "x  và  y", "Hà Nội và TP.HCM", "ế và ạ", "đô la Mỹ và euro",
                     "giá vàng SJC và vàng nhẫn", "tỷ lệ thất nghiệp và thiếu việc làm", "1 và 2", "cỡ 30 và 40"]
        let words = ["giá", "chỉ", "số", "và", "lần", "lượt", "30", "x", "Giá", "vàng", "bạc", "thành thị", "nông thôn", "ạ", ",", "trị", "đồng"]
        for a in words { for b in words { for c in words { names.append("\(a) \(b) \(c)"); names.append("\(a) và \(b) \(c)") } } }
        for s in names {
            let got = respectivePair(s), want = definition(s)
            XCTAssertEqual(got?.0, want?.0, s)
            XCTAssertEqual(got?.1, want?.1, s)
            XCTAssertEqual(got?.0.utf8.elementsEqual(want?.0.utf8 ?? "".utf8) ?? (want == nil), true, s)
            XCTAssertEqual(got?.1.utf8.elementsEqual(want?.1.utf8 ?? "".utf8) ?? (want == nil), true, s)
        }
    }
}
