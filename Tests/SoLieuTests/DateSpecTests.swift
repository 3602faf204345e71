import Foundation
import XCTest
@testable import SoLieu

/// Date mentions and the document's reference date, as RECORDS.md sections
/// 3 and 5 and DECISIONS.md state them.
final class DateSpecTests: XCTestCase {
    let ref = "2023-12-28"

    // MARK: - Day dates

    func testNumericDayDates() {
        // An explicit year wins over the reference year.
        expectDate("Báo cáo được công bố 28/12/2023 tại Hà Nội.", "28/12/2023", value: "2023-12-28", grain: "day", reference: "2024-03-21")
        expectDate("Báo cáo được công bố 28-12-2023 tại Hà Nội.", "28-12-2023", value: "2023-12-28", grain: "day", reference: "2024-03-21")
        expectDate("Báo cáo được công bố 28.12.2023 tại Hà Nội.", "28.12.2023", value: "2023-12-28", grain: "day", reference: "2024-03-21")
    }

    func testSpelledDayDate() {
        expectDate("Kỳ họp bế mạc vào ngày 28 tháng 12 năm 2023.", "ngày 28 tháng 12 năm 2023", value: "2023-12-28", grain: "day",
                   reference: "2024-03-21")
    }

    func testPartialDayDatesTakeTheReferenceYear() {
        expectDate("Ngày 28/12, UBND tỉnh Bình Dương tổ chức hội nghị tổng kết.", "Ngày 28/12", value: "2023-12-28", grain: "day",
                   reference: ref)
        expectDate("Hôm 5/3, Bộ Công Thương điều chỉnh giá xăng dầu.", "Hôm 5/3", value: "2024-03-05", grain: "day", reference: "2024-03-21")
        expectDate("Sáng 12/4, giá vàng SJC tăng mạnh.", "Sáng 12/4", value: "2024-04-12", grain: "day", reference: "2024-04-16")
        expectDate("Lễ hội chính thức khai mạc mồng 7 tháng 3.", "mồng 7 tháng 3", value: "2024-03-07", grain: "day", reference: "2024-03-03")
    }

    func testInvalidCalendarDayIsNotADate() {
        expectNoDateOverlapping("Hạn nộp hồ sơ ghi trong thông báo là 31/02/2023.", "31/02/2023", reference: ref)
    }

    // MARK: - Clock times

    func testDayWithClockTime() {
        expectDate("Số liệu được cập nhật 28/12/2023 08:47.", "28/12/2023 08:47", value: "2023-12-28T08:47", grain: "minute", reference: ref)
    }

    func testClockTimeAloneResolvesOnTheReferenceDay() {
        expectDate("Phiên giao dịch mở cửa lúc 8h30.", "8h30", value: "2023-12-28T08:30", grain: "minute", reference: ref)
        expectDate("Lễ khai mạc bắt đầu lúc 8 giờ 30 phút.", "8 giờ 30 phút", value: "2023-12-28T08:30", grain: "minute", reference: ref)
        // DECISIONS.md: hour grain for "20h" without minutes.
        expectDate("Cuộc họp kết thúc lúc 20h.", "20h", value: "2023-12-28T20:00", grain: "hour", reference: ref)
    }

    func testHourBeforeDay() {
        // DECISIONS.md: "20h" has no written minutes, so the grain is hour.
        expectDate("Lúc 20h ngày 5/3, Bộ Công Thương công bố giá xăng mới.", "20h ngày 5/3", value: "2024-03-05T20:00", grain: "hour",
                   reference: "2024-03-21")
    }

    func testAfternoonAndEveningAddTwelveHours() {
        expectDate("Vụ tai nạn xảy ra lúc 16 giờ 45 phút chiều.", "16 giờ 45 phút chiều", value: "2024-05-14T16:45", grain: "minute",
                   reference: "2024-05-14")
        expectDate("Sự cố xảy ra lúc 3 giờ chiều.", "3 giờ chiều", value: "2024-05-14T15:00", grain: "hour", reference: "2024-05-14")
        expectDate("Pháo hoa được bắn lúc 9 giờ tối.", "9 giờ tối", value: "2024-05-14T21:00", grain: "hour", reference: "2024-05-14")
    }

