import Foundation
import XCTest
import SoLieu

/// The library entry point a Swift user calls (README "From Swift").
final class PublicAPITests: XCTestCase {
    func testExtractFromAString() throws {
        let doc = try SoLieu.extract("Tổng doanh thu ước đạt 7,5 tỷ USD, tăng 4% so với năm 2022.", referenceDate: "2023-12-28")
        XCTAssertEqual(doc.referenceDate?.description, "2023-12-28")
        XCTAssertEqual(doc.referenceSource, "given")
        let money = try XCTUnwrap(doc.mentions.first { $0.kind == .money })
        XCTAssertEqual(money.value?.description, "7500000000")
        XCTAssertEqual(money.currency, "USD")
        XCTAssertEqual(doc.span(money).text, "7,5 tỷ USD")
        XCTAssertEqual(doc.span(money).start, 23)
        let record = try XCTUnwrap(doc.indicators.first)
        XCTAssertEqual(record.indicator, "Tổng doanh thu")
        XCTAssertEqual(record.modality, .estimate)
        XCTAssertEqual(record.change?.direction, .increase)
        // The JSON is the document object of RECORDS.md section 2.
        let json = doc.json().serialized()
        XCTAssertTrue(json.hasPrefix("{\"id\":\"-\""), json)
        XCTAssertTrue(json.contains("\"value\":7500000000"), json)
    }
}
