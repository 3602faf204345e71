import Foundation
import XCTest
@testable import SoLieu

/// Number, percent, money, ordinal and duration mentions, as RECORDS.md
/// sections 3 and 5 and DECISIONS.md state them. Each test is a news
/// sentence and the mention(s) the contract says it yields.
final class FigureSpecTests: XCTestCase {

    // MARK: - RECORDS.md section 3: the table of examples

    func testSection3NumberExamples() {
        expectMention("Toàn tỉnh có 1.500 doanh nghiệp thành lập mới trong năm.", "1.500", kind: "number",
                      ["value": "1500", "unit": "doanh nghiệp"])
        expectMention("Hệ số Gini của cả nước ở mức 0,48.", "0,48", kind: "number", ["value": "0.48"])
        expectMention("Vụ cháy làm 03 người bị thương.", "03", kind: "number", ["value": "3"])
        expectMention("Thành phố có 1,2 triệu người trong độ tuổi lao động.", "1,2 triệu", kind: "number",
                      ["value": "1200000", "unit": "người"])
        expectMention("Lớp học có hai mươi lăm học sinh.", "hai mươi lăm", kind: "number", ["value": "25"])
        expectMention("Năng suất lao động của ngành tăng gấp 3 lần.", "3", kind: "number", ["value": "3", "unit": "lần"])
    }

    func testSection3PercentExamples() {
        expectMention("Tỷ lệ hộ gia đình sử dụng internet đạt 48%.", "48%", kind: "percent", ["value": "48"])
        expectMention("Khu vực dịch vụ đóng góp 43,5% vào mức tăng trưởng chung.", "43,5%", kind: "percent", ["value": "43.5"])
        expectMention("Lãi suất cho vay tiêu dùng là 20%/năm.", "20%/năm", kind: "percent", ["value": "20"])
        expectMention("Giá điện sinh hoạt tăng năm phần trăm.", "năm phần trăm", kind: "percent", ["value": "5"])
    }

    func testSection3MoneyExamples() {
        expectMention("Tổng doanh thu từ thị trường nước ngoài ước đạt 7,5 tỷ USD, tăng 4% so với năm 2022.", "7,5 tỷ USD",
                      kind: "money", ["value": "7500000000", "currency": "USD"])
        expectMention("Dự án có tổng vốn hơn 3.000 tỷ đồng.", "3.000 tỷ đồng", kind: "money",
                      ["value": "3000000000000", "currency": "VND", "qualifier": "more_than"])
        expectMention("Giá vàng miếng SJC bán ra ở mức 74,5 triệu đồng/lượng.", "74,5 triệu đồng/lượng", kind: "money",
                      ["value": "74500000", "currency": "VND", "per": "lượng"])
    }

    func testSection3OrdinalExamples() {
        expectMention("Việt Nam đứng thứ 3 thế giới về xuất khẩu gạo.", "thứ 3", kind: "ordinal", ["value": "3"])
        expectMention("Đây là lần thứ hai hội chợ được tổ chức tại tỉnh.", "thứ hai", kind: "ordinal", ["value": "2"])
    }

    func testSection3DurationExample() {
        expectMention("Bình Dương dẫn đầu cả nước về thu hút FDI 2 năm liên tiếp.", "2 năm", kind: "duration",
                      ["value": "2", "unit": "year"])
    }

    func testSection3Ranges() {
        let pct = expectMention("Mức tăng giá dự kiến từ 10 đến 15%.", "từ 10 đến 15%", kind: "percent", ["min": "10", "max": "15"])
        XCTAssertNil(pct?.string("value"), "a range has min/max instead of value")
        let money = expectMention("Mỗi dự án cần 10-15 tỷ đồng vốn đối ứng.", "10-15 tỷ đồng", kind: "money",
                                  ["min": "10000000000", "max": "15000000000", "currency": "VND"])
        XCTAssertNil(money?.string("value"), "a range has min/max instead of value")
    }

    func testSection3EnglishStyleDigitsWhenUnambiguous() {
        expectMention("Diện tích sàn xây dựng là 1,500.5 m2.", "1,500.5", kind: "number", ["value": "1500.5"])
    }

