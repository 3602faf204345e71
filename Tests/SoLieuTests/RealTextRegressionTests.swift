import Foundation
import XCTest
@testable import SoLieu

/// Cases found by the hand review of real news (corpus-external sample),
/// each the general form of an error seen there.
final class RealTextRegressionTests: XCTestCase {
    func testBareDayMonthIsADate() {
        expectMention("Giá vàng hôm nay 9/6 tăng mạnh.", "9/6", kind: "date", ["value": "2024-06-09", "grain": "day"], reference: "2024-06-12")
        expectNoMention("Giá vàng hôm nay 9/6 tăng mạnh.", "9", kind: "number", reference: "2024-06-12")
        expectMention("Ngày 30/4 và 1/5 năm nay là ngày nghỉ.", "1/5", kind: "date", ["value": "2024-05-01"], reference: "2024-04-20")
        // After "lễ", two days joined by a dash are one span (session 17).
        expectMention("Dịp nghỉ lễ 30/4 - 1/5 năm nay kéo dài 5 ngày.", "30/4 - 1/5", kind: "date", ["from": "2024-04-30", "to": "2024-05-01"], reference: "2024-04-20")
    }

    func testDayMonthWithADashAfterNgay() {
        expectMention("Lễ hội diễn ra ngày 7-7 hằng năm.", "ngày 7-7", kind: "date", ["value": "2024-07-07", "grain": "day"], reference: "2024-06-12")
    }

    func testRanksAndSharesWithASlashAreNotDates() {
        expectMention("Tỉnh xếp thứ 8/63 tỉnh, thành phố.", "thứ 8", kind: "ordinal", ["value": "8"])
        expectNoMention("Anh là thợ bậc 4/7 của nhà máy.", "4/7", kind: "date", reference: "2024-06-12")
    }

    func testMetresAreNotMillions() {
        let ms = mentions("Vận động viên nam cao từ 1,60m trở lên.", reference: "2024-06-12")
        XCTAssertFalse(ms.contains { $0.string("value") == "1600000" }, "\(ms.map(\.json))")
    }

    func testNumberWordsBeforeCommonNounsAreNotMoney() {
        expectNoMention("Nhiều người đều không đồng tình với đề xuất này.", "đồng", kind: "money")
        expectNoMention("Giải đấu chia thành hai bảng đấu.", "bảng", kind: "money")
        expectMention("Giá mỗi kg là năm mươi nghìn đồng.", "năm mươi nghìn đồng", kind: "money", ["value": "50000", "currency": "VND"])
    }

    func testPercentRangeWithTheSignOnBothSides() {
        expectMention("Tỷ lệ này dao động 30%-38% mỗi năm.", "30%-38%", kind: "percent", ["min": "30", "max": "38"])
        expectMention("Lãi suất chỉ nhích khoảng 0,01% đến 0,06%.", "0,01% đến 0,06%", kind: "percent", ["min": "0.01", "max": "0.06", "qualifier": "approximately"])
    }

    func testYearSpans() {
        expectMention("Nhạc sĩ Văn Cao (1923-1995) sáng tác bài hát năm 1944.", "1923-1995", kind: "date", ["from": "1923", "to": "1995", "grain": "year"])
        expectMention("Dự báo dân số từ năm 2020 - 2050 sẽ già hóa nhanh.", "từ năm 2020 - 2050", kind: "date", ["from": "2020", "to": "2050"])
        expectMention("Ngôi chùa được xây dựng vào năm 1819.", "năm 1819", kind: "date", ["value": "1819", "grain": "year"])
    }

    func testHoanToanIsNotASubject() {
        let doc = TestPipeline.extract("Doanh thu hoàn toàn đạt 500 tỷ đồng trong năm 2023.", reference: "2024-01-10")
        XCTAssertNotEqual(doc.indicators.first?.subject, "toàn")
        XCTAssertNil(doc.indicators.first?.subject?.hasPrefix("toàn") == true ? doc.indicators.first?.subject : nil)
    }

    func testSpelledMonthsStartAPeriod() {
        expectMention("Trong sáu tháng đầu năm nay, xuất khẩu tăng 15%.", "sáu tháng đầu năm nay", kind: "date",
                      ["from": "2024-01", "to": "2024-06", "grain": "month"], reference: "2024-07-02")
    }

    func testMonthToMonthIsASpan() {
        // A closed span starts at "từ" (RECORDS.md section 5).
        expectMention("Mùa khô kéo dài từ tháng 2 tới tháng 5.", "từ tháng 2 tới tháng 5", kind: "date",
                      ["from": "2024-02", "to": "2024-05", "grain": "month"], reference: "2024-01-10")
        expectMention("Mùa khô kéo dài tháng 2 tới tháng 5.", "tháng 2 tới tháng 5", kind: "date",
                      ["from": "2024-02", "to": "2024-05", "grain": "month"], reference: "2024-01-10")
        expectMention("Giá tăng trong tháng 10 - 12/2016.", "tháng 10 - 12/2016", kind: "date", ["from": "2016-10", "to": "2016-12"])
        expectMention("Hội chợ diễn ra ngày 29 - 30/4.", "ngày 29 - 30/4", kind: "date", ["from": "2024-04-29", "to": "2024-04-30"], reference: "2024-04-01")
        expectMention("Sản lượng các năm 2011 đến 2016 tăng đều.", "năm 2011 đến 2016", kind: "date", ["from": "2011", "to": "2016"])
        expectMention("Hạn mặn mùa khô 2016-2017 gây thiệt hại lớn.", "mùa khô 2016-2017", kind: "date", ["from": "2016", "to": "2017"])
        expectMention("Giá cao su tăng hơn một tuần nay.", "một tuần", kind: "duration", ["value": "1", "unit": "week", "qualifier": "more_than"])
    }

    func testAPlanCueWithAColonCoversItsList() {
        let doc = TestPipeline.extract("Năm 2024, công ty đề ra các chỉ tiêu: doanh thu đạt 3.360 tỷ đồng, lợi nhuận đạt 250 tỷ đồng.", reference: "2024-01-10")
        XCTAssertEqual(doc.indicators.map(\.modality), [.target, .target])
    }

    func testEventCountsAreNotRecordsButNamedRatiosAre() {
        XCTAssertTrue(TestPipeline.extract("Có 3 cá nhân đã chuyển tiền cho đối tượng.", reference: "2024-01-10").indicators.isEmpty)
        let ratio = TestPipeline.extract("Tỷ số giới tính khi sinh là 112 bé trai/100 bé gái.", reference: "2024-01-10")
        XCTAssertEqual(ratio.indicators.first?.indicator, "Tỷ số giới tính khi sinh")
        let life = TestPipeline.extract("Tuổi thọ trung bình của người Việt Nam đạt 73,7 tuổi.", reference: "2024-01-10")
        XCTAssertEqual(life.indicators.count, 1, "an average age is a statistic")
        XCTAssertTrue(TestPipeline.extract("Ông Nguyễn Văn A, 45 tuổi, đã nhận giải.", reference: "2024-01-10").indicators.isEmpty)
    }

    func testLowercaseWordsAndPersonNamesAreNotPlaces() {
        // "ý kiến" (opinion) is not Ý (Italy); "ông Đức" is a person; "TP Thủ Đức" is not Germany.
        let a = TestPipeline.extract("Không có ý kiến của HĐND với số tiền 960 tỷ đồng chi sai.", reference: "2024-01-10")
        XCTAssertNil(a.indicators.first?.subject)
        let b = TestPipeline.extract("Ông Đức cho biết doanh thu đạt 50 tỷ đồng.", reference: "2024-01-10")
        XCTAssertNil(b.indicators.first?.subject)
        let d = TestPipeline.extract("Giá căn hộ tại TP Thủ Đức đạt 80 triệu đồng/m2.", reference: "2024-01-10")
        XCTAssertNotEqual(d.indicators.first?.subject, "Đức")
    }

    func testSecondReviewCases() {
        expectMention("Chiều 6.2, giá vàng giảm mạnh.", "Chiều 6.2", kind: "date", ["value": "2017-02-06", "grain": "day"], reference: "2017-02-07")
        expectMention("Số liệu tháng 1.2017 cho thấy xuất khẩu tăng.", "tháng 1.2017", kind: "date", ["value": "2017-01", "grain": "month"])
        expectMention("Ngân sách tài khóa 2016 thâm hụt.", "tài khóa 2016", kind: "date", ["value": "2016", "grain": "year"])
        expectNoMention("Mỗi năm CLB chi hàng tỷ đồng.", "năm", kind: "number")
        expectMention("Nhu cầu năng lượng khoảng 100 - 110 triệu TOE.", "100 - 110 triệu", kind: "number",
                      ["min": "100000000", "max": "110000000", "qualifier": "approximately"])
        expectMention("Doanh thu đạt 20 tỷ yen.", "20 tỷ yen", kind: "money", ["value": "20000000000", "currency": "JPY"])
    }

    func testChangesAttachToTheRightLevel() {
        // The issue's paired list: two levels, two changes, in order.
        let a = TestPipeline.extract("Xuất khẩu cà phê 11 tháng ước đạt 693 nghìn tấn và 1,57 tỷ USD, giảm 15,9% về khối lượng nhưng tăng 11% về giá trị.", reference: "2023-12-11")
        let changes = a.indicators.map { r in (a.span(a.mentions[r.value]).text, r.change.flatMap { $0.value }.map { a.span(a.mentions[$0]).text }) }
        XCTAssertEqual(changes.map(\.0), ["693 nghìn", "1,57 tỷ USD"])
        XCTAssertEqual(changes.map(\.1), ["15,9%", "11%"])
        // Otherwise the nearest level: "…, nhập khẩu đạt 22,8 tỷ USD, tăng 3%".
        let b = TestPipeline.extract("Xuất khẩu đạt 31,9 tỷ USD; nhập khẩu đạt 22,8 tỷ USD, tăng 3% so với năm trước.", reference: "2023-12-11")
        let withChange = b.indicators.first { $0.change != nil }.map { b.span(b.mentions[$0.value]).text }
        XCTAssertEqual(withChange, "22,8 tỷ USD")
        // A share of the plan does not take the change of the amount.
        let c = TestPipeline.extract("Thu ngân sách ước đạt 1.500.000 tỷ đồng, bằng 92,5% dự toán năm, giảm 1,2% so với cùng kỳ năm 2022.", reference: "2023-11-08")
        XCTAssertEqual(c.indicators.first { $0.change != nil }.map { c.span(c.mentions[$0.value]).text }, "1.500.000 tỷ đồng")
        // "cao hơn mức 6,71% của cùng kỳ": the compared level is the change's starting point.
        let d = TestPipeline.extract("Tốc độ tăng trưởng 9 tháng ước đạt 6,92%, cao hơn mức 6,71% của cùng kỳ năm trước.", reference: "2019-10-25")
        let r = try? XCTUnwrap(d.indicators.first)
        XCTAssertEqual(r?.change?.direction, .increase)
        XCTAssertEqual(r?.change.flatMap { $0.from }.map { d.span(d.mentions[$0]).text }, "6,71%")
    }

    func testNumberSignsAreNames() {
        XCTAssertTrue(mentions("Đội quản lý thị trường số 2 gửi văn bản theo Nghị định số 99/2013/NĐ-CP.").isEmpty)
        XCTAssertTrue(mentions("Học sinh lớp 9 thi học kỳ 2 môn Toán.").isEmpty)
        expectMention("Trong số 104 quốc gia có đầu tư tại Việt Nam.", "104", kind: "number", ["value": "104", "unit": "quốc gia"])
    }

    func testThirdLookCases() {
        expectMention("Qua 3 ngày (từ 26 - 28/4) thực hiện tiêm vắc xin.", "từ 26 - 28/4", kind: "date", ["from": "2021-04-26", "to": "2021-04-28"], reference: "2021-04-29")
        expectNoMention("Sản phẩm như bánh tráng Ba Cây Tre được ưa chuộng.", "Ba", kind: "number")
        expectNoMention("Có 1 mẫu dương tính lần 8 trong đợt 1.", "8", kind: "number")
        XCTAssertTrue(mentions("Tiêm vắc xin phòng Covid-19 đợt 1 tại tỉnh.").isEmpty)
    }

    func testCompaniesAsSubjectsAndHypotheticalsAsNoRecords() {
        let a = TestPipeline.extract("Năm 2016, Công ty cổ phần Viễn thông FPT đạt doanh thu 6.666 tỷ đồng.", reference: "2017-05-01")
        XCTAssertEqual(a.indicators.first?.subject, "Công ty cổ phần Viễn thông FPT")
        let b = TestPipeline.extract("Ngân hàng Nhà nước công bố tỷ giá trung tâm ở mức 24.260 đồng/USD.", reference: "2024-05-20")
        XCTAssertNil(b.indicators.first?.subject, "the authority that announces a value is not its subject")
        XCTAssertTrue(TestPipeline.extract("Nếu tài xế chạy được trên 5 chuyến mỗi ngày thì thu nhập đạt 20 triệu đồng.", reference: "2024-05-20").indicators.isEmpty)
    }

    func testCodesAndListMarkers() {
        XCTAssertTrue(mentions("Lúa chất lượng cao OM 2514, OM 1490 được thu mua.").isEmpty)
        XCTAssertTrue(mentions("Xổ số Mega 6/45 mở thưởng trên kênh VTC 7.").isEmpty)
        XCTAssertTrue(mentions("1. Mấy năm trước, anh làm ruộng.").isEmpty)
        // A code before a measured figure is not an identifier: "GDP 6,5%", "FDI 15 tỷ USD".
        expectMention("Tăng trưởng GDP 6,5% trong năm.", "6,5%", kind: "percent", ["value": "6.5"])
        expectMention("Vốn FDI 15 tỷ USD đổ vào.", "15 tỷ USD", kind: "money", ["value": "15000000000", "currency": "USD"])
    }

    func testThirdReviewRecordCases() {
        // A figure repeated with a demonstrative is not a new observation.
        // (Not "Gói tín dụng 600.000 tỷ đồng": a package's amount is part of its name, the tín dụng golden.)
        let a = TestPipeline.extract("Chính phủ dành 600.000 tỷ đồng hỗ trợ doanh nghiệp. Số tiền 600.000 tỷ này sẽ được giải ngân dần.", reference: "2024-01-10")
        XCTAssertEqual(a.indicators.count, 1)
        // Technical-analysis levels are not observations.
        XCTAssertTrue(TestPipeline.extract("VN-Index gặp vùng kháng cự 780 điểm.", reference: "2017-06-15").indicators.isEmpty)
        // "mức X của <date>": that date is X's own period, and the change's baseline.
        let b = TestPipeline.extract("So với mức 3,31% của quý I, lạm phát cơ bản 6 tháng đã giảm 0,5 điểm phần trăm.", reference: "2024-07-06")
        let level = b.indicators.first { b.span(b.mentions[$0.value]).text == "3,31%" }
        XCTAssertEqual(level?.period.map { b.span(b.mentions[$0]).text }, "quý I")
    }

    func testDestinationMarketStaysInTheIndicator() {
        let d = TestPipeline.extract("Năm 2023, xuất khẩu nông sản sang Trung Quốc đạt 12 tỷ USD.", reference: "2023-12-28")
        XCTAssertEqual(d.indicators.count, 1)
        XCTAssertEqual(d.indicators.first?.indicator, "xuất khẩu nông sản sang Trung Quốc")
        XCTAssertNil(d.indicators.first?.subject)
    }

    func testRestatedChangeJoinsTheFromToRecord() {
        let a = TestPipeline.extract("Giá thép tăng từ 14 triệu đồng/tấn lên 16 triệu đồng/tấn, tương ứng mức tăng 14%.", reference: "2023-12-28")
        XCTAssertEqual(a.indicators.count, 1)
        let r = a.indicators.first
        XCTAssertEqual(r.map { a.span(a.mentions[$0.value]).text }, "16 triệu đồng/tấn")
        XCTAssertEqual(r?.change?.direction, .increase)
        XCTAssertEqual(r?.change?.value.map { a.span(a.mentions[$0]).text }, "14%")
        XCTAssertEqual(r?.change?.from.map { a.span(a.mentions[$0]).text }, "14 triệu đồng/tấn")
        // Another indicator's change after a comma is its own record.
        let b = TestPipeline.extract("Doanh thu tăng từ 10 lên 12 tỷ đồng, lợi nhuận tăng 5%.", reference: "2023-12-28")
        XCTAssertEqual(b.indicators.count, 2)
        XCTAssertNil(b.indicators.first?.change?.value)
        XCTAssertEqual(b.indicators.last?.indicator, "lợi nhuận")
    }

    func testBareStartingLevelSharesTheMagnitude() {
        expectMention("Doanh thu tăng từ 10 lên 12,5 tỷ đồng.", "10", kind: "money", ["value": "10000000000", "currency": "VND"])
        expectMention("Dân số tăng từ 5 lên 7 triệu người.", "5", kind: "number", ["value": "5000000", "unit": "người"])
        expectMention("Vốn tăng từ 800 triệu lên 1,2 tỷ đồng.", "800 triệu", kind: "money", ["value": "800000000"])
        expectMention("Giá tăng từ 4.000 lên 8.000 đồng.", "4.000", kind: "money", ["value": "4000", "currency": "VND"])
        expectMention("Lãi suất tăng từ 5 lên 7%.", "5", kind: "percent", ["value": "5"])
    }

    func testSoPlusNounNamesACount() {
        let a = TestPipeline.extract("Số đội tăng từ 32 lên 36 CLB.", reference: "2023-12-28")
        XCTAssertEqual(a.indicators.map(\.indicator), ["Số đội"])
        let b = TestPipeline.extract("Số một thế giới về xuất khẩu gạo là Ấn Độ với 22 triệu tấn.", reference: "2023-12-28")
        XCTAssertFalse(b.indicators.contains { $0.indicator?.hasPrefix("Số một") == true }, "\(b.indicators.map(\.indicator))")
    }

    func testIndicatorBeforeAListIsNotCutMidWord() {
        let a = TestPipeline.extract("Tổng vốn đầu tư nước ngoài đăng ký vào Việt Nam, gồm vốn đăng ký mới, điều chỉnh và góp vốn mua cổ phần, đạt hơn 20,2 tỷ USD.", reference: "2023-10-02")
        XCTAssertEqual(a.indicators.first?.indicator, "Tổng vốn đầu tư nước ngoài đăng ký")
        XCTAssertEqual(a.indicators.first?.subject, "Việt Nam")
    }

    func testChangeThenRemainingLevelIsOneRecord() {
        for text in ["Doanh thu giảm 35% xuống còn 24,56 tỷ đồng.", "Doanh thu giảm 35%, xuống còn 24,56 tỷ đồng."] {
            let a = TestPipeline.extract(text, reference: "2023-12-28")
            XCTAssertEqual(a.indicators.count, 1, text)
            XCTAssertEqual(a.indicators.first.map { a.span(a.mentions[$0.value]).text }, "24,56 tỷ đồng", text)
            XCTAssertEqual(a.indicators.first?.change?.direction, .decrease, text)
            XCTAssertEqual(a.indicators.first?.change?.value.map { a.span(a.mentions[$0]).text }, "35%", text)
        }
        // "còn" opening a clause still separates two indicators.
        let b = TestPipeline.extract("Xuất khẩu đạt 10 tỷ USD, còn nhập khẩu đạt 8 tỷ USD.", reference: "2023-12-28")
        XCTAssertEqual(b.indicators.map(\.indicator), ["Xuất khẩu", "nhập khẩu"])
    }

    func testHeadSyllableInsideAVerbCompoundIsNotTheIndicator() {
        let a = TestPipeline.extract("Ông đánh giá thế nào về tốc độ tăng trưởng GDP trong quý I/2017 chỉ đạt 5,1%?", reference: "2017-05-01")
        XCTAssertEqual(a.indicators.first?.indicator, "tốc độ tăng trưởng GDP")
    }

    func testTickerHeadingIsTheSubject() {
        let a = TestPipeline.extract("TMS: Lãi ròng năm 2016 đạt 173 tỷ đồng, vượt 88% kế hoạch.", reference: "2017-03-01")
        XCTAssertEqual(a.indicators.map(\.subject), ["TMS", "TMS"])
        XCTAssertEqual(a.indicators.first?.indicator, "Lãi ròng")
        // Not a ticker: an indicator abbreviation, a label, a non-ASCII word.
        for text in ["GDP: tăng 5%.", "VIDEO: Doanh thu đạt 5 tỷ đồng.", "CÁC: ngành đạt 5 tỷ đồng."] {
            XCTAssertEqual(TestPipeline.extract(text, reference: "2017-03-01").indicators.first?.subject, nil, text)
        }
    }

    func testRestatedChangeInAnotherUnitIsAChangeRecord() {
        let a = TestPipeline.extract("Chỉ số Nasdaq tăng 10,67 điểm (tương đương 0,19%).", reference: "2017-03-01")
        XCTAssertEqual(a.indicators.count, 2)
        let pct = a.indicators.last
        XCTAssertEqual(pct.map { a.span(a.mentions[$0.value]).text }, "0,19%")
        XCTAssertEqual(pct?.change?.direction, .increase)
        XCTAssertEqual(pct?.change?.value.map { a.span(a.mentions[$0]).text }, "0,19%")
        XCTAssertEqual(pct?.indicator, "Chỉ số Nasdaq")
        // A share of the plan after a level is not a change.
        let b = TestPipeline.extract("Doanh thu đạt 5 tỷ đồng, tương đương 20% kế hoạch.", reference: "2017-03-01")
        XCTAssertNil(b.indicators.last?.change)
    }

    func testSoInsideANounIsNotANumberSign() {
        let a = TestPipeline.extract("Doanh số 5 tháng đầu năm nay đạt 120 tỷ đồng.", reference: "2016-12-20")
        XCTAssertEqual(a.indicators.first?.indicator, "Doanh số")
        XCTAssertEqual(a.indicators.first?.period.map { a.span(a.mentions[$0]).text }, "5 tháng đầu năm nay")
        expectMention("Doanh số 5 tháng đầu năm nay đạt 120 tỷ đồng.", "5 tháng đầu năm nay", kind: "date",
                      ["from": "2016-01", "to": "2016-05", "grain": "month"], reference: "2016-12-20")
        expectNoMention("Đội quản lý thị trường số 2 đã kiểm tra.", "2", kind: "number")
    }

    func testPlaceComparedWithIsNotTheSubject() {
        XCTAssertNil(TestPipeline.extract("Giá xăng trong nước cao hơn Lào 2.000 đồng/lít.", reference: "2016-12-20").indicators.first?.subject)
        XCTAssertNil(TestPipeline.extract("Xuất khẩu tăng 5% so với Thái Lan.", reference: "2016-12-20").indicators.first?.subject)
        XCTAssertEqual(TestPipeline.extract("Xuất khẩu của Việt Nam tăng 5% so với Thái Lan.", reference: "2016-12-20").indicators.first?.subject, "Việt Nam")
    }

    func testIndicatorPhraseEdges() {
        // Cut at "với": "đối" goes with it.
        XCTAssertEqual(TestPipeline.extract("Tín dụng đối với các lĩnh vực ưu tiên đạt tốc độ tăng trưởng 22,4%.", reference: "2016-12-20").indicators.first?.indicator, "Tín dụng")
        // "khối lượng" is one measure word, not "lượng" after "khối".
        XCTAssertEqual(TestPipeline.extract("Khối lượng tài sản đạt 5 tỷ đồng.", reference: "2016-12-20").indicators.first?.indicator, "Khối lượng tài sản")
    }

    func testMinusSignAfterAnOpeningParenthesis() {
        expectMention("Khối ngoại bán ròng HPG (-20,5 tỉ đồng).", "-20,5 tỉ đồng", kind: "money", ["value": "-20500000000", "currency": "VND"])
        expectMention("Giá (10-15 tỷ đồng).", "10-15 tỷ đồng", kind: "money", ["min": "10000000000", "max": "15000000000"])
    }

    func testSectorNamesWithACommaList() {
        let a = TestPipeline.extract("Trong mức tăng chung của toàn nền kinh tế, khu vực nông, lâm nghiệp và thủy sản tăng 3,56%, đóng góp 9,6%; khu vực công nghiệp và xây dựng tăng 3,74%.", reference: "2023-12-29")
        XCTAssertEqual(a.indicators.map(\.indicator), ["khu vực nông, lâm nghiệp và thủy sản", "khu vực nông, lâm nghiệp và thủy sản", "khu vực công nghiệp và xây dựng"])
        // A place that starts like a sector is the subject.
        let b = TestPipeline.extract("Khu vực đồng euro tăng trưởng 2%.", reference: "2023-12-29")
        XCTAssertEqual(b.indicators.first?.subject, "Khu vực đồng euro")
        XCTAssertEqual(b.indicators.first?.indicator, "tăng trưởng")
    }

