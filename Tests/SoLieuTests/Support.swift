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

/// Deterministic generator (SplitMix64) for reproducible random tests.
struct SplitMixRNG: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Inputs shared by the differential tests of the fast break iterators.
enum DifferentialInputs {
    static let corpusRoot = ProcessInfo.processInfo.environment["SOLIEU_CORPUS_EXTERNAL"] ?? "/work/shared/corpus-external"

    /// Every code unit the fast iterators claim to handle.
    static let handledSet: [UInt16] = {
        var s = [UInt16]()
        for r in [0x0...0x24F, 0x300...0x36F, 0x1E00...0x1EFF, 0x2000...0x206F] { for c in r { s.append(UInt16(c)) } }
        return s
    }()

    /// `count` random strings weighted toward `interesting` units (plus rare handled and unhandled ones).
    static func randomStrings(count: Int, maxLength: Int, maxPool: Int, interesting: [UInt16], seed: UInt64, _ body: (Int, [UInt16]) -> Void) {
        var rng = SplitMixRNG(seed: seed)
        for t in 0..<count {
            let len = Int.random(in: 1...maxLength, using: &rng)
            let pool = Array(interesting.shuffled(using: &rng).prefix(Int.random(in: 2...maxPool, using: &rng)))
            var u = [UInt16]()
            for _ in 0..<len {
                let r = Int.random(in: 0..<100, using: &rng)
                u.append(r < 85 ? pool.randomElement(using: &rng)! : r < 99 ? handledSet.randomElement(using: &rng)! : 0x4E00)
            }
            body(t, u)
        }
    }

    /// The first `limit` documents of each corpus file, normalized like the pipeline does.
    /// `check` returns whether the fast path handled the document. Throws XCTSkip without the corpus.
    static func corpusDocuments(label: String, limit: Int = 300, _ check: (String, [UInt16]) -> Bool) throws -> (handled: Int, total: Int) {
        let files = ["baomoi-magizbox/baomoi-econ.jsonl", "undertheseanlp-UNC/unc-dantri.jsonl"]
        var found = false
        var totalDocs = 0, totalHandled = 0
        for file in files {
            let url = URL(fileURLWithPath: corpusRoot).appendingPathComponent(file)
            guard let data = try? Data(contentsOf: url) else { continue }
            found = true
            var docs = 0, handled = 0
            for line in data.split(separator: 10) where !line.isEmpty {
                if docs == limit { break }
                guard let obj = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                      let text = obj["text"] as? String else { continue }
                docs += 1
                if check("\(file) document \(docs)", NormalizedText(SourceText(text)).units) { handled += 1 }
            }
            print("\(label): \(file): \(handled)/\(docs) documents handled")
            totalDocs += docs
            totalHandled += handled
        }
        if !found { throw XCTSkip("corpus not found under \(corpusRoot)") }
        print("\(label): total \(totalHandled)/\(totalDocs) documents handled")
        return (totalHandled, totalDocs)
    }
}