    func testSection3MagnitudeWordsMultiply() {
        expectMention("Sản lượng thủy sản đạt 25 nghìn tấn.", "25 nghìn", kind: "number", ["value": "25000", "unit": "tấn"])
        expectMention("Có 30 ngàn người tham dự lễ hội.", "30 ngàn", kind: "number", ["value": "30000", "unit": "người"])
        expectMention("Tỉnh có 1,2 triệu người lao động.", "1,2 triệu", kind: "number", ["value": "1200000"])
        expectMention("Doanh nghiệp nộp ngân sách 2 tỷ đồng.", "2 tỷ đồng", kind: "money", ["value": "2000000000", "currency": "VND"])
        expectMention("Doanh nghiệp nộp ngân sách 2 tỉ đồng.", "2 tỉ đồng", kind: "money", ["value": "2000000000", "currency": "VND"])
        expectMention("Tổng mức đầu tư là 1,5 nghìn tỷ đồng.", "1,5 nghìn tỷ đồng", kind: "money",
                      ["value": "1500000000000", "currency": "VND"])
        expectMention("Quy mô nền kinh tế đạt 10 triệu tỷ đồng.", "10 triệu tỷ đồng", kind: "money",
                      ["value": "10000000000000000", "currency": "VND"])
        expectMention("Dự án tạo việc làm cho một triệu lao động.", "một triệu", kind: "number", ["value": "1000000"])
    }

    func testSection3SpelledNumberRules() {
        expectMention("Đội có mười lăm cầu thủ dự bị.", "mười lăm", kind: "number", ["value": "15"])
        expectMention("Đoàn gồm hai mươi mốt thành viên.", "hai mươi mốt", kind: "number", ["value": "21"])
        expectMention("Xã có ba mươi nhăm hộ nghèo.", "ba mươi nhăm", kind: "number", ["value": "35"])
        expectMention("Lớp học có bốn mươi tư học sinh.", "bốn mươi tư", kind: "number", ["value": "44"])
        expectMention("Cụ bà đã sống qua một trăm linh năm mùa xuân.", "một trăm linh năm", kind: "number", ["value": "105"])
        expectMention("Làng có một trăm lẻ tám ngôi nhà cổ.", "một trăm lẻ tám", kind: "number", ["value": "108"])
    }

    func testSection3LoneMotIsNotANumber() {
        expectNothingOverlapping("Một doanh nghiệp đã bị xử phạt vì vi phạm.", "Một")
        expectNothingOverlapping("Một số doanh nghiệp đã tạm dừng sản xuất.", "Một số")
        expectNothingOverlapping("Kinh tế phục hồi một cách mạnh mẽ.", "một cách")
    }

    // MARK: - RECORDS.md section 5: extent of text

    func testNumberTextExcludesTheCountedNoun() {
        expectMention("Thành phố có 1,2 triệu người sử dụng dịch vụ.", "1,2 triệu", kind: "number", ["value": "1200000", "unit": "người"])
        expectMention("Giá trị xuất khẩu tăng gấp 3,4 lần.", "3,4", kind: "number", ["value": "3.4", "unit": "lần"])
        expectMention("Chương trình được triển khai tại 63 tỉnh, thành phố.", "63", kind: "number",
                      ["value": "63", "unit": "tỉnh, thành phố"])
    }

    func testAgesAreNumbersNotDurations() {
        expectMention("Ông Nguyễn Văn A, 45 tuổi, trú tại xã Nam Anh.", "45", kind: "number", ["value": "45", "unit": "tuổi"])
        let text = "Bé gái 18 tháng tuổi được đưa đến bệnh viện."
        expectMention(text, "18", kind: "number", ["value": "18", "unit": "tháng tuổi"])
        expectNothingOverlapping(text, "18 tháng", kinds: ["duration", "date"])
    }

    func testPercentTextForms() {
        expectMention("Tỷ lệ thất nghiệp giảm 3 phần trăm.", "3 phần trăm", kind: "percent", ["value": "3"])
        expectMention("Lãi suất cho vay bình quân giảm 0,5 điểm phần trăm.", "0,5 điểm phần trăm", kind: "percent",
                      ["value": "0.5", "unit": "pp"])
        expectMention("Lãi suất tiết kiệm kỳ hạn 12 tháng ở mức 4,7-4,8%/năm.", "4,7-4,8%/năm", kind: "percent",
                      ["min": "4.7", "max": "4.8"])
    }

    func testMoneyExchangeRatesArePerTheForeignCurrency() {
        expectMention("Tỷ giá trung tâm được niêm yết ở mức 24.260 đồng/USD.", "24.260 đồng/USD", kind: "money",
                      ["value": "24260", "currency": "VND", "per": "USD"])
        expectMention("Tỷ giá nhân dân tệ ở mức 3.350 đồng/nhân dân tệ.", "3.350 đồng/nhân dân tệ", kind: "money",
                      ["value": "3350", "currency": "VND", "per": "CNY"])
    }