    func testTotalIsPartOfTheIndicator() {
        XCTAssertEqual(TestPipeline.extract("Tổng diện tích gieo trồng lúa đạt 523.400 ha.", reference: "2019-10-25").indicators.first?.indicator, "Tổng diện tích gieo trồng lúa")
    }

    func testEllipticalListIsOneIndicator() {
        let a = TestPipeline.extract("Tính chung năm 2023, tổng kim ngạch xuất, nhập khẩu hàng hóa ước đạt 683 tỷ USD.", reference: "2023-12-29")
        XCTAssertEqual(a.indicators.first?.indicator, "tổng kim ngạch xuất, nhập khẩu hàng hóa")
        XCTAssertEqual(a.indicators.first?.modality, .estimate)
        let b = TestPipeline.extract("Xuất khẩu đạt 5 tỷ USD, nhập khẩu đạt 4 tỷ USD.", reference: "2023-12-29")
        XCTAssertEqual(b.indicators.map(\.indicator), ["Xuất khẩu", "nhập khẩu"])
    }

    func testSpacedHyphenBetweenNounsIsNotAClauseBreak() {
        XCTAssertEqual(TestPipeline.extract("Khu vực công nghiệp - xây dựng tăng 10,6%.", reference: "2023-12-29").indicators.first?.indicator, "Khu vực công nghiệp - xây dựng")
        let b = TestPipeline.extract("Hà Nội - Tăng trưởng GDP đạt 6%.", reference: "2023-12-29")
        XCTAssertEqual(b.indicators.first?.indicator, "Tăng trưởng GDP")
        XCTAssertEqual(b.indicators.first?.subject, "Hà Nội")
    }

    func testGroupNounBeforeAMeasureIsTheSubject() {
        let a = TestPipeline.extract("Khu vực có vốn đầu tư nước ngoài (kể cả dầu thô) tiếp tục chiếm ưu thế với kim ngạch xuất khẩu 136,2 tỷ USD.", reference: "2023-12-29")
        XCTAssertEqual(a.indicators.first?.indicator, "kim ngạch xuất khẩu")
        XCTAssertEqual(a.indicators.first?.subject, "Khu vực có vốn đầu tư nước ngoài")
        // Without a measure word after it, the sector is the indicator.
        XCTAssertEqual(TestPipeline.extract("Khu vực dịch vụ tăng 6,82%.", reference: "2023-12-29").indicators.first?.indicator, "Khu vực dịch vụ")
    }

    func testRelativeClauseEndsTheIndicatorAndGivesTheSubject() {
        let a = TestPipeline.extract("Tỷ giá trần mà các ngân hàng thương mại được phép áp dụng là 25.473 đồng/USD.", reference: "2023-12-29")
        XCTAssertEqual(a.indicators.first?.indicator, "Tỷ giá trần")
        XCTAssertEqual(a.indicators.first?.subject, "các ngân hàng thương mại")
        let b = TestPipeline.extract("Số tiền mà người dân phải trả tăng 10%.", reference: "2023-12-29")
        XCTAssertEqual(b.indicators.first?.subject, "người dân")
    }

    func testRestatedChangeThenNewLevel() {
        let a = TestPipeline.extract("Chiều nay, VN-Index tăng 12,37 điểm, tương đương 0,99%, lên 1.261,17 điểm.", reference: "2024-03-08")
        let rows = a.indicators.map { r in (a.span(a.mentions[r.value]).text, r.change?.value.map { a.span(a.mentions[$0]).text }) }
        XCTAssertEqual(rows.map(\.0), ["1.261,17", "0,99%"])
        XCTAssertEqual(rows.map(\.1), ["12,37", "0,99%"])
    }

    func testTuyNhienIsAnEdgeOnlyAsAPair() {
        XCTAssertEqual(TestPipeline.extract("Tuy nhiên doanh thu giảm 5%.", reference: "2023-12-29").indicators.first?.indicator, "doanh thu")
        // "nhiên" in "tự nhiên" is part of the word.
        let a = TestPipeline.extract("Diện tích rừng tự nhiên đạt 10 triệu ha.", reference: "2023-12-29")
        XCTAssertEqual(a.indicators.first?.indicator, "Diện tích rừng tự nhiên")
    }

    func testVerbInsideTheHeadDoesNotCutIt() {
        let a = TestPipeline.extract("Tốc độ tăng dân số tự nhiên đạt 0,9%.", reference: "2023-12-29")
        XCTAssertEqual(a.indicators.first?.indicator, "Tốc độ tăng dân số tự nhiên")
        XCTAssertNil(a.indicators.first?.change)
    }

    func testNewAfterTheFigureIsPartOfTheName() {
        XCTAssertEqual(TestPipeline.extract("Thành phố ghi nhận 4.320 ca mắc mới.", reference: "2021-08-02").indicators.first?.indicator, "ca mắc mới")
        XCTAssertEqual(TestPipeline.extract("Cả nước có 2.220 dự án mới được cấp giấy chứng nhận đăng ký đầu tư.", reference: "2023-10-02").indicators.first?.indicator, "dự án mới")
    }

    /// (indicator, subject, value text) of each record.
    private func rows(_ text: String, _ reference: String = "2024-01-10") -> [[String?]] {
        let a = TestPipeline.extract(text, reference: reference)
        return a.indicators.map { [$0.indicator, $0.subject, a.span(a.mentions[$0.value]).text] }
    }

    func testGroupAfterOIsTheSubjectAndAParallelGroupKeepsTheMeasure() {
        XCTAssertEqual(rows("Tỷ lệ hộ nghèo ở khu vực miền núi là 12,5%, khu vực ven biển là 3,1%."),
                       [["Tỷ lệ hộ nghèo", "khu vực miền núi", "12,5%"], ["Tỷ lệ hộ nghèo", "khu vực ven biển", "3,1%"]])
        // The group "has" the measure.
        XCTAssertEqual(rows("Lao động khu vực nhà nước có thu nhập bình quân 9,2 triệu đồng/tháng."),
                       [["thu nhập bình quân", "khu vực nhà nước", "9,2 triệu đồng/tháng"]])
        // A group set before the sentence's first comma.
        XCTAssertEqual(rows("Ở nhóm doanh nghiệp tư nhân, doanh thu bình quân là 20 tỷ đồng."),
                       [["doanh thu bình quân", "nhóm doanh nghiệp tư nhân", "20 tỷ đồng"]])
    }

    func testParallelSubjectsShareTheMeasure() {
        XCTAssertEqual(rows("Về điểm thi, môn Vật lý có điểm trung bình 6,5; môn Hóa học 6,7."),
                       [["điểm trung bình", "môn Vật lý", "6,5"], ["điểm trung bình", "môn Hóa học", "6,7"]])
    }

    func testDepositTermIsPartOfTheRateAndListItemsShareIt() {
        XCTAssertEqual(rows("Lãi suất cho vay kỳ hạn 6 tháng là 7,5%/năm, kỳ hạn 24 tháng là 8,2%/năm."),
                       [["Lãi suất cho vay kỳ hạn 6 tháng", nil, "7,5%/năm"], ["Lãi suất cho vay kỳ hạn 24 tháng", nil, "8,2%/năm"]])
        // "tại ngân hàng này" is the bank named before, and "này" does not make the rate refer back.
        XCTAssertEqual(rows("ACB đạt lợi nhuận 5.000 tỷ đồng. Lãi suất kỳ hạn 6 tháng tại ngân hàng này còn 3,1%/năm.").last,
                       ["Lãi suất kỳ hạn 6 tháng", "ACB", "3,1%/năm"])
    }

    func testLevelWordAndStatisticsInARow() {
        XCTAssertEqual(rows("Mức thưởng Tết cao nhất năm nay là 500 triệu đồng, thấp nhất 1 triệu đồng."),
                       [["Mức thưởng Tết cao nhất", nil, "500 triệu đồng"], ["Mức thưởng Tết thấp nhất", nil, "1 triệu đồng"]])
        XCTAssertEqual(rows("Mức xuất siêu đạt 2 tỷ USD.").first?.first, "Mức xuất siêu")
        // An owner that refers back stays in the name.
        XCTAssertEqual(rows("Giá trị sản xuất của ngành này tăng 5%.").first?[0...1], ["Giá trị sản xuất của ngành này", nil])
        XCTAssertEqual(rows("Doanh nghiệp nhà nước có mức thưởng cao nhất 225 triệu đồng.").first,
                       ["mức thưởng cao nhất", "Doanh nghiệp nhà nước", "225 triệu đồng"])
    }

    /// (indicator, modality, change direction) of each record.
    private func modalities(_ text: String) -> [[String?]] {
        let a = TestPipeline.extract(text, reference: "2024-01-10")
        return a.indicators.map { [$0.indicator, $0.modality.rawValue, $0.change?.direction.rawValue] }
    }

    func testModalityFramesAndObligations() {
        // A forecast framing the clause wins over an estimate or a target verb after it.
        XCTAssertEqual(modalities("Bộ Công Thương dự báo sản lượng điện năm nay ước đạt khoảng 300 tỷ kWh."), [["sản lượng điện", "forecast", nil]])
        XCTAssertEqual(modalities("Các chuyên gia dự báo VN-Index có thể hướng tới mốc 1.400 điểm.").first?[1], "forecast")
        XCTAssertEqual(modalities("Doanh thu ước đạt 5 tỷ USD.").first?[1], "estimate")
        // "phải tăng": a required level; "phải" is not part of the name.
        XCTAssertEqual(modalities("Theo chuyên gia, xuất khẩu phải tăng 10% mới bù được thiếu hụt."), [["xuất khẩu", "target", "increase"]])
        // A plan's cue covers a list whose items name measures with a change word inside.
        XCTAssertEqual(modalities("Chính phủ đặt mục tiêu lạm phát khoảng 4%, tốc độ tăng năng suất lao động khoảng 5%."),
                       [["lạm phát", "target", nil], ["tốc độ tăng năng suất lao động", "target", nil]])
    }

    func testGrowthAfterAPlanNounIsTheMeasure() {
        XCTAssertEqual(modalities("Chính phủ đặt mục tiêu tăng trưởng 6% trong năm nay."), [["tăng trưởng", "target", nil]])
        // A later clause with its own period is its own record, not the change of the target.
        let a = TestPipeline.extract("Để đạt mục tiêu tăng trưởng 6,5% cả năm, quý IV phải tăng khoảng 9%.", reference: "2023-09-29")
        XCTAssertEqual(a.indicators.map { a.span(a.mentions[$0.value]).text }, ["6,5%", "9%"])
        XCTAssertEqual(a.indicators.map { $0.change?.direction.rawValue }, [nil, "increase"])
        XCTAssertEqual(a.indicators.map { $0.modality.rawValue }, ["target", "target"])
        XCTAssertEqual(a.indicators.last.flatMap { $0.period }.map { a.span(a.mentions[$0]).text }, "quý IV")
        // "so với Tết năm ngoái": a word between "so với" and the date.
        let b = TestPipeline.extract("Thưởng Tết bình quân 6 triệu đồng, giảm 5% so với Tết năm ngoái.", reference: "2024-01-10")
        XCTAssertNil(b.indicators.first?.period)
        XCTAssertEqual(b.indicators.first?.change?.baseline.map { b.span(b.mentions[$0]).text }, "năm ngoái")
    }

    func testAnecdotesAndAttributePlaces() {
        // First person singular: one person's account, not a statistic.
        XCTAssertEqual(rows("Năm nay ruộng nhà tôi được hơn 7 tấn/ha, bán với giá 9.000 đồng/kg."), [])
        // "chúng tôi" may speak for a company.
        XCTAssertEqual(rows("Năm nay doanh thu của chúng tôi đạt 500 tỷ đồng.").count, 1)
        // A language or nationality is an attribute, not the subject; "Anh" before a name is a title.
        XCTAssertEqual(rows("Số người Mỹ thất nghiệp là 6 triệu."), [["Số người Mỹ thất nghiệp", nil, "6 triệu"]])
        XCTAssertEqual(rows("Anh Phương cho biết có 30 hộ tham gia.").first?[1], nil)
        XCTAssertEqual(rows("Tại Anh, lạm phát tháng 5 là 3%.").first?[1], "Anh")
    }

    func testLevelAfterVeMucTakesTheChange() {
        let a = TestPipeline.extract("Giá xăng giảm 500 đồng/lít, về mức 22.000 đồng/lít.", reference: "2024-01-10")
        XCTAssertEqual(a.indicators.count, 1)
        XCTAssertEqual(a.indicators.first.map { a.span(a.mentions[$0.value]).text }, "22.000 đồng/lít")
        XCTAssertEqual(a.indicators.first?.change?.value.map { a.span(a.mentions[$0]).text }, "500 đồng/lít")
    }

    func testShareOfAGroupNamedAfterThePercent() {
        XCTAssertEqual(rows("Chưa đến 10% người dân Ấn Độ được tiêm vắc xin.", "2021-05-01"), [["người dân", "Ấn Độ", "10%"]])
        // After a verb the noun is the whole or a cause, not the group.
        XCTAssertEqual(rows("Nhóm giao thông giảm 0,23% do giá xăng dầu giảm.", "2024-07-06").first?[0], "Nhóm giao thông")
        XCTAssertEqual(rows("Hàn Quốc dẫn đầu với 2,2 triệu lượt khách, chiếm 25% tổng lượng khách quốc tế.", "2024-07-02").last?[0], "lượt khách")
    }

    func testAppositiveUnitRestatesTheMeasureBefore() {
        XCTAssertEqual(rows("Nhiều ngày liền, Ấn Độ ghi nhận số ca mắc Covid-19 kỷ lục, khoảng 350.000 ca/ngày.", "2021-05-01"),
                       [["số ca mắc Covid-19", "Ấn Độ", "350.000"]])
    }

    func testSinceClauseDateIsNotThePeriod() {
        let a = TestPipeline.extract("Ấn Độ ghi nhận hơn 386.000 ca mới, mức cao nhất kể từ khi dịch bùng phát vào cuối năm 2019.", reference: "2021-05-01")
        XCTAssertEqual(a.indicators.count, 1)
        XCTAssertNil(a.indicators.first?.period)
        // A plain "khi" clause dates the main clause too.
        let b = TestPipeline.extract("Khi giá xăng tăng vào tháng 3, doanh thu giảm 5%.", reference: "2021-05-01")
        XCTAssertEqual(b.indicators.first?.period.map { b.span(b.mentions[$0]).text }, "tháng 3")
    }

    func testWordsEndingInAnEdgeSyllableAndRankingSuperlatives() {
        XCTAssertEqual(rows("Tại chợ, thịt ba chỉ có giá 150.000 đồng/kg.").first?[0], "thịt ba chỉ")
        XCTAssertEqual(rows("Lãi suất cho vay nhà ở xã hội là 6%/năm.").first?[0], "Lãi suất cho vay nhà ở xã hội")
        XCTAssertEqual(rows("Vốn thực hiện đạt 15 tỷ USD.").first?[0], "Vốn thực hiện")
        // "lớn nhất" ranks the subject; "cao nhất" names a statistic.
        XCTAssertEqual(rows("Hà Nội có quy mô dân số lớn nhất với 8,4 triệu người."), [["quy mô dân số", "Hà Nội", "8,4 triệu"]])
        XCTAssertEqual(rows("Mức lương cao nhất là 90 triệu đồng.").first?[0], "Mức lương cao nhất")
    }

    func testThresholdInsideTheCountedNoun() {
        XCTAssertEqual(rows("Năm nay có hơn 70.000 bài thi dưới 5 điểm.", "2023-07-18"), [["bài thi dưới 5 điểm", nil, "70.000"]])
        XCTAssertEqual(rows("Xã có 500 người từ 60 tuổi trở lên.", "2023-07-18"), [["người từ 60 tuổi trở lên", nil, "500"]])
    }

    func testReviewSixFindings() {
        // "quý" meaning precious is no quarter.
        let a = TestPipeline.extract("Giá kim loại quý này tăng 2%.", reference: "2024-06-12")
        XCTAssertFalse(a.mentions.contains { $0.kind == .date })
        // "từ X xuống còn Y" is one record; the measure is the object of the change verb.
        let b = TestPipeline.extract("Dòng vốn này góp phần giảm tỉ lệ hộ nghèo từ 11,76% xuống còn 8,38%.", reference: "2024-06-12")
        XCTAssertEqual(b.indicators.count, 1)
        XCTAssertEqual(b.indicators.first?.indicator, "tỉ lệ hộ nghèo")
        XCTAssertEqual(b.indicators.first?.change?.from.map { b.span(b.mentions[$0]).text }, "11,76%")
        // A time-zone note is no subject; a time ends the name.
        XCTAssertEqual(rows("Giá vàng thế giới lúc 8h (giờ Việt Nam) ở mức 1.950 USD/ounce.", "2024-06-12"),
                       [["Giá vàng thế giới", nil, "1.950 USD/ounce"]])
        XCTAssertEqual(rows("Tiền lương bình quân năm 2023 của người lao động là 11,2 triệu đồng.", "2024-01-10").first?[0], "Tiền lương bình quân")
        // A change word inside a measure's name is not a change.
        let c = TestPipeline.extract("Giá trị gia tăng ngành chế biến đạt 5 tỷ USD.", reference: "2024-06-12")
        XCTAssertNil(c.indicators.first?.change)
        XCTAssertEqual(c.indicators.first?.indicator, "Giá trị gia tăng ngành chế biến")
        // Elliptical coordination after a count; "S&P 500" is a name.
        XCTAssertEqual(rows("Sân bay có 300 lượt cất, hạ cánh.", "2024-06-12").first?[0], "lượt cất, hạ cánh")
        let d = TestPipeline.extract("Chỉ số S&P 500 giảm 2,91 điểm.", reference: "2024-06-12")
        XCTAssertEqual(d.mentions.map { d.span($0).text }, ["2,91"])
        // "có thể kể đến" lists; it does not forecast.
        XCTAssertEqual(TestPipeline.extract("Các thị trường lớn có thể kể đến Hàn Quốc với 12,96 tỷ USD.", reference: "2024-06-12").indicators.first?.modality, .actual)
    }

    func testProperNameOpeningTheClauseIsTheSubject() {
        XCTAssertEqual(rows("Tân Sơn Nhất đã khai thác 36 chuyến/giờ.", "2024-06-12").first?[1], "Tân Sơn Nhất")
        XCTAssertEqual(rows("Năm 2023, VinFast bán được 35.000 xe.", "2024-06-12").first?[1], "VinFast")
        XCTAssertEqual(rows("EVN đạt doanh thu 500.000 tỷ đồng.", "2024-06-12").first?[0...1], ["doanh thu", "EVN"])
        // Not a capitalized common word, a measure, a numeral, a name cut inside a word, or an announcer.
        XCTAssertEqual(rows("GDP tăng 5%.", "2024-06-12").first?[1], nil)
        XCTAssertEqual(rows("Một DN đạt doanh thu 5 tỷ đồng.", "2024-06-12").first?[1], nil)
        XCTAssertEqual(rows("Sở Giáo dục và Đào tạo đã bố trí thêm 1.500 phòng học.", "2024-06-12").first?[1], nil)
        XCTAssertEqual(rows("Mirae Asset dự báo tín dụng tăng 14%.", "2024-06-12").first?[1], nil)
    }

    func testShareOfPlanTakesTheMeasureOfTheClauseBefore() {
        let a = TestPipeline.extract("GDP quý I tăng 5,66%. Trong khi đó, giải ngân vốn đầu tư công, chỉ đạt 19,2% dự toán.", reference: "2024-06-12")
        XCTAssertEqual(a.indicators.last?.indicator, "giải ngân vốn đầu tư công")
        // Without a measure in the sentence, the one of the sentence before.
        let b = TestPipeline.extract("Thu ngân sách đạt 1,2 triệu tỷ đồng. Con số này bằng 92,5% dự toán.", reference: "2024-06-12")
        XCTAssertEqual(b.indicators.last?.indicator, "Thu ngân sách")
    }

    /// (value, change value, direction) of each record.
    private func changes(_ text: String) -> [[String?]] {
        let a = TestPipeline.extract(text, reference: "2024-06-12")
        return a.indicators.map { r in [a.span(a.mentions[r.value]).text, r.change?.value.map { a.span(a.mentions[$0]).text }, r.change?.direction.rawValue] }
    }

    func testChangeThenLevelForms() {
        // A percent in parentheses restates the change; the level after "xuống" takes the change in its unit.
        XCTAssertEqual(changes("Chỉ số S&P 500 giảm 2,91 điểm (-0,12%), xuống 2.412,91 điểm."),
                       [["2.412,91", "2,91", "decrease"], ["-0,12%", "-0,12%", "decrease"]])
        // "…, với mức 16.349 đồng/lít": the level with which the change ends.
        XCTAssertEqual(changes("Giá xăng E5 giảm thêm 806 đồng/lít, với mức bán lẻ tối đa là 16.349 đồng/lít."),
                       [["16.349 đồng/lít", "806 đồng/lít", "decrease"]])
    }

    func testCountOutOfAWholeAndExchangeRateUnitSides() {
        // "9/11 nhóm hàng": 9 is the value, counted in the noun after the whole; 11 is no record.
        XCTAssertEqual(rows("Trong tháng 6, có 9/11 nhóm hàng tăng giá.", "2024-07-06"), [["nhóm hàng tăng giá", nil, "9"]])
        // "1 euro đổi 1,0977 USD": the "1 euro" side is the rate's unit, not a value.
        XCTAssertEqual(rows("Trên thị trường, 1 euro đổi 1,0977 USD và 113,58 yen đổi 1 USD.", "2024-07-06").map { $0[2] }, ["1,0977 USD", "113,58 yen"])
        // Dates stay dates and day pairs stay excluded.
        XCTAssertEqual(rows("Kỳ nghỉ lễ 30/4 - 1/5 có 2 triệu lượt khách.", "2024-07-06").map { $0[2] }, ["2 triệu"])
    }

    func testFlattenedTableGivesNoRecords() {
        XCTAssertEqual(rows("Giá cao su đóng cửa tại Singapore Hợp đồng Giá mở cửa Giá cao Giá thấp Giá đóng cửa 17-Mar 278,1 279,5 276,5 276,9 17-Apr 278,1 278,1 278,1 277,7", "2017-02-07"), [])
        // Three figures in a row are still read.
        XCTAssertEqual(rows("Giá lúa các loại lần lượt 8.000 đồng/kg 9.000 đồng/kg và 10.000 đồng/kg.", "2024-06-12").count, 3)
    }

    func testCoTheIsAForecastOnlyBeforeAFigure() {
        XCTAssertEqual(modalities("Sân bay này có thể khai thác 36 chuyến/giờ.").first?[1], "actual")
        XCTAssertEqual(modalities("Giá vàng có thể tăng lên 2.000 USD/ounce.").first?[1], "forecast")
        XCTAssertEqual(modalities("Giá lợn hơi có thể duy trì ở mức 70.000 đồng/kg.").first?[1], "forecast")
    }

    func testFuturePeriodIsAForecast() {
        let a = TestPipeline.extract("Năm 2030, dân số Việt Nam đạt 105 triệu người.", reference: "2024-06-12")
        XCTAssertEqual(a.indicators.first?.modality, .forecast)
        let b = TestPipeline.extract("Năm 2023, dân số Việt Nam đạt 100 triệu người.", reference: "2024-06-12")
        XCTAssertEqual(b.indicators.first?.modality, .actual)
        // The current quarter has begun: actual.
        let c = TestPipeline.extract("Quý II, GDP tăng 6,9%.", reference: "2024-06-12")
        XCTAssertEqual(c.indicators.first?.modality, .actual)
    }

    func testBareProvinceOrCityIsThePlaceNamedBefore() {
        let a = TestPipeline.extract("Năm 2023, GRDP của tỉnh Long An tăng 6,1%. Tỉnh thu hút 1,2 tỷ USD vốn FDI.", reference: "2024-01-05")
        XCTAssertEqual(a.indicators.last?.subject, "tỉnh Long An")
        let b = TestPipeline.extract("Đà Nẵng đón 8 triệu lượt khách. Năm nay, thành phố đặt mục tiêu đón 10 triệu lượt khách.", reference: "2024-01-05")
        XCTAssertEqual(b.indicators.last?.subject, "Đà Nẵng")
        // A named one stays as written.
        let c = TestPipeline.extract("Đà Nẵng đón 8 triệu lượt khách. Thành phố Huế đón 2 triệu lượt khách.", reference: "2024-01-05")
        XCTAssertEqual(c.indicators.last?.subject, "Thành phố Huế")
    }

