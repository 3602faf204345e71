import Foundation
import XCTest
@testable import SoLieu

/// Shared pipeline for tests (resources load once per process).
enum TestPipeline {
    nonisolated(unsafe) static let shared: Pipeline = {
        do { return try Pipeline() } catch { fatalError("cannot open pipeline: \(error)") }
    }()
    static let lock = NSLock()

    static func extract(_ text: String, reference: String? = nil) -> Document {
        lock.lock(); defer { lock.unlock() }
        return shared.extract(SourceText(text), id: "test", referenceDate: reference.flatMap(CalendarDay.init(iso:)))
    }

    static func tokenize(_ text: String) -> TokenizedText {
        lock.lock(); defer { lock.unlock() }
        return shared.tokenize(SourceText(text))
    }
}

/// A mention as the tests see it: the JSON object of RECORDS.md.
struct M {
    let json: JSON
    var kind: String { json["kind"].flatMap { if case let .string(s) = $0 { return s } else { return nil } } ?? "" }
    var text: String { string("text") ?? "" }
    func string(_ k: String) -> String? {
        guard let v = json[k] else { return nil }
        switch v {
        case let .string(s): return s
        case let .number(n): return n
        case let .int(i): return String(i)
        case let .bool(b): return String(b)
        default: return nil
        }
    }
    var start: Int { Int(string("start") ?? "-1") ?? -1 }
    var end: Int { Int(string("end") ?? "-1") ?? -1 }
}

func mentions(_ text: String, reference: String? = nil) -> [M] {
    let doc = TestPipeline.extract(text, reference: reference)
    return doc.mentions.map { M(json: doc.mentionJSON($0)) }
}

/// Asserts that `text` yields a mention with exactly `expected` text and the given fields.
@discardableResult
func expectMention(_ text: String, _ mentionText: String, kind: String, _ fields: [String: String] = [:], reference: String? = nil,
                   file: StaticString = #filePath, line: UInt = #line) -> M? {
    let ms = mentions(text, reference: reference)
    guard let m = ms.first(where: { $0.text == mentionText && $0.kind == kind }) else {
        XCTFail("no \(kind) mention '\(mentionText)' in '\(text)'; got: \(ms.map { "\($0.kind):\($0.text)" })", file: file, line: line)
        return nil
    }
    // Offsets must cut the mention text out of the input (code points).
    let scalars = Array(text.unicodeScalars)
    if m.start >= 0 && m.end <= scalars.count && m.start <= m.end {
        var s = String.UnicodeScalarView(); s.append(contentsOf: scalars[m.start..<m.end])
        XCTAssertEqual(String(s), mentionText, "offsets \(m.start)..<\(m.end) do not give the text", file: file, line: line)
    } else {
        XCTFail("offsets out of range: \(m.start)..<\(m.end)", file: file, line: line)
    }
    for (k, v) in fields {
        XCTAssertEqual(m.string(k), v, "\(kind) '\(mentionText)' field \(k)", file: file, line: line)
    }
    // Fields not listed but present where the spec says "absent means unknown".
    if fields["qualifier"] == nil { XCTAssertNil(m.string("qualifier"), "unexpected qualifier on '\(mentionText)'", file: file, line: line) }
    return m
}

func expectNoMention(_ text: String, _ mentionText: String, kind: String? = nil, reference: String? = nil,
                     file: StaticString = #filePath, line: UInt = #line) {
    let ms = mentions(text, reference: reference)
    let hits = ms.filter { $0.text.contains(mentionText) && (kind == nil || $0.kind == kind) }
    XCTAssertTrue(hits.isEmpty, "unexpected mention(s) \(hits.map { "\($0.kind):\($0.text)" }) in '\(text)'", file: file, line: line)
}