    // MARK: - Months, quarters, halves, years

    func testMonths() {
        expectDate("Tháng 7/2021, thành phố áp dụng giãn cách xã hội.", "Tháng 7/2021", value: "2021-07", grain: "month", reference: ref)
        expectDate("Trong tháng 7 năm 2021, số ca mắc tăng nhanh.", "tháng 7 năm 2021", value: "2021-07", grain: "month", reference: ref)
    }

    func testQuarters() {
        expectDate("GDP quý I/2023 tăng 3,32%.", "quý I/2023", value: "2023-Q1", grain: "quarter", reference: ref)
        expectDate("GDP quý III/2023 tăng 5,33%.", "quý III/2023", value: "2023-Q3", grain: "quarter", reference: ref)
        expectDate("Trong quý 3 năm 2023, tỷ lệ thất nghiệp là 2,3%.", "quý 3 năm 2023", value: "2023-Q3", grain: "quarter", reference: ref)
        expectDate("Doanh nghiệp dự kiến mở rộng sản xuất trong quý IV.", "quý IV", value: "2023-Q4", grain: "quarter", reference: ref)
    }

    func testHalfYear() {
        expectDate("Trong nửa đầu năm 2023, xuất khẩu giảm 12%.", "nửa đầu năm 2023", value: "2023-H1", grain: "half", reference: ref)
    }

    func testYear() {
        expectDate("Năm 2023, kinh tế tỉnh tăng trưởng 8%.", "Năm 2023", value: "2023", grain: "year", reference: ref)
    }

    // MARK: - Bare years

    func testBareYearsInFromTo() {
        expectSpan("Từ 2020 đến 2022, tỉnh thu hút thêm 100 dự án FDI.", "Từ 2020 đến 2022", from: "2020", to: "2022", grain: "year",
                   reference: ref)
    }

    func testBareYearAfterSoVoi() {
        expectDate("Doanh thu tăng 4% so với 2022.", "2022", value: "2022", grain: "year", reference: ref)
    }

    func testYearListAfterYearDuration() {
        let text = "Tỉnh dẫn đầu cả nước về chỉ số PCI 2 năm liên tiếp (2022, 2023)."
        expectMention(text, "2 năm", kind: "duration", ["value": "2", "unit": "year"], reference: ref)
        expectDate(text, "2022", value: "2022", grain: "year", reference: ref)
        expectDate(text, "2023", value: "2023", grain: "year", reference: ref)
    }

    func testThousandsAreNeverYears() {
        let text = "Toàn tỉnh hiện có 2.500 hộ nghèo."
        expectNoDateOverlapping(text, "2.500", reference: ref)
        expectMention(text, "2.500", kind: "number", ["value": "2500"], reference: ref)
        // DECISIONS.md: a bare four-digit number outside a year context stays a number.
        let text2 = "Giải chạy có 2023 vận động viên tham gia."
        expectNoDateOverlapping(text2, "2023", reference: ref)
        expectMention(text2, "2023", kind: "number", ["value": "2023"], reference: ref)
    }

    // MARK: - Spans

    func testGiaiDoan() {
        expectSpan("Kế hoạch giai đoạn 2021-2025 đặt mục tiêu tăng trưởng 7%.", "giai đoạn 2021-2025", from: "2021", to: "2025",
                   grain: "year", reference: ref)
    }

    func testMonthsOfYear() {
        expectSpan("Trong 6 tháng đầu năm 2023, xuất khẩu giảm 12,1%.", "6 tháng đầu năm 2023", from: "2023-01", to: "2023-06",
                   grain: "month", reference: ref)
        expectSpan("Kim ngạch xuất khẩu 9 tháng năm 2023 đạt 259,67 tỷ USD.", "9 tháng năm 2023", from: "2023-01", to: "2023-09",
                   grain: "month", reference: ref)
        expectSpan("Thu ngân sách 11 tháng năm 2023 đạt 1,5 triệu tỷ đồng.", "11 tháng năm 2023", from: "2023-01", to: "2023-11",
                   grain: "month", reference: ref)
    }