    func testListOfPlacesIsOneSubject() {
        XCTAssertEqual(rows("Tại miền Nam, giá lợn hơi ở Đồng Nai, Bình Dương phổ biến 66.000 đồng/kg.", "2024-06-12").first?[1], "Đồng Nai, Bình Dương")
        XCTAssertEqual(rows("Giá vàng tại Hà Nội và TP.HCM là 74 triệu đồng/lượng.", "2024-06-12").first?[1], "Hà Nội và TP.HCM")
        // Not places that take values in turn, a destination list, or a place opening a new clause.
        let inTurn = rows("TP.HCM và Hà Nội có dân số lần lượt khoảng 9,4 triệu và 8,4 triệu người.", "2024-06-12")
        XCTAssertEqual(inTurn.first?[1], "TP.HCM")
        XCTAssertFalse(inTurn.contains { $0[1]?.contains(" và ") ?? false })
        XCTAssertEqual(rows("Xuất khẩu sang Mỹ, Nhật Bản và EU đạt 50 tỷ USD.", "2024-06-12").first?[1], nil)
        XCTAssertEqual(rows("Trong các nước có đầu tư tại Việt Nam, Singapore dẫn đầu với 3,98 tỷ USD.", "2024-06-12").first?[1], "Singapore")
    }

    func testTradeProductAndChangesInVolumeAndValue() {
        let a = TestPipeline.extract("Năm nay, cả nước xuất khẩu 7 triệu tấn cà phê, thu về 5 tỷ USD, tăng 10% về lượng và 30% về giá trị.", reference: "2024-06-12")
        XCTAssertEqual(a.indicators.map(\.indicator), ["xuất khẩu cà phê", "xuất khẩu cà phê"])
        XCTAssertEqual(a.indicators.map { $0.change?.value.map { a.span(a.mentions[$0]).text } }, ["10%", "30%"])
        XCTAssertEqual(rows("Việt Nam nhập khẩu 2 triệu tấn phân bón.", "2024-06-12").first?[0], "nhập khẩu phân bón")
    }

    func testChangeVerbAfterACountedNounNamesTheItems() {
        XCTAssertEqual(rows("Toàn sàn có 300 mã tăng, 150 mã giảm và 50 mã đứng giá.", "2024-03-08").map { $0[0] }, ["mã tăng", "mã giảm", "mã đứng giá"])
        XCTAssertEqual(rows("Năm qua có 9 kỳ điều chỉnh giá, gồm 5 lần tăng, 4 lần giảm.", "2024-03-08").map { $0[0] }, ["kỳ điều chỉnh giá", "lần tăng", "lần giảm"])
        // With a figure of its own, the verb states a change of the items.
        XCTAssertEqual(rows("Có 1.500 doanh nghiệp tăng 20%.", "2024-03-08").first?[0], "doanh nghiệp")
    }

    func testPlacesTakeValuesInTurnAndParenthesizedCountry() {
        XCTAssertEqual(rows("Đà Nẵng và Huế là hai nơi đông khách nhất, lần lượt khoảng 9 triệu và 4 triệu lượt.", "2024-03-08").map { $0[1] }, ["Đà Nẵng", "Huế"])
        XCTAssertEqual(rows("Đài Loan (Trung Quốc) đứng thứ 4 với 1,2 tỷ USD.", "2024-03-08").first?[1], "Đài Loan (Trung Quốc)")
    }

    func testOwnerAfterCuaIsASubjectOnlyWhenAPlaceOrBody() {
        XCTAssertEqual(rows("Thu nhập bình quân của người lao động là 7,1 triệu đồng.", "2023-10-06").first?[0...1], ["Thu nhập bình quân của người lao động", nil])
        XCTAssertEqual(rows("GRDP của tỉnh Bình Dương tăng 5,8%.", "2023-10-06").first?[0...1], ["GRDP", "tỉnh Bình Dương"])
        XCTAssertEqual(rows("Lợi nhuận của Vinamilk đạt 9.000 tỷ đồng.", "2023-10-06").first?[0...1], ["Lợi nhuận", "Vinamilk"])
        XCTAssertEqual(rows("Doanh thu của các khu công nghệ cao đạt 2 tỷ USD.", "2023-10-06").first?[0...1], ["Doanh thu", "các khu công nghệ cao"])
    }

    func testPlanNamedBeforeAReportingVerbIsNoCue() {
        XCTAssertEqual(modalities("Tại cuộc họp về kế hoạch cải tạo sân bay, ông Tùng cho biết, sân bay có thể đáp ứng tối đa 223.500 chuyến.").first?[1], "actual")
        XCTAssertEqual(modalities("Kế hoạch năm nay đặt ra 126 nhiệm vụ.").first?[1], "target")
    }

    func testAbbreviationAfterASpacedHyphenAndListingVerb() {
        XCTAssertEqual(rows("Sáng nay, giá vàng miếng niêm yết tại Công ty Vàng bạc đá quý Sài Gòn - SJC ở mức 36,5 triệu đồng/lượng.", "2017-05-26"),
                       [["giá vàng miếng", "Công ty Vàng bạc đá quý Sài Gòn", "36,5 triệu đồng/lượng"]])
        XCTAssertEqual(rows("Giá niêm yết của xăng RON 95 là 23.000 đồng/lít.", "2017-05-26").first?[0], "Giá niêm yết của xăng RON 95")
    }

    func testCurrencyNameIsNoPlace() {
        XCTAssertEqual(rows("Tỷ giá yên Nhật ở mức 197,2 đồng.", "2017-05-26").first?[0...1], ["Tỷ giá yên Nhật", nil])
        XCTAssertEqual(rows("Chỉ số giá đô la Mỹ tăng 0,26%.", "2017-05-26").first?[0...1], ["Chỉ số giá đô la Mỹ", nil])
    }

    func testNounWithNayRefersToTheSubjectBefore() {
        XCTAssertEqual(rows("Tân Sơn Nhất đã đón 20 triệu lượt khách. Sân bay này có thể khai thác 36 chuyến/giờ.", "2024-03-08").last?[1], "Tân Sơn Nhất")
    }

    func testGroupSizesTimeFramesAndTaxRatesAreNoRecords() {
        XCTAssertEqual(rows("Việt Nam là một trong 10 thị trường lớn nhất với 5 tỷ USD.", "2024-03-08").map { $0[2] }, ["5 tỷ USD"])
        XCTAssertEqual(rows("VN-Index tăng 50 điểm trong vòng 5 phiên.", "2024-03-08").map { $0[2] }, ["50"])
        XCTAssertEqual(rows("Chính phủ quyết định giảm 2% thuế suất thuế giá trị gia tăng.", "2024-03-08"), [])
    }

    func testHeadlineColonNamesTheStatistics() {
        // (The lunar year "Ất Tỵ" is a period, not part of the name.)
        XCTAssertEqual(rows("Thưởng Tết Ất Tỵ ở Đà Nẵng: cao nhất 400 triệu đồng, bình quân 5 triệu đồng", "2025-01-10").map { $0[0] },
                       ["Thưởng Tết cao nhất", "Thưởng Tết bình quân"])
    }

    func testPriceOfOneItemIsNoRecord() {
        XCTAssertEqual(rows("Mỗi suất bánh có giá khoảng 35.000 đồng.", "2021-05-01"), [])
        XCTAssertEqual(rows("Một chiếc điện thoại gập có giá 50 triệu đồng.", "2021-05-01"), [])
        // A price per measure, or an average per item, is a statistic.
        XCTAssertEqual(rows("Giá mỗi kg thịt lợn là 120.000 đồng.", "2021-05-01").count, 1)
        XCTAssertEqual(rows("Giá bình quân mỗi căn hộ là 3 tỷ đồng.", "2021-05-01").count, 1)
    }

    func testWhereOnePlaceLiesIsNoRecord() {
        XCTAssertEqual(rows("Khu du lịch nằm cách trung tâm TP.HCM khoảng 50 km.", "2021-05-01"), [])
        XCTAssertEqual(rows("Cả nước có 2.000 km đường cao tốc.", "2021-05-01").count, 1)
        // "cách ly", "cải cách" are other words.
        XCTAssertEqual(rows("Thành phố đang giám sát sau cách ly 17 trường hợp.", "2021-05-01").count, 1)
        XCTAssertEqual(rows("Chỉ số cải cách hành chính tăng 6 bậc.", "2021-05-01").count, 1)
    }

    func testNayWithNothingBeforeFallsBackToTheNameAfterTheFigure() {
        XCTAssertEqual(rows("Năm 2016, đơn vị này ghi nhận 44,5 tỷ đồng tổng doanh thu.", "2021-05-01").first?[0], "tổng doanh thu")
        XCTAssertEqual(rows("Doanh thu đạt 5 tỷ đồng. Chỉ số này tăng 5%.", "2021-05-01").last?[0], "Doanh thu")
    }

    func testFrontedVoiFigureIsNamedByTheClauseAfter() {
        XCTAssertEqual(rows("Với 1.200 tỷ đồng, doanh thu quý I của công ty dẫn đầu ngành.", "2021-05-01").first?[0], "doanh thu")
    }

    func testAnniversaryDateInParenthesesIsNoDateline() {
        let a = TestPipeline.extract("Quan hệ hai nước\nNhân dịp kỷ niệm 50 năm thiết lập quan hệ ngoại giao (24/6/1967-24/6/2017), hai nước ký 5 văn kiện.")
        XCTAssertNotEqual(a.referenceDate?.year, 1967)
        let b = TestPipeline.extract("Giá vàng tăng\n28/12/2023 | 08:47\nGiá vàng tăng 2%.")
        XCTAssertEqual(b.referenceDate?.description, "2023-12-28")
    }

    func testAddressAbbreviationsAndPhaseNumbers() {
        let a = TestPipeline.extract("Trường mầm non số 10, Q.11, TP.HCM có 33 trẻ mắc bệnh.", reference: "2021-05-01")
        XCTAssertFalse(a.mentions.contains { a.span($0).text == "11" })
        XCTAssertEqual(rows("Tổng mức đầu tư giai đoạn 1 là 5.000 tỷ đồng.", "2021-05-01"), [["Tổng mức đầu tư giai đoạn 1", nil, "5.000 tỷ đồng"]])
    }

    func testRoundsAfterSauFrameAnotherFigure() {
        XCTAssertEqual(rows("Đội bóng có 3 điểm sau 2 trận.", "2021-05-01"), [["điểm", nil, "3"]])
        XCTAssertEqual(rows("Sau 5 phiên, VN-Index tăng 40 điểm.", "2021-05-01").map { $0[2] }, ["40"])
    }

    func testAThresholdClauseRestrictsWhatIsCounted() {
        // New sentences (not from Corpus/): a count of items that reach a threshold.
        XCTAssertEqual(rows("Trong quý I, có 15 doanh nghiệp đạt doanh thu trên 1.000 tỷ đồng.", "2021-05-01"),
                       [["doanh nghiệp đạt doanh thu trên 1.000 tỷ đồng", nil, "15"]])
        XCTAssertEqual(rows("Tỉnh có 9 xã đạt từ 19 tiêu chí trở lên.", "2021-05-01").map { $0[2] }, ["9"])
        // "là" gives the value itself: "trên 5.600 tỷ đồng" is the figure of "55 dự án khác".
        XCTAssertEqual(rows("Nợ của 55 dự án khác là trên 5.600 tỷ đồng.", "2021-05-01").map { $0[2] }, ["55", "5.600 tỷ đồng"])
    }

    func testAPurposeOrCauseAfterTheFigureIsNoName() {
        let r = rows("Công suất nguồn chỉ khoảng 18.000 MW do nhiều hồ thủy điện đã về mực nước chết.", "2021-05-01")
        XCTAssertEqual(r.first?[0], "Công suất nguồn")
        XCTAssertFalse(rows("Tỉnh trồng thêm 2.750 ha để đưa diện tích cao su lên 12.100 ha.", "2021-05-01").contains { $0[0]?.hasPrefix("để") ?? false })
    }

    func testAContrastOpensAStatementOfItsOwn() {
        // The estimate cue before "trong khi" does not carry over; a contrast that goes on with a verb shares it.
        XCTAssertEqual(modalities("Nhu cầu điện ước tính lên tới 22.000 MW, trong khi khả năng cung ứng chỉ khoảng 18.000 MW.").map { $0[1] },
                       ["estimate", "actual"])
        XCTAssertEqual(modalities("Lượng khách tháng 6 ước đạt 1,2 triệu lượt, giảm 5% so với tháng trước nhưng tăng 40% so với cùng kỳ.").map { $0[1] },
                       ["estimate", "estimate"])
        // "trong khi" ends the name before it; a date opening the contrast clause is its own period.
        XCTAssertEqual(rows("Doanh nghiệp A chiếm 29,6% thị phần trong khi doanh nghiệp B chiếm 5,3%.", "2021-05-01").first?[0], "thị phần")
        XCTAssertEqual(changes("Tăng trưởng quý này đạt mức 5,7% trong khi cùng kỳ năm ngoái chỉ tăng 5,6%."),
                       [["5,7%", nil, nil], ["5,6%", "5,6%", "increase"]])
    }

    func testEstimatedChangeAndNamesThatHoldTheirPlaceWord() {
        // "ước tăng" is an estimate and an increase.
        XCTAssertEqual(changes("Kim ngạch xuất khẩu quý I ước giảm 2,1% so với cùng kỳ."), [["2,1%", "2,1%", "decrease"]])
        XCTAssertEqual(modalities("GRDP quý III ước tăng 6,2%."), [["GRDP", "estimate", "increase"]])
        // "tổng sản phẩm trên địa bàn" (GRDP) and "thu ngân sách nhà nước trên địa bàn" are official names.
        XCTAssertEqual(rows("Tổng sản phẩm trên địa bàn (GRDP) của tỉnh Long An tăng 6,5%.", "2021-05-01"),
                       [["Tổng sản phẩm trên địa bàn (GRDP)", "tỉnh Long An", "6,5%"]])
        XCTAssertEqual(rows("Thu ngân sách nhà nước trên địa bàn đạt 12.000 tỷ đồng.", "2021-05-01").first?[0], "Thu ngân sách nhà nước trên địa bàn")
        // Elsewhere "trên địa bàn" is where: "Số doanh nghiệp trên địa bàn tỉnh" keeps the place as subject.
        XCTAssertEqual(rows("Số doanh nghiệp thành lập mới trên địa bàn tỉnh Long An là 1.200.", "2021-05-01").first?[0], "Số doanh nghiệp thành lập mới")
    }

    func testWhatLeadsOrRanksIsWhoseFigureItIs() {
        // New sentences: the sector that leads is the subject; the measure is the whole its share is of.
        XCTAssertEqual(rows("Ngành dệt may dẫn đầu với 9,2 tỷ USD, chiếm 31% tổng kim ngạch xuất khẩu; điện tử đứng thứ hai với 6,1 tỷ USD.", "2021-05-01"),
                       [["tổng kim ngạch xuất khẩu", "Ngành dệt may", "9,2 tỷ USD"],
                        ["tổng kim ngạch xuất khẩu", "Ngành dệt may", "31%"],
                        ["tổng kim ngạch xuất khẩu", "điện tử", "thứ hai"],
                        ["tổng kim ngạch xuất khẩu", "điện tử", "6,1 tỷ USD"]])
        // A measure written after "với" names itself.
        XCTAssertEqual(rows("Về thị trường, Mỹ dẫn đầu với kim ngạch 70 tỷ USD.", "2021-05-01"), [["kim ngạch", "Mỹ", "70 tỷ USD"]])
        // Two words sharing a syllable across a comma are one list ("chế biến, chế tạo"); a repeated word is not.
        XCTAssertEqual(rows("Công nghiệp chế biến, chế tạo tăng 9,7%.", "2021-05-01").first?[0], "Công nghiệp chế biến, chế tạo")
    }

    func testIndexNamesMarketsAndVerbFirstRegions() {
        // "HNX-Index" is the index's name, not the organisation HNX.
        XCTAssertEqual(rows("HNX-Index giảm 0,8 điểm xuống 230,5 điểm.", "2021-05-01"), [["HNX-Index", nil, "230,5"]])
        // A fronted market is the subject (RECORDS.md: a place, organisation or market).
        XCTAssertEqual(rows("Trên thị trường tự do, giá USD bán ra ở mức 25.900 đồng.", "2021-05-01"), [["giá USD bán ra", "thị trường tự do", "25.900 đồng"]])
        // A clause that starts with a verb names nothing; the measure before in the sentence is the one it gives.
        XCTAssertEqual(rows("Giá cà phê tại Tây Nguyên dao động 98.000-99.000 đồng/kg, trong đó Đắk Lắk đạt mức cao nhất 99.000 đồng/kg.", "2021-05-01"),
                       [["Giá cà phê", "Tây Nguyên", "98.000-99.000 đồng/kg"], ["Giá cà phê", "Đắk Lắk", "99.000 đồng/kg"]])
    }

    func testProfitWordsPeriodTailsAndChangesInTheMeasuresUnit() {
        XCTAssertEqual(rows("Với giá hiện nay, người trồng cà phê lãi khoảng 60 triệu đồng/ha.", "2021-05-01").first?[0], "lãi")
        XCTAssertEqual(rows("Ngân hàng báo lỗ lũy kế 4.766 tỷ đồng.", "2021-05-01").first?[0], "lỗ lũy kế")
        // "lỗ" alone is also a hole: no measure name.
        XCTAssertNotEqual(rows("Màn hình đục lỗ 6,5 inch.", "2021-05-01").first?[0], "lỗ")
        XCTAssertEqual(rows("Doanh thu trong tháng của hệ thống đạt 1.200 tỷ đồng.", "2021-05-01").first?[0], "Doanh thu")
        XCTAssertEqual(rows("Số thuê bao di động là 125 triệu, tăng 1,2 triệu thuê bao so với quý trước và tăng 3 triệu thuê bao so với cùng kỳ.", "2021-05-01").map { $0[0] },
                       ["Số thuê bao di động", "Số thuê bao di động"])
    }

    func testOneObjectsSizeIsAnIndividualAttribute() {
        // RECORDS.md §5: individual attributes are no records; a size of one object in a unit of measure is one.
        XCTAssertEqual(rows("Cây cầu dài 1,2 km, rộng 25 m, có tổng vốn 2.000 tỷ đồng.", "2021-05-01").map { $0[2] }, ["2.000 tỷ đồng"])
        XCTAssertEqual(rows("Máy có màn hình 6,5 inch và pin dung lượng 5.000 mAh.", "2021-05-01"), [])
        // A total or an average is a statistic; an area that is a statistic stays.
        XCTAssertEqual(rows("Cả nước có tổng chiều dài 2.000 km đường cao tốc.", "2021-05-01").map { $0[2] }, ["2.000"])
        XCTAssertEqual(rows("Tỉnh có 57 ha hồ tiêu bị nhiễm bệnh nặng.", "2021-05-01").map { $0[2] }, ["57"])
    }

    private func periods(_ text: String, _ reference: String = "2024-06-12") -> [[String?]] {
        let a = TestPipeline.extract(text, reference: reference)
        return a.indicators.map { r in [a.span(a.mentions[r.value]).text, r.period.map { a.span(a.mentions[$0]).text },
                                        r.change?.baseline.map { a.span(a.mentions[$0]).text }] }
    }

    func testPeriodsBelongToTheirOwnClause() {
        // A date in a later clause with a figure of its own is that figure's period.
        XCTAssertEqual(periods("Để đạt mục tiêu tăng trưởng 7% cả năm, quý IV phải tăng khoảng 8%.").map { $0[1] }, [nil, "quý IV"])
        // A continuation after "nhưng" + verb keeps the period.
        XCTAssertEqual(periods("Lượng khách trong tháng 5 đạt 1,1 triệu lượt, giảm 3% so với tháng trước nhưng tăng 20% so với cùng kỳ.").map { $0[1] },
                       ["tháng 5", "tháng 5"])
        // The date of an occasion is not a period.
        XCTAssertEqual(periods("Nhân Ngày Môi trường thế giới 5/6, Bộ cho biết cả nước có 1.200 điểm thu gom rác.").map { $0[1] }, [nil])
        // Up to three words between "so với" and the date: a baseline.
        XCTAssertEqual(periods("Năng suất đạt 60 tạ/ha, tăng 1 tạ/ha so với vụ đông xuân năm ngoái.").first?[2], "năm ngoái")
    }

    func testPredicateAdverbsParticlesAndTrailingCho() {
        XCTAssertEqual(rows("Hiệp hội có hơn 600 doanh nghiệp trong ngành dầu khí vẫn không đồng ý với đề xuất.", "2021-05-01").first?[0],
                       "doanh nghiệp trong ngành dầu khí")
        XCTAssertEqual(rows("Lợi nhuận trước thuế của ngân hàng tăng trưởng rất cao, tới 66%.", "2021-05-01").map { $0[0] }, ["Lợi nhuận trước thuế"])
        XCTAssertEqual(rows("Công ty niêm yết giá vàng SJC cho thị trường Hà Nội ở mức 36,68 triệu đồng/lượng.", "2021-05-01").first?[0], "giá vàng SJC")
    }

    func testChangesWithoutSizeAndRestatedWithAQualifier() {
        // A clause after the level that opens with "tăng"/"giảm" and compares ("so với …") states the direction.
        XCTAssertEqual(periods("Năm nay, ngành thuế phát hiện 340 doanh nghiệp vi phạm, giảm hơn một nửa so với năm trước.").first?[2], "năm trước")
        XCTAssertEqual(changes("Năm nay, ngành thuế phát hiện 340 doanh nghiệp vi phạm, giảm hơn một nửa so với năm trước."), [["340", nil, "decrease"]])
        // Not a comparison with another figure, nor another verb ("tăng cường").
        XCTAssertEqual(changes("Giải ngân mới đạt 52,3% kế hoạch, thấp hơn mức bình quân chung."), [["52,3%", nil, nil]])
        XCTAssertEqual(changes("Quỹ tài trợ cho 6.400 người, tăng cường giáo dục cho cộng đồng."), [["6.400", nil, nil]])
        // "tương đương khoảng 12%" restates the change.
        XCTAssertEqual(changes("Giá vàng tăng 8 triệu đồng/lượng, tương đương khoảng 12%."),
                       [["8 triệu đồng/lượng", "8 triệu đồng/lượng", "increase"], ["12%", "12%", "increase"]])
    }

    func testConnectivesCausesAndTimeAdjunctsEndAName() {
        XCTAssertEqual(rows("Mức thiếu hụt công suất vào giờ cao điểm vì vậy có lúc lên tới 4.000 MW.", "2021-05-01").first?[0], "Mức thiếu hụt công suất")
        XCTAssertEqual(rows("Chỉ số CPI do giá thịt lợn tăng mạnh đã tăng 2,2%.", "2021-05-01").first?[0], "Chỉ số CPI")
        // The cause of a death stays in what is counted; "tự do" and "do thám" are words.
        XCTAssertEqual(rows("Tổng số người chết vì Covid-19 đã lên tới 16.257.", "2021-05-01").first?[0], "Tổng số người chết vì Covid-19")
        XCTAssertEqual(rows("Giá vàng trên thị trường tự do đạt 36,7 triệu đồng/lượng.", "2021-05-01").first?[0], "Giá vàng trên thị trường tự do")
    }

    func testAShareIsOfTheMeasureNamedBefore() {
        // "chiếm P% <whole>" after a named measure: the share is that measure's (RECORDS.md: "Tỷ trọng kinh tế số trong GDP").
        XCTAssertEqual(rows("Khu vực FDI đạt kim ngạch xuất khẩu 136 tỷ USD, chiếm 71% tổng kim ngạch.", "2021-05-01").map { $0[0] },
                       ["kim ngạch xuất khẩu", "kim ngạch xuất khẩu"])
        // A named share stays: "chiếm 23% thị phần".
        XCTAssertEqual(rows("Hãng bán ra 1,2 triệu máy, chiếm 23% thị phần.", "2021-05-01").last?[0], "thị phần")
        // "chiếm tỷ trọng cao nhất với …" ranks like "dẫn đầu với …".
        XCTAssertEqual(rows("Trong đó, ngành dệt may chiếm tỷ trọng cao nhất với 9 tỷ USD, chiếm 30% tổng vốn đầu tư.", "2021-05-01").first,
                       ["tổng vốn đầu tư", "ngành dệt may", "9 tỷ USD"])
        // An ordinal right after the rank word ("đứng thứ hai với …") does not trip the rank phrase's end.
        XCTAssertEqual(rows("Xuất khẩu đạt 30 tỷ USD, trong đó điện tử đứng thứ hai với 6 tỷ USD.", "2021-05-01").count, 3)
    }