    func testPerUnitOneIsDropped() {
        // DECISIONS.md: "15 triệu USD/1ha/1 năm" → per "ha/năm".
        expectMention("Dự án có suất đầu tư 15 triệu USD/1ha/1 năm.", "15 triệu USD/1ha/1 năm", kind: "money",
                      ["value": "15000000", "currency": "USD", "per": "ha/năm"])
    }

    func testOrdinalForms() {
        expectMention("Việt Nam xếp thứ 71 trên 193 quốc gia.", "thứ 71", kind: "ordinal", ["value": "71"])
        expectMention("Đội tuyển xếp thứ tư trong khu vực.", "thứ tư", kind: "ordinal", ["value": "4"])
        expectMention("Đại hội Đảng bộ tỉnh lần thứ IX thành công tốt đẹp.", "thứ IX", kind: "ordinal", ["value": "9"])
        expectMention("Đội tuyển Việt Nam xếp hạng Ba chung cuộc.", "Ba", kind: "ordinal", ["value": "3"])
        expectMention("Em đoạt giải Ba cuộc thi khoa học kỹ thuật.", "Ba", kind: "ordinal", ["value": "3"])
        expectMention("Em đoạt giải nhì cuộc thi.", "nhì", kind: "ordinal", ["value": "2"])
    }

    func testRankOverTotalIsOrdinalAndNumber() {
        let text = "Chỉ số PCI của tỉnh xếp thứ 8/63 tỉnh, thành phố."
        expectMention(text, "thứ 8", kind: "ordinal", ["value": "8"])
        expectMention(text, "63", kind: "number", ["value": "63"])
        let text2 = "Việt Nam xếp thứ 71/193 quốc gia về chỉ số này."
        expectMention(text2, "thứ 71", kind: "ordinal", ["value": "71"])
        expectMention(text2, "193", kind: "number", ["value": "193"])
    }

    func testDurationExtentAndUnits() {
        expectMention("Bị cáo bị tuyên phạt 7 năm 6 tháng tù.", "7 năm 6 tháng", kind: "duration", ["value": "90", "unit": "month"])
        let ms = mentions("Bị cáo bị tuyên phạt 7 năm 6 tháng tù.").filter { $0.kind == "duration" }
        XCTAssertEqual(ms.count, 1, "one duration mention, got \(ms.map(\.text))")
    }

    func testSpansStartAtTu() {
        let m = expectMention("Mức phạt tiền từ 50 triệu đến 200 triệu đồng.", "từ 50 triệu đến 200 triệu đồng", kind: "money",
                              ["min": "50000000", "max": "200000000", "currency": "VND"])
        XCTAssertNil(m?.string("value"))
    }

    func testTuLenIsAChangeWithTwoMentions() {
        let text = "Giá lợn hơi tăng từ 58.000 lên 70.000 đồng/kg."
        let ms = mentions(text).filter { $0.kind != "date" }
        XCTAssertTrue(ms.allSatisfy { $0.string("min") == nil && $0.string("max") == nil }, "no range: \(ms.map(\.text))")
        XCTAssertTrue(ms.contains { $0.text == "58.000" && $0.string("value") == "58000" }, "got \(ms.map { "\($0.kind):\($0.text)" })")
        expectMention(text, "70.000 đồng/kg", kind: "money", ["value": "70000", "currency": "VND", "per": "kg"])
    }

    func testComparativesAndEstimatesAreNotQualifiers() {
        expectMention("Giá bán lẻ cao hơn 5% so với tháng trước.", "5%", kind: "percent", ["value": "5"])
        expectMention("Năm nay có nhiều hơn 200 doanh nghiệp tham gia.", "200", kind: "number", ["value": "200"])
        expectMention("Doanh thu du lịch ước đạt 7,5 tỷ USD.", "7,5 tỷ USD", kind: "money", ["value": "7500000000", "currency": "USD"])
        expectMention("Thiệt hại ước tính 500 tỷ đồng.", "500 tỷ đồng", kind: "money", ["value": "500000000000", "currency": "VND"])
    }

    // MARK: - RECORDS.md section 5: not mentions

    func testIdentifiersAreNotMentions() {
        expectNothingOverlapping("Chính phủ ban hành Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.", "13/2023/NĐ-CP")
        expectNothingOverlapping("Thủ tướng ký Quyết định số 749/QĐ-TTg phê duyệt chương trình chuyển đổi số.", "số 749/QĐ-TTg")
        expectNothingOverlapping("Theo khoản 2 Điều 5 của Luật Đầu tư, nhà đầu tư phải đăng ký dự án.", "khoản 2 Điều 5")
    }