    func testDaySpans() {
        expectSpan("Chính sách được áp dụng từ ngày 1/7/2024 đến hết ngày 31/12/2024.", "từ ngày 1/7/2024 đến hết ngày 31/12/2024",
                   from: "2024-07-01", to: "2024-12-31", grain: "day", reference: ref)
        expectSpan("Hội chợ diễn ra từ ngày 10 đến 20/11/2022.", "từ ngày 10 đến 20/11/2022", from: "2022-11-10", to: "2022-11-20",
                   grain: "day", reference: ref)
    }

    func testSpansToNow() {
        expectSpan("Từ năm 2018 đến nay, tỉnh đã thu hút 500 dự án.", "Từ năm 2018 đến nay", from: "2018", to: "2023", grain: "year",
                   reference: ref)
        expectSpan("Từ đầu năm đến nay, cả nước có 217.700 doanh nghiệp thành lập mới.", "Từ đầu năm đến nay", from: "2023-01-01",
                   to: "2023-12-28", grain: "day", reference: ref)
    }

    func testSchoolYear() {
        expectSpan("Năm học 2023-2024, cả nước có 23 triệu học sinh.", "Năm học 2023-2024", from: "2023", to: "2024", grain: "year",
                   reference: ref)
    }

    // MARK: - Relative dates

    func testRelativeDays() {
        expectDate("Hôm nay, giá vàng tiếp tục tăng.", "Hôm nay", value: "2023-12-28", grain: "day", reference: ref)
        expectDate("Sáng nay, Quốc hội khai mạc kỳ họp bất thường.", "Sáng nay", value: "2023-12-28", grain: "day", reference: ref)
        expectDate("Hôm qua, giá xăng giảm 500 đồng/lít.", "Hôm qua", value: "2023-12-27", grain: "day", reference: ref)
        expectDate("Chiều qua, UBND thành phố tổ chức họp báo.", "Chiều qua", value: "2023-12-27", grain: "day", reference: ref)
        expectDate("Ngày mai, không khí lạnh tràn về miền Bắc.", "Ngày mai", value: "2023-12-29", grain: "day", reference: ref)
        expectDate("Hôm kia, lực lượng chức năng bắt giữ 2 đối tượng.", "Hôm kia", value: "2023-12-26", grain: "day", reference: ref)
    }

    func testRelativeMonths() {
        expectDate("Giá điện tăng trong tháng này.", "tháng này", value: "2023-12", grain: "month", reference: ref)
        expectDate("Chỉ số CPI tháng trước tăng 0,25%.", "tháng trước", value: "2023-11", grain: "month", reference: ref)
        expectDate("Giá xăng dự kiến giảm trong tháng tới.", "tháng tới", value: "2024-01", grain: "month", reference: ref)
        expectDate("Tháng 10 tới, giá điện sẽ được điều chỉnh.", "Tháng 10 tới", value: "2023-10", grain: "month", reference: "2023-08-21")
    }

    func testRelativeYearsAndQuarters() {
        expectDate("Năm nay, GDP tăng 5,05%.", "Năm nay", value: "2023", grain: "year", reference: ref)
        expectDate("Năm ngoái, tỉnh thu hút 50 dự án.", "Năm ngoái", value: "2022", grain: "year", reference: ref)
        expectDate("Lợi nhuận của ngân hàng thấp hơn năm trước.", "năm trước", value: "2022", grain: "year", reference: ref)
        expectDate("Năm tới, tỉnh phấn đấu tăng trưởng 8%.", "Năm tới", value: "2024", grain: "year", reference: ref)
        expectDate("GDP quý II năm nay tăng 4,14%.", "quý II năm nay", value: "2023-Q2", grain: "quarter", reference: ref)
    }

    // MARK: - Same period

    func testSamePeriodShiftsTheSentencePeriod() {
        expectSpan("Trong 9 tháng năm 2023, kim ngạch xuất khẩu đạt 259,67 tỷ USD, giảm 8,2% so với cùng kỳ năm trước.",
                   "cùng kỳ năm trước", from: "2022-01", to: "2022-09", grain: "month", reference: ref)
        expectDate("GDP quý I/2024 tăng 5,66% so với cùng kỳ năm trước.", "cùng kỳ năm trước", value: "2023-Q1", grain: "quarter",
                   reference: "2024-03-29")
        expectSpan("Doanh thu 6 tháng đầu năm 2023 tăng 10% so với cùng kỳ năm 2022.", "cùng kỳ năm 2022", from: "2022-01",
                   to: "2022-06", grain: "month", reference: ref)
    }