    func testLimitsContractMonthsAndAspectWords() {
        // A limit set by a rule is no record (RECORDS.md §5, legal rules and thresholds).
        XCTAssertEqual(rows("Mức tăng học phí mỗi năm không quá 10%.", "2021-05-01"), [])
        XCTAssertEqual(rows("Nợ công không vượt quá 65% GDP.", "2021-05-01"), [])
        // A futures contract's delivery month is part of its name, not the period.
        let p = periods("Giá vàng giao tháng 6 trên sàn Comex giảm 0,2%.")
        XCTAssertEqual(p.first?[1], nil)
        XCTAssertEqual(rows("Giá vàng giao tháng 6 trên sàn Comex giảm 0,2%.", "2021-05-01").first?[0], "Giá vàng giao tháng 6")
        // "đang" is no part of a name.
        XCTAssertEqual(rows("Chỉ số VN30-Index đang tăng 0,43% so với tham chiếu.", "2021-05-01").first?[0], "Chỉ số VN30-Index")
    }

    func testAbbreviatedCountsAndEdgesLeftByAPlace() {
        XCTAssertEqual(rows("Trong 5 tháng, cả nước có gần 38.000 DN tạm ngừng hoạt động.", "2021-05-01").first?[0], "DN tạm ngừng hoạt động")
        // ("lớn thứ 2": the adjective belongs to the rank, as the rice-export golden writes "nước xuất khẩu gạo".)
        XCTAssertEqual(rows("Ấn Độ hiện là vùng dịch lớn thứ 2 thế giới.", "2021-05-01").first?[0], "vùng dịch")
    }

    func testSauKhiIsNoRelativeDate() {
        // "năm sau khi hoạt động", "năm sau đó": "sau" opens a clause or points at a narrated event.
        let a = TestPipeline.extract("Dự án có lãi 5 tỷ đồng mỗi năm sau khi hoạt động. Năm sau đó, công ty lãi 10 tỷ đồng. Dự kiến năm sau, doanh thu đạt 100 tỷ đồng.", reference: "2021-01-01")
        let dates = a.mentions.filter { $0.kind == .date }.map { a.span($0).text }
        XCTAssertEqual(dates, ["năm sau"])
    }

    func testAColonNamesTheFigureAfterItAndSharesOfListedGroups() {
        XCTAssertEqual(rows("Ngưỡng hỗ trợ gần nhất là thấp điểm tuần: 1.216,5 USD/ounce.", "2021-05-01").first?[0], "Ngưỡng hỗ trợ gần nhất")
        // Not a speaker before a quote.
        XCTAssertNotEqual(rows("Ông Nam cho biết: 30% doanh nghiệp đã phục hồi.", "2021-05-01").first?[0], "Ông Nam")
        XCTAssertEqual(rows("Kết quả khảo sát: 30% các cửa hàng có tủ bảo quản trái cây.", "2021-05-01").first?[0], "cửa hàng có tủ bảo quản trái cây")
    }

    func testAScopeAfterTheFigureYieldsToTheOwnerNamedBefore() {
        XCTAssertEqual(rows("Viettel đã có một mạng lưới đồng bộ, hiện đại, với 350.000 km cáp quang trên toàn quốc.", "2021-05-01").first?[1], "Viettel")
        // A place after "tại" stays the subject: "216.000 xe tại Canada".
        XCTAssertEqual(rows("Hãng triệu hồi 1,25 triệu xe, trong đó gần 1 triệu xe tại Mỹ, 216.000 xe tại Canada.", "2021-05-01").last?[1], "Canada")
    }

    func testALeadSentenceDatedByItsOpeningDateAndANewLevelOfTheFigureBefore() {
        // The sentence that holds the dateline still gives its records; the dateline is not their period.
        let a = TestPipeline.extract("Báo cáo quý\nNgày 1/1/2016, số dư quỹ là 3.970 tỷ đồng, đến hết quý I/2016, con số này giảm nhẹ còn 3.787 tỷ đồng.")
        XCTAssertEqual(a.referenceSource, "dateline")
        XCTAssertEqual(a.indicators.map { a.span(a.mentions[$0.value]).text }, ["3.970 tỷ đồng", "3.787 tỷ đồng"])
        XCTAssertNil(a.indicators.first?.period)
        XCTAssertEqual(a.indicators.last?.period.map { a.span(a.mentions[$0]).text }, "quý I/2016")
        XCTAssertEqual(a.indicators.last?.change?.direction.rawValue, "decrease")
        XCTAssertEqual(a.indicators.last?.change?.from.map { a.span(a.mentions[$0]).text }, "3.970 tỷ đồng")
    }

    func testAFrontedStartingLevel() {
        let a = TestPipeline.extract("Như vậy, từ 13.197 ha năm 2013, diện tích cây cao su đã giảm xuống chỉ còn khoảng 9.345 ha.", reference: "2017-01-01")
        XCTAssertEqual(a.indicators.count, 1)
        let r = a.indicators[0]
        XCTAssertEqual(r.indicator, "diện tích cây cao su")
        XCTAssertEqual(a.span(a.mentions[r.value]).text, "9.345")
        XCTAssertEqual(r.change?.direction.rawValue, "decrease")
        XCTAssertEqual(r.change?.from.map { a.span(a.mentions[$0]).text }, "13.197")
        XCTAssertEqual(r.change?.baseline.map { a.span(a.mentions[$0]).text }, "năm 2013")
        XCTAssertNil(r.period)
        XCTAssertEqual(changes("Giá trứng giảm sâu chỉ còn khoảng 900 đồng/quả.").first?[2], "decrease")
    }

    func testAForeignOneWordNameOpeningTheClauseIsTheSubject() {
        XCTAssertEqual(rows("Toyota đạt lợi nhuận ròng 20 tỷ USD.", "2021-05-01").first?[1], "Toyota")
        // A Vietnamese word (one vowel group) is no name; a date is none either.
        XCTAssertNil(rows("Doanh thu đạt 20 tỷ USD.", "2021-05-01").first?[1] ?? nil)
        XCTAssertNil(rows("Quý III tăng 5%.", "2021-05-01").first?[1] ?? nil)
    }

    func testAMultipleAgainstADateIsAnIncrease() {
        let a = TestPipeline.extract("Tổng sản lượng toàn huyện đạt khoảng 13.000 tấn, gấp 2 lần năm ngoái.", reference: "2021-05-01")
        XCTAssertEqual(a.indicators.count, 1)
        XCTAssertEqual(a.indicators[0].change?.direction.rawValue, "increase")
        XCTAssertEqual(a.indicators[0].change?.value.map { a.span(a.mentions[$0]).text }, "2")
        XCTAssertEqual(a.indicators[0].change?.baseline.map { a.span(a.mentions[$0]).text }, "năm ngoái")
        XCTAssertNil(a.indicators[0].period)
        // Against another measure it is a comparison, no change.
        XCTAssertEqual(changes("Kinh tế số tăng khoảng 20%/năm, gấp 3 lần tốc độ tăng trưởng GDP.").first?[1], "20%/năm")
        XCTAssertEqual(rows("Nguồn cung mới trong quý đạt 2.800 căn.", "2021-05-01").first?[0], "Nguồn cung mới")
    }

    func testAWordEndingInAnEdgeSyllableSurvivesThePlaceCut() {
        XCTAssertEqual(rows("Tại các chợ ở Hà Nội, thịt ba chỉ phổ biến ở mức 150.000 đồng/kg.", "2024-06-12").first?[0], "thịt ba chỉ")
        XCTAssertEqual(rows("Tổng tài sản của hãng hàng không tại Việt Nam đạt 19.916 tỷ đồng.", "2021-05-01").first?[0], "Tổng tài sản của hãng hàng không")
    }

    func testOneChangeInTheUnitOfAPriceListIsEachPrices() {
        XCTAssertEqual(changes("Thịt ba chỉ ở mức 150.000 đồng/kg, thịt nạc vai khoảng 130.000 đồng/kg, tăng 15.000 đồng/kg so với tháng trước."),
                       [["150.000 đồng/kg", "15.000 đồng/kg", "increase"], ["130.000 đồng/kg", "15.000 đồng/kg", "increase"]])
        // Not across a contrast.
        XCTAssertEqual(changes("Ngân hàng A niêm yết 22.720 đồng/USD, trong khi ngân hàng B niêm yết 22.690 đồng/USD, giảm 10 đồng/USD so với hôm qua.").map { $0[2] },
                       [nil, "decrease"])
    }

    func testAThresholdThatDelimitsAGroupIsNoValue() {
        XCTAssertEqual(rows("Xe từ 18 tấn trở lên tăng phí từ 240.000 đồng/lượt lên 280.000 đồng/lượt.", "2021-05-01").map { $0[2] }, ["280.000 đồng/lượt"])
        XCTAssertEqual(rows("Có 10 người đi khám từ 50 lần trở lên.", "2021-05-01").map { $0[2] }, ["10"])
        // A target or a change with a floor stays a record.
        XCTAssertEqual(modalities("Mục tiêu tăng trưởng GDP từ 6,5% trở lên."), [["tăng trưởng GDP", "target", nil]])
        // "như" alone names nothing.
        XCTAssertNotEqual(rows("Kim ngạch tăng 9,7%, trong đó có một số thành viên tăng cao hơn (như Áo tăng 20,2%).", "2021-05-01").last?[0], "như")
    }

    func testVaAfterAFigureBeforeANameOpensTheNextItem() {
        XCTAssertEqual(rows("Innova G giá 859 triệu đồng và Innova V giá 995 triệu đồng.", "2021-05-01").map { $0[0] }, ["giá", "giá"])
        XCTAssertEqual(rows("HNX-Index tăng 1,51 điểm lên 282,07 điểm và UPCoM-Index tăng 0,7 điểm lên 80,12 điểm.", "2021-05-01").map { $0[0] },
                       ["HNX-Index", "UPCoM-Index"])
        // Not inside a list of amounts: "693 nghìn tấn và 1,57 tỷ USD".
        XCTAssertEqual(rows("Xuất khẩu cà phê đạt 693 nghìn tấn và 1,57 tỷ USD.", "2021-05-01").count, 2)
    }

    func testMoneyAllocatedIsNamedByWhatItIsFor() {
        XCTAssertEqual(rows("Công đoàn tỉnh dự kiến dành khoảng 50 tỉ đồng chăm lo Tết cho đoàn viên.", "2024-01-10").first?[0], "chăm lo Tết")
        XCTAssertEqual(rows("Công ty dự kiến trích 736 tỷ đồng chia cổ tức.", "2024-01-10").first?[0], "chia cổ tức")
        // Not after other verbs, nor a frequency.
        XCTAssertNotEqual(rows("Kho bạc sẽ chào bán 15.000 tỷ đồng trái phiếu.", "2024-01-10").first?[0], "trái phiếu")
        XCTAssertNotEqual(rows("Chính phủ hỗ trợ 5.000 đồng mỗi tháng.", "2024-01-10").first?[0], "mỗi tháng")
    }

    func testOnePurchaseIsASingleEvent() {
        XCTAssertEqual(rows("Amazon vừa chi 13,7 tỷ USD mua Whole Foods.", "2021-05-01"), [])
        XCTAssertEqual(rows("Hãng chi ra 26,2 tỷ USD để mua mạng xã hội LinkedIn.", "2021-05-01"), [])
        // Spending on a purpose that is no purchase stays a record.
        XCTAssertEqual(rows("Ngân sách chi 9.000 tỷ đồng nhập thuốc trừ sâu.", "2021-05-01").map { $0[0] }, ["nhập thuốc trừ sâu"])
    }

    func testOnePersonsAccountIsNoRecord() {
        XCTAssertEqual(rows("Anh Tín thu từ mật ong đến 160 triệu đồng.", "2021-05-01"), [])
        XCTAssertEqual(rows("Trong đó, bà H. chỉ trả 1 đợt với số tiền 170 triệu đồng.", "2021-05-01"), [])
        // "Anh" before a lowercase word is England; a person who reports is a source.
        XCTAssertEqual(rows("Trong ngày 30/10, Anh có gần 1.000 bệnh nhân phải vào phòng chăm sóc đặc biệt.", "2021-05-01").first?[1], "Anh")
        XCTAssertEqual(rows("Ông Nguyễn Văn A cho biết tỉnh đã xuất khẩu 5.000 tấn gạo.", "2021-05-01").count, 1)
        XCTAssertEqual(modalities("Ông Zhang dự báo đồng NDT sẽ kết thúc năm nay ở mức 7,1 NDT/USD.").first?[1], "forecast")
    }

    func testGapBetweenTwoPricesIsNoRecord() {
        // "thấp hơn <another price> khoảng X": X is the gap between two figures, not a value.
        XCTAssertEqual(rows("Giá vàng thế giới quy đổi khoảng 66 triệu đồng/lượng, thấp hơn giá vàng miếng SJC khoảng 8 triệu đồng/lượng."),
                       [["Giá vàng thế giới quy đổi", nil, "66 triệu đồng/lượng"]])
        XCTAssertEqual(rows("Mẫu xe mới có giá 769 triệu đồng, cao hơn bản tiêu chuẩn hơn 100 triệu đồng.").map { $0[2] }, ["769 triệu đồng"])
        // "lớn hơn <measure> X" and "cao hơn mức X": X is the compared figure, a record of its own.
        XCTAssertEqual(rows("Công ty lỗ 90 tỷ đồng, lớn hơn vốn điều lệ 80 tỷ đồng.").map { $0[2] }, ["90 tỷ đồng", "80 tỷ đồng"])
        XCTAssertEqual(rows("Giá xăng bán lẻ không cao hơn mức 23.000 đồng/lít.").map { $0[2] }, ["23.000 đồng/lít"])
    }

    func testChangeAgainstTheLevelOfAnEarlierPeriod() {
        // "tăng so với mức X của <date>": X is where the change starts, the date its baseline.
        let a = TestPipeline.extract("Doanh thu quý II đạt 1.200 tỷ đồng, tăng so với mức 950 tỷ đồng của quý I.", reference: "2024-06-12")
        XCTAssertEqual(a.indicators.count, 1)
        let r = a.indicators[0]
        XCTAssertEqual(a.span(a.mentions[r.value]).text, "1.200 tỷ đồng")
        XCTAssertEqual(r.change?.direction, .increase)
        XCTAssertEqual(r.change?.from.map { a.span(a.mentions[$0]).text }, "950 tỷ đồng")
        XCTAssertEqual(r.change?.baseline.map { a.span(a.mentions[$0]).text }, "quý I")
        XCTAssertNil(r.change?.value)
    }

    func testShareAfterACountIsTheCountsShare() {
        // "N <noun>, chiếm P% <whole>": the share is the counted group's, named as it was
        // (a threshold inside that name, "dưới 5 điểm", names nothing of its own).
        XCTAssertEqual(rows("Mưa lớn làm khoảng 3.200 ha lúa bị đổ ngã, chiếm khoảng 1% diện tích gieo trồng.").map { $0[0] },
                       ["lúa bị đổ ngã", "lúa bị đổ ngã"])
        XCTAssertEqual(rows("Môn Toán có 12.000 bài thi dưới 5 điểm, chiếm khoảng 2% số bài thi.").map { $0[0] },
                       ["bài thi dưới 5 điểm", "bài thi dưới 5 điểm"])
        // A bare one-word unit names no group: the whole stays the name.
        XCTAssertEqual(rows("Khoảng 2,5 tỷ người, chiếm 57% dân số thế giới, sống ở các quốc gia nghèo.").map { $0[0] }, ["người", "dân số"])
    }

    func testProvincesOfARegionHaveTheRegionAsSubject() {
        // "các tỉnh Tây Nguyên" is the provinces of a region: "tỉnh" is no prefix of the region's name.
        XCTAssertEqual(rows("Hiện các tỉnh Tây Nguyên có trên 71.000 ha hồ tiêu.").first?[1], "Tây Nguyên")
        XCTAssertEqual(rows("Giá lợn hơi tại nhiều tỉnh miền Bắc hôm qua dao động 68.000-70.000 đồng/kg.").first?[1], "miền Bắc")
        // A province keeps its prefix.
        XCTAssertEqual(rows("Năm 2023, tỉnh Bình Dương thu hút 1,69 tỷ USD vốn FDI.").first?[1], "tỉnh Bình Dương")
    }

    func testNetBalanceWordsNameTheirFigure() {
        XCTAssertEqual(rows("Tính chung, ngân sách nhà nước 10 tháng bội thu khoảng 123.300 tỷ đồng."), [["bội thu", nil, "123.300 tỷ đồng"]])
        // A group before the word is whose balance it is.
        XCTAssertEqual(rows("Phiên hôm qua, khối nhà đầu tư nước ngoài bán ròng khoảng 520 tỷ đồng trên sàn HoSE."),
                       [["bán ròng", "khối nhà đầu tư nước ngoài", "520 tỷ đồng"]])
        XCTAssertEqual(rows("Trung Quốc là thị trường nhập khẩu lớn nhất với 66,7 tỷ USD, nhập siêu từ thị trường này khoảng 40,5 tỷ USD.").map { $0[0] },
                       ["nhập khẩu", "nhập siêu"])
        // A measure written with the word keeps it; a balance keeps its own name.
        XCTAssertEqual(rows("Tổng giá trị bán ròng tương ứng 4,15 tỷ đồng.").first?[0], "Tổng giá trị bán ròng")
        XCTAssertEqual(rows("Cán cân thương mại hàng hóa xuất siêu 11,6 tỷ USD.").first?[0], "Cán cân thương mại hàng hóa")
    }

    func testBudgetRevenueItemsAreNamedWhole() {
        XCTAssertEqual(rows("Trong đó, thu nội địa 46.850 tỷ đồng, thu từ hoạt động xuất nhập khẩu 19.500 tỷ đồng.").map { $0[0] },
                       ["thu nội địa", "thu từ hoạt động xuất nhập khẩu"])
        XCTAssertEqual(rows("Thu cân đối từ hoạt động xuất nhập khẩu đạt khoảng 240,3 nghìn tỷ đồng, bằng 88,7% dự toán.").map { $0[0] },
                       ["Thu cân đối từ hoạt động xuất nhập khẩu", "Thu cân đối từ hoạt động xuất nhập khẩu"])
    }

    func testRelatedArticleLinesGiveNoRecords() {
        let text = "Tin liên quan:\n- Cần Thơ: Hội nghị xúc tiến đầu tư thu hút hơn 15 dự án (12/10/2019)\n- Giá lúa tăng 5% trong tháng 10 (15/10/2019)\n"
        let a = TestPipeline.extract(text, reference: "2019-10-25")
        XCTAssertEqual(a.indicators.count, 0)
        XCTAssertTrue(a.mentions.contains { $0.kind == .number && a.span($0).text == "15" })
        // A list item without a date in parentheses stays a statement.
        XCTAssertEqual(rows("- Xuất khẩu gạo đạt 8 triệu tấn.").map { $0[2] }, ["8 triệu"])
    }

    func testLessThanShareAfterACountIsTheCountsShare() {
        XCTAssertEqual(rows("Mưa lớn làm khoảng 3.200 ha lúa bị đổ ngã, chưa đến 1% diện tích gieo trồng.").map { $0[0] },
                       ["lúa bị đổ ngã", "lúa bị đổ ngã"])
        // A list of shares names each by its own noun.
        XCTAssertEqual(rows("Học sinh được phân luồng với 30% học nghề, 70% học văn hóa.").last?[0], "học văn hóa")
        XCTAssertEqual(rows("Tỉnh có 3.220 tuyến đường dây đạt chuẩn, 100% số hộ sử dụng điện.").last?[0], "số hộ sử dụng điện")
    }

    func testProductBeforeATradeWordOpensTheName() {
        XCTAssertEqual(rows("Hồ tiêu xuất khẩu đạt 137.000 tấn, thu về 639 triệu USD.").map { $0[0] }, ["Hồ tiêu xuất khẩu", "Hồ tiêu xuất khẩu"])
        XCTAssertEqual(rows("Thuế nhập khẩu ô tô từ ASEAN giảm về 0%.").first?[0], "Thuế nhập khẩu ô tô")
        // A place is the subject; a market, a pronoun or a connective is no product.
        XCTAssertEqual(rows("Việt Nam xuất khẩu 8 triệu tấn gạo."), [["xuất khẩu gạo", "Việt Nam", "8 triệu"]])
        XCTAssertEqual(rows("Hoa Kỳ là thị trường xuất khẩu lớn nhất của Việt Nam với 55,1 tỷ USD.").first?[0], "xuất khẩu")
        XCTAssertEqual(rows("Năm 2016, chúng ta nhập khẩu 19 tỷ USD từ Hoa Kỳ.").first?[0], "nhập khẩu")
    }

    func testLeadersRankByTheMeasureTheGroupHas() {
        let r = rows("Trong số 104 quốc gia và vùng lãnh thổ có đầu tư tại Việt Nam, Singapore dẫn đầu với 3,98 tỷ USD, Nhật Bản đứng thứ hai với gần 3,74 tỷ USD.")
        XCTAssertEqual(r.dropFirst().map { $0[0] }, ["đầu tư", "đầu tư", "đầu tư"])
        XCTAssertEqual(r.dropFirst().map { $0[1] }, ["Singapore", "Nhật Bản", "Nhật Bản"])
    }

    func testCapitalAddedAndTheTotalAfterVoi() {
        // "tăng thêm" inside a measure's name is no change verb.
        XCTAssertEqual(modalities("Dự án có tổng vốn tăng thêm gần 4,8 tỷ USD."), [["tổng vốn tăng thêm", "actual", nil]])
        XCTAssertEqual(rows("Có 958 lượt dự án điều chỉnh vốn với tổng vốn tăng thêm 4,8 tỷ USD.").map { $0[0] },
                       ["lượt dự án điều chỉnh vốn", "tổng vốn tăng thêm"])
        XCTAssertEqual(rows("Tỉnh có 301 dự án FDI với tổng vốn đăng ký 27 tỉ USD.").map { $0[0] }, ["dự án FDI", "tổng vốn đăng ký"])
    }

    func testMeasureAfterVoiAndRankAdjectives() {
        XCTAssertEqual(rows("Hoa Kỳ là thị trường xuất khẩu lớn nhất của Việt Nam với kim ngạch ước đạt 55,1 tỷ USD.").first?[0], "kim ngạch")
        // "lớn thứ hai": the adjective belongs to the rank, not to the name (the ranked category "nước" does: session 13).
        XCTAssertEqual(rows("Hiện Việt Nam là nước xuất khẩu gạo lớn thứ hai thế giới.").first?[0], "nước xuất khẩu gạo")
    }

    func testNoSubjectFromAWhenClauseAfterTheFigure() {
        XCTAssertEqual(rows("Nhiều chuyên gia dự báo giá vàng thế giới có thể lên 2.200 USD/ounce trong năm 2024 khi Cục Dự trữ Liên bang Mỹ cắt giảm lãi suất."),
                       [["giá vàng thế giới", nil, "2.200 USD/ounce"]])
        // A list of places after "sau khi nhập cảnh tại" is where the cases were isolated, not whose.
        XCTAssertEqual(rows("6 ca mắc mới được cách ly ngay sau khi nhập cảnh tại Yên Bái (01), Phú Yên (01), Tây Ninh (01), TP. Hồ Chí Minh (3).").first?[1], nil)
    }

    func testSubjectDoesNotCrossTrongKhi() {
        XCTAssertEqual(rows("Tín dụng toàn hệ thống mới tăng khoảng 7,4%, trong khi Ngân hàng Nhà nước đặt mục tiêu tăng trưởng tín dụng khoảng 14-15%.").map { $0[1] },
                       ["toàn hệ thống", nil])
        // A parallel list with "còn" keeps it.
        XCTAssertEqual(rows("Tại Vietcombank, kỳ hạn 3 tháng là 2,9%/năm, còn kỳ hạn 12 tháng là 4,8%/năm.").map { $0[1] }, ["Vietcombank", "Vietcombank"])
    }

    func testPlannedChangeIsATargetOfItsOwn() {
        XCTAssertEqual(modalities("Bộ Công Thương dự kiến xuất khẩu cả năm có thể đạt khoảng 395-400 tỷ USD, vượt kế hoạch tăng 6% đã đề ra."),
                       [["xuất khẩu", "forecast", nil], ["xuất khẩu", "target", "increase"]])
        XCTAssertEqual(modalities("Mức tăng trưởng kinh tế đạt 6,68% (kế hoạch tăng 6,2%)."),
                       [["Mức tăng trưởng kinh tế", "actual", nil], ["Mức tăng trưởng kinh tế", "target", "increase"]])
    }

