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
        // (Change keeps its mention indices compactly; they read back as indices or nil.)
        XCTAssertEqual(record.change.flatMap { $0.value }.map { doc.mentions[$0].kind }, .percent)
        XCTAssertNotNil(record.change?.baseline)
        XCTAssertNil(record.change?.from)
        // The JSON is the document object of RECORDS.md section 2.
        let json = doc.json().serialized()
        XCTAssertTrue(json.hasPrefix("{\"id\":\"-\""), json)
        XCTAssertTrue(json.contains("\"value\":7500000000"), json)
    }

    /// `Mention` keeps its public fields while storing positions and the date compactly
    /// (under 128 bytes, so copies are inline moves): every value reads back as written.
    func testMentionFieldsRoundTrip() {
        XCTAssertLessThan(MemoryLayout<Mention>.size, 128)
        XCTAssertLessThan(MemoryLayout<Indicator>.size, 128)
        var m = Mention(kind: .date, start: 3, end: 2_000_000_000, firstToken: 0, endToken: 7, rule: "test")
        XCTAssertEqual([m.start, m.end, m.firstToken, m.endToken], [3, 2_000_000_000, 0, 7])
        XCTAssertNil(m.date)
        let dates = [
            DatePoint(year: 2023, grain: .quarter, month: 4),
            DatePoint(year: nil, grain: .minute, month: 12, day: 31, hour: 23, minute: 59),
            DatePoint(year: -44, grain: .day, month: 3, day: 15),
            DatePoint(year: Int(Int32.max) + 1, grain: .year),
            DatePoint(year: 2024, grain: .day, month: 1, day: 40_000),
        ]
        for d in dates {
            m.date = d
            XCTAssertEqual(m.date, d)
        }
        m.date = nil
        XCTAssertNil(m.date)
        m.date = dates[3]
        m.date?.year = 1999
        XCTAssertEqual(m.date, DatePoint(year: 1999, grain: .year))
    }
}