    func testPhoneNumbersAreNotMentions() {
        expectNothingOverlapping("Người dân có thể phản ánh qua số điện thoại 0912345678.", "0912345678")
        expectNothingOverlapping("Mọi thắc mắc xin liên hệ đường dây nóng 0912 345 678.", "0912 345 678")
        expectNothingOverlapping("Khách hàng gọi tổng đài 1900 6017 để được hỗ trợ.", "1900 6017")
    }

    func testLicencePlateIsNotAMention() {
        expectNothingOverlapping("Xe ô tô mang biển kiểm soát 51A-123.45 bị tạm giữ.", "51A-123.45")
    }

    func testRouteStormDistrictAndNamesAreNotMentions() {
        expectNothingOverlapping("Bão số 3 gây thiệt hại nặng nề cho các tỉnh miền Bắc.", "số 3")
        expectNothingOverlapping("Tai nạn xảy ra trên quốc lộ 51 đoạn qua Bà Rịa - Vũng Tàu.", "quốc lộ 51")
        expectNothingOverlapping("Người dân Quận 1 đổ về phố đi bộ Nguyễn Huệ.", "Quận 1")
        expectNothingOverlapping("Apple bắt đầu bán iPhone 16 tại Việt Nam.", "iPhone 16")
        expectNothingOverlapping("Đại dịch COVID-19 ảnh hưởng đến nhiều ngành kinh tế.", "COVID-19")
        expectNothingOverlapping("Việt Nam đăng cai SEA Games 31.", "SEA Games 31")
        expectNothingOverlapping("Đội tuyển U23 Việt Nam giành chiến thắng.", "U23")
        expectNothingOverlapping("Viettel phủ sóng 5G trên toàn quốc.", "5G")
    }

    func testVagueWordsAreNotMentions() {
        expectNothingOverlapping("Hàng trăm hộ dân bị ảnh hưởng bởi lũ.", "Hàng trăm")
        expectNothingOverlapping("Hàng nghìn người lao động được hỗ trợ.", "Hàng nghìn")
        expectNothingOverlapping("Một số địa phương chưa hoàn thành kế hoạch.", "Một số")
        expectNothingOverlapping("Chính sách được triển khai một cách đồng bộ.", "một cách")
        expectNothingOverlapping("Đây là mức cao nhất từ trước tới nay.", "nhất")
    }

    func testWeekdayNamesAreNotMentions() {
        expectNothingOverlapping("Thứ năm tuần trước, giá vàng tăng mạnh.", "Thứ năm")
        expectNothingOverlapping("Hội nghị diễn ra vào thứ Tư, ngày 27/12/2023.", "thứ Tư", reference: "2023-12-28")
    }

    // MARK: - Brief bullets: Vietnamese digits

    func testVietnameseDigitForms() {
        expectMention("Toàn tỉnh có 1.500 hộ được hỗ trợ.", "1.500", kind: "number", ["value": "1500"])
        expectMention("Mực nước sông Hồng dâng cao 16,5 m.", "16,5", kind: "number", ["value": "16.5"])
        expectMention("Số dư tài khoản của công ty là 1.500.000,75 đồng.", "1.500.000,75 đồng", kind: "money",
                      ["value": "1500000.75", "currency": "VND"])
        expectMention("Hệ số Gini giảm còn 0,48.", "0,48", kind: "number", ["value": "0.48"])
        expectMention("Vụ tai nạn làm 03 người bị thương.", "03", kind: "number", ["value": "3"])
    }

    func testEnglishStyleDigits() {
        expectMention("Mỗi ngày có 12,500 xe qua trạm thu phí.", "12,500", kind: "number", ["value": "12500", "unit": "xe"])
        expectMention("Lạm phát dự kiến ở mức 3.5% trong năm nay.", "3.5%", kind: "percent", ["value": "3.5"])
        expectMention("Vận động viên hoàn thành cự ly 42,195 km.", "42,195", kind: "number", ["value": "42.195", "unit": "km"])
    }

    func testSigns() {
        expectMention("Nhiệt độ tại Sa Pa xuống âm 5 độ C.", "âm 5", kind: "number", ["value": "-5"])
        expectMention("Tăng trưởng tín dụng đạt -2,3% so với đầu năm.", "-2,3%", kind: "percent", ["value": "-2.3"])
    }

    func testStraySpaceInsideThousands() {
        expectMention("Tổng thu ngân sách nhà nước đạt 165. 434 tỷ đồng.", "165. 434 tỷ đồng", kind: "money",
                      ["value": "165434000000000", "currency": "VND"])
    }