    func testTinhTuDateIsTheBaselineOfAChange() {
        XCTAssertEqual(periods("Tính từ đầu tháng 3, giá lợn hơi tại miền Bắc đã tăng từ 58.000 lên 70.000 đồng/kg."), [["70.000 đồng/kg", nil, "tháng 3"]])
        // A date after a bare "từ" says when the new level applies: it stays the period.
        XCTAssertEqual(periods("Đối với xe dung tích từ 2,5 đến 3 lít, thuế sẽ tăng từ 50% lên 55% từ 1/7/2016.").last?[2], .some(nil))
    }

    func testSurveySampleSizeIsNoRecord() {
        XCTAssertEqual(rows("Sở công bố kết quả khảo sát tình hình tiền lương, thưởng Tết tại hơn 1.200 doanh nghiệp với khoảng 384 ngàn lao động."), [])
        XCTAssertEqual(rows("Khảo sát trực tuyến với 850 người tham gia cho thấy 68% tin rằng giá vàng sẽ tăng.").map { $0[2] }, ["68%"])
    }

    func testWorthOfAVolumeIsNamedAsWritten() {
        XCTAssertEqual(rows("Lượng xuất khẩu cà phê đạt 1,48 triệu tấn, trị giá 3,7 tỷ USD.").map { $0[0] }, ["Lượng xuất khẩu cà phê", "trị giá"])
        // A trade flow measures both: the worth keeps its name.
        XCTAssertEqual(rows("Xuất khẩu cà phê đạt khoảng 742.000 tấn, trị giá 2,96 tỷ USD.").map { $0[0] }, ["Xuất khẩu cà phê", "Xuất khẩu cà phê"])
    }

    func testJobCreationIsNamedByTheVerbPhrase() {
        XCTAssertEqual(rows("Với 6.000 doanh nghiệp, ngành dệt may giải quyết việc làm cho 2,5 triệu lao động.").last?[0], "giải quyết việc làm")
    }

    func testTradingAtALevelIsNoPartOfTheName() {
        XCTAssertEqual(rows("Tại thị trường TPHCM, giá vàng SJC 9999 giao dịch quanh mức 36,4-37,25 triệu đồng/lượng.").first?[0], "giá vàng SJC 9999")
        XCTAssertEqual(rows("Giá vàng thế giới giao dịch ở mức 1.278,50 USD/ounce.").first?[0], "Giá vàng thế giới")
        XCTAssertEqual(rows("Giá trị giao dịch đạt 20.000 tỷ đồng.").first?[0], "Giá trị giao dịch")
    }

    func testGiuaEndsANameExceptADifference() {
        XCTAssertEqual(rows("Ngân hàng Nhà nước công bố tỷ giá trung tâm giữa VND và USD ở mức 24.260 đồng/USD.").first?[0], "tỷ giá trung tâm")
        XCTAssertEqual(rows("Chênh lệch giữa giá mua và giá bán là 1,7 triệu đồng/lượng.").first?[0], "Chênh lệch giữa giá mua và giá bán")
    }

    func testTargetAfterAContrastHasNoFrontedPeriod() {
        XCTAssertEqual(periods("Từ đầu năm đến nay, tín dụng toàn hệ thống tăng khoảng 7,4%, trong khi Ngân hàng Nhà nước đặt mục tiêu tăng trưởng tín dụng cả năm khoảng 14-15%.").map { $0[1] },
                       ["Từ đầu năm đến nay", nil])
        // An observation after the contrast keeps the frame.
        XCTAssertEqual(periods("Tính từ năm 2018 đến nay, giá căn hộ tại Hà Nội đã tăng khoảng 65%, trong khi thu nhập bình quân chỉ tăng khoảng 30%.").map { $0[1] },
                       ["từ năm 2018 đến nay", "từ năm 2018 đến nay"])
    }

    func testSchoolSubjectOpeningTheClauseIsTheSubject() {
        XCTAssertEqual(rows("Môn Lịch sử có hơn 70.000 bài thi dưới 5 điểm.", "2023-07-18"), [["bài thi dưới 5 điểm", "Môn Lịch sử", "70.000"]])
    }

    func testCacAfterAHeadGoesOnWithTheName() {
        XCTAssertEqual(rows("Nam Định dẫn đầu cả nước về điểm trung bình các môn thi, Ninh Bình đứng thứ hai.", "2023-07-18").first?[0], "điểm trung bình các môn thi")
    }

    func testAPackagesAmountIsPartOfItsName() {
        XCTAssertEqual(rows("Gói tín dụng 120.000 tỷ đồng cho vay nhà ở xã hội mới giải ngân chưa đến 1%."),
                       [["Gói tín dụng 120.000 tỷ đồng cho vay nhà ở xã hội", nil, "1%"]])
        // A tender's volume and an all-in fee stay figures.
        XCTAssertEqual(rows("HNX tổ chức phiên đấu thầu trái phiếu với tổng khối lượng gói thầu 6.000 tỷ đồng.").count, 1)
    }

    func testMultipleOfAnEarlierTimeIsAnIncrease() {
        XCTAssertEqual(changes("Trong tháng 7, thành phố ghi nhận gần 86.000 ca mắc, gấp 3 lần tổng số ca của hai tháng trước đó cộng lại."),
                       [["86.000", "3", "increase"]])
        // Against another measure it stays no change.
        XCTAssertEqual(changes("Năng suất đạt 9 tấn/ha, gấp 2 lần mức trung bình cả nước.").first?[2], .some(nil))
    }

    func testAPassiveDefinesTheGroupOfARate() {
        XCTAssertEqual(rows("Theo Sở Y tế, tỷ lệ người từ 18 tuổi trở lên được tiêm ít nhất một mũi vaccine hiện đạt xấp xỉ 30%.").first?[0],
                       "tỷ lệ người từ 18 tuổi trở lên được tiêm ít nhất một mũi vaccine")
        // A predicate is no part of the name.
        XCTAssertEqual(rows("Tỷ lệ nợ xấu được kiểm soát ở mức 2,2%.").first?[0], "Tỷ lệ nợ xấu")
        XCTAssertEqual(rows("Tỷ lệ nợ xấu đã được kiểm soát dưới 3%.").first?[0], "Tỷ lệ nợ xấu")
    }

    func testACauseStatesAFigureOfItsOwn() {
        XCTAssertEqual(rows("Nguyên nhân chủ yếu khiến CPI tháng 5 giảm là do chỉ số giá nhóm lương thực giảm 0,06%.").first?[0], "chỉ số giá nhóm lương thực")
        XCTAssertEqual(changes("Xuất khẩu hồ tiêu giảm 4,3% về giá trị do giá bình quân giảm gần 15%, còn khoảng 3.678 USD/tấn.").last,
                       ["3.678 USD/tấn", "15%", "decrease"])
    }

    func testAttributesBandsAndDistancesAreNoRecords() {
        // A trading band set by a rule ("±"); an observed spread stays.
        XCTAssertEqual(rows("Với biên độ ±5%, tỷ giá trần mà các ngân hàng được áp dụng là 25.473 đồng/USD.").map { $0[2] }, ["25.473 đồng/USD"])
        XCTAssertEqual(rows("Giá vàng tại Việt Nam hiện có biên độ từ 400.000 đến 600.000 đồng/lượng.").count, 1)
        // The distance to a cap, a vehicle class, a line's voltage, one animal's weight.
        XCTAssertEqual(rows("Giá USD tăng 4 đồng so với phiên trước và chỉ còn cách giá trần 15 đồng.").map { $0[2] }, ["4 đồng"])
        XCTAssertEqual(rows("Tài xế điều khiển ô tô 7 chỗ lưu thông trên quốc lộ."), [])
        XCTAssertEqual(rows("EVN đẩy nhanh tiến độ đường dây 500 kV mạch 3."), [])
        XCTAssertEqual(rows("Người nuôi hiện lãi 1,5-2 triệu đồng cho mỗi con lợn 100 kg.").map { $0[2] }, ["1,5-2 triệu đồng"])
        // "mỗi ngày" is a rate: the count stays.
        XCTAssertEqual(rows("Ấn Độ ghi nhận mỗi ngày hơn 300.000 ca mắc mới.").count, 1)
    }

    func testTradeUnionFederationIsAnOrganisation() {
        XCTAssertEqual(rows("Liên đoàn Lao động TP.HCM dự kiến dành khoảng 70 tỉ đồng chăm lo Tết cho đoàn viên.").first?[1], "Liên đoàn Lao động TP.HCM")
    }

    func testTargetAfterAGrowthRateIsAGrowthTarget() {
        XCTAssertEqual(modalities("GDP năm 2023 tăng 5,08%, mục tiêu năm 2024 từ 6 đến 6,5%."),
                       [["GDP", "actual", "increase"], ["GDP", "target", "increase"]])
    }

    func testAGradeNumberIsNoRecord() {
        XCTAssertEqual(rows("Người chơi phải có thu nhập chịu thuế từ bậc 3 trở lên."), [])
        XCTAssertEqual(rows("Ngành dịch vụ lưu trú đạt mức tăng trưởng vượt bậc 6,7%.").map { $0[2] }, ["6,7%"])
    }

    func testFrontedComparandIsNamedByTheClauseAfter() {
        XCTAssertEqual(rows("So với mức 3,31% của quý I, lạm phát cơ bản đã giảm 0,5 điểm phần trăm.", "2024-07-06").first?[0], "lạm phát cơ bản")
    }

    func testAntiDumpingDutiesAreLegalRules() {
        XCTAssertEqual(rows("Tháng 1 vừa qua, EU đã áp mức thuế chống bán phá giá từ 30,7-64,9% đối với các sản phẩm ống thép."), [])
    }

    func testTheSideOfAPricePairNamesNothing() {
        XCTAssertEqual(rows("Chốt phiên 29/5, Tập đoàn Vàng bạc đá quý DOJI niêm yết giá vàng SJC ở mức: 36,40 triệu đồng/lượng (mua vào) và 36,48 triệu đồng/lượng (bán ra).", "2017-05-30").map { $0[0] },
                       ["giá vàng SJC", "giá vàng SJC"])
    }

    func testAGluedHyphenJoinsTwoWordsOfAName() {
        XCTAssertEqual(rows("Mới chỉ có 4.424 doanh nghiệp hoạt động trong lĩnh vực nông-lâm-ngư nghiệp.").first?[0],
                       "doanh nghiệp hoạt động trong lĩnh vực nông-lâm-ngư nghiệp")
    }

    func testTheNounAfterAShareIsTheWhole() {
        XCTAssertEqual(rows("Kinh tế số dự kiến chiếm khoảng 18,3% GDP năm 2024.").first?[0], "Kinh tế số")
        XCTAssertEqual(rows("Nhóm hàng công nghiệp chế biến chiếm gần 80% tổng kim ngạch xuất khẩu.").first?[0], "Nhóm hàng công nghiệp chế biến")
        // A share noun names the share; a phrase with another verb or a figure before "chiếm" does not name it.
        XCTAssertEqual(rows("Philippines chiếm gần 38% thị phần.").first?[0], "thị phần")
        XCTAssertEqual(rows("Đầu tư Hà Lan vào Việt Nam đã đạt 7,65 tỉ USD, đứng đầu EU và chiếm 35,5% tổng vốn đầu tư của khu vực này.").last?[0], "tổng vốn đầu tư")
    }

    func testARecordLevelAfterLenMucIsANewLevel() {
        XCTAssertEqual(modalities("Giá bình quân lên mức kỷ lục gần 3.990 USD/tấn."), [["Giá bình quân", "actual", "increase"]])
        XCTAssertEqual(modalities("Tỷ giá trung tâm xuống mức 24.000 đồng."), [["Tỷ giá trung tâm", "actual", "decrease"]])
        // The change before the new level is that level's change: one record.
        XCTAssertEqual(changes("Chỉ số VN-Index đóng cửa giảm 0,83 điểm, xuống mức 741,91 điểm."), [["741,91", "0,83", "decrease"]])
    }

    func testAListedChangeTakesTheBaselineOfTheChangeBefore() {
        func baselines(_ text: String) -> [String?] {
            let a = TestPipeline.extract(text, reference: "2024-07-06")
            return a.indicators.map { r in r.change?.baseline.map { a.span(a.mentions[$0]).text } }
        }
        XCTAssertEqual(baselines("Chỉ số giá vàng tháng 6 tăng 2,7% so với tháng trước, chỉ số giá đô la Mỹ tăng 0,26%."), ["tháng trước", "tháng trước"])
        XCTAssertEqual(baselines("Kim ngạch đạt 3,3 tỷ USD, tăng 9,5% so với cùng kỳ năm trước; EU đạt 2,9 tỷ USD, tăng 4,8%."), ["cùng kỳ năm trước", "cùng kỳ năm trước"])
        // A change with a comparison of its own that is no date keeps none.
        XCTAssertEqual(baselines("Lợi nhuận đạt 868 tỷ đồng, tăng 72% so với cùng kỳ năm trước; vốn chủ sở hữu đạt 139.744 tỷ đồng, tăng 3% so với đầu năm."), ["cùng kỳ năm trước", nil])
    }

    func testASentenceOfOnlyAPeriodGoesOnWithTheMeasureBefore() {
        XCTAssertEqual(rows("GDP năm 2023 tăng 5,05%. Riêng quý IV tăng 6,8%, cao nhất trong bốn quý của năm.", "2024-01-01").map { $0[0] }, ["GDP", "GDP"])
        XCTAssertEqual(rows("Xuất khẩu 11 tháng đạt 320 tỷ USD. Tháng 11 đạt 32 tỷ USD.", "2024-01-01").map { $0[0] }, ["Xuất khẩu", "Xuất khẩu"])
    }

    func testAChangeAfterABuySellPairIsTheChangeOfBothSides() {
        XCTAssertEqual(changes("Vietcombank báo giá USD ở mức 22.540 đồng (mua vào) và 22.610 đồng (bán ra), giảm 45 đồng so với sáng qua."),
                       [["22.540 đồng", "45 đồng", "decrease"], ["22.610 đồng", "45 đồng", "decrease"]])
        // One side named: only that side changed.
        XCTAssertEqual(changes("DOJI niêm yết giá vàng miếng ở mức 36,70 triệu đồng/lượng (mua vào) và 36,90 triệu đồng/lượng (bán ra), tăng 20 ngàn đồng chiều bán ra so với giá cuối phiên qua."),
                       [["36,70 triệu đồng/lượng", nil, nil], ["36,90 triệu đồng/lượng", "20 ngàn đồng", "increase"]])
        XCTAssertEqual(changes("DOJI niêm yết giá vàng miếng ở mức 37,00 triệu đồng/lượng (mua vào) và 37,50 triệu đồng/lượng (bán ra), giảm 50 nghìn so với ngày hôm qua chiều mua vào."),
                       [["37,00 triệu đồng/lượng", "50 nghìn", "decrease"], ["37,50 triệu đồng/lượng", nil, nil]])
    }

    func testTheSideOfAPricePairIsAField() {
        func sides(_ text: String) -> [String?] { TestPipeline.extract(text, reference: "2024-05-20").indicators.map { $0.side?.rawValue } }
        XCTAssertEqual(sides("Trên thị trường tự do, đô la Mỹ được mua vào quanh mức 25.780 đồng và bán ra 25.860 đồng."), ["buy", "sell"])
        XCTAssertEqual(sides("Vietcombank niêm yết giá USD ở mức 22.540 đồng (mua vào) và 22.610 đồng (bán ra)."), ["buy", "sell"])
        // A range of both sides has none.
        XCTAssertEqual(sides("Tại Vietcombank, giá USD được niêm yết ở mức 22.690 - 22.760 VND/USD (mua vào - bán ra)."), [nil])
        XCTAssertEqual(sides("Giá xăng RON 95 tăng 500 đồng/lít."), [nil])
    }

    func testAnAverageOfAMeasureAndAListingVerbInNames() {
        XCTAssertEqual(rows("Theo Bộ Công Thương, bình quân giá xăng RON 92 trên thị trường Singapore trong kỳ ở mức 97,4 USD/thùng.").first?[0], "bình quân giá xăng RON 92")
        XCTAssertEqual(rows("Với các ngoại tệ khác, Vietcombank niêm yết đồng euro ở mức 26.690-28.150 đồng/euro.").first?[0], "đồng euro")
        // "bình quân" before a figure is an adverb, not a name.
        XCTAssertEqual(rows("Lao động có thu nhập bình quân 7,1 triệu đồng/tháng.").first?[0], "thu nhập bình quân")
    }

    func testANamedSpeakerAndItsVerbComeBeforeTheName() {
        XCTAssertEqual(rows("Hiệp hội Lương thực Việt Nam dự báo xuất khẩu gạo cả năm 2023 đạt trên 8 triệu tấn.", "2023-12-11").first?[0], "xuất khẩu gạo")
        XCTAssertEqual(rows("Cơ quan Thông tin Năng lượng Mỹ (EIA) cho biết lượng dầu thô lưu kho tại Mỹ tăng 13,8 triệu thùng.", "2017-07-01").first?[0], "lượng dầu thô lưu kho")
        // Not a verb inside the name: "tại thời điểm công bố giá trị doanh nghiệp".
        XCTAssertEqual(rows("Tổng số lao động tại thời điểm công bố giá trị doanh nghiệp là 464 người.", "2017-07-01").first?[0], "Tổng số lao động")
    }

    func testNounPhrasesListedBeforeTheNameAreNamedWithIt() {
        XCTAssertEqual(rows("Xuất khẩu gạo, cà phê, hồ tiêu 11 tháng thu về khoảng 9 tỷ USD", "2023-12-11").first?[0], "Xuất khẩu gạo, cà phê, hồ tiêu")
        XCTAssertEqual(rows("Nhiều mã chứng khoán, bất động sản cũng tăng trên 3%.", "2024-03-08").first?[0], "mã chứng khoán, bất động sản")
        // A fronted session or time phrase is no item of a list.
        XCTAssertEqual(rows("Chốt phiên, giá dầu Brent giảm 1,2 USD/thùng, còn 44,82 USD/thùng.", "2017-07-01").first?[0], "giá dầu Brent")
        XCTAssertEqual(rows("Thời gian này, nhiệt độ có thể giảm 5 - 8 độ C.", "2017-07-01").first?[0], "nhiệt độ")
    }

    func testAFigurelessClauseNamesTheLevelAfterIt() {
        XCTAssertEqual(modalities("Giá vàng nhẫn trơn 9999 cũng tăng nhẹ, giao dịch quanh mức 62,1-63,2 triệu đồng/lượng."),
                       [["Giá vàng nhẫn trơn 9999", "actual", "increase"]])
        XCTAssertEqual(modalities("Tỷ số giới tính khi sinh vẫn ở mức cao, khoảng 112 bé trai/100 bé gái."),
                       [["Tỷ số giới tính khi sinh", "actual", nil]])
        // A comparative states no change.
        XCTAssertEqual(modalities("Tỷ lệ thiếu máu ở khu vực nông thôn cao hơn thành phố, tương ứng là 26,3 và 20,8%.").map { $0[2] }, [nil, nil])
    }

    func testAQuantifiedGroupOfPlacesOrMarketsIsTheSubject() {
        XCTAssertEqual(rows("Giá bán USD tại các ngân hàng thương mại tăng hơn 4%.", "2024-05-20").first?[1], "các ngân hàng thương mại")
        XCTAssertEqual(rows("Lượng giao dịch thành công tại hai thành phố đạt khoảng 4.200 căn.", "2024-04-16").first?[1], "hai thành phố")
        // A named place wins; one unnamed item ("một đại lý") and where a group of people works are no subject.
        XCTAssertEqual(rows("Giá lợn hơi tại các chợ ở Hà Nội đạt 70.000 đồng/kg.", "2024-06-12").first?[1], "Hà Nội")
        XCTAssertEqual(rows("Tiền lương bình quân của người lao động tại các doanh nghiệp được khảo sát đạt khoảng 11,2 triệu đồng/người/tháng.", "2024-01-10").first?[1], nil)
    }

    func testAPlanSentenceSetsATargetForTheMeasureBefore() {
        let r = rows("Tỷ trọng kinh tế số trong GDP năm 2024 dự kiến đạt khoảng 18,3%. Mục tiêu đến năm 2025 là 20% GDP.", "2024-10-15")
        XCTAssertEqual(r.map { $0[0] }, ["Tỷ trọng kinh tế số trong GDP", "Tỷ trọng kinh tế số trong GDP"])
        XCTAssertEqual(rows("Riêng trên bốn sàn thương mại điện tử lớn nhất, doanh thu 9 tháng năm 2024 đạt gần 229.000 tỷ đồng.", "2024-10-15").first?[1],
                       "bốn sàn thương mại điện tử lớn nhất")
    }

    func testAFigureAfterAnAppealToThePublicIsNoRecord() {
        XCTAssertEqual(rows("Đơn vị kêu gọi người dân tiết kiệm điện, cài đặt điều hòa ở mức 26-27 độ C.", "2023-06-16"), [])
        // A figure before the appeal stays; "kêu gọi đầu tư" is no appeal to the public.
        XCTAssertEqual(rows("Tỉnh có diện tích trồng trên 30.000 ha, đồng thời khuyến cáo người dân không mở rộng.", "2023-06-16").count, 1)
        XCTAssertEqual(rows("Tỉnh kêu gọi đầu tư 104 dự án với tổng vốn 3.600 tỷ đồng.", "2023-06-16").isEmpty, false)
    }

    func testARankedCategoryIsNamedWithItsTradeWord() {
        XCTAssertEqual(rows("Hiện Việt Nam là nước xuất khẩu gạo lớn thứ hai thế giới, chỉ sau Ấn Độ.", "2023-12-11").first?[0], "nước xuất khẩu gạo")
        XCTAssertEqual(rows("Philippines là thị trường nhập khẩu gạo lớn thứ hai của Việt Nam.", "2023-12-11").first?[0], "thị trường nhập khẩu gạo")
    }

    func testARankWithNoNameRanksByTheSuperlativeCategoryBefore() {
        XCTAssertEqual(rows("Philippines tiếp tục là thị trường nhập khẩu gạo lớn nhất của Việt Nam, chiếm gần 38% thị phần; Indonesia đứng thứ hai.", "2023-12-11").map { $0[0] },
                       ["thị phần", "thị trường nhập khẩu gạo"])
        // A rank with its own name keeps it.
        XCTAssertEqual(rows("Nhật Bản là nước tài trợ ODA lớn nhất cho Việt Nam, là đối tác du lịch lớn thứ 3.", "2017-07-01").last?[0], "đối tác du lịch")
    }

    func testAGroupOfPeopleStaysInAFigurelessClausesName() {
        XCTAssertEqual(rows("Đáng lưu ý, tỷ lệ thất nghiệp của thanh niên từ 15 đến 24 tuổi vẫn ở mức cao, khoảng 7,61%.", "2023-10-06").first?[0],
                       "tỷ lệ thất nghiệp của thanh niên từ 15 đến 24 tuổi")
    }

    func testAGroupOpeningTheSentenceIsTheSubjectOfALaterVoiClause() {
        XCTAssertEqual(rows("Khu vực có vốn đầu tư nước ngoài tiếp tục giữ vai trò chủ lực trong xuất khẩu, với mức xuất siêu 9 tháng đạt hơn 31 tỷ đô la Mỹ.", "2023-10-02").first?[1],
                       "Khu vực có vốn đầu tư nước ngoài")
    }

    func testAFrontedVoiFigureTakesTheSubjectOfTheClauseAfter() {
        XCTAssertEqual(rows("Với tổng diện tích khoảng 1,5 triệu ha, sản lượng lúa hè thu toàn vùng ước đạt gần 8,8 triệu tấn.", "2023-08-21").map { $0[1] },
                       ["toàn vùng", "toàn vùng"])
        XCTAssertEqual(rows("Với hơn 800 tỷ USD, vốn hóa Apple lớn nhất thế giới.", "2017-07-01").first?[1], "Apple")
    }

    func testAWholeYearFigureTakesNoPartOfTheYearFromAnotherClause() {
        XCTAssertEqual(periods("Cụ thể, VLC lãi quý IV/2016 gần 30 tỷ đồng, cả năm đạt 209 tỷ đồng, tăng 10,8% so với năm 2015.").map { $0[1] }, ["quý IV/2016", nil])
        // A date that opens the sentence frames it.
        XCTAssertEqual(periods("Năm 2020, lãi trước thuế cả năm của FE Credit đạt hơn 3.700 tỷ đồng.").first?[1], "Năm 2020")
    }