    func testSamePeriodWithoutPeriodIsUnresolved() {
        // DECISIONS.md: without another date in the sentence: no value, resolved false.
        let m = expectMention("Sản lượng điện tăng 5% so với cùng kỳ năm trước.", "cùng kỳ năm trước", kind: "date",
                              ["resolved": "false"], reference: ref)
        XCTAssertNil(m?.string("value"))
        XCTAssertNil(m?.string("from"))
    }

    // MARK: - Not dates

    func testIdentifierScoreAndPercentAreNotDates() {
        expectNoDateOverlapping("Chính phủ ban hành Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.", "13/2023/NĐ-CP", reference: ref)
        expectNoDateOverlapping("Việt Nam thắng 3-1 trước Indonesia.", "3-1", reference: ref)
        let text = "Giá điện sinh hoạt tăng năm phần trăm."
        expectNoDateOverlapping(text, "năm phần trăm", reference: ref)
        expectMention(text, "năm phần trăm", kind: "percent", ["value": "5"], reference: ref)
    }

    // MARK: - Reference date

    func testSameTextUnderTwoReferenceDates() {
        let text = "Ngày 28/12, giá vàng tăng; năm nay, giá vàng tăng 15%."
        expectDate(text, "Ngày 28/12", value: "2023-12-28", grain: "day", reference: "2023-12-28")
        expectDate(text, "Ngày 28/12", value: "2022-12-28", grain: "day", reference: "2022-12-30")
        expectDate(text, "năm nay", value: "2023", grain: "year", reference: "2023-12-28")
        expectDate(text, "năm nay", value: "2022", grain: "year", reference: "2022-12-30")
    }

    func testWithoutReferenceOrDatelinePartialDatesAreUnresolved() {
        let text = "Ngày 28/12, UBND tỉnh tổ chức hội nghị; năm nay doanh thu tăng 10%."
        let doc = TestPipeline.extract(text)
        XCTAssertEqual(doc.referenceSource, "none")
        XCTAssertNil(doc.referenceDate)
        let day = expectMention(text, "Ngày 28/12", kind: "date", ["resolved": "false", "grain": "day"])
        XCTAssertNil(day?.string("value"), "DECISIONS.md: never guessed")
        let year = expectMention(text, "năm nay", kind: "date", ["resolved": "false", "grain": "year"])
        XCTAssertNil(year?.string("value"), "DECISIONS.md: never guessed")
    }

    // MARK: - Extent of text

    func testCueWordsInPrepositionsAndPositionsOut() {
        expectDate("Đến cuối năm 2022, dư nợ tín dụng đạt 12 triệu tỷ đồng.", "năm 2022", value: "2022", grain: "year", reference: ref)
        expectDate("Phiên họp bắt đầu lúc 8h30.", "8h30", value: "2023-12-28T08:30", grain: "minute", reference: ref)
        expectDate("Dự án sẽ hoàn thành vào năm 2023.", "năm 2023", value: "2023", grain: "year", reference: ref)
        expectDate("Đầu tháng 3/2024, giá xăng tăng.", "tháng 3/2024", value: "2024-03", grain: "month", reference: ref)
        expectDate("Giữa năm 2023, lãi suất giảm mạnh.", "năm 2023", value: "2023", grain: "year", reference: ref)
        expectDate("Tính đến ngày 30/6/2024, cả nước có 900.000 doanh nghiệp.", "ngày 30/6/2024", value: "2024-06-30", grain: "day",
                   reference: ref)
        expectDate("Kể từ ngày 1/7/2024, lương cơ sở tăng lên 2,34 triệu đồng.", "ngày 1/7/2024", value: "2024-07-01", grain: "day",
                   reference: ref)
        expectDate("Người dân nộp hồ sơ trước ngày 15/1/2024.", "ngày 15/1/2024", value: "2024-01-15", grain: "day", reference: ref)
        expectDate("Chương trình kéo dài đến hết ngày 31/12/2024.", "ngày 31/12/2024", value: "2024-12-31", grain: "day", reference: ref)
        expectDate("Từ ngày 1/7/2024, mức lương cơ sở tăng 30%.", "ngày 1/7/2024", value: "2024-07-01", grain: "day", reference: ref)
        expectDate("Trong năm 2024, tỉnh phấn đấu thu hút 1 tỷ USD.", "năm 2024", value: "2024", grain: "year", reference: ref)
    }