    func testMagnitudeAbbreviations() {
        expectMention("Anh Nam nhận lương 5tr mỗi tháng.", "5tr", kind: "number", ["value": "5000000"])
        expectMention("Mỗi suất ăn trưa có giá 50k.", "50k", kind: "number", ["value": "50000"])
    }

    func testMixedMagnitudes() {
        expectMention("Mỗi hộ được hỗ trợ 3 triệu 200 nghìn đồng.", "3 triệu 200 nghìn đồng", kind: "money",
                      ["value": "3200000", "currency": "VND"])
        expectMention("Mỗi tháng gia đình chi 1 triệu rưỡi tiền điện.", "1 triệu rưỡi", kind: "number", ["value": "1500000"])
    }

    func testSpelledNumbers() {
        expectMention("Có hai mươi lăm nghìn người tham dự lễ hội.", "hai mươi lăm nghìn", kind: "number",
                      ["value": "25000", "unit": "người"])
        expectMention("Cụ bà năm nay đã một trăm linh năm tuổi.", "một trăm linh năm", kind: "number", ["value": "105", "unit": "tuổi"])
        expectMention("Lớp học có bốn mươi tư học sinh.", "bốn mươi tư", kind: "number", ["value": "44"])
        // DECISIONS.md: after mươi, "năm" is "year".
        expectMention("Ông đã gắn bó với nghề hai mươi năm.", "hai mươi năm", kind: "duration", ["value": "20", "unit": "year"])
    }

    func testSpelledNumberRefusals() {
        expectNothingOverlapping("Một số doanh nghiệp gặp khó khăn về vốn.", "Một số")
        expectNothingOverlapping("Các ngành đều tăng trưởng một cách ổn định.", "một cách")
        // "năm" meaning year is not the number 5.
        let year = mentions("Trong năm, tỉnh thu hút nhiều dự án đầu tư.")
        XCTAssertFalse(year.contains { $0.string("value") == "5" }, "'năm' read as 5: \(year.map { "\($0.kind):\($0.text)" })")
        expectNothingOverlapping("Trong năm, tỉnh thu hút nhiều dự án đầu tư.", "năm", kinds: ["number", "ordinal", "percent", "money"])
        expectNothingOverlapping("Thứ năm, Quốc hội thảo luận về dự án luật.", "Thứ năm")
        expectNothingOverlapping("Hàng nghìn hộ dân phải sơ tán.", "Hàng nghìn")
    }

    // MARK: - Brief bullets: percent

    func testPercentWords() {
        expectMention("Tỷ lệ hộ nghèo giảm 2 phần trăm.", "2 phần trăm", kind: "percent", ["value": "2"])
        expectMention("Tỷ lệ hộ nghèo giảm năm phần trăm.", "năm phần trăm", kind: "percent", ["value": "5"])
        expectMention("Lãi suất điều hành giảm 0,5 điểm phần trăm.", "0,5 điểm phần trăm", kind: "percent",
                      ["value": "0.5", "unit": "pp"])
        expectMention("Lãi suất tiết kiệm kỳ hạn 12 tháng là 6%/năm.", "6%/năm", kind: "percent", ["value": "6"])
    }

    func testPercentRanges() {
        let a = expectMention("Lãi suất huy động phổ biến từ 6 đến 6,5%.", "từ 6 đến 6,5%", kind: "percent", ["min": "6", "max": "6.5"])
        XCTAssertNil(a?.string("value"))
        let b = expectMention("Lạm phát năm nay dự báo ở mức 4,7-4,8%.", "4,7-4,8%", kind: "percent", ["min": "4.7", "max": "4.8"])
        XCTAssertNil(b?.string("value"))
    }

    // MARK: - Brief bullets: money

    func testVNDCurrencies() {
        expectMention("Giá lợn hơi là 70.000 đồng mỗi kg.", "70.000 đồng", kind: "money", ["value": "70000", "currency": "VND"])
        expectMention("Mỗi ly cà phê có giá 25.000đ.", "25.000đ", kind: "money", ["value": "25000", "currency": "VND"])
        expectMention("Giá vé là 150.000 VNĐ.", "150.000 VNĐ", kind: "money", ["value": "150000", "currency": "VND"])
        expectMention("Phí dịch vụ là 20.000 VND.", "20.000 VND", kind: "money", ["value": "20000", "currency": "VND"])
    }

    func testUSDCurrencies() {
        expectMention("Kim ngạch xuất khẩu đạt 355 tỷ USD.", "355 tỷ USD", kind: "money", ["value": "355000000000", "currency": "USD"])
        expectMention("Công ty nhận khoản vay 20 triệu đô la Mỹ.", "20 triệu đô la Mỹ", kind: "money",
                      ["value": "20000000", "currency": "USD"])
        expectMention("Công ty khởi nghiệp huy động được $50 triệu.", "$50 triệu", kind: "money", ["value": "50000000", "currency": "USD"])
    }