    func testAFigureInsideAFrontedTrongMucTangRestatesOne() {
        XCTAssertEqual(rows("Trong mức tăng 0,48% của CPI tháng 6 so với tháng trước, có 9/11 nhóm hàng tăng giá.", "2024-07-06").map { $0[2] }.contains("0,48%"), false)
        XCTAssertEqual(rows("CPI tháng 6 tăng 0,48% so với tháng trước.", "2024-07-06").map { $0[2] }, ["0,48%"])
    }

    func testATierNamedByItsNumberIsPartOfTheActor() {
        XCTAssertEqual(rows("Hiện các bệnh viện tầng 2 và tầng 3 đang điều trị khoảng 31.500 bệnh nhân.", "2021-08-02").first?[1], "các bệnh viện tầng 2 và tầng 3")
    }

    func testASmallCountEndingTheNameAfterAFigureIsPartOfIt() {
        XCTAssertEqual(rows("Gần 240.000 người đã tiêm đủ hai mũi.", "2021-08-02").map { $0[0] }, ["người đã tiêm đủ hai mũi"])
    }

    func testAShareFollowedByAPassiveIsNamedByIt() {
        XCTAssertEqual(rows("Riêng ngày hôm qua, thành phố ghi nhận 4.320 ca mắc mới, trong đó khoảng 60% được phát hiện trong khu cách ly hoặc khu phong tỏa.", "2021-08-02").map { $0[0] },
                       ["ca mắc mới", "được phát hiện trong khu cách ly hoặc khu phong tỏa"])
    }

    func testASecondItemAfterACommaIsListedWithTheFirst() {
        XCTAssertEqual(rows("Có 2.593 lượt góp vốn, mua cổ phần với tổng giá trị 5 tỷ USD.", "2023-10-02").first?[0], "lượt góp vốn, mua cổ phần")
        XCTAssertEqual(rows("Cả nước có 63 tỉnh, thành phố.", "2023-10-02").first?[0], "tỉnh, thành phố")
        // An aside is no item.
        XCTAssertEqual(rows("Apple có 5,4 tỷ cổ phiếu đang lưu hành, đồng nghĩa vốn hóa lớn.", "2023-10-02").first?[0], "cổ phiếu đang lưu hành")
    }

    func testAPriceLocationNamesAKindOfPrice() {
        XCTAssertEqual(rows("Giá lúa tươi tại ruộng dao động từ 7.500 đến 8.200 đồng/kg.", "2023-08-21").first?[0], "Giá lúa tươi tại ruộng")
        XCTAssertEqual(rows("Giá lúa tươi tại Cần Thơ dao động từ 7.500 đến 8.200 đồng/kg.", "2023-08-21").first?[0], "Giá lúa tươi")
    }

    func testACropYearIsNoPartOfTheName() {
        XCTAssertEqual(rows("Hiệp hội Cà phê - Ca cao Việt Nam cho rằng sản lượng niên vụ mới có thể giảm khoảng 10%.", "2023-12-11").first?[0], "sản lượng")
    }

    func testThePartOfACityIsNamedWithIt() {
        XCTAssertEqual(rows("Một căn hộ 70 m2 ở nội thành Hà Nội hiện có giá khoảng 3,5-4 tỷ đồng.", "2024-04-16").first?[1], "nội thành Hà Nội")
    }

    func testTwoNounsListedAfterAContrastWordAreNamedTogether() {
        XCTAssertEqual(rows("Căn hộ cao cấp được chào bán với giá 150 triệu đồng/m2, còn nhà phố, biệt thự tại các khu đô thị ven đô phổ biến ở mức 10-15 tỷ đồng mỗi căn.", "2024-04-16").last?[0],
                       "nhà phố, biệt thự")
    }

    func testTheOtherSideOfADifferenceIsPartOfItsName() {
        XCTAssertEqual(rows("Vàng miếng SJC lên 74,5 triệu đồng/lượng, chênh lệch với thế giới 13 triệu đồng", "2023-12-28").last?[0], "chênh lệch với thế giới")
    }

    func testATaxOrFeePerUnitIsALegalRate() {
        XCTAssertEqual(rows("Thuế bảo vệ môi trường đối với xăng tiếp tục được giữ ở mức 2.000 đồng/lít đến hết năm 2024.", "2024-03-21"), [])
        // What is collected is a record.
        XCTAssertEqual(rows("Thu thuế bảo vệ môi trường 10 tháng đạt 40.000 tỷ đồng.", "2024-03-21").count, 1)
    }

    func testOneUnnamedInvestorsProjectIsAnEvent() {
        XCTAssertEqual(rows("Trong tháng 9, một nhà đầu tư Hàn Quốc được cấp phép dự án sản xuất linh kiện điện tử tại Bắc Ninh với tổng vốn đầu tư USD 88,5 triệu.", "2023-10-02"), [])
    }

    func testViecMakesAClauseANounAndItsSubjectIsMeasured() {
        XCTAssertEqual(rows("Áp lực lên giá điện đến từ việc giá dầu thô tăng lên 90 USD/thùng.", "2017-07-01").first?[0], "giá dầu thô")
        // "nghỉ việc" is a word, not the nominalizer.
        XCTAssertEqual(rows("Số lao động nghỉ việc tại thời điểm công bố giá trị doanh nghiệp là 52 người.", "2017-07-01").first?[0], "Số lao động nghỉ việc")
    }

    func testAChangeWithNoNameAfterAFigurelessSentenceIsThatMeasuresChange() {
        XCTAssertEqual(rows("Trong bối cảnh hút vốn chậm, các ngân hàng liên tục giảm lãi suất huy động. Hôm qua, Vietcombank tiếp tục giảm thêm 0,2 điểm phần trăm ở nhiều kỳ hạn.", "2023-11-22").first?[0],
                       "lãi suất huy động")
        // A clause with a noun of its own before the verb is not such a change.
        XCTAssertEqual(rows("Fed sẽ tăng mạnh lãi suất trong năm 2017. Điểm tối là phiên 18/5, khi kim loại quý tăng gần 2%.", "2017-05-25").first?[0] == "lãi suất", false)
    }

    func testDongOpeningAnotherWordIsNoCurrencyAndShortSidesAreSides() {
        let a = TestPipeline.extract("Đội bóng có 3 đồng đội bị chấn thương.", reference: "2024-01-10")
        XCTAssertEqual(a.mentions.filter { $0.kind == .money }.count, 0)
        let b = TestPipeline.extract("ACB niêm yết USD ở mức 22.650 đồng (mua) và 22.720 đồng (bán).", reference: "2024-01-10")
        XCTAssertEqual(b.indicators.map { $0.side?.rawValue }, ["buy", "sell"])
    }

    func testACountOfEventsAfterAPriceOrIndexCountsItsOwnNoun() {
        XCTAssertEqual(rows("Từ đầu năm, giá xăng trong nước đã trải qua 12 kỳ điều chỉnh.", "2024-03-21").first?[0], "kỳ điều chỉnh")
        XCTAssertEqual(rows("Trong tháng, chỉ số HNX Index có 11 phiên tăng điểm.", "2017-01-25").first?[0], "phiên tăng điểm")
        // Points are the index's own unit; a count after a quantity measure keeps the measure.
        XCTAssertEqual(rows("Chỉ số VN-Index có lúc đạt 1.260 điểm.", "2024-03-08").first?[0] == "điểm", false)
        XCTAssertEqual(rows("Lực lượng lao động có 52,5 triệu người.", "2023-10-06").first?[0], "Lực lượng lao động")
    }

    func testAReferenceNormIsNoRecord() {
        let r = rows("Tỷ số giới tính khi sinh vẫn ở mức cao, khoảng 112 bé trai/100 bé gái, trong khi mức cân bằng tự nhiên chỉ từ 104 đến 106.", "2023-07-11")
        XCTAssertEqual(r.map { $0[2] }, ["112"])
        XCTAssertEqual(rows("Nợ công ở mức 37% GDP, dưới ngưỡng an toàn 60% GDP.", "2023-07-11").map { $0[2] }, ["37%"])
    }

    func testAdministrativeUnitsNamedAfterTheirPrefixAreSubjects() {
        XCTAssertEqual(rows("Huyện Cẩm Mỹ có 12 xã.", "2024-01-01").first?[1], "Huyện Cẩm Mỹ")
        XCTAssertEqual(rows("Quận 10 giá cát san lấp tăng lên 232.000 đồng/m3.", "2024-01-01").first?[1], "Quận 10")
        // "TP Thủ Đức" is not Germany; two units joined by "và" are one subject.
        XCTAssertEqual(rows("Căn hộ hạng sang tại Quận 1 và TP Thủ Đức được chào bán với giá 150-250 triệu đồng/m2.", "2024-04-16").first,
                       ["Căn hộ hạng sang", "Quận 1 và TP Thủ Đức", "150-250 triệu đồng/m2"])
    }

    func testABarePriceAfterAPassiveSaleNamesTheThingSold() {
        XCTAssertEqual(rows("Gạo ST25 được bán với giá 30.000 đồng/kg.", "2024-01-01").first?[0], "Gạo ST25")
        // An own-clause group of places comes before a place named earlier in the sentence.
        XCTAssertEqual(rows("Căn hộ tại Hà Nội được chào bán với giá 150 triệu đồng/m2, còn nhà phố, biệt thự tại các khu đô thị ven đô phổ biến ở mức 10-15 tỷ đồng mỗi căn.", "2024-04-16").last,
                       ["nhà phố, biệt thự", "các khu đô thị ven đô", "10-15 tỷ đồng"])
    }

    func testAPricePostedAtAPlaceIsThatPlacesPrice() {
        XCTAssertEqual(rows("Ngày 28/12, Công ty Vàng bạc Đá quý Sài Gòn (SJC) niêm yết giá vàng miếng tại Hà Nội và TP.HCM ở mức 72,8 triệu đồng/lượng mua vào và 74,5 triệu đồng/lượng bán ra.", "2023-12-28").map { $0[1] },
                       ["Hà Nội và TP.HCM", "Hà Nội và TP.HCM"])
        // An organisation's own figure stays its own; so does the place of another figure.
        XCTAssertEqual(rows("Tốc độ 4G của Viettel đạt 62,92 Mbps tại Thái Nguyên và 52,35 Mbps tại Bắc Ninh.", "2021-04-01").map { $0[1] }, ["Viettel", "Viettel"])
    }

    func testARoadThatOpensTheSentenceIsWhereItsTrafficIs() {
        XCTAssertEqual(rows("Quốc lộ 51 là tuyến đường huyết mạch nối Đồng Nai với Bà Rịa - Vũng Tàu, trung bình mỗi ngày có khoảng 12,500 xe lưu thông qua đoạn này, trong đó nhiều xe tải.", "2024-05-14").first,
                       ["xe lưu thông", "Quốc lộ 51", "12,500"])
        // A road inside a project's name is not the place.
        XCTAssertEqual(rows("Mở rộng Quốc lộ 22 đoạn ngã tư An Sương đến giáp ranh tỉnh Tây Ninh tổng vốn đầu tư 9.505 tỷ đồng.", "2017-05-01").first?[1], "tỉnh Tây Ninh")
    }

    func testAClauseOpeningWithAContinuingVerbKeepsTheSubjectBefore() {
        XCTAssertEqual(rows("Ngược lại, khối nhà đầu tư nước ngoài bán ròng khoảng 520 tỷ đồng trên sàn HoSE, nối dài chuỗi bán ròng lên 5 phiên liên tiếp.", "2024-03-08").last,
                       ["chuỗi bán ròng", "khối nhà đầu tư nước ngoài", "5"])
    }

    func testStayingAboveABoundIsALevelAndAMeasuringClauseIsNoPartOfTheName() {
        let r = TestPipeline.extract("Áp lực lên tỷ giá chủ yếu đến từ việc chỉ số DXY đo sức mạnh đồng USD duy trì trên 104 điểm.", reference: "2024-05-20").indicators
        XCTAssertEqual(r.first?.indicator, "chỉ số DXY")
        XCTAssertNil(r.first?.change)
        // "duy trì ở mức" a value is unchanged; a name that holds "đo lường" stays whole.
        XCTAssertEqual(TestPipeline.extract("Lãi suất điều hành được duy trì ở mức 4,5%.", reference: "2024-05-20").indicators.first?.change?.direction, .unchanged)
        XCTAssertEqual(rows("Chỉ số đo lường hoạt động của các doanh nghiệp trong khu vực sản xuất tăng 2 điểm.", "2024-05-20").first?[0] == "Chỉ số", false)
    }

    func testAPlaceInTheNameOfWhoForecastsIsNoSubject() {
        XCTAssertEqual(rows("Hiệp hội Lương thực Việt Nam dự báo xuất khẩu gạo cả năm 2023 đạt trên 8 triệu tấn.", "2023-12-11").first, ["xuất khẩu gạo", nil, "8 triệu"])
        // A place that is where the forecast applies stays.
        XCTAssertEqual(rows("Giá vàng tại Việt Nam dự báo sẽ tăng 5% trong năm 2024.", "2023-12-11").first?[1], "Việt Nam")
        // A country that sets its own target is its subject.
        XCTAssertEqual(rows("Hiện Nga đặt mục tiêu tăng trưởng từ 1,5-2% trong năm 2017.", "2017-05-01").first?[1], "Nga")
    }

    func testAPlaceInTheNameOfAPlanThatSetsTheTargetIsNoSubject() {
        XCTAssertEqual(rows("Chiến lược Dân số Việt Nam đến năm 2030 đặt mục tiêu đưa tỷ số giới tính khi sinh về dưới 109 bé trai/100 bé gái vào năm 2025.", "2023-07-11").first?[1], nil)
    }

    func testANameJoiningTwoItemsTakesThemInTurnAfterLanLuot() {
        XCTAssertEqual(rows("Tỷ lệ thất nghiệp khu vực thành thị và nông thôn lần lượt là 2,75% và 2,03%.", "2023-10-06").map { $0[0] },
                       ["Tỷ lệ thất nghiệp khu vực thành thị", "Tỷ lệ thất nghiệp khu vực nông thôn"])
        XCTAssertEqual(rows("Thu nhập của lao động nam và lao động nữ lần lượt là 8,1 triệu đồng và 5,9 triệu đồng.", "2023-10-06").map { $0[0] },
                       ["Thu nhập của lao động nam", "Thu nhập của lao động nữ"])
        XCTAssertEqual(rows("Giá xăng E5 RON92 và RON95 lần lượt là 22.000 đồng/lít và 23.000 đồng/lít.", "2023-10-06").map { $0[0] },
                       ["Giá xăng E5 RON92", "Giá xăng E5 RON95"])
        XCTAssertEqual(rows("Từ đầu năm đến nay, giá xăng và dầu sưởi ấm lần lượt mất hơn 9% và 14%.", "2017-06-01").map { $0[0] },
                       ["giá xăng", "giá dầu sưởi ấm"])
        XCTAssertEqual(respectivePair("Chi phí bán hàng và chi phí quản lý doanh nghiệp")?.1, "chi phí quản lý doanh nghiệp")
        XCTAssertEqual(respectivePair("Tôm sú oxy cỡ 30 và 40 con/kg")?.1, "Tôm sú oxy cỡ 40 con/kg")
        XCTAssertNil(respectivePair("xuất khẩu gạo, cà phê và hồ tiêu"))
    }

    func testOneOwnersMeasureAsAMultipleOfAnothersIsARecordAndItsPairTakesTheValuesInTurn() {
        let a = TestPipeline.extract("Thu nhập của lao động nam cao gấp 1,37 lần lao động nữ, lần lượt là 8,1 triệu đồng và 5,9 triệu đồng.", reference: "2023-10-06")
        XCTAssertEqual(a.indicators.map { $0.indicator }, ["Thu nhập của lao động nam", "Thu nhập của lao động nam", "Thu nhập của lao động nữ"])
        XCTAssertNil(a.indicators.first?.change)
        // A multiple after a level restates it (no record of its own).
        XCTAssertEqual(rows("Nguồn cung mới tại Hà Nội trong quý đạt gần 2.800 căn, gấp 3 lần quý trước.", "2024-04-16").map { $0[2] }, ["2.800"])
    }

    func testMoiBeforeDaOrDuocIsTheAdjectiveNew() {
        XCTAssertEqual(rows("Trong phân khúc nhà ở, số lượng căn hộ mới được chào bán đã tăng 46% từ năm 2015 đến năm 2016.", "2017-01-01").first?[0], "số lượng căn hộ mới")
    }

    func testAGroupThenAMeasureWordAndAStatisticGoesOnWithTheListsName() {
        XCTAssertEqual(rows("Doanh nghiệp nhà nước có mức thưởng cao nhất 225 triệu đồng, bình quân 8,5 triệu đồng. Khối doanh nghiệp dân doanh thưởng cao nhất 830 triệu đồng, bình quân 5,8 triệu đồng.", "2024-01-10").suffix(2),
                       [["mức thưởng cao nhất", "Khối doanh nghiệp dân doanh", "830 triệu đồng"], ["mức thưởng bình quân", "Khối doanh nghiệp dân doanh", "5,8 triệu đồng"]])
        // Alone, the name is as written.
        XCTAssertEqual(rows("Khối doanh nghiệp dân doanh thưởng cao nhất 830 triệu đồng.", "2024-01-10").first, ["thưởng cao nhất", "Khối doanh nghiệp dân doanh", "830 triệu đồng"])
    }

    func testWhereACountedGroupIsBeforeAnAdversativePassiveIsPartOfItsName() {
        XCTAssertEqual(rows("Trong 9 tháng, gần 500.000 lao động tại các doanh nghiệp bị mất việc hoặc giảm giờ làm, tập trung ở các ngành dệt may.", "2023-10-06").first?[0],
                       "lao động tại các doanh nghiệp bị mất việc hoặc giảm giờ làm")
    }

    func testAPlaceThatEndsAnOrganisationsNameStandsForTheOrganisation() {
        XCTAssertEqual(rows("Liên đoàn Lao động TP.HCM dự kiến dành khoảng 70 tỉ đồng chăm lo Tết cho đoàn viên, trong đó tổ chức các \"Chuyến xe Công đoàn\" đưa khoảng 4.000 công nhân về quê đón Tết.", "2024-01-10").last?[1],
                       "Liên đoàn Lao động TP.HCM")
        // Not across "tại": the organisation and the place are two things.
        XCTAssertEqual(rows("Giá vàng SJC của Tập đoàn Doji tại Hà Nội niêm yết ở mức 36,27 triệu đồng/lượng.", "2024-01-10").first?[1], "Hà Nội")
    }

    func testOneUnnamedClassAndASchedulePerDayAreNoRecords() {
        XCTAssertEqual(rows("Thành phố đưa vào sử dụng thêm 45 trường học mới, tuy nhiên sĩ số ở nhiều trường nội thành vẫn vượt quy định, có lớp lên tới 50 học sinh.", "2023-09-05").map { $0[2] }, ["45"])
        XCTAssertEqual(rows("Sở đã bố trí thêm khoảng 1.500 phòng học, đáp ứng nhu cầu học 2 buổi/ngày cho khoảng 75% học sinh tiểu học.", "2023-09-05").map { $0[2] }, ["1.500", "75%"])
        // A peak at some places in a weather report stays.
        XCTAssertEqual(rows("Nhiệt độ cao nhất tại Hà Nội hôm nay được dự báo có nơi trên 41 độ C.", "2024-04-28").count, 1)
    }

    func testAFigureInAFrontedVoiAboutOneUnnamedHouseholdIsAPremise() {
        XCTAssertEqual(rows("Với thu nhập 20 triệu đồng/tháng, một gia đình dù để dành toàn bộ thu nhập cũng cần ít nhất 15 năm mới đủ tiền mua nhà.", "2024-04-16").count, 0)
        // "một nửa", "một con số" are no household: the figures stay.
        XCTAssertEqual(rows("Với dân số hơn 92 triệu người, một nửa trong số đó dưới 30 tuổi, Việt Nam là thị trường lớn.", "2017-01-01").map { $0[2] }, ["92 triệu"])
    }

    func testTradedIsNotAssigned() {
        XCTAssertEqual(TestPipeline.extract("Giá vàng miếng được giao dịch quanh mức 36,5 triệu đồng/lượng.", reference: "2017-06-01").indicators.first?.modality, .actual)
        XCTAssertEqual(TestPipeline.extract("Tỉnh được giao chỉ tiêu thu ngân sách 10.000 tỷ đồng.", reference: "2017-06-01").indicators.first?.modality, .target)
    }

    func testAPatientsNumberIsAnIdentifierButNotAnAge() {
        XCTAssertEqual(TestPipeline.extract("Đó là bệnh nhân 2910 tại quận Bình Tân, F1 của BN 2899.", reference: "2021-04-30").mentions.filter { $0.kind == .number }.count, 0)
        XCTAssertEqual(TestPipeline.extract("Bệnh nhân 60 tuổi đã xuất viện.", reference: "2021-04-30").mentions.first?.unit, "tuổi")
        XCTAssertEqual(TestPipeline.extract("Cả nước có 2.786 bệnh nhân.", reference: "2021-04-30").mentions.first?.unit, "bệnh nhân")
    }

    func testAClassLetterAfterHangIsNoRank() {
        XCTAssertEqual(TestPipeline.extract("Mẫu sedan hạng C này có giá 700 triệu đồng.", reference: "2017-01-01").mentions.filter { $0.kind == .ordinal }.count, 0)
        XCTAssertEqual(TestPipeline.extract("Việt Nam xếp hạng IV trong khu vực.", reference: "2017-01-01").mentions.first?.kind, .ordinal)
    }

    func testLeadingEvenAndIncludingAreNoPartOfTheName() {
        XCTAssertEqual(rows("Chi tiêu quân sự năm 2021 đạt 7,7 tỷ Euro, bao gồm 350 triệu Euro cho máy bay vận tải.", "2020-09-01").last?[0] == "bao gồm", false)
        XCTAssertEqual(rows("Giá vé xem trận đấu tăng mạnh, thậm chí gần 700.000 đồng/vé.", "2020-09-01").last?[0]?.hasPrefix("thậm chí"), false)
    }

    func testAFigureAboutOneNamedPersonIsAnIndividualMatter() {
        XCTAssertEqual(rows("Mỗi ngày, chị Chung bán khoảng 350 bát phở.", "2017-01-01").count, 0)
        XCTAssertEqual(rows("Ông Lam sở hữu khối tài sản chứng khoán trị giá 290 tỷ đồng tại đây.", "2017-01-01").count, 0)
        // A person who reports and a province named "Bà …" keep their records.
        XCTAssertEqual(rows("Ông Nguyễn Văn A cho biết doanh thu của công ty đạt 5 tỷ đồng.", "2017-01-01").count, 1)
        XCTAssertEqual(rows("Bà Rịa-Vũng Tàu đã trao giấy chứng nhận đầu tư có tổng vốn đăng ký 311 triệu USD.", "2017-01-01").count, 1)
    }

    func testTheDateASuperlativeReachesBackToIsNoPeriod() {
        let a = TestPipeline.extract("Giá dầu thô Mỹ hạ 27 cent xuống còn 44,46 USD/thùng, mức thấp nhất kể từ 14/11.", reference: "2017-06-22").indicators
        XCTAssertNil(a.first?.period)
        XCTAssertEqual(a.first?.modality, .actual)
    }

    func testADayRightAfterARelativeDayRestatesIt() {
        let a = TestPipeline.extract("Giá vàng hôm nay 26/5 giao dịch ở mức cao.", reference: "2017-05-26")
        XCTAssertEqual(a.mentions.map { $0.kind }, [.date, .date])
        XCTAssertEqual(a.indicators.count, 0)
    }

    func testAMeasureAfterDoiVoiNamesTheFigureBeforeIt() {
        XCTAssertEqual(rows("ECB giữ lãi suất cho vay cận biên là 0,25% và âm 0,5% đối với lãi suất tiền gửi.", "2019-09-12").map { $0[0] },
                       ["lãi suất cho vay cận biên", "lãi suất tiền gửi"])
        // A segment of the measure named before keeps that measure.
        XCTAssertEqual(rows("Lãi suất huy động phổ biến ở mức 0,1-0,2%/năm đối với tiền gửi không kỳ hạn.", "2020-09-18").first?[0], "Lãi suất huy động")
    }

    func testAContractMonthIsPartOfTheNameNotThePeriod() {
        let a = TestPipeline.extract("Giá vàng Comex tháng 8 tăng 0,5% lên 1.270 USD/ounce.", reference: "2017-06-20").indicators
        XCTAssertEqual(a.first?.indicator, "Giá vàng Comex tháng 8")
        XCTAssertNil(a.first?.period)
        XCTAssertEqual(rows("Giá cà phê robusta kỳ hạn tháng 3 đóng cửa giảm 11 USD.", "2017-06-20").first?[0], "Giá cà phê robusta kỳ hạn tháng 3")
    }