    func testWeekdayNamesStayOutOfText() {
        let text = "Thứ năm - 28/12/2023 08:47"
        let ms = mentions(text)
        XCTAssertEqual(ms.map(\.text), ["28/12/2023 08:47"], "one mention, no weekday: got \(ms.map { "\($0.kind):\($0.text)" })")
        expectDate(text, "28/12/2023 08:47", value: "2023-12-28T08:47", grain: "minute")
        expectDate("Thứ Hai, ngày 6/5/2024, Quốc hội khai mạc kỳ họp thứ 7.", "ngày 6/5/2024", value: "2024-05-06", grain: "day",
                   reference: ref)
        expectNoDateOverlapping("Thứ Hai, ngày 6/5/2024, Quốc hội khai mạc kỳ họp thứ 7.", "Thứ Hai", reference: ref)
    }

    // MARK: - Datelines

    func testDatelineWeekdayDashDateTime() {
        let text = "Bình Dương: Kinh tế - xã hội năm 2023 tăng trưởng khá\n\nThứ năm - 28/12/2023 08:47\nNgày 28/12, UBND tỉnh Bình Dương tổ chức hội nghị tổng kết."
        expectDateline(text, "2023-12-28", line: "Thứ năm - 28/12/2023 08:47", minute: "2023-12-28T08:47")
        let doc = TestPipeline.extract(text)
        let ms = doc.mentions.map { M(json: doc.mentionJSON($0)) }
        XCTAssertTrue(ms.contains { $0.text == "28/12/2023 08:47" && $0.kind == "date" }, "got \(ms.map(\.text))")
        XCTAssertTrue(ms.contains { $0.text == "Ngày 28/12" && $0.string("value") == "2023-12-28" },
                      "the body's partial date takes the dateline year: \(ms.map { "\($0.text)=\($0.string("value") ?? "nil")" })")
    }

    func testDatelineSundayCommaForm() {
        let text = "Hội chợ Thương mại - Du lịch Sài Gòn 2024\nChủ nhật, 3/3/2024, 07:00 (GMT+7)\nSáng 2/3, hội chợ đón hàng nghìn lượt khách."
        expectDateline(text, "2024-03-03", line: "Chủ nhật, 3/3/2024, 07:00 (GMT+7)", minute: "2024-03-03T07:00")
        let doc = TestPipeline.extract(text)
        let ms = doc.mentions.map { M(json: doc.mentionJSON($0)) }
        XCTAssertTrue(ms.contains { $0.text == "Sáng 2/3" && $0.string("value") == "2024-03-02" },
                      "got \(ms.map { "\($0.text)=\($0.string("value") ?? "nil")" })")
    }

    func testDatelineNgayDang() {
        let text = "Đồng Tháp: Kinh tế - xã hội 9 tháng năm 2019\nNgày đăng: 25/10/2019 16:20\nTrong 9 tháng, tổng sản phẩm trên địa bàn tăng 6,9%."
        expectDateline(text, "2019-10-25", line: "Ngày đăng: 25/10/2019 16:20", minute: "2019-10-25T16:20")
    }

    func testDatelineCapNhatLuc() {
        let text = "Giá vàng SJC lên 74,5 triệu đồng/lượng\nCập nhật lúc 08:47 ngày 28/12/2023\nSáng nay, giá vàng miếng tiếp tục tăng."
        expectDateline(text, "2023-12-28", line: "Cập nhật lúc 08:47 ngày 28/12/2023", minute: "2023-12-28T08:47")
    }