    func testOtherCurrencies() {
        expectMention("Dự án được tài trợ 5 triệu euro.", "5 triệu euro", kind: "money", ["value": "5000000", "currency": "EUR"])
        expectMention("Nhật Bản cung cấp khoản vay 30 tỷ yên.", "30 tỷ yên", kind: "money", ["value": "30000000000", "currency": "JPY"])
        expectMention("Kim ngạch đạt 2 tỷ nhân dân tệ.", "2 tỷ nhân dân tệ", kind: "money", ["value": "2000000000", "currency": "CNY"])
        expectMention("Hợp đồng trị giá 100 triệu NDT.", "100 triệu NDT", kind: "money", ["value": "100000000", "currency": "CNY"])
        expectMention("Cầu thủ được chuyển nhượng với giá 60 triệu bảng Anh.", "60 triệu bảng Anh", kind: "money",
                      ["value": "60000000", "currency": "GBP"])
        expectMention("Samsung đầu tư thêm 500 tỷ won.", "500 tỷ won", kind: "money", ["value": "500000000000", "currency": "KRW"])
    }

    func testCurrencyBeforeAmount() {
        expectMention("Dự án có tổng vốn đầu tư USD 88,5 triệu.", "USD 88,5 triệu", kind: "money", ["value": "88500000", "currency": "USD"])
    }

    func testMoneyPerUnit() {
        expectMention("Giá vàng miếng SJC ở mức 74,5 triệu đồng/lượng.", "74,5 triệu đồng/lượng", kind: "money",
                      ["value": "74500000", "currency": "VND", "per": "lượng"])
        expectMention("Giá gạo xuất khẩu đạt 650 USD/tấn.", "650 USD/tấn", kind: "money", ["value": "650", "currency": "USD", "per": "tấn"])
        expectMention("Giá bán lẻ điện bình quân là 2.006,79 đồng/kWh.", "2.006,79 đồng/kWh", kind: "money",
                      ["value": "2006.79", "currency": "VND", "per": "kWh"])
        expectMention("Tỷ giá trung tâm là 24.260 đồng/USD.", "24.260 đồng/USD", kind: "money",
                      ["value": "24260", "currency": "VND", "per": "USD"])
        expectMention("Tỷ giá bán ra là 3.350 đồng/nhân dân tệ.", "3.350 đồng/nhân dân tệ", kind: "money",
                      ["value": "3350", "currency": "VND", "per": "CNY"])
    }

    func testMoneyRanges() {
        let a = expectMention("Mức phạt từ 50 triệu đến 200 triệu đồng.", "từ 50 triệu đến 200 triệu đồng", kind: "money",
                              ["min": "50000000", "max": "200000000", "currency": "VND"])
        XCTAssertNil(a?.string("value"))
        let b = expectMention("Mỗi dự án cần 10-15 tỷ đồng.", "10-15 tỷ đồng", kind: "money",
                              ["min": "10000000000", "max": "15000000000", "currency": "VND"])
        XCTAssertNil(b?.string("value"))
    }

    // MARK: - Brief bullets: qualifiers

    func testQualifiers() {
        expectMention("Có khoảng 500 người tham dự buổi lễ.", "500", kind: "number", ["value": "500", "qualifier": "approximately"])
        expectMention("Chừng 200 hộ dân phải di dời.", "200", kind: "number", ["value": "200", "qualifier": "approximately"])
        expectMention("Kim ngạch xuất khẩu xấp xỉ 355 tỷ USD.", "355 tỷ USD", kind: "money",
                      ["value": "355000000000", "currency": "USD", "qualifier": "approximately"])
        expectMention("Sản lượng lúa cả năm ước 43 triệu tấn.", "43 triệu", kind: "number",
                      ["value": "43000000", "qualifier": "approximately"])
        expectMention("Gần 1.000 lao động bị mất việc.", "1.000", kind: "number", ["value": "1000", "qualifier": "nearly"])
        expectMention("Dự án có tổng vốn hơn 3.000 tỷ đồng.", "3.000 tỷ đồng", kind: "money",
                      ["value": "3000000000000", "currency": "VND", "qualifier": "more_than"])
        expectMention("Trên 50% doanh nghiệp báo lãi.", "50%", kind: "percent", ["value": "50", "qualifier": "more_than"])
        expectMention("Cụ ông đã ngoài 90 tuổi.", "90", kind: "number", ["value": "90", "unit": "tuổi", "qualifier": "more_than"])
        expectMention("Lạm phát được kiểm soát dưới 4%.", "4%", kind: "percent", ["value": "4", "qualifier": "less_than"])
        expectMention("Tỷ lệ giải ngân chưa đến 30%.", "30%", kind: "percent", ["value": "30", "qualifier": "less_than"])
        expectMention("Số khách đến không tới 100 người.", "100", kind: "number", ["value": "100", "qualifier": "less_than"])
        expectMention("Ít nhất 10 người thiệt mạng trong vụ sạt lở.", "10", kind: "number", ["value": "10", "qualifier": "at_least"])
        expectMention("Mỗi lớp cần tối thiểu 15 học sinh.", "15", kind: "number", ["value": "15", "qualifier": "at_least"])
        expectMention("Mỗi hộ được vay nhiều nhất 100 triệu đồng.", "100 triệu đồng", kind: "money",
                      ["value": "100000000", "currency": "VND", "qualifier": "at_most"])
        expectMention("Mức phạt tối đa 200 triệu đồng.", "200 triệu đồng", kind: "money",
                      ["value": "200000000", "currency": "VND", "qualifier": "at_most"])
    }