    func testATickerNamingItsFigureIsNotAlsoItsSubjectAndAFoundingDateIsNoPeriod() {
        XCTAssertEqual(rows("ROS giảm gần 7.000 đồng xuống 85.000 đồng/cổ phiếu.", "2017-06-01").first, ["ROS", nil, "85.000 đồng/cổ phiếu"])
        XCTAssertNil(TestPipeline.extract("Thành lập năm 2004, Zalo hiện có 70 triệu người dùng.", reference: "2017-06-01").indicators.first?.period)
    }

    func testWhatHappenedSauKhiDaIsPastWhateverTheForecast() {
        XCTAssertEqual(TestPipeline.extract("Các chuyên gia dự báo giá hồ tiêu sẽ tăng nhẹ trở lại sau khi đã tụt xuống mức 71.000 đồng/kg hồi tuần trước.", reference: "2017-06-20").indicators.first?.modality, .actual)
    }

    func testRespectivePairRejectsEmptyItems() {
        XCTAssertNil(respectivePair("giá  và  "))
        XCTAssertNil(respectivePair(" và giá"))
    }

    func testMoiBeforeDaIsTheAdjectiveNewAndStaysInTheName() {
        XCTAssertEqual(rows("Lãi suất cho vay bình quân của các khoản vay mới đã giảm khoảng 2 điểm phần trăm, về mức 9,1-9,5%/năm.", "2023-11-22").first,
                       ["Lãi suất cho vay bình quân của các khoản vay mới", nil, "9,1-9,5%/năm"])
        // The adverb "mới" ("only just") before the figure verb stays out.
        XCTAssertEqual(rows("Doanh thu của công ty mới đạt 50 tỷ đồng.", "2023-11-22").first?[0], "Doanh thu")
    }

    func testACarriedNameThatDefinedItsAbbreviationGoesOnInTheShortForm() {
        XCTAssertEqual(rows("Theo Tổng cục Thống kê, chỉ số giá tiêu dùng (CPI) tháng 6/2024 tăng 0,48% so với tháng trước. Riêng tháng 5 tăng 0,3%.", "2024-07-06").map { $0[0] },
                       ["chỉ số giá tiêu dùng (CPI)", "CPI"])
        // An abbreviation of the method, not of the measure, is not its name.
        XCTAssertEqual(rows("Quy mô GDP theo ngang giá sức mua (PPP) năm 2030 đạt 2.000 tỷ USD. Năm 2050 tăng 10%.", "2024-07-06").map { $0[0] },
                       ["Quy mô GDP theo ngang giá sức mua (PPP)", "Quy mô GDP theo ngang giá sức mua (PPP)"])
    }

    func testACountOfTheSchoolYearNamedInTheSentenceTakesItOverTheDayOfTheEvent() {
        let a = TestPipeline.extract("Sáng 5/9, gần 1,7 triệu học sinh Thủ đô dự lễ khai giảng, bước vào năm học 2024-2025.", reference: "2024-09-05")
        XCTAssertEqual(a.indicators.first?.period.map { a.span(a.mentions[$0]).text }, "năm học 2024-2025")
        // Without a school year the day stays the period.
        let b = TestPipeline.extract("Sáng nay, VN-Index tăng 5 điểm, lên 1.250 điểm.", reference: "2024-09-05")
        XCTAssertEqual(b.indicators.first?.period.map { b.span(b.mentions[$0]).text }, "Sáng nay")
    }

    func testAShortageCountedInNguoiIsTheShortageNamedBeforeIt() {
        XCTAssertEqual(rows("Tình trạng thiếu bác sĩ vẫn nghiêm trọng khi toàn tỉnh còn thiếu khoảng 1.200 người.", "2024-09-05").first,
                       ["thiếu bác sĩ", "toàn tỉnh", "1.200"])
        // "còn thiếu" as a relative clause ("lãi còn thiếu cho …") opens no name.
        XCTAssertEqual(rows("Ngân hàng phải trả lãi còn thiếu cho 7,1 triệu người.", "2024-09-05").first?[0], "người")
    }

    func testAMeasureWithAnOwnerOfItsOwnAcrossTrongKhiTakesNoPlaceFromTheOtherClause() {
        XCTAssertEqual(rows("Giá thuê văn phòng tại Đà Nẵng tăng 12%, trong khi thu nhập của người lao động chỉ tăng 5%.", "2024-04-16"),
                       [["Giá thuê văn phòng", "Đà Nẵng", "12%"], ["thu nhập của người lao động", nil, "5%"]])
        // Without an owner of its own the place goes on.
        XCTAssertEqual(rows("Giá nhà tại Ý đã giảm 0,9% trong năm ngoái, trong khi tiền lương tăng 2,1%.", "2024-04-16").last, ["tiền lương", "Ý", "2,1%"])
    }

    func testADottedDayRestatingHomNayIsADateNotADecimal() {
        XCTAssertEqual(mentions("Giá vàng hôm nay 7.6 tăng 200.000 đồng/lượng.", reference: "2017-06-07").map { "\($0.kind):\($0.text)" },
                       ["date:hôm nay", "date:7.6", "money:200.000 đồng/lượng"])
        expectMention("Hôm qua 6.6, giá vàng giảm 0,5%.", "6.6", kind: "date", ["value": "2017-06-06", "grain": "day"], reference: "2017-06-07")
        // A quantity after "hôm nay" stays a quantity.
        expectMention("Lãi suất hôm nay 7.6% là cao.", "7.6%", kind: "percent", ["value": "7.6"], reference: "2017-06-07")
        expectMention("Doanh thu hôm nay 7.6 triệu USD.", "7.6 triệu USD", kind: "money", ["value": "7600000"], reference: "2017-06-07")
    }

    func testAYearCompletedFromTheReferenceDateMakesNoForecast() {
        // Reference 2024-01-01: "6/7" becomes 2024-07-06 by the reference year only.
        XCTAssertEqual(TestPipeline.extract("Giá vàng ngày 6/7 tăng 200.000 đồng/lượng.", reference: "2024-01-01").indicators.first?.modality, .actual)
        // A written year, or one counted from the reference, still does.
        XCTAssertEqual(TestPipeline.extract("Năm 2030, dân số đạt 105 triệu người.", reference: "2024-01-01").indicators.first?.modality, .forecast)
        XCTAssertEqual(TestPipeline.extract("Tháng sau, giá điện tăng 3%.", reference: "2024-01-01").indicators.first?.modality, .forecast)
    }

    func testASignedFigureInParenthesesIsAChange() {
        // The plus is part of the mention, as a minus is.
        expectMention("VN-Index tăng 2,78 điểm (+0,36%) lên 778,32 điểm.", "+0,36%", kind: "percent", ["value": "0.36"], reference: "2017-06-07")
        XCTAssertEqual(TestPipeline.extract("Đóng cửa, VN-Index tăng 2,78 điểm (+0,36%) lên 778,32 điểm.", reference: "2017-06-07").indicators.map { [$0.indicator, $0.change?.direction.rawValue] },
                       [["VN-Index", "increase"], ["VN-Index", "increase"]])
        // Right after a level, the signed figure is its change.
        let a = TestPipeline.extract("Giá dầu Brent ở mức 47,19 USD/thùng (-0,4%).", reference: "2017-06-07")
        XCTAssertEqual(a.indicators.count, 1)
        XCTAssertEqual(a.indicators.first?.change?.direction, .decrease)
        XCTAssertEqual(a.indicators.first?.change?.value.map { a.span(a.mentions[$0]).text }, "-0,4%")
        // A glued plus between numbers is no sign.
        XCTAssertFalse(mentions("Tỷ số là 3+2 điểm.").contains { $0.text.hasPrefix("+") })
    }

    func testAComparativeAgainstABaselineOfTimeIsAChange() {
        let a = TestPipeline.extract("Xuất khẩu của Trung Quốc trong tháng 4 đạt 288,2 triệu USD, thấp hơn 12% so với tháng 3.", reference: "2017-06-07")
        let r = a.indicators.first
        XCTAssertEqual(r?.change?.direction, .decrease)
        XCTAssertEqual(r?.change?.value.map { a.span(a.mentions[$0]).text }, "12%")
        XCTAssertEqual(r?.change?.baseline.map { a.span(a.mentions[$0]).text }, "tháng 3")
        // Between two things, or as a bound, it is no change.
        XCTAssertNil(TestPipeline.extract("Giá bán của Mitsubishi Xpander vẫn cao hơn 80 - 90 triệu đồng so với Suzuki Ertiga.", reference: "2017-06-07").indicators.first?.change)
        XCTAssertNil(TestPipeline.extract("Chỉ còn ít hơn 800 con đười ươi Tapanuli ở Batang Toru.", reference: "2017-06-07").indicators.first?.change)
    }

    func testAnAspectWordAfterTheMeasureEndsItsName() {
        XCTAssertEqual(rows("Trước đó, giá vàng đã trải qua chuỗi 6 phiên tăng giá liên tiếp.", "2017-06-07").first?[0], "giá vàng")
        XCTAssertEqual(rows("Chi phí vận chuyển hàng hóa cũng thường chiếm từ 35% - 40% cơ cấu giá thành.", "2017-06-07").first?[0], "Chi phí vận chuyển hàng hóa")
        // Before "là" the clause is part of the name.
        XCTAssertEqual(rows("Tổng số mẫu đã xét nghiệm là 2.452.", "2017-06-07").first?[0], "Tổng số mẫu đã xét nghiệm")
    }

    func testANameDoesNotStartOrEndInsideAWord() {
        XCTAssertEqual(rows("Trữ lượng dầu mỏ của Qatar là 15 tỷ thùng.", "2017-06-07").first?[0], "Trữ lượng dầu mỏ")
        XCTAssertEqual(rows("Tỉnh có 10 ca dương tính với SARS-CoV-2.", "2021-05-01").first?[0], "ca dương tính")
        XCTAssertEqual(rows("Các chỉ tiêu tài chính hoàn thành vượt mức kế hoạch từ 14 - 47%.", "2017-06-07").first?[0], "chỉ tiêu tài chính")
        // "lực lượng" (forces) holds no measure "lượng".
        XCTAssertFalse(rows("Lực lượng chức năng phát hiện 10 tấn phân bón.", "2017-06-07").contains { ($0[0] ?? "").hasPrefix("lượng") })
    }

    func testAPlaceInParenthesesAfterAPersonIsNoSubject() {
        XCTAssertEqual(rows("ĐB Đặng Hoàng Tuấn (Long An) cho biết, vốn cho đường sắt chỉ chiếm khoảng 2,45% tổng mức đầu tư của ngành giao thông.", "2017-06-07").first?[1], nil)
        XCTAssertEqual(rows("Ông Nguyễn Văn Hoàng (xã Ea Tul, huyện Cư Kuin, Đăk Lăk) hiện trữ hơn 1 tấn tiêu.", "2017-06-07").first?[1], nil)
        // A market or a company is not a person.
        XCTAssertEqual(rows("Tại thị trường Bengaluru (Ấn Độ), giá vàng giao ngay đã tăng 0,1% lên 1.281,40 USD/ounce.", "2017-06-07").first?[1], "Ấn Độ")
    }

    func testAProductsSpecificationIsNoRecord() {
        XCTAssertEqual(rows("Bộ đôi smartphone tầm trung của Nokia nổi bật với thời lượng pin lớn 5050 mAh, hỗ trợ sạc nhanh 10W.", "2021-04-10"), [])
        XCTAssertEqual(rows("Máy có dung lượng RAM 8 GB và SSD 256 GB, màn hình 6,5 inch.", "2021-04-10"), [])
        // The price of the version stays.
        XCTAssertEqual(rows("Thiết bị có giá 179 USD cho bản 32 GB.", "2021-04-10").map { $0[2] }, ["179 USD"])
    }

    func testARangeWithDenWithoutTuIsOneMention() {
        expectMention("Mỗi hộ nhận 5 đến 7 triệu đồng.", "5 đến 7 triệu đồng", kind: "money", ["min": "5000000", "max": "7000000", "currency": "VND"])
        expectMention("Lãi suất giảm 0,5 đến 1 điểm phần trăm.", "0,5 đến 1 điểm phần trăm", kind: "percent", ["min": "0.5", "max": "1", "unit": "pp"])
        expectMention("Giá tăng khoảng 1.000 đến 2.000 đồng/kg.", "1.000 đến 2.000 đồng/kg", kind: "money", ["min": "1000", "max": "2000", "per": "kg", "qualifier": "approximately"])
        // A duration is read as before.
        XCTAssertEqual(mentions("Có 3 đến 5 năm kinh nghiệm.").map(\.text), ["3", "5 năm"])
    }

    func testALineageNameIsNoFigure() {
        XCTAssertEqual(mentions("Vaccine có tác dụng chống lại B.1.617, biến thể B.1.1.7 lây nhanh hơn 50%.", reference: "2021-05-07").map(\.text), ["50%"])
    }

    func testACompanyNamedBeforeAsThisCompanyIsTheSubject() {
        XCTAssertEqual(rows("Vietcombank có tổng tài sản 1,2 triệu tỷ đồng. Lợi nhuận của ngân hàng này đạt 5.000 tỷ đồng.", "2017-06-07").last,
                       ["Lợi nhuận", "Vietcombank", "5.000 tỷ đồng"])
        // With no company before, the words stay in the name.
        XCTAssertEqual(rows("Lợi nhuận của ngân hàng này đạt 5.000 tỷ đồng.", "2017-06-07").first?[0], "Lợi nhuận của ngân hàng này")
    }

    func testAPointOfALegalArticleIsNoFigure() {
        XCTAssertEqual(mentions("Tại điểm 3 Điều 2 của dự thảo, mức thuế là 10%.", reference: "2017-06-07").map(\.text), ["10%"])
        // A score stays a figure.
        XCTAssertEqual(mentions("Em đạt 27 điểm.", reference: "2017-06-07").map(\.text), ["27"])
    }

    func testVaBeforeAMeasureWithItsOwnChangeOpensItsClause() {
        XCTAssertEqual(rows("Tín dụng VND tăng 5,87% và tín dụng ngoại tệ tăng 4,64%.", "2017-06-07").map { $0[0] }, ["Tín dụng VND", "tín dụng ngoại tệ"])
        XCTAssertEqual(rows("Chi phí bán hàng giảm nhẹ xuống 20,8 tỷ đồng và chi phí quản lý doanh nghiệp giảm 64% xuống mức 301,8 tỷ đồng.", "2017-06-07").last?[0],
                       "chi phí quản lý doanh nghiệp")
    }

    func testABaselineDateAfterALongerComparedPhraseIsTheBaseline() {
        let a = TestPipeline.extract("Giá vàng vẫn duy trì quanh ngưỡng 36,40, thấp hơn khoảng 100 nghìn đồng mỗi lượng so với cùng thời điểm ở tuần trước.", reference: "2017-06-07")
        XCTAssertEqual(a.indicators.count, 1)
        XCTAssertNil(a.indicators.first?.period)
        XCTAssertEqual(a.indicators.first?.change?.baseline.map { a.span(a.mentions[$0]).text }, "tuần trước")
        // A date restated in parentheses after the compared phrase is the baseline, not the period.
        let b = TestPipeline.extract("Kết quả, huy động được 815 tỷ đồng trái phiếu 30 năm với lãi suất trúng thầu 7,97%/năm, thấp hơn 0,01%/năm so với lãi suất trúng thầu phiên trước đó (ngày 11/1/2017).", reference: "2017-06-07")
        XCTAssertEqual(b.indicators.filter { $0.period != nil }.count, 0)
    }

    func testTheDatesPrepositionIsNoPartOfTheName() {
        XCTAssertEqual(rows("Lỗ lũy kế tính đến hết tháng 9/2015 là gần 8 tỷ đồng.", "2017-06-07").first?[0], "Lỗ lũy kế")
        XCTAssertEqual(rows("Số dư Quỹ BOG đến hết ngày 31-12-2016 là 2.390 tỷ đồng.", "2017-06-07").first?[0], "Số dư Quỹ BOG")
    }

    func testGiamToiIsAFall() {
        let a = TestPipeline.extract("Doanh thu thuần giảm đến 58% so với cùng kỳ.", reference: "2017-06-07")
        XCTAssertEqual(a.indicators.first?.change?.direction, .decrease)
        XCTAssertEqual(TestPipeline.extract("Giá cà phê giảm tới 800 đồng/kg.", reference: "2017-06-07").indicators.first?.change?.direction, .decrease)
    }
    func testBarePointsAreALevelOfTheIndexNamedBefore() {
        XCTAssertEqual(rows("VN-Index tuy không qua được tham chiếu lúc đóng cửa, nhưng vẫn trụ trên 700 điểm.", "2017-06-07"),
                       [["VN-Index", nil, "700"]])
        XCTAssertEqual(rows("Chỉ số Dow Jones tăng 0,2%, lên chốt phiên ở mức 20.090,29 điểm.", "2017-06-07").last?[0], "Chỉ số Dow Jones")
        XCTAssertEqual(rows("Chỉ số HNX30TRI tăng 9,55 điểm (+5,45%), đạt 184,82 điểm, chỉ số HNX Large Cap tăng 9,18 điểm (+8,24%), đạt 120,65 điểm.", "2017-06-07")
                        .filter { $0[2] == "184,82" || $0[2] == "120,65" }.map { $0[0] },
                       ["Chỉ số HNX30TRI", "chỉ số HNX Large Cap"])
        // Points that count places keep their noun; points with no index before keep "điểm".
        XCTAssertEqual(rows("Bảo Tín Minh Châu có 175 điểm bán trên khắp miền Bắc.", "2017-06-07").first?[0], "điểm bán")
        XCTAssertEqual(rows("Watford có 88 điểm, hơn đội thứ 3 là Brentford 10 điểm.", "2017-06-07").first?[0], "điểm")
    }