    func testDatelinePipeForm() {
        let text = "GDP năm 2023 tăng 5,05%\n28/12/2023 | 08:47\nNăm nay, GDP cả nước tăng 5,05%."
        expectDateline(text, "2023-12-28", line: "28/12/2023 | 08:47", minute: "2023-12-28T08:47")
    }

    func testGivenReferenceWinsOverDateline() {
        let text = "Tiêu đề bài viết\n\nThứ năm - 28/12/2023 08:47\nNăm nay, doanh thu tăng 10%."
        let doc = TestPipeline.extract(text, reference: "2024-01-05")
        XCTAssertEqual(doc.referenceSource, "given")
        XCTAssertEqual(doc.referenceDate?.description, "2024-01-05")
    }
}

// MARK: - Private helpers

/// A single date mention with `value` and `grain` (and no from/to).
@discardableResult
private func expectDate(_ text: String, _ mentionText: String, value: String, grain: String, reference: String? = nil,
                        file: StaticString = #filePath, line: UInt = #line) -> M? {
    let m = expectMention(text, mentionText, kind: "date", ["value": value, "grain": grain], reference: reference, file: file, line: line)
    if let m {
        XCTAssertNil(m.string("from"), "a single date has no from", file: file, line: line)
        XCTAssertNil(m.string("resolved"), "a resolved date has no resolved=false", file: file, line: line)
    }
    return m
}

/// A date span: `from`, `to` (inclusive) and `grain`, and no `value`.
@discardableResult
private func expectSpan(_ text: String, _ mentionText: String, from: String, to: String, grain: String, reference: String? = nil,
                        file: StaticString = #filePath, line: UInt = #line) -> M? {
    let m = expectMention(text, mentionText, kind: "date", ["from": from, "to": to, "grain": grain], reference: reference,
                          file: file, line: line)
    if let m { XCTAssertNil(m.string("value"), "a span has from/to instead of value", file: file, line: line) }
    return m
}

private func dateSpecScalarRange(of part: String, in text: String) -> Range<Int>? {
    let hay = Array(text.unicodeScalars), needle = Array(part.unicodeScalars)
    guard !needle.isEmpty, needle.count <= hay.count else { return nil }
    for i in 0...(hay.count - needle.count) where Array(hay[i..<(i + needle.count)]) == needle {
        return i..<(i + needle.count)
    }
    return nil
}

private func expectNoDateOverlapping(_ text: String, _ part: String, reference: String? = nil,
                                     file: StaticString = #filePath, line: UInt = #line) {
    guard let r = dateSpecScalarRange(of: part, in: text) else {
        XCTFail("test error: '\(part)' not in '\(text)'", file: file, line: line); return
    }
    let hits = mentions(text, reference: reference).filter { $0.kind == "date" && $0.start < r.upperBound && $0.end > r.lowerBound }
    XCTAssertTrue(hits.isEmpty, "'\(part)' must not be a date; got \(hits.map { "\($0.text)=\($0.string("value") ?? "nil")" })",
                  file: file, line: line)
}

/// The document takes its reference date from the dateline `line`, and the
/// dateline's date and time are one date mention at minute grain.
private func expectDateline(_ text: String, _ day: String, line datelineText: String, minute: String,
                            file: StaticString = #filePath, line: UInt = #line) {
    let doc = TestPipeline.extract(text)
    XCTAssertEqual(doc.referenceSource, "dateline", file: file, line: line)
    XCTAssertEqual(doc.referenceDate?.description, day, file: file, line: line)
    guard let r = dateSpecScalarRange(of: datelineText, in: text) else {
        XCTFail("test error: dateline not in text", file: file, line: line); return
    }
    let ms = doc.mentions.map { M(json: doc.mentionJSON($0)) }.filter { $0.start < r.upperBound && $0.end > r.lowerBound }
    XCTAssertEqual(ms.count, 1, "the dateline is one mention; got \(ms.map { "\($0.kind):\($0.text)" })", file: file, line: line)
    if let m = ms.first {
        XCTAssertEqual(m.kind, "date", file: file, line: line)
        XCTAssertEqual(m.string("value"), minute, "dateline '\(m.text)'", file: file, line: line)
        XCTAssertEqual(m.string("grain"), "minute", file: file, line: line)
    }
}