    func testComparativeCaoHonIsNotAQualifier() {
        expectMention("Giá thịt lợn cao hơn 5% so với cùng kỳ.", "5%", kind: "percent", ["value": "5"])
    }

    // MARK: - Brief bullets: units

    func testCountedNounsAndMeasures() {
        expectMention("Cả nước có 217.700 doanh nghiệp thành lập mới.", "217.700", kind: "number",
                      ["value": "217700", "unit": "doanh nghiệp"])
        expectMention("Diện tích gieo trồng đạt 1,9 triệu ha.", "1,9 triệu", kind: "number", ["value": "1900000", "unit": "ha"])
        expectMention("Xuất khẩu gạo đạt 7,1 triệu tấn.", "7,1 triệu", kind: "number", ["value": "7100000", "unit": "tấn"])
        expectMention("Bến phà phục vụ 250 lượt mỗi ngày.", "250", kind: "number", ["value": "250", "unit": "lượt"])
        expectMention("Đoàn thanh tra đã làm việc với công ty 5 lần.", "5", kind: "number", ["value": "5", "unit": "lần"])
        expectMention("Doanh thu tăng gấp 3 lần so với năm ngoái.", "3", kind: "number", ["value": "3", "unit": "lần"])
        expectMention("Chương trình đã phủ khắp 63 tỉnh, thành phố.", "63", kind: "number", ["value": "63", "unit": "tỉnh, thành phố"])
        expectMention("Nạn nhân là anh Trần Văn B, 45 tuổi.", "45", kind: "number", ["value": "45", "unit": "tuổi"])
    }

    // MARK: - Brief bullets: ordinals

    func testOrdinals() {
        expectMention("Tỉnh đứng thứ 3 cả nước về thu ngân sách.", "thứ 3", kind: "ordinal", ["value": "3"])
        expectMention("Đây là lần thứ hai giải đấu được tổ chức.", "thứ hai", kind: "ordinal", ["value": "2"])
        expectMention("Đại hội đại biểu toàn quốc lần thứ IX của Hội diễn ra tại Hà Nội.", "thứ IX", kind: "ordinal", ["value": "9"])
        expectMention("Đội bóng của trường giành hạng Ba.", "Ba", kind: "ordinal", ["value": "3"])
        let text = "Chỉ số năng lực cạnh tranh của tỉnh xếp thứ 8/63."
        expectMention(text, "thứ 8", kind: "ordinal", ["value": "8"])
        expectMention(text, "63", kind: "number", ["value": "63"])
    }

    // MARK: - Brief bullets: durations

    func testDurations() {
        expectMention("Tỉnh dẫn đầu về chỉ số PCI 2 năm liên tiếp.", "2 năm", kind: "duration", ["value": "2", "unit": "year"])
        expectMention("Bị cáo lĩnh án 7 năm 6 tháng tù.", "7 năm 6 tháng", kind: "duration", ["value": "90", "unit": "month"])
        expectMention("Dự án chậm tiến độ 6 tháng.", "6 tháng", kind: "duration", ["value": "6", "unit": "month"])
        expectMention("Công trình được thi công trong 3 tuần.", "3 tuần", kind: "duration", ["value": "3", "unit": "week"])
        expectMention("Hàng hóa được thông quan trong 15 ngày.", "15 ngày", kind: "duration", ["value": "15", "unit": "day"])
        expectMention("Kết quả xét nghiệm có sau 48 giờ.", "48 giờ", kind: "duration", ["value": "48", "unit": "hour"])
        expectMention("Tăng trưởng âm trong 2 quý liên tiếp.", "2 quý", kind: "duration", ["value": "2", "unit": "quarter"])
    }