    func testASmallCountBeforeDongTienCountsCurrencies() {
        XCTAssertEqual(mentions("Chỉ số WSJ Dollar, đo sức mạnh đồng bạc xanh với 16 đồng tiền khác, giảm 0,4% xuống 88,84 điểm.", reference: "2017-06-07")
                        .filter { $0.kind == "money" }.count, 0)
        XCTAssertEqual(mentions("Trên thế giới hiện có hơn 830 đồng tiền điện tử khác nhau.", reference: "2017-06-07").map(\.kind), ["number"])
        // Money stays money: with a magnitude word or a written amount.
        XCTAssertEqual(mentions("Ông nhận 5 triệu đồng tiền mặt.", reference: "2017-06-07").map(\.text), ["5 triệu đồng"])
        XCTAssertEqual(mentions("Mỗi khách hàng được hoàn trả hơn 1.400 đồng tiền lãi.", reference: "2017-06-07").map(\.kind), ["money"])
    }
    func testANameCutAtAFigureLeavesOutItsQualifier() {
        XCTAssertEqual(rows("Tỉnh có 301 dự án với tổng vốn đăng ký gần 26,7 tỷ USD và hơn 245.500 tỷ đồng.", "2017-06-07").map { $0[0] },
                       ["dự án", "tổng vốn đăng ký", "tổng vốn đăng ký"])
        // ("từ gần 190 tỷ lên 322,7 tỷ": a qualifier between "từ" and the start level; one record.)
        XCTAssertEqual(rows("TAC phát hành cổ phiếu để tăng vốn điều lệ từ gần 190 tỷ lên 322,7 tỷ đồng.", "2017-06-07"),
                       [["vốn điều lệ", nil, "322,7 tỷ đồng"]])
        // A qualifier that ends a word stays: "nước ngoài".
        XCTAssertEqual(rows("Kinh tế có vốn đầu tư nước ngoài 43.797 tỷ đồng.", "2017-06-07").first?[0], "vốn đầu tư nước ngoài")
    }
    func testAFromLevelWithARateUnitAndAChangeVerbBeforeLen() {
        let a = TestPipeline.extract("Tiền lương bình quân từ 4,4 triệu đồng/người/ tháng tăng lên 9,2 triệu đồng/người/ tháng.", reference: "2017-06-07")
        XCTAssertEqual(a.indicators.count, 1)
        XCTAssertEqual(a.indicators.first?.indicator, "Tiền lương bình quân")
        XCTAssertEqual(a.indicators.first.map { a.span(a.mentions[$0.value]).text }, "9,2 triệu đồng/người")
        XCTAssertEqual(a.indicators.first?.change?.direction, .increase)
        XCTAssertEqual(a.indicators.first?.change?.from.map { a.span(a.mentions[$0]).text }, "4,4 triệu đồng/người")
    }
    func testThemAfterAChangeVerbAndItsObjectIsTheChange() {
        let a = TestPipeline.extract("Ngày 14/6, Fed đã tăng lãi suất cơ bản thêm 0,25 điểm phần trăm.", reference: "2017-06-20")
        XCTAssertEqual(a.indicators.count, 1)
        XCTAssertEqual(a.indicators.first?.indicator, "lãi suất cơ bản")
        XCTAssertEqual(a.indicators.first?.change?.direction, .increase)
        XCTAssertEqual(a.indicators.first?.change?.value.map { a.span(a.mentions[$0]).text }, "0,25 điểm phần trăm")
        XCTAssertEqual(TestPipeline.extract("Công ty giảm giá vàng SJC thêm 20.000 đồng/lượng.", reference: "2017-06-20").indicators.first?.change?.direction, .decrease)
        // A count of times is no change; a daily count after "ghi nhận thêm" is a level.
        XCTAssertNil(TestPipeline.extract("Fed dự báo sẽ tăng lãi suất thêm 1 lần nữa trong năm nay.", reference: "2017-06-20").indicators.first?.change)
        XCTAssertNil(TestPipeline.extract("Hôm qua, thành phố ghi nhận thêm 93 ca mắc mới.", reference: "2017-06-20").indicators.first?.change)
    }
    func testABaselineBetweenTheNameAndTheVerbIsTheBaseline() {
        let a = TestPipeline.extract("Chỉ số giá tiêu dùng (CPI) tháng 4 so với tháng 12/2016 tăng 0,9%.", reference: "2017-06-07")
        XCTAssertEqual(a.indicators.first?.period.map { a.span(a.mentions[$0]).text }, "tháng 4")
        XCTAssertEqual(a.indicators.first?.change?.baseline.map { a.span(a.mentions[$0]).text }, "tháng 12/2016")
        // Not the baseline of a figure before it, nor the same period's own figure ("trong khi cùng kỳ tăng 14,2%").
        let b = TestPipeline.extract("Tổng lượt khách giảm 29,35% so với năm 2015 và giảm 43% so với kế hoạch.", reference: "2017-06-07")
        XCTAssertNil(b.indicators.last?.change?.baseline)
        let d = TestPipeline.extract("Xuất khẩu điện thoại giảm 10,7%, trong khi cùng kỳ tăng trưởng 14,2%.", reference: "2017-06-07")
        XCTAssertNil(d.indicators.last?.change?.baseline)
    }
    func testNoChangeAfterTheFigureWithSoVoiIsUnchanged() {
        let a = TestPipeline.extract("Tỷ giá trung tâm sáng 6/6 được Ngân hàng Nhà nước công bố ở mức 22.403 đồng, không đổi so với ngày hôm qua.", reference: "2017-06-07")
        XCTAssertEqual(a.indicators.count, 1)
        XCTAssertEqual(a.indicators.first?.change?.direction, .unchanged)
        XCTAssertEqual(a.indicators.first?.change?.baseline.map { a.span(a.mentions[$0]).text }, "ngày hôm qua")
        XCTAssertEqual(a.indicators.first?.period.map { a.span(a.mentions[$0]).text }, "sáng 6/6")
        // Without "so với" it is a level only.
        XCTAssertNil(TestPipeline.extract("Tỷ giá trung tâm được công bố ở mức 22.403 đồng, ổn định trong nhiều tuần.", reference: "2017-06-07").indicators.first?.change)
    }
    func testTheAgeOfOneThingIsNoRecord() {
        XCTAssertEqual(rows("Bằng cách phá sản, Takata - công ty 84 năm tuổi - sẽ được bán lại.", "2017-06-07").count, 0)
        XCTAssertEqual(rows("Bệnh viện tiếp nhận bé trai 15 ngày tuổi.", "2017-06-07").count, 0)
        // An average age stays a statistic.
        XCTAssertEqual(rows("Tuổi chết trung bình là 64,4 tuổi.", "2017-06-07").count, 1)
    }
    func testAPrizeScheduleIsNoRecord() {
        XCTAssertEqual(rows("Kỳ quay 132 còn có 162 giải nhất (10 triệu đồng/giải), 6.375 giải nhì (300.000 đồng/giải).", "2017-06-07").count, 0)
        XCTAssertEqual(rows("Cơ cấu giải thưởng gồm 1 giải Nhất trị giá 50 triệu đồng; 4 giải Nhì, mỗi giải 30 triệu đồng.", "2017-06-07").count, 0)
        // A total paid out stays a record.
        XCTAssertEqual(rows("Năm 2016, Vietlott đã trả thưởng hơn 1.298 tỷ đồng.", "2017-06-07").count, 1)
    }
    func testAListItemThatOnlyNamesWhoseFigureItIsTakesTheMeasureBefore() {
        XCTAssertEqual(rows("Quý 1/2017, tăng trưởng tín dụng của LienVietPostBank lên tới 11%, Kienlong Bank 10,3%, SCB 9%, ACB 8,3%.", "2017-06-07"),
                       [["tăng trưởng tín dụng", "LienVietPostBank", "11%"], ["tăng trưởng tín dụng", "Kienlong Bank", "10,3%"],
                        ["tăng trưởng tín dụng", "SCB", "9%"], ["tăng trưởng tín dụng", "ACB", "8,3%"]])
        XCTAssertEqual(rows("Sôi động nhất là VPB với khối lượng chuyển nhượng đạt 41,54 triệu cổ phiếu; STB với 38,89 triệu cổ phiếu.", "2017-06-07").last,
                       ["khối lượng chuyển nhượng", "STB", "38,89 triệu"])
        // Not after a record named by something other than a measure word.
        XCTAssertEqual(rows("Ngoài ra SCR -9,3 tỷ, DCM -7,3 tỷ là đáng kể.", "2017-06-07").last?[0], "DCM")
    }
    func testLoBeforeAnAmountNamesALoss() {
        XCTAssertEqual(rows("Tính chung cả năm 2016, TTF lỗ tới 1.629 tỷ đồng.", "2017-06-07"), [["lỗ", "TTF", "1.629 tỷ đồng"]])
        XCTAssertEqual(rows("Cụ thể, Lotte Mart lỗ 45 tỷ đồng năm 2007, 217 tỷ năm 2009.", "2017-06-07").map { $0[0] }, ["lỗ", "lỗ"])
        // A measure word that names the loss stays; selling at a loss is no loss figure.
        XCTAssertEqual(rows("Công ty ghi nhận khoản lỗ 40 tỷ đồng.", "2017-06-07").first?[0], "khoản lỗ")
        XCTAssertNotEqual(rows("Anh bán lỗ căn hộ được 3 tỷ đồng.", "2017-06-07").first?[0], "lỗ")
    }
    func testAnAmountInsideANameIsAnotherFigure() {
        XCTAssertEqual(rows("Thương lái lãi 350.000 đồng và tư thương bán lẻ 850.000 đồng.", "2017-06-07").last?[0], "tư thương bán lẻ")
        XCTAssertEqual(rows("Nga đặt mục tiêu tăng trưởng từ 1,5-2% và lạm phát mục tiêu là 4% trong năm 2017.", "2017-06-07").last?[0], "lạm phát")
        // A threshold, a package's size and a rice grade stay in the name.
        XCTAssertEqual(rows("Gói tín dụng 120.000 tỷ đồng cho vay nhà ở xã hội mới giải ngân chưa đến 1%.", "2017-06-07").first?[0],
                       "Gói tín dụng 120.000 tỷ đồng cho vay nhà ở xã hội")
        XCTAssertEqual(rows("Giá gạo 25% tấm ở mức 370 USD/tấn.", "2017-06-07").last?[0], "Giá gạo 25% tấm")
    }
    func testAPostedPriceIsNamedByWhatIsPosted() {
        XCTAssertEqual(rows("Công ty vàng bạc đá quý Sài Gòn niêm yết vàng SJC ở mức: 36,07 triệu đồng/lượng (mua vào) và 36,31 triệu đồng/lượng (bán ra).", "2017-06-07").map { $0[0] },
                       ["vàng SJC", "vàng SJC"])
        XCTAssertEqual(rows("Thời điểm 15 giờ 14 phút, vàng SJC được Công ty Vàng bạc Đá quý Sài Gòn niêm yết ở mức 36,48 – 36,70 triệu đồng/lượng.", "2017-06-07").first?[0], "vàng SJC")
        // Nothing posted named, nothing carried.
        XCTAssertEqual(rows("Tập Đoàn DOJI niêm yết ở mức: 36,44 triệu đồng/lượng (mua vào).", "2017-06-07").first?[0], nil)
    }
    func testTroLenAfterAFigureIsNoPartOfTheNameAfterIt() {
        XCTAssertEqual(rows("Mục tiêu của tỉnh là 100% dịch vụ công trực tuyến mức độ 4, từ 90% trở lên hồ sơ công việc tại cấp tỉnh.", "2017-06-07").last?[0],
                       "hồ sơ công việc")
    }
    func testAFractionOfAWholeIsNoDateAndNoValue() {
        let a = TestPipeline.extract("Số vốn giải ngân chỉ bằng 1/3 kế hoạch.", reference: "2023-10-06")
        XCTAssertFalse(a.mentions.contains { $0.kind == .date })
        XCTAssertEqual(a.indicators.count, 0)
        XCTAssertEqual(rows("Tỉnh này chiếm 1/3 sản lượng cả nước.", "2023-10-06").count, 0)
        // A count out of a whole is no fraction of a share: "có 15/20 thành viên" keeps its count.
        XCTAssertEqual(rows("Hội đồng có 15/20 thành viên tán thành.", "2023-10-06").first?[2], "15")
    }
    func testASpanOfTimeAfterTrongIsNoPartOfTheName() {
        XCTAssertEqual(rows("Liên minh CDU/CSU dự định xây thêm 1,5 triệu căn hộ trong vòng 4 năm tới.", "2017-06-07").first?[0], "căn hộ")
        XCTAssertEqual(rows("Doanh thu trong vòng 5 năm qua đạt 100 tỷ đồng.", "2017-06-07").first?[0], "Doanh thu")
        // A period word alone after "trong" was already cut; a term inside a name stays ("kỳ hạn 12 tháng").
        XCTAssertEqual(rows("Lãi suất kỳ hạn 12 tháng là 5,5%/năm.", "2017-06-07").first?[0], "Lãi suất kỳ hạn 12 tháng")
    }
    func testAFigureInParenthesesAfterATickerIsThatTickers() {
        XCTAssertEqual(rows("Tại nhóm cổ phiếu trụ, những mã lấy đi nhiều điểm nhất gồm có VNM (-0,6%), PLX (-1,4%), BID (-1,5%).", "2017-06-07").map { $0[1] },
                       ["VNM", "PLX", "BID"])
        // "VIC" is no Roman numeral (not canonical): the last item is its own ticker's.
        XCTAssertEqual(rows("Nhóm cổ phiếu trụ giảm gồm SAB (-0,32%), GAS (-1,5%) và VIC (-0,12%).", "2017-06-07").map { $0[1] }, ["SAB", "GAS", "VIC"])
        // Not a Roman numeral or a two-letter abbreviation.
        XCTAssertNotEqual(rows("Tốc độ tăng trưởng kinh tế quý II (5,15%) cao hơn quý I.", "2017-06-07").first?[1], "II")
    }
    func testAMilitaryUnitIsNamedByItsNumber() {
        XCTAssertEqual(mentions("Nhà ga T3 công suất 10 triệu khách/năm trên khu đất của Trung đoàn 917.", reference: "2017-06-07").map(\.text),
                       ["10 triệu"])
        XCTAssertEqual(mentions("Sư đoàn 312 được thành lập năm 1950.", reference: "2017-06-07").map(\.text), ["năm 1950"])
    }
    func testLevelsInPointsListedWithLanLuotPairWithTheIndexes() {
        let r = rows("Cả 2 chỉ số VN-Index và HNX-Index đều bứt phá ngưỡng kháng cự ngắn hạn của mình, lần lượt là 780 điểm và 100 điểm.", "2017-06-07")
        XCTAssertEqual(r.map { $0[0] }, ["chỉ số VN-Index", "HNX-Index"])
    }
    func testAPricePostedAtANamedCompanyInTheClauseBeforeIsThatCompanys() {
        XCTAssertEqual(rows("Theo khảo sát, giá vàng hôm nay ngày 10/5 tại Công ty vàng bạc đá quý Phú Quý, giá vàng SJC mua vào 36,46 triệu đồng/lượng.", "2017-05-10").first?[1],
                       "Công ty vàng bạc đá quý Phú Quý")
    }
    func testALabelBeforeAColonNamesTheCountAfterIt() {
        XCTAssertEqual(rows("- Số ca tử vong: 35 ca.", "2020-08-01").first?[0], "Số ca tử vong")
        XCTAssertEqual(rows("Khối lượng khớp lệnh đạt: trên 198 triệu cổ phiếu; Giá trị khớp lệnh đạt: trên 3.826 tỷ đồng.", "2017-06-07").map { $0[0] },
                       ["Khối lượng khớp lệnh", "Giá trị khớp lệnh"])
        // A ratio is no label and its number no record; a headline's count keeps its unit.
        XCTAssertFalse(rows("Trường duy trì tỷ lệ học sinh/ giáo viên ở mức 6:1.", "2017-06-07").contains { $0[2] == "1" })
        XCTAssertEqual(rows("Giá vàng ngày 22/6: Tăng nhẹ trên cả 2 thị trường", "2017-06-22").first?[0], "thị trường")
        // An identifier after "số …:" has no unit and stays out.
        XCTAssertEqual(rows("Điện thoại: 0243.9740333 (số máy lẻ: 602).", "2017-06-07").count, 0)
    }
    func testBanksListedWithAColonTakeThePostedPriceBefore() {
        let r = rows("Tới cuối phiên 15/5, Vietcombank niêm yết giá USD ở mức: 22.645 đồng (mua) và 22.715 đồng (bán). Vietinbank: 22.640 đồng (mua) và 22.710 đồng (bán).", "2017-05-15")
        XCTAssertEqual(r.map { $0[0] }, ["giá USD", "giá USD", "giá USD", "giá USD"])
        XCTAssertEqual(r.map { $0[1] }, ["Vietcombank", "Vietcombank", "Vietinbank", "Vietinbank"])
        // Not an adverb after "niêm yết" with a verb after it.
        XCTAssertNotEqual(rows("Đồng euro được các NH niêm yết phổ biến giảm 14 đồng so với cuối tuần trước xuống: 24.140 đồng (mua) và 24.428 đồng (bán).", "2017-05-15").last?[0], "phổ biến")
    }
    func testADateAfterTheComparedFigureIsNotThePeriod() {
        let a = TestPipeline.extract("Doanh thu toàn cầu đạt hơn 166 tỷ USD so với mức hơn 152 tỷ USD vào năm 2015.", reference: "2017-06-07")
        XCTAssertEqual(a.indicators.map { a.span(a.mentions[$0.value]).text }, ["166 tỷ USD", "152 tỷ USD"])
        XCTAssertEqual(a.indicators.map { r in r.period.map { a.span(a.mentions[$0]).text } }, [nil, "năm 2015"])
        let l = TestPipeline.extract("Tính đến hết ngày 03/02, lãi suất cho vay qua đêm giảm về còn 4,45% so với mức 5% của ngày 20/01.", reference: "2017-02-05")
        XCTAssertEqual(l.indicators.first?.period.map { l.span(l.mentions[$0]).text }, "ngày 03/02")
        // Not a figure of a later clause: "so với cùng kỳ khi chỉ thu về … trong 5 tháng đầu năm".
        let k = TestPipeline.extract("Cà phê giảm gần 16% giá trị so với cùng kỳ khi chỉ thu về chưa đến 27,2 triệu USD trong 5 tháng đầu năm.", reference: "2017-06-07")
        XCTAssertEqual(k.indicators.first?.period.map { k.span(k.mentions[$0]).text }, "5 tháng đầu năm")
    }
    func testChoThayEndsTheNameBeforeIt() {
        XCTAssertEqual(rows("Kết quả của 4 công ty cho thấy, toàn bộ số hàng hóa bị thu giữ đều là hàng giả.", "2017-06-07").first?[0], "công ty")
        XCTAssertEqual(rows("Thông tin từ các trang web so sánh giá cho thấy, các chuyến bay thương mại một chiều từ Mumbai (Ấn Độ) đến Dubai (UAE) vào ngày 23/4 và 24/4 có giá lên tới 80.000 rupee (1.000 USD).", "2021-04-25").first?[0], "giá")
    }
    func testTheNextItemsOfATargetListForLaterYearsAreTargets() {
        let a = TestPipeline.extract("Ngành da giày phấn đấu đạt kim ngạch xuất khẩu năm 2020 từ 24-26 tỷ USD; năm 2025 từ 35-38 tỷ USD và năm 2035 đạt từ 50-60 tỷ USD.", reference: "2017-06-07")
        XCTAssertEqual(a.indicators.map(\.modality), [.target, .target, .target])
        // Not what was reached before the target's year.
        let g = TestPipeline.extract("Tập đoàn này duy trì mục tiêu lợi nhuận trên mỗi cổ phiếu trong khoảng 6-6,5 USD trong năm 2017, sau khi đạt 6 USD/cổ phiếu trong năm 2016.", reference: "2017-06-07")
        XCTAssertEqual(g.indicators.last?.modality, .actual)
    }
    func testChangesListedAfterLanLuotTakeTheLevelsInTurn() {
        let a = TestPipeline.extract("Năm 2016 được xem là năm thành công của FPT Telecom khi đạt doanh thu 6.666 tỷ đồng, lợi nhuận trước thuế đạt 1.193 tỷ đồng, lần lượt tăng 19,7% và 14,6% so với cùng kỳ.", reference: "2017-06-07")
        XCTAssertEqual(a.indicators.map { a.span(a.mentions[$0.value]).text }, ["6.666 tỷ đồng", "1.193 tỷ đồng"])
        XCTAssertEqual(a.indicators.map { r in r.change.flatMap { $0.value }.map { a.span(a.mentions[$0]).text } }, ["19,7%", "14,6%"])
        XCTAssertEqual(a.indicators.map { r in r.change.flatMap { $0.baseline }.map { a.span(a.mentions[$0]).text } }, ["cùng kỳ", "cùng kỳ"])
        // The verb before "lần lượt là" gives the first item its direction too.
        let v = TestPipeline.extract("VGC đạt 8.078 tỷ đồng doanh thu thuần, lợi nhuận sau thuế 488 tỷ đồng, tăng lần lượt 3,3% và 48,5% so với thực hiện năm 2015.", reference: "2017-06-07")
        XCTAssertEqual(v.indicators.map { r in r.change.flatMap { $0.value }.map { v.span(v.mentions[$0]).text } }, ["3,3%", "48,5%"])
        XCTAssertEqual(v.indicators.map { $0.change?.direction }, [.increase, .increase])
        // "lần lượt" earlier in the sentence, the change verb right before the list.
        let e = TestPipeline.extract("Doanh thu và lợi nhuận năm 2017 lần lượt đạt 27.000 tỷ đồng và 1.750 tỷ đồng, tăng 29,91% và 23,07% so với năm trước.", reference: "2018-06-07")
        XCTAssertEqual(e.indicators.map(\.indicator), ["Doanh thu", "lợi nhuận"])
        XCTAssertEqual(e.indicators.map { r in r.change.flatMap { $0.value }.map { e.span(e.mentions[$0]).text } }, ["29,91%", "23,07%"])
        // Levels after a level word are no changes.
        let b = TestPipeline.extract("Giá dầu Brent Biển Bắc và dầu ngọt nhẹ Mỹ đều giảm 11 xu Mỹ, xuống còn lần lượt 47,26 USD/thùng và 44,63 USD/thùng.", reference: "2017-06-07")
        XCTAssertFalse(b.indicators.contains { r in r.change?.value == r.value && b.span(b.mentions[r.value]).text.hasSuffix("USD/thùng") })
    }
    func testAMeasureAfterVaWithItsOwnFigureIsTheNextItem() {
        XCTAssertEqual(rows("Doanh thu đạt 100 tỷ đồng và lợi nhuận là 20 tỷ đồng.", "2017-06-07").map { $0[0] }, ["Doanh thu", "lợi nhuận"])
        XCTAssertEqual(rows("Doanh thu đạt 100 tỷ đồng và lợi nhuận sau thuế 20 tỷ đồng.", "2017-06-07").map { $0[0] }, ["Doanh thu", "lợi nhuận sau thuế"])
        // The item shares the list's cue and period.
        let a = TestPipeline.extract("Năm 2017, Hoàng Anh Gia Lai đặt kế hoạch doanh thu thuần đạt 6.335 tỷ đồng và lợi nhuận gộp đạt 2.185 tỷ đồng và lợi nhuận trước thuế là 552 tỷ đồng.", reference: "2017-06-07")
        XCTAssertEqual(a.indicators.map(\.indicator), ["doanh thu thuần", "lợi nhuận gộp", "lợi nhuận trước thuế"])
        XCTAssertEqual(a.indicators.map(\.modality), [.target, .target, .target])
        let t = TestPipeline.extract("Với biên độ +/-3% đang được áp dụng, tỷ giá trần mà các ngân hàng được áp dụng hôm nay là 23.046 đồng và tỷ giá sàn là 21.704 đồng.", reference: "2017-06-07")
        XCTAssertEqual(t.indicators.suffix(2).map { r in r.period.map { t.span(t.mentions[$0]).text } }, ["hôm nay", "hôm nay"])
        XCTAssertEqual(t.indicators.suffix(2).map(\.indicator), ["tỷ giá trần", "tỷ giá sàn"])
    }
    func testALevelReachedAfterAChangeIsWhereTheChangeEnded() {
        let a = TestPipeline.extract("Theo đó, 3 tháng đầu năm nay, doanh thu thuần của hãng tăng 17% so với cùng kỳ, đạt hơn 20.800 tỷ đồng.", reference: "2017-06-07")
        XCTAssertEqual(a.indicators.count, 1)
        XCTAssertEqual(a.indicators.first.map { a.span(a.mentions[$0.value]).text }, "20.800 tỷ đồng")
        XCTAssertEqual(a.indicators.first?.change?.value.map { a.span(a.mentions[$0]).text }, "17%")
        XCTAssertEqual(a.indicators.first?.change?.baseline.map { a.span(a.mentions[$0]).text }, "cùng kỳ")
        // "ở mức" too.
        let b = TestPipeline.extract("Trên sàn Comex, hợp đồng vàng tương lai giao tháng 8 tăng 0,14%, ở mức 1.256,40 USD/ounce.", reference: "2017-06-07")
        XCTAssertEqual(b.indicators.map { b.span(b.mentions[$0.value]).text }, ["1.256,40 USD/ounce"])
        XCTAssertEqual(b.indicators.first?.change?.value.map { b.span(b.mentions[$0]).text }, "0,14%")
        // No comma between the level and the change.
        let d = TestPipeline.extract("Tổng nguồn vốn đầu tư toàn xã hội đạt 23.924 tỷ đồng tăng 22,56%.", reference: "2017-06-07")
        XCTAssertEqual(d.indicators.map { d.span(d.mentions[$0.value]).text }, ["23.924 tỷ đồng"])
        XCTAssertEqual(d.indicators.first?.change?.value.map { d.span(d.mentions[$0]).text }, "22,56%")
        // The change in the level's unit takes it, the percent in parentheses restates the change.
        let p = TestPipeline.extract("Chỉ số ngành Tài chính tăng 5,32 điểm (+4,79%), đạt 116,35 điểm.", reference: "2017-06-07")
        XCTAssertEqual(p.indicators.map { p.span(p.mentions[$0.value]).text }, ["116,35", "+4,79%"])
        // Not a count of items, nor a time in another unit.
        XCTAssertNil(TestPipeline.extract("HNX có 88 mã giảm/65 mã tăng với 70 mã giảm trên 1%.", reference: "2017-06-07").indicators.first { $0.change != nil && $0.change?.value != $0.value })
        XCTAssertNil(TestPipeline.extract("Mỗi mẻ bánh 200 cái mất 12 phút để chiên rán.", reference: "2017-06-07").indicators.first { $0.change != nil && $0.change?.value != $0.value })
        // Not a figure of another measure named in its own clause.
        XCTAssertEqual(rows("Doanh thu tăng 22%, dư nợ tín dụng đạt 54.223 tỷ đồng.", "2017-06-07").count, 2)
    }
    func testTucRestatesTheFigureBefore() {
        XCTAssertEqual(rows("Quy định cấm bán đồ uống có cồn khiến doanh thu của 7-Eleven giảm 8,8% năm 2015, còn 886,84 tỷ rupiah, tức gần 67 triệu đôla.", "2017-06-07").map { $0[0] },
                       ["doanh thu của 7-Eleven", "doanh thu của 7-Eleven"])
        // A dividend and "immediately" keep their last syllable.
        XCTAssertEqual(rows("Năm 2017 công ty đặt kế hoạch tỷ lệ trả cổ tức 9%.", "2017-06-07").first?[0], "tỷ lệ trả cổ tức")
    }
    func testAHouseNumberBeforeAStreetNameIsNoFigure() {
        XCTAssertEqual(mentions("Khách hàng mua nhà tại 270 Trường Chinh từ năm 2011.", reference: "2017-06-07").map(\.text), ["năm 2011"])
        XCTAssertEqual(mentions("Dự án tại địa chỉ số 504 Nguyễn Tất Thành, Phường 18, quận 4.", reference: "2017-06-07").map(\.text), [])
        XCTAssertEqual(mentions("Địa chỉ: 19 - 21 Yên Lãng, Quận Đống Đa.", reference: "2017-06-07").filter { $0.kind == "money" }.count, 0)
        // Not a multiple of a country, cents, or yen before a place.
        XCTAssertEqual(mentions("Ô tô Việt Nam giá gấp 2 Thái Lan, Indonesia.", reference: "2017-06-07").map(\.text), ["2"])
        XCTAssertEqual(mentions("Giá dầu Brent hạ 68 Xu Mỹ (1,3%).", reference: "2017-06-07").map(\.text), ["68", "1,3%"])
        XCTAssertEqual(mentions("Giá bán là 1.000 Yên Nhật.", reference: "2017-06-07").first?.kind, "money")
    }
    func testVersionNumbersAndLotCodesAreNoFigures() {
        XCTAssertEqual(mentions("Doanh nghiệp cần đổi mới trong cuộc cách mạng công nghiệp 4.0.", reference: "2017-06-07").count, 0)
        XCTAssertEqual(mentions("- Số lô: 3M01134, 3M01136, 3M01137", reference: "2017-06-07").count, 0)
        // A measured "4.0" and a glued square-metre unit stay.
        XCTAssertEqual(mentions("Chỉ số tăng 4.0 điểm.", reference: "2017-06-07").map(\.text), ["4.0"])
        XCTAssertEqual(mentions("Căn hộ rộng 100m2.", reference: "2017-06-07").map(\.text), ["100"])
    }
    func testHolidayDaysAfterLeAreDays() {
        XCTAssertEqual(mentions("Bảo đảm an toàn giao thông trong dịp nghỉ lễ 30.4, 1.5 và bầu cử.", reference: "2021-01-01").map(\.kind), ["date", "date"])
        // Joined by a dash, the two days are one span.
        XCTAssertEqual(mentions("Dự kiến dịp nghỉ lễ 30/4-1/5 lượng khách đến Sa Pa sẽ rất đông.", reference: "2021-01-01").map(\.text), ["30/4-1/5"])
        XCTAssertEqual(mentions("Dịp lễ 30.4 - 1.5 năm nay.", reference: "2021-01-01").map(\.text), ["30.4 - 1.5", "năm nay"])
        // Decimals stay numbers.
        XCTAssertEqual(mentions("Giá 3.5, 4.5 triệu.", reference: "2021-01-01").map(\.kind), ["number", "number"])
    }
    func testAPlaceAfterAFamilyNameIsPartOfAPersonsName() {
        XCTAssertNotEqual(rows("Phó Thủ tướng Trương Hòa Bình cho biết Nhà nước giữ vốn 100% tại 103 doanh nghiệp.", "2017-06-07").first?[1], "Hòa Bình")
        XCTAssertNotEqual(rows("Năm 2017, Hoàng Anh Gia Lai đặt kế hoạch doanh thu thuần đạt 6.335 tỷ đồng.", "2017-06-07").first?[1], "Anh")
        // A province after "tỉnh" stays a place.
        XCTAssertEqual(rows("Năm 2016, tỉnh Hòa Bình thu hút 1.000 tỷ đồng vốn đầu tư.", "2017-06-07").first?[1], "tỉnh Hòa Bình")
    }
}