    func testMinutesAndSecondsStayNumbers() {
        let text = "Mỗi ca làm việc được nghỉ giữa giờ 30 phút."
        expectMention(text, "30", kind: "number", ["value": "30", "unit": "phút"])
        expectNothingOverlapping(text, "30", kinds: ["duration"])
        let text2 = "Thời gian phản hồi trung bình là 45 giây."
        expectMention(text2, "45", kind: "number", ["value": "45", "unit": "giây"])
        expectNothingOverlapping(text2, "45", kinds: ["duration"])
    }

    // MARK: - Offsets

    func testNFDInputOffsetsPointIntoTheInputAsGiven() {
        let nfc = "Doanh thu của tỉnh đạt 7,5 tỷ USD, tăng 4% so với năm ngoái."
        let nfd = nfc.decomposedStringWithCanonicalMapping
        XCTAssertNotEqual(Array(nfd.unicodeScalars).count, Array(nfc.unicodeScalars).count, "the input must really be NFD")
        expectExactOffsets(nfd, "7,5 tỷ USD".decomposedStringWithCanonicalMapping, kind: "money", ["value": "7500000000", "currency": "USD"])
        expectExactOffsets(nfd, "4%", kind: "percent", ["value": "4"])
    }

    func testCRLFInputOffsetsCountBothCharacters() {
        let text = "Kinh tế tỉnh Bình Dương\r\n\r\nDoanh thu đạt 7,5 tỷ USD.\r\nLợi nhuận tăng 4% và có 1.500 doanh nghiệp mới."
        expectExactOffsets(text, "7,5 tỷ USD", kind: "money", ["value": "7500000000", "currency": "USD"])
        expectExactOffsets(text, "4%", kind: "percent", ["value": "4"])
        expectExactOffsets(text, "1.500", kind: "number", ["value": "1500"])
    }
}

// MARK: - Private helpers

/// Code point range of the first occurrence of `part` in `text` (exact scalars).
private func figureSpecScalarRange(of part: String, in text: String) -> Range<Int>? {
    let hay = Array(text.unicodeScalars), needle = Array(part.unicodeScalars)
    guard !needle.isEmpty, needle.count <= hay.count else { return nil }
    for i in 0...(hay.count - needle.count) where Array(hay[i..<(i + needle.count)]) == needle {
        return i..<(i + needle.count)
    }
    return nil
}

/// No mention (of the given kinds, or any kind) overlaps `part` of `text`.
private func expectNothingOverlapping(_ text: String, _ part: String, kinds: Set<String>? = nil, reference: String? = nil,
                                      file: StaticString = #filePath, line: UInt = #line) {
    guard let r = figureSpecScalarRange(of: part, in: text) else {
        XCTFail("test error: '\(part)' not in '\(text)'", file: file, line: line); return
    }
    let hits = mentions(text, reference: reference).filter {
        (kinds == nil || kinds!.contains($0.kind)) && $0.start < r.upperBound && $0.end > r.lowerBound
    }
    XCTAssertTrue(hits.isEmpty, "'\(part)' must not be (part of) a mention; got \(hits.map { "\($0.kind):\($0.text)" }) in '\(text)'",
                  file: file, line: line)
}

/// The mention's offsets are the code point offsets of `mentionText` in the
/// input (compared scalar by scalar: Swift's `==` would hide NFC/NFD).
private func expectExactOffsets(_ text: String, _ mentionText: String, kind: String, _ fields: [String: String],
                                file: StaticString = #filePath, line: UInt = #line) {
    guard let r = figureSpecScalarRange(of: mentionText, in: text) else {
        XCTFail("test error: '\(mentionText)' not in input", file: file, line: line); return
    }
    let ms = mentions(text).filter { $0.kind == kind }
    guard let m = ms.first(where: { $0.start == r.lowerBound }) else {
        XCTFail("no \(kind) mention starting at code point \(r.lowerBound); got \(ms.map { "\($0.text)@\($0.start)..<\($0.end)" })",
                file: file, line: line)
        return
    }
    XCTAssertEqual(m.end, r.upperBound, "end offset of '\(mentionText)'", file: file, line: line)
    XCTAssertEqual(Array(m.text.unicodeScalars), Array(mentionText.unicodeScalars), "text must be the input's own code points",
                   file: file, line: line)
    for (k, v) in fields { XCTAssertEqual(m.string(k), v, "field \(k)", file: file, line: line) }
}
