import Foundation
import XCTest

/// End-to-end tests of the `solieu` command line (RECORDS.md section 1,
/// DECISIONS.md, docs/OUTPUT.md): they run the built binary with `Process`
/// and check standard output, standard error and the exit status.
///
/// The binary is `<package>/.build/debug/solieu` (`swift test` builds it),
/// else `.build/release/solieu`; `SOLIEU_BIN` overrides both.
final class CLITests: XCTestCase {
    // MARK: - Running the binary

    /// The package root: the first folder above this file with a Package.swift.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    static let binary: URL? = {
        if let env = ProcessInfo.processInfo.environment["SOLIEU_BIN"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        for config in ["debug", "release"] {
            let url = packageRoot.appendingPathComponent(".build/\(config)/solieu")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }()

    var bin: String {
        get throws {
            guard let b = CLITests.binary else {
                XCTFail("no solieu binary: looked for .build/debug/solieu and .build/release/solieu under \(CLITests.packageRoot.path); run `swift build` first (or set SOLIEU_BIN)")
                throw XCTSkip("solieu binary missing")
            }
            return b.path
        }
    }

    struct Run {
        var status: Int32
        /// True when the process ended by a signal (a crash), not exit().
        var signaled: Bool
        var stdout: Data
        var stderr: Data
        var seconds: Double
        var out: String { String(decoding: stdout, as: UTF8.self) }
        var err: String { String(decoding: stderr, as: UTF8.self) }
        var lines: [String] { out.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }
    }

    /// A fresh scratch folder per test, removed afterwards.
    var tmp: URL!

    override func setUpWithError() throws {
        tmp = FileManager.default.temporaryDirectory.appendingPathComponent("solieu-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let tmp {
            // Undo any chmod so the folder can be removed.
            if let e = FileManager.default.enumerator(atPath: tmp.path) {
                for case let p as String in e { chmod(tmp.appendingPathComponent(p).path, 0o755) }
            }
            try? FileManager.default.removeItem(at: tmp)
        }
    }

    /// Runs an executable with standard output and error going to files
    /// (no pipe deadlock on large outputs); kills it after `timeout`.
    func exec(_ executable: String, _ args: [String], stdin: Data? = nil, cwd: URL? = nil,
              timeout: Double = 120, file: StaticString = #filePath, line: UInt = #line) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = args
        p.currentDirectoryURL = cwd ?? tmp
        let id = UUID().uuidString
        let outURL = tmp.appendingPathComponent(".run-\(id).out")
        let errURL = tmp.appendingPathComponent(".run-\(id).err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outURL); try? FileManager.default.removeItem(at: errURL) }
        let outH = try FileHandle(forWritingTo: outURL), errH = try FileHandle(forWritingTo: errURL)
        p.standardOutput = outH
        p.standardError = errH
        var inURL: URL?
        if let stdin {
            let u = tmp.appendingPathComponent(".run-\(id).in")
            try stdin.write(to: u)
            p.standardInput = try FileHandle(forReadingFrom: u)
            inURL = u
        } else {
            p.standardInput = FileHandle.nullDevice
        }
        defer { if let inURL { try? FileManager.default.removeItem(at: inURL) } }
        let start = Date()
        try p.run()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async { p.waitUntilExit(); done.signal() }
        if done.wait(timeout: .now() + timeout) == .timedOut {
            p.terminate()
            _ = done.wait(timeout: .now() + 5)
            XCTFail("timed out after \(timeout) s: \(executable) \(args.joined(separator: " "))", file: file, line: line)
        }
        let seconds = Date().timeIntervalSince(start)
        try outH.close(); try errH.close()
        return Run(status: p.terminationStatus, signaled: p.terminationReason == .uncaughtSignal,
                   stdout: try Data(contentsOf: outURL), stderr: try Data(contentsOf: errURL), seconds: seconds)
    }

    /// Runs `solieu ARGS` (in the scratch folder unless `cwd` is given).
    func solieu(_ args: String..., stdin: Data? = nil, cwd: URL? = nil, timeout: Double = 120,
                file: StaticString = #filePath, line: UInt = #line) throws -> Run {
        try exec(try bin, args, stdin: stdin, cwd: cwd, timeout: timeout, file: file, line: line)
    }

    func solieu(_ args: [String], stdin: Data? = nil, cwd: URL? = nil, timeout: Double = 120,
                file: StaticString = #filePath, line: UInt = #line) throws -> Run {
        try exec(try bin, args, stdin: stdin, cwd: cwd, timeout: timeout, file: file, line: line)
    }

    /// Runs a shell command line with /bin/sh -c.
    func shell(_ command: String, timeout: Double = 120, file: StaticString = #filePath, line: UInt = #line) throws -> Run {
        try exec("/bin/sh", ["-c", command], timeout: timeout, file: file, line: line)
    }

    // MARK: - Helpers

    /// A small article with a dateline, money, a percent and a year.
    static let article = """
    Ngày 28/12/2023, theo Bộ Công Thương:
    Tổng doanh thu từ thị trường nước ngoài ước đạt 7,5 tỷ USD, tăng 4% so với năm 2022.

    """

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> URL {
        try write(relative, Data(text.utf8))
    }

    @discardableResult
    func write(_ relative: String, _ data: Data) throws -> URL {
        let url = tmp.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url
    }

    func json(_ data: Data, file: StaticString = #filePath, line: UInt = #line) throws -> Any {
        do { return try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) } catch {
            XCTFail("not JSON: \(String(decoding: data.prefix(300), as: UTF8.self))", file: file, line: line)
            throw error
        }
    }

    func object(_ s: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let o = try json(Data(s.utf8), file: file, line: line)
        return try XCTUnwrap(o as? [String: Any], "not a JSON object: \(s.prefix(200))", file: file, line: line)
    }

    func jsonlObjects(_ r: Run, file: StaticString = #filePath, line: UInt = #line) throws -> [[String: Any]] {
        try r.lines.map { try object($0, file: file, line: line) }
    }

    func ids(_ docs: [[String: Any]]) -> [String] { docs.map { $0["id"] as? String ?? "<no id>" } }

    func assertUsageError(_ r: Run, _ needle: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(r.status, 2, "exit status; stderr: \(r.err)", file: file, line: line)
        XCTAssertFalse(r.signaled, file: file, line: line)
        XCTAssertTrue(r.err.hasPrefix("solieu: "), "stderr should start with 'solieu: ': \(r.err)", file: file, line: line)
        XCTAssertTrue(r.err.contains(needle), "stderr should mention '\(needle)': \(r.err)", file: file, line: line)
        XCTAssertTrue(r.stdout.isEmpty, "stdout should be empty on a usage error: \(r.out.prefix(200))", file: file, line: line)
    }

    /// RFC 4180 parser: records of fields; quoted fields may hold commas,
    /// quotes ("") and line breaks; records end with CRLF (or LF).
    static func parseCSV(_ s: String) throws -> [[String]] {
        struct BadCSV: Error, CustomStringConvertible { let description: String }
        var records = [[String]](), record = [String](), field = ""
        var inQuotes = false, quotedField = false
        var chars = Array(s.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if inQuotes {
                if c == "\"" {
                    if chars.first == "\"" { chars.removeFirst(); field.unicodeScalars.append("\"") } else { inQuotes = false }
                } else { field.unicodeScalars.append(c) }
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty && !quotedField else { throw BadCSV(description: "quote inside an unquoted field: \(field)") }
                inQuotes = true; quotedField = true
            case ",":
                record.append(field); field = ""; quotedField = false
            case "\r":
                guard chars.first == "\n" else { throw BadCSV(description: "bare CR") }
            case "\n":
                record.append(field); records.append(record)
                record = []; field = ""; quotedField = false
            default:
                guard !quotedField else { throw BadCSV(description: "text after a closing quote") }
                field.unicodeScalars.append(c)
            }
        }
        guard !inQuotes else { throw BadCSV(description: "unterminated quoted field") }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }

    /// The code points start..<end of a text (RECORDS.md: offsets are code points).
    func slice(_ text: String, _ start: Int, _ end: Int) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard start >= 0, start <= end, end <= scalars.count else { return nil }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[start..<end])
        return String(v)
    }

    func pythonHas(_ module: String) -> Bool {
        guard let r = try? exec("/usr/bin/env", ["python3", "-c", "import \(module)"], timeout: 60) else { return false }
        return r.status == 0
    }

    // MARK: - Help, version, usage errors

    func testVersion() throws {
        for arg in ["--version", "version"] {
            let r = try solieu(arg)
            XCTAssertEqual(r.status, 0)
            XCTAssertTrue(r.out.range(of: #"^solieu \d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, r.out)
            XCTAssertEqual(r.err, "")
        }
    }

    func testHelpForEveryCommand() throws {
        for args in [["--help"], ["-h"], ["help"]] {
            let r = try solieu(args)
            XCTAssertEqual(r.status, 0, "\(args)")
            XCTAssertTrue(r.out.contains("USAGE: solieu <command>"), r.out)
            for command in ["extract", "tokenize", "verify", "bench"] { XCTAssertTrue(r.out.contains(command), command) }
            XCTAssertEqual(r.err, "")
        }
        for command in ["extract", "tokenize", "verify", "bench"] {
            for flag in ["--help", "-h"] {
                let r = try solieu(command, flag)
                XCTAssertEqual(r.status, 0, "\(command) \(flag): \(r.err)")
                XCTAssertTrue(r.out.contains("USAGE: solieu \(command)"), "\(command) \(flag): \(r.out)")
                XCTAssertEqual(r.err, "", "\(command) \(flag)")
            }
        }
        // The extract help documents the contract's options and exit statuses.
        let r = try solieu("extract", "--help")
        for option in ["--format json|jsonl|csv", "--input text|jsonl", "--reference-date", "-o, --output", "--jobs", "--lossy", "EXIT STATUS"] {
            XCTAssertTrue(r.out.contains(option), "extract --help lacks \(option)")
        }
    }

    func testUsageErrorsExitTwo() throws {
        // No command at all: the help, on stderr.
        let none = try solieu([])
        XCTAssertEqual(none.status, 2)
        XCTAssertTrue(none.err.contains("USAGE"), none.err)
        XCTAssertTrue(none.stdout.isEmpty)

        assertUsageError(try solieu("frobnicate"), "unknown command 'frobnicate'")
        assertUsageError(try solieu("extract", "--bogus"), "unknown option '--bogus'")
        assertUsageError(try solieu("extract", "-x", "a.txt"), "unknown option '-x'")
        assertUsageError(try solieu("extract", "--format", "xml"), "--format")
        assertUsageError(try solieu("extract", "--format=yaml"), "--format")
        assertUsageError(try solieu("extract", "--format"), "--format needs a value")
        assertUsageError(try solieu("extract", "--input", "csv"), "--input")
        assertUsageError(try solieu("extract", "--reference-date", "28/12/2023"), "--reference-date '28/12/2023'")
        assertUsageError(try solieu("extract", "--reference-date", "2023-02-30"), "--reference-date '2023-02-30'")
        assertUsageError(try solieu("extract", "--reference-date", "2023-13-01"), "--reference-date")
        assertUsageError(try solieu("extract", "--jobs", "0"), "--jobs")
        assertUsageError(try solieu("extract", "--jobs", "two"), "--jobs")
        assertUsageError(try solieu("extract", "-", "-"), "standard input")
        assertUsageError(try solieu("tokenize", "--format", "xml"), "--format")
        assertUsageError(try solieu("bench", "--stage", "nope", "x"), "unknown stage")
        // A usage error never reads or writes anything.
        try write("a.txt", CLITests.article)
        assertUsageError(try solieu("extract", "a.txt", "--format", "xml", "-o", "out.json"), "--format")
        XCTAssertFalse(FileManager.default.fileExists(atPath: tmp.appendingPathComponent("out.json").path))
    }

    // MARK: - Inputs: file, folder, standard input

    func testFileInput() throws {
        try write("a.txt", CLITests.article)
        let r = try solieu("extract", "a.txt")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.err, "")
        let doc = try XCTUnwrap(try json(r.stdout) as? [String: Any], "one input: one object")
        XCTAssertEqual(doc["id"] as? String, "a.txt")
        XCTAssertEqual(doc["source"] as? String, "a.txt")
        XCTAssertEqual(doc["reference_date"] as? String, "2023-12-28")
        XCTAssertEqual(doc["reference_source"] as? String, "dateline")
        XCTAssertNotNil(doc["indicators"] as? [Any])
        let mentions = try XCTUnwrap(doc["mentions"] as? [[String: Any]])
        let money = try XCTUnwrap(mentions.first { $0["kind"] as? String == "money" }, "\(mentions)")
        XCTAssertEqual(money["text"] as? String, "7,5 tỷ USD")
        XCTAssertEqual((money["value"] as? NSNumber)?.int64Value, 7_500_000_000)
        XCTAssertEqual(money["currency"] as? String, "USD")
        // Offsets are code points into the text as given.
        for m in mentions {
            let s = try XCTUnwrap(m["start"] as? Int), e = try XCTUnwrap(m["end"] as? Int)
            XCTAssertEqual(slice(CLITests.article, s, e), m["text"] as? String)
        }
        // The path is kept as given (absolute here).
        let abs = tmp.appendingPathComponent("a.txt").path
        let r2 = try solieu("extract", abs, "--format", "jsonl")
        XCTAssertEqual(try object(r2.lines[0])["id"] as? String, abs)
        XCTAssertEqual(try object(r2.lines[0])["source"] as? String, abs)
    }

    func testFolderInputTakesSortedTxtFilesBelowIt() throws {
        try write("in/z.txt", "Tăng 3%.")
        try write("in/a.txt", "Tăng 1%.")
        try write("in/sub/b.txt", "Tăng 2%.")
        try write("in/sub/deeper/c.txt", "Tăng 4%.")
        try write("in/notes.md", "Tăng 9%.")
        try write("in/data.json", "{}")
        try write("in/a.txt.bak", "Tăng 9%.")
        let r = try solieu("extract", "in", "--format", "jsonl")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.err, "")
        let docs = try jsonlObjects(r)
        XCTAssertEqual(ids(docs), ["in/a.txt", "in/sub/b.txt", "in/sub/deeper/c.txt", "in/z.txt"])
        XCTAssertEqual(docs.map { $0["source"] as? String }, ids(docs))
        // A folder and a file together: the folder's files in place, then the file.
        try write("extra.txt", "Tăng 5%.")
        let r2 = try solieu("extract", "extra.txt", "in/", "--format", "jsonl")
        XCTAssertEqual(ids(try jsonlObjects(r2)), ["extra.txt", "in/a.txt", "in/sub/b.txt", "in/sub/deeper/c.txt", "in/z.txt"])
        // An empty folder is no input at all: an empty array, exit 0.
        try FileManager.default.createDirectory(at: tmp.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let r3 = try solieu("extract", "empty")
        XCTAssertEqual(r3.status, 0)
        XCTAssertEqual((try json(r3.stdout) as? [Any])?.count, 0)
    }

    func testStandardInput() throws {
        let text = Data(CLITests.article.utf8)
        let noPath = try solieu("extract", "--format", "jsonl", stdin: text)
        let dash = try solieu("extract", "-", "--format", "jsonl", stdin: text)
        XCTAssertEqual(noPath.status, 0, noPath.err)
        XCTAssertEqual(dash.status, 0, dash.err)
        XCTAssertEqual(noPath.stdout, dash.stdout)
        let doc = try object(noPath.lines[0])
        XCTAssertEqual(noPath.lines.count, 1)
        XCTAssertEqual(doc["id"] as? String, "-")
        XCTAssertEqual(doc["source"] as? String, "-")
        XCTAssertEqual(doc["reference_date"] as? String, "2023-12-28")
        // The same text from a file gives the same mentions.
        try write("a.txt", CLITests.article)
        let file = try object(try solieu("extract", "a.txt", "--format", "jsonl").lines[0])
        XCTAssertEqual((doc["mentions"] as? NSArray), (file["mentions"] as? NSArray))
        // Standard input between files, in argument order.
        try write("b.txt", "Tăng 2%.")
        let mixed = try solieu("extract", "a.txt", "-", "b.txt", "--format", "jsonl", stdin: Data("Giảm 1%.".utf8))
        XCTAssertEqual(ids(try jsonlObjects(mixed)), ["a.txt", "-", "b.txt"])
    }

    func testReferenceDateOption() throws {
        let text = Data("Năm nay doanh thu tăng 5%.".utf8)
        let given = try object(try solieu("extract", "--reference-date", "2021-06-15", "--format", "jsonl", stdin: text).lines[0])
        XCTAssertEqual(given["reference_date"] as? String, "2021-06-15")
        XCTAssertEqual(given["reference_source"] as? String, "given")
        let year = (given["mentions"] as? [[String: Any]])?.first { $0["kind"] as? String == "date" }
        XCTAssertEqual(year?["value"] as? String, "2021")
        // Without a reference date and without a dateline: none, unresolved, never guessed.
        let none = try object(try solieu("extract", "--format", "jsonl", stdin: text).lines[0])
        XCTAssertNil(none["reference_date"])
        XCTAssertEqual(none["reference_source"] as? String, "none")
        let unresolved = (none["mentions"] as? [[String: Any]])?.first { $0["kind"] as? String == "date" }
        XCTAssertEqual(unresolved?["resolved"] as? Bool, false)
        XCTAssertNil(unresolved?["value"])
    }

    // MARK: - Output formats

    func testJSONIsOneObjectForOneInputAndAnArrayForSeveral() throws {
        try write("a.txt", CLITests.article)
        try write("b.txt", "Giảm 2%.")
        let one = try solieu("extract", "a.txt", "--format", "json")
        XCTAssertEqual(one.status, 0)
        XCTAssertTrue(try json(one.stdout) is [String: Any])
        XCTAssertTrue(one.out.hasSuffix("}\n"))
        let two = try solieu("extract", "a.txt", "b.txt", "--format", "json")
        XCTAssertEqual(two.status, 0)
        let array = try XCTUnwrap(try json(two.stdout) as? [[String: Any]])
        XCTAssertEqual(ids(array), ["a.txt", "b.txt"])
        // json is the default format.
        XCTAssertEqual(try solieu("extract", "a.txt", "b.txt").stdout, two.stdout)
        // JSONL input always gives an array, even for one line.
        let jl = try solieu("extract", "--input", "jsonl", "--format", "json", stdin: Data(#"{"id":"x","text":"Tăng 4%."}"#.utf8))
        XCTAssertEqual(ids(try XCTUnwrap(try json(jl.stdout) as? [[String: Any]])), ["x"])
    }

    func testJSONLOneDocumentPerLine() throws {
        try write("a.txt", CLITests.article)
        try write("b.txt", "Giảm 2%.\nTăng 3%.\n")
        try write("c.txt", "")
        let r = try solieu("extract", "a.txt", "b.txt", "c.txt", "--format", "jsonl")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.hasSuffix("\n"))
        XCTAssertEqual(r.out.components(separatedBy: "\n").count, 4, "three lines, each ending in a newline")
        let docs = try jsonlObjects(r)
        XCTAssertEqual(ids(docs), ["a.txt", "b.txt", "c.txt"])
        XCTAssertEqual((docs[1]["mentions"] as? [Any])?.count, 2)
        // The same documents as --format json, byte for byte once parsed.
        let array = try XCTUnwrap(try json(try solieu("extract", "a.txt", "b.txt", "c.txt", "--format", "json").stdout) as? NSArray)
        XCTAssertEqual(array, docs as NSArray)
    }

    func testCSVHasHeaderAndRFC4180Quoting() throws {
        let columns = ["document_id", "indicator", "subject", "value_kind", "value_text", "value", "min", "max", "unit", "currency", "per",
                       "qualifier", "period_text", "period_value", "period_from", "period_to", "period_grain", "modality",
                       "change_direction", "change_text", "change_value", "change_unit", "baseline_text", "baseline_value",
                       "baseline_from", "baseline_to", "sentence_start", "sentence_end", "change_from_text", "change_from_value", "side"]
        // An id with a comma, a quote and a line break must survive the quoting.
        let awkwardID = "tin \"nóng\", số 1\nphần 2"
        let sentence = "Tổng doanh thu từ thị trường nước ngoài ước đạt 7,5 tỷ USD, tăng 4% so với năm 2022."
        let obj: [String: Any] = ["id": awkwardID, "text": sentence, "reference_date": "2023-12-28"]
        let line = Array(try JSONSerialization.data(withJSONObject: obj))
        let r = try solieu("extract", "--input", "jsonl", "--format", "csv", stdin: Data(line + [10]))
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.hasPrefix(columns.joined(separator: ",") + "\r\n"), "header row: \(r.out.prefix(400))")
        let records = try CLITests.parseCSV(r.out)
        XCTAssertEqual(records.first, columns)
        let rows = records.dropFirst()
        for row in rows { XCTAssertEqual(row.count, columns.count, "every row has every column: \(row)") }
        // RECORDS.md section 4's example sentence gives a record for the money value.
        let record = try XCTUnwrap(rows.first { $0[4] == "7,5 tỷ USD" }, "no record with value_text '7,5 tỷ USD': \(Array(rows))")
        let field = Dictionary(uniqueKeysWithValues: zip(columns, record))
        XCTAssertEqual(field["document_id"], awkwardID)
        XCTAssertEqual(field["value_kind"], "money")
        XCTAssertEqual(field["value"], "7500000000")
        XCTAssertEqual(field["currency"], "USD")
        XCTAssertTrue(["actual", "estimate", "forecast", "target"].contains(field["modality"] ?? ""))
        let s = Int(field["sentence_start"] ?? "") ?? -1, e = Int(field["sentence_end"] ?? "") ?? -1
        XCTAssertNotNil(slice(sentence, s, e), "sentence offsets \(s)..<\(e)")
        // Raw bytes: the quoted id doubles its quotes.
        XCTAssertTrue(r.out.contains("\"tin \"\"nóng\"\", số 1\nphần 2\""), "RFC 4180 quoting of the id")
        // The CSV rows agree with the JSON records.
        let jsonDoc = try object(try solieu("extract", "--input", "jsonl", "--format", "jsonl", stdin: Data(line + [10])).lines[0])
        XCTAssertEqual((jsonDoc["indicators"] as? [Any])?.count, rows.count)
        // Documents without records: the header only.
        let empty = try solieu("extract", "--format", "csv", stdin: Data("Không có số liệu.".utf8))
        XCTAssertEqual(try CLITests.parseCSV(empty.out), [columns])
    }

    // MARK: - JSONL input

    func testJSONLInputKeepsIdsInOrderAndHonoursReferenceDate() throws {
        let lines = [
            #"{"id": "zeta", "text": "Năm nay tăng 5%.", "reference_date": "2020-03-04"}"#,
            #"{"id": "alpha", "text": "Năm ngoái giảm 2%."}"#,
            #"{"id": 42, "text": "Tháng này đạt 7,5 tỷ USD.", "reference_date": "2019-11-30"}"#,
            "",
            #"{"id": "mu", "text": "Ngày 28/12/2023, năm nay tăng 1%."}"#,
            #"{"id": "nu", "text": "Năm nay tăng 1%.", "reference_date": null}"#,
        ]
        try write("in.jsonl", lines.joined(separator: "\n") + "\n")
        let r = try solieu("extract", "--input", "jsonl", "--format", "jsonl", "--reference-date", "2010-01-01", "in.jsonl")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.err, "")
        let docs = try jsonlObjects(r)
        XCTAssertEqual(ids(docs), ["zeta", "alpha", "42", "mu", "nu"], "one output line per non-blank input line, same order")
        for d in docs { XCTAssertNil(d["source"], "JSONL lines have no source path") }
        func firstDate(_ d: [String: Any]) -> String? {
            (d["mentions"] as? [[String: Any]])?.first { $0["kind"] as? String == "date" }?["value"] as? String
        }
        XCTAssertEqual(docs[0]["reference_date"] as? String, "2020-03-04")
        XCTAssertEqual(docs[0]["reference_source"] as? String, "given")
        XCTAssertEqual(firstDate(docs[0]), "2020")
        // No reference_date on the line: --reference-date applies.
        XCTAssertEqual(docs[1]["reference_date"] as? String, "2010-01-01")
        XCTAssertEqual(firstDate(docs[1]), "2009")
        XCTAssertEqual(docs[2]["reference_date"] as? String, "2019-11-30")
        XCTAssertEqual(firstDate(docs[2]), "2019-11")
        // A given date wins over the dateline.
        XCTAssertEqual(docs[3]["reference_source"] as? String, "given")
        XCTAssertEqual(docs[3]["reference_date"] as? String, "2010-01-01")
        XCTAssertEqual(docs[4]["reference_date"] as? String, "2010-01-01", "null reference_date is absent")

        // Without --reference-date: the line's own date, else the dateline, else none.
        let r2 = try solieu("extract", "--input", "jsonl", "--format", "jsonl", "in.jsonl")
        let docs2 = try jsonlObjects(r2)
        XCTAssertEqual(docs2[1]["reference_source"] as? String, "none")
        XCTAssertNil(docs2[1]["reference_date"])
        XCTAssertEqual(docs2[3]["reference_source"] as? String, "dateline")
        XCTAssertEqual(docs2[3]["reference_date"] as? String, "2023-12-28")

        // From standard input, as a line filter.
        let r3 = try solieu("extract", "--input", "jsonl", "--format", "jsonl", "--reference-date", "2010-01-01",
                            stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
        XCTAssertEqual(r3.stdout, r.stdout)
    }

    func testBadJSONLLinesGiveErrorObjectsInPlace() throws {
        let lines = [
            #"{"id": "g1", "text": "Tăng 4%."}"#,
            #"this is not JSON"#,
            #"{"id": "no-text", "body": "Tăng 4%."}"#,
            #"{"id": "bad-date", "text": "Tăng 4%.", "reference_date": "2023-02-30"}"#,
            #"["an", "array"]"#,
            #"{"id": "num-text", "text": 12}"#,
            #"{"id": "g2", "text": "Giảm 3%."}"#,
        ]
        try write("in.jsonl", lines.joined(separator: "\n") + "\n")
        let r = try solieu("extract", "--input", "jsonl", "--format", "jsonl", "in.jsonl")
        XCTAssertEqual(r.status, 1, "some lines failed")
        XCTAssertFalse(r.signaled)
        let docs = try jsonlObjects(r)
        XCTAssertEqual(ids(docs), ["g1", "in.jsonl:2", "no-text", "bad-date", "in.jsonl:5", "num-text", "g2"])
        for (i, d) in docs.enumerated() {
            let bad = (1...5).contains(i)
            let error = d["error"] as? [String: Any]
            if bad {
                XCTAssertNotNil(error?["message"] as? String, "line \(i + 1) should be an error object: \(d)")
                XCTAssertFalse((error?["message"] as? String ?? "").isEmpty)
                XCTAssertNil(d["mentions"], "an error object has no mentions")
            } else {
                XCTAssertNil(error)
                XCTAssertEqual((d["mentions"] as? [Any])?.count, 1, "good line \(i + 1)")
            }
        }
        let dateMessage = (docs[3]["error"] as? [String: Any])?["message"] as? String ?? ""
        XCTAssertTrue(dateMessage.contains("reference_date"), dateMessage)
        // Each bad line is named on stderr with its line number.
        for n in 2...6 { XCTAssertTrue(r.err.contains("solieu: in.jsonl:\(n): "), "stderr names line \(n): \(r.err)") }
        XCTAssertFalse(r.err.contains("in.jsonl:1:") || r.err.contains("in.jsonl:7:"), r.err)

        // From standard input the fallback id is "stdin:<line>".
        let s = try solieu("extract", "--input", "jsonl", "--format", "jsonl", stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
        XCTAssertEqual(s.status, 1)
        XCTAssertEqual(ids(try jsonlObjects(s)), ["g1", "stdin:2", "no-text", "bad-date", "stdin:5", "num-text", "g2"])

        // --format json: the same objects in an array; csv: good rows only.
        let j = try solieu("extract", "--input", "jsonl", "--format", "json", "in.jsonl")
        XCTAssertEqual(j.status, 1)
        XCTAssertEqual(ids(try XCTUnwrap(try json(j.stdout) as? [[String: Any]])), ids(docs))
        let c = try solieu("extract", "--input", "jsonl", "--format", "csv", "in.jsonl")
        XCTAssertEqual(c.status, 1)
        XCTAssertNoThrow(try CLITests.parseCSV(c.out))
    }

    // MARK: - Failing inputs

    func testMissingFileAmongGoodOnes() throws {
        try write("a.txt", "Tăng 1%.")
        try write("b.txt", "Tăng 2%.")
        let r = try solieu("extract", "a.txt", "missing.txt", "b.txt", "--format", "jsonl")
        XCTAssertEqual(r.status, 1)
        XCTAssertFalse(r.signaled)
        XCTAssertEqual(ids(try jsonlObjects(r)), ["a.txt", "b.txt"], "the good inputs are still written")
        let errLines = r.err.split(separator: "\n").map(String.init)
        XCTAssertTrue(errLines.contains { $0.hasPrefix("solieu: missing.txt: ") && $0.count > "solieu: missing.txt: ".count }, r.err)
        XCTAssertEqual(errLines.count, 1, r.err)
        // A missing folder, a missing JSONL file: the same.
        let f = try solieu("extract", "a.txt", "nodir/", "--format", "jsonl")
        XCTAssertEqual(f.status, 1)
        XCTAssertTrue(f.err.contains("solieu: nodir/: "), f.err)
        XCTAssertEqual(ids(try jsonlObjects(f)), ["a.txt"])
        let j = try solieu("extract", "--input", "jsonl", "--format", "jsonl", "nope.jsonl")
        XCTAssertEqual(j.status, 1)
        XCTAssertTrue(j.err.contains("solieu: nope.jsonl: "), j.err)
        XCTAssertEqual(j.stdout.count, 0)
        // With -o the good ones still reach the file.
        let o = try solieu("extract", "a.txt", "missing.txt", "b.txt", "-o", "out.json")
        XCTAssertEqual(o.status, 1)
        let written = try XCTUnwrap(try json(Data(contentsOf: tmp.appendingPathComponent("out.json"))) as? [[String: Any]])
        XCTAssertEqual(ids(written), ["a.txt", "b.txt"])
    }

    func testInvalidUTF8NamesFileAndByteOffset() throws {
        // "Tăng " is 6 bytes (ă is 2), so the bad byte 0xC3 0x28 starts at byte 6.
        let bad = Data("Tăng ".utf8) + Data([0xC3, 0x28]) + Data(" 4%.".utf8)
        try write("bad.txt", bad)
        try write("good.txt", "Tăng 5%.")
        let r = try solieu("extract", "good.txt", "bad.txt", "--format", "jsonl")
        XCTAssertEqual(r.status, 1)
        XCTAssertFalse(r.signaled)
        XCTAssertTrue(r.err.contains("solieu: bad.txt: "), r.err)
        XCTAssertTrue(r.err.contains("invalid UTF-8"), r.err)
        XCTAssertTrue(r.err.contains("byte 6"), "the byte offset: \(r.err)")
        let docs = try jsonlObjects(r)
        XCTAssertEqual(ids(docs), ["good.txt", "bad.txt"])
        XCTAssertNotNil(docs[0]["mentions"])
        let message = (docs[1]["error"] as? [String: Any])?["message"] as? String ?? ""
        XCTAssertTrue(message.contains("byte 6"), message)
        // --lossy: U+FFFD in place of the bad byte, exit 0.
        let lossy = try solieu("extract", "--lossy", "good.txt", "bad.txt", "--format", "jsonl")
        XCTAssertEqual(lossy.status, 0, lossy.err)
        XCTAssertEqual(lossy.err, "")
        let ld = try jsonlObjects(lossy)
        XCTAssertNil(ld[1]["error"])
        let pct = (ld[1]["mentions"] as? [[String: Any]])?.first { $0["kind"] as? String == "percent" }
        XCTAssertEqual(pct?["text"] as? String, "4%")
        // "Tăng " (5) + U+FFFD + "(" + " " = 8.
        XCTAssertEqual(pct?["start"] as? Int, 8)
        // Binary data is refused too.
        try write("bin.txt", Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]))
        let b = try solieu("extract", "bin.txt")
        XCTAssertEqual(b.status, 1)
        XCTAssertTrue(b.err.contains("solieu: bin.txt: "), b.err)
    }

    func testEmptyFileIsADocumentWithoutMentions() throws {
        try write("empty.txt", "")
        let r = try solieu("extract", "empty.txt")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.err, "")
        let doc = try XCTUnwrap(try json(r.stdout) as? [String: Any])
        XCTAssertEqual(doc["id"] as? String, "empty.txt")
        XCTAssertEqual((doc["mentions"] as? [Any])?.count, 0)
        XCTAssertEqual((doc["indicators"] as? [Any])?.count, 0)
        XCTAssertEqual(doc["reference_source"] as? String, "none")
        // Empty standard input, too; a BOM alone is empty text.
        let s = try solieu("extract", stdin: Data())
        XCTAssertEqual(s.status, 0)
        XCTAssertEqual(((try json(s.stdout) as? [String: Any])?["mentions"] as? [Any])?.count, 0)
        try write("bom.txt", Data([0xEF, 0xBB, 0xBF]))
        XCTAssertEqual(try solieu("extract", "bom.txt").status, 0)
    }

    // MARK: - Output files

    func listing(_ dir: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { !$0.hasPrefix(".run-") }.sorted()
    }

    func testOutputFileIsWrittenAtomically() throws {
        try write("in/a.txt", CLITests.article)
        try write("in/b.txt", "Tăng 2%.")
        try write("in/c.txt", "Giảm 3%.")
        try FileManager.default.createDirectory(at: tmp.appendingPathComponent("out"), withIntermediateDirectories: true)
        // An existing file is replaced as a whole.
        try write("out/result.json", String(repeating: "old content ", count: 10_000))
        let r = try solieu("extract", "in", "-o", "out/result.json")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.stdout.isEmpty, "with -o nothing goes to stdout")
        XCTAssertEqual(listing(tmp.appendingPathComponent("out")), ["result.json"], "no temporary file left behind")
        let data = try Data(contentsOf: tmp.appendingPathComponent("out/result.json"))
        let docs = try XCTUnwrap(try json(data) as? [[String: Any]], "a complete JSON array")
        XCTAssertEqual(ids(docs), ["in/a.txt", "in/b.txt", "in/c.txt"])
        // The file holds exactly what stdout would.
        XCTAssertEqual(data, try solieu("extract", "in").stdout)
        // --output=FILE and every format.
        for format in ["jsonl", "csv"] {
            let o = try solieu("extract", "in", "--format", format, "--output=out/r.\(format)")
            XCTAssertEqual(o.status, 0, o.err)
            XCTAssertEqual(try Data(contentsOf: tmp.appendingPathComponent("out/r.\(format)")),
                           try solieu("extract", "in", "--format", format).stdout)
        }
        XCTAssertEqual(listing(tmp.appendingPathComponent("out")), ["r.csv", "r.jsonl", "result.json"])
    }

    func testInterruptedRunLeavesNoPartialFile() throws {
        // A run killed by SIGTERM while writing leaves the old file untouched
        // and removes its temporary file.
        var text = ""
        for i in 0..<40_000 { text += #"{"id":"d\#(i)","text":"Năm 2023 doanh thu đạt 7,5 tỷ USD, tăng 4%."}"# + "\n" }
        try write("big.jsonl", text)
        try write("out/result.jsonl", "old\n")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try bin)
        p.arguments = ["extract", "--input", "jsonl", "--format", "jsonl", "--jobs", "1", "big.jsonl", "-o", "out/result.jsonl"]
        p.currentDirectoryURL = tmp
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Wait until the temporary file exists (the run is under way).
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline && !listing(tmp.appendingPathComponent("out")).contains(where: { $0.contains(".tmp") }) {
            usleep(20_000)
        }
        usleep(200_000)
        p.terminate()
        p.waitUntilExit()
        if p.terminationReason == .exit && p.terminationStatus == 0 {
            throw XCTSkip("the run finished before it could be interrupted")
        }
        XCTAssertEqual(try String(contentsOf: tmp.appendingPathComponent("out/result.jsonl"), encoding: .utf8), "old\n")
        XCTAssertEqual(listing(tmp.appendingPathComponent("out")), ["result.jsonl"], "temporary file removed")
    }

    func testOutputFolderWritesOneFilePerInputPlusDatasetAndCSV() throws {
        try write("a/x.txt", CLITests.article)
        try write("b/x.txt", "Tăng 2%.")
        try write("c.txt", "Giảm 3%.")
        let r = try solieu("extract", "a/x.txt", "b/x.txt", "c.txt", "-o", "out/")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.err, "")
        XCTAssertTrue(r.stdout.isEmpty)
        let out = tmp.appendingPathComponent("out")
        XCTAssertEqual(listing(out), ["c.json", "dataset.jsonl", "indicators.csv", "x-2.json", "x.json"])
        func doc(_ name: String) throws -> [String: Any] {
            try XCTUnwrap(try json(Data(contentsOf: out.appendingPathComponent(name))) as? [String: Any], name)
        }
        XCTAssertEqual(try doc("x.json")["id"] as? String, "a/x.txt")
        XCTAssertEqual(try doc("x-2.json")["id"] as? String, "b/x.txt", "colliding names are disambiguated")
        XCTAssertEqual(try doc("c.json")["id"] as? String, "c.txt")
        let dataset = try String(contentsOf: out.appendingPathComponent("dataset.jsonl"), encoding: .utf8)
        let lines = dataset.split(separator: "\n").map(String.init)
        XCTAssertEqual(ids(try lines.map { try object($0) }), ["a/x.txt", "b/x.txt", "c.txt"])
        // Each <name>.json is the same document as its dataset line.
        XCTAssertEqual(try doc("x.json") as NSDictionary, try object(lines[0]) as NSDictionary)
        let csv = try CLITests.parseCSV(try String(contentsOf: out.appendingPathComponent("indicators.csv"), encoding: .utf8))
        XCTAssertEqual(csv.first?.first, "document_id")
        XCTAssertEqual(Array(csv.dropFirst()), Array(try CLITests.parseCSV(try solieu("extract", "a/x.txt", "b/x.txt", "c.txt", "--format", "csv").out).dropFirst()))
        // An existing folder without the trailing slash is a folder too; a
        // failing input gets a dataset line with its error, no <name>.json.
        try write("bad.txt", Data([0x41, 0xFF]))
        let out2 = tmp.appendingPathComponent("out2")
        try FileManager.default.createDirectory(at: out2, withIntermediateDirectories: true)
        let r2 = try solieu("extract", "c.txt", "bad.txt", "-", "-o", "out2", stdin: Data("Tăng 9%.".utf8))
        XCTAssertEqual(r2.status, 1)
        XCTAssertTrue(r2.err.contains("solieu: bad.txt: "), r2.err)
        XCTAssertEqual(listing(out2), ["c.json", "dataset.jsonl", "indicators.csv", "stdin.json"])
        let lines2 = try String(contentsOf: out2.appendingPathComponent("dataset.jsonl"), encoding: .utf8).split(separator: "\n")
        let docs2 = try lines2.map { try object(String($0)) }
        XCTAssertEqual(ids(docs2), ["c.txt", "bad.txt", "-"])
        XCTAssertNotNil(docs2[1]["error"])
        // JSONL input: the dataset and the CSV (the lines have no file names).
        try write("in.jsonl", #"{"id":"j1","text":"Tăng 1%."}"# + "\n" + #"{"id":"j2","text":"Tăng 2%."}"# + "\n")
        let r3 = try solieu("extract", "--input", "jsonl", "in.jsonl", "-o", "jout/")
        XCTAssertEqual(r3.status, 0, r3.err)
        XCTAssertEqual(listing(tmp.appendingPathComponent("jout")), ["dataset.jsonl", "indicators.csv"])
    }

    func testUnwritableOutputIsAClearErrorNotACrash() throws {
        try write("a.txt", "Tăng 1%.")
        try write("plain-file", "I am a file, not a folder")
        // A path under a regular file fails for everyone, root included.
        for target in ["plain-file/out.json", "plain-file/out/", "plain-file/sub/dir/out.json"] {
            let r = try solieu("extract", "a.txt", "-o", target)
            XCTAssertEqual(r.status, 1, "\(target): \(r.err)")
            XCTAssertFalse(r.signaled, "\(target): no crash")
            XCTAssertTrue(r.err.hasPrefix("solieu: "), r.err)
            XCTAssertTrue(r.err.contains("plain-file/"), "names the path: \(r.err)")
            XCTAssertTrue(r.err.contains("Not a directory"), "says why: \(r.err)")
            XCTAssertFalse(r.err.contains("NSCocoaErrorDomain"), r.err)
            XCTAssertEqual(r.err.split(separator: "\n").count, 1, r.err)
            XCTAssertTrue(r.stdout.isEmpty)
        }
        XCTAssertEqual(try String(contentsOf: tmp.appendingPathComponent("plain-file"), encoding: .utf8), "I am a file, not a folder")
        // A read-only folder: only meaningful when not running as root.
        let ro = tmp.appendingPathComponent("ro")
        try FileManager.default.createDirectory(at: ro, withIntermediateDirectories: true)
        chmod(ro.path, 0o555)
        defer { chmod(ro.path, 0o755) }
        let r = try solieu("extract", "a.txt", "-o", "ro/out.json")
        if geteuid() == 0 && r.status == 0 {
            // root writes anyway; the checks above cover the failure path.
        } else {
            XCTAssertEqual(r.status, 1, r.err)
            XCTAssertFalse(r.signaled)
            XCTAssertTrue(r.err.contains("ro/out.json"), r.err)
            XCTAssertEqual(listing(ro), [])
        }
    }

    // MARK: - Determinism, pipes, scale

    func testJobsDoNotChangeTheOutput() throws {
        let corpus = CLITests.packageRoot.appendingPathComponent("Corpus").path
        // Several documents: the corpus plus copies, so batches hold many.
        for i in 0..<12 { try write("docs/d\(i).txt", CLITests.article + String(repeating: "Tăng \(i)%. ", count: i)) }
        for format in ["jsonl", "csv", "json"] {
            let one = try solieu("extract", corpus, "docs", "--format", format, "--jobs", "1")
            let two = try solieu("extract", corpus, "docs", "--format", format, "--jobs", "2")
            let many = try solieu("extract", corpus, "docs", "--format", format, "--jobs", "7")
            XCTAssertEqual(one.status, 0, one.err)
            XCTAssertGreaterThan(one.stdout.count, 1000)
            XCTAssertTrue(one.stdout == two.stdout, "--jobs 1 and --jobs 2 differ (\(format))")
            XCTAssertTrue(one.stdout == many.stdout, "--jobs 1 and --jobs 7 differ (\(format))")
        }
        // JSONL input too.
        var text = ""
        for i in 0..<200 { text += #"{"id":"d\#(i)","text":"Quý \#(i % 4 + 1)/2023 tăng \#(i),5%."}"# + "\n" }
        try write("in.jsonl", text)
        let a = try solieu("extract", "--input", "jsonl", "--format", "jsonl", "--jobs", "1", "in.jsonl")
        let b = try solieu("extract", "--input", "jsonl", "--format", "jsonl", "--jobs", "2", "in.jsonl")
        XCTAssertEqual(a.lines.count, 200)
        XCTAssertTrue(a.stdout == b.stdout)
    }

    func testClosedPipeEndsQuietly() throws {
        var text = ""
        for i in 0..<20_000 { text += #"{"id":"d\#(i)","text":"Năm 2023 doanh thu đạt 7,5 tỷ USD, tăng 4%."}"# + "\n" }
        try write("big.jsonl", text)
        let b = try bin.replacingOccurrences(of: "'", with: "'\\''")
        let r = try shell("'\(b)' extract --input jsonl --format jsonl big.jsonl | head -1", timeout: 60)
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.lines.count, 1)
        XCTAssertEqual(try object(r.lines[0])["id"] as? String, "d0")
        XCTAssertEqual(r.err, "", "no error message on a closed pipe")
        // It stops at once instead of processing the whole input.
        XCTAssertLessThan(r.seconds, 15, "took \(r.seconds) s")
        // Text input and csv, too.
        try write("a.txt", String(repeating: CLITests.article, count: 300))
        let r2 = try shell("'\(b)' extract --format csv a.txt a.txt a.txt | head -1", timeout: 120)
        XCTAssertEqual(r2.err, "")
        XCTAssertTrue(r2.out.hasPrefix("document_id,"))
    }

    /// A large single article (asked for: 50 MB). The debug build is slow,
    /// and indicator records currently cost more than linear time in the
    /// number of mentions (RecordBuilder: 1 MB 6.7 s, 2 MB 21 s, 4 MB over
    /// 2 min in debug), so with the debug binary the size is reduced to
    /// 2 MB (about 20-30 s); with a release binary it is 50 MB.
    /// SOLIEU_CLI_BIG_MB sets it. `solieu bench` on a release build covers
    /// real scale.
    func testLargeSingleArticle() throws {
        let isRelease = try bin.contains("/release/")
        let mb = Double(ProcessInfo.processInfo.environment["SOLIEU_CLI_BIG_MB"] ?? "") ?? (isRelease ? 50 : 2)
        let paragraph = "Theo Tổng cục Thống kê, tổng sản phẩm trong nước (GDP) quý III/2023 ước tính tăng 5,33% so với cùng kỳ năm trước. Kim ngạch xuất khẩu 9 tháng năm 2023 đạt 259,67 tỷ USD, giảm 8,2%. Dân số Việt Nam vượt 100 triệu người, đứng thứ 15 thế giới.\n"
        let p = Data(paragraph.utf8)
        let repeats = Int(mb * 1_000_000) / p.count
        var data = Data(capacity: repeats * p.count)
        for _ in 0..<repeats { data.append(p) }
        try write("big.txt", data)
        let r = try solieu("extract", "--format", "jsonl", "--quiet", "big.txt", timeout: 600)
        print("CLITests.testLargeSingleArticle: \(data.count) bytes in \(String(format: "%.1f", r.seconds)) s (\(try bin))")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertFalse(r.signaled)
        XCTAssertEqual(r.lines.count, 1)
        let doc = try object(r.lines[0])
        let mentions = try XCTUnwrap(doc["mentions"] as? [[String: Any]])
        XCTAssertGreaterThanOrEqual(mentions.count, repeats * 5, "every repetition has its figures")
        // The last mention lies in the last repetition.
        let codePoints = paragraph.unicodeScalars.count * repeats
        let lastEnd = mentions.last?["end"] as? Int ?? 0
        XCTAssertLessThanOrEqual(lastEnd, codePoints)
        XCTAssertGreaterThan(lastEnd, codePoints - paragraph.unicodeScalars.count)
    }

    /// A 100,000-line JSONL stream, kept fast by giving most lines a tiny
    /// text (the stream handling is what is tested, not extraction speed).
    func testHundredThousandLineStream() throws {
        let n = 100_000
        var text = ""
        text.reserveCapacity(n * 40)
        for i in 0..<n {
            let body = i % 1000 == 0 ? "Tăng \(i / 1000)%." : "x"
            text += #"{"id":"d\#(i)","text":"\#(body)"}"# + "\n"
        }
        try write("stream.jsonl", text)
        let r = try solieu("extract", "--input", "jsonl", "--format", "jsonl", "--quiet", "stream.jsonl", timeout: 600)
        print("CLITests.testHundredThousandLineStream: \(n) lines in \(String(format: "%.1f", r.seconds)) s")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.err, "")
        let lines = r.lines
        XCTAssertEqual(lines.count, n)
        // Ids in order, checked cheaply on every line, parsed on a sample.
        for (i, line) in lines.enumerated() {
            guard line.hasPrefix(#"{"id":"d\#(i)","#) else { XCTFail("line \(i + 1) is not d\(i): \(line.prefix(60))"); break }
        }
        for i in stride(from: 0, to: n, by: 1000) {
            let doc = try object(lines[i])
            XCTAssertEqual(doc["id"] as? String, "d\(i)")
            let m = (doc["mentions"] as? [[String: Any]])?.first
            XCTAssertEqual(m?["text"] as? String, "\(i / 1000)%")
        }
    }

    // MARK: - Schema and Spark

    func testCorpusOutputMatchesSchema() throws {
        guard pythonHas("jsonschema") else {
            throw XCTSkip("python3 module jsonschema not available (pip install jsonschema): schema validation skipped")
        }
        let root = CLITests.packageRoot
        // The corpus, with and without --explain, plus error objects.
        let plain = try solieu("extract", root.appendingPathComponent("Corpus").path, "--format", "jsonl")
        XCTAssertEqual(plain.status, 0, plain.err)
        XCTAssertGreaterThan(plain.lines.count, 0)
        let explained = try solieu("extract", root.appendingPathComponent("Corpus").path, "--format", "jsonl", "--explain")
        try write("bad.jsonl", "not json\n" + #"{"id":"x","text":"Năm nay tăng 4%."}"# + "\n" + #"{"id":"y"}"# + "\n")
        let errors = try solieu("extract", "--input", "jsonl", "--format", "jsonl", "bad.jsonl")
        try write("bad.txt", Data([0x41, 0xFF]))
        let badText = try solieu("extract", "--format", "jsonl", "bad.txt")
        try write("docs.jsonl", plain.stdout + explained.stdout + errors.stdout + badText.stdout)
        let script = """
        import json, sys
        from jsonschema import Draft202012Validator
        from jsonschema.exceptions import best_match
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        v = Draft202012Validator(schema)
        bad = 0
        n = 0
        for i, line in enumerate(open(sys.argv[2], encoding="utf-8"), 1):
            n += 1
            doc = json.loads(line)
            for top in v.iter_errors(doc):
                bad += 1
                if bad <= 20:
                    # Descend into oneOf / if-then to the most relevant cause.
                    e = best_match([top])
                    print("line %d (%s) at /%s: %s" % (i, doc.get("id"), "/".join(map(str, e.absolute_path)), e.message[:300]))
        print("validated %d lines, %d errors" % (n, bad))
        sys.exit(1 if bad else 0)
        """
        let r = try exec("/usr/bin/env", ["python3", "-c", script, root.appendingPathComponent("Output/schema.json").path,
                                          tmp.appendingPathComponent("docs.jsonl").path])
        XCTAssertEqual(r.status, 0, "schema validation failed:\n\(r.out)\(r.err)")
        XCTAssertTrue(r.out.contains("validated \(plain.lines.count * 2 + 4) lines, 0 errors"), r.out + r.err)
    }

    func testCorpusOffsetsCutMentionTextsInPython() throws {
        // RECORDS.md section 2: Python's text[start:end] == mention["text"],
        // reading the file as utf-8-sig (DECISIONS.md: BOM).
        let corpus = CLITests.packageRoot.appendingPathComponent("Corpus").path
        let r = try solieu("extract", corpus, "--format", "jsonl")
        XCTAssertEqual(r.status, 0, r.err)
        try write("corpus.jsonl", r.stdout)
        let script = """
        import json, sys
        bad = 0
        for line in open(sys.argv[1], encoding="utf-8"):
            doc = json.loads(line)
            text = open(doc["source"], encoding="utf-8-sig", newline="").read()
            def check(m):
                global bad
                if text[m["start"]:m["end"]] != m["text"]:
                    bad += 1
                    print(doc["id"], m["start"], m["end"], repr(m["text"]), repr(text[m["start"]:m["end"]]))
            for m in doc["mentions"]:
                check(m)
            for r in doc["indicators"]:
                for m in [r["value"], r.get("period")] + list((r.get("change") or {}).values()):
                    if isinstance(m, dict):
                        check(m)
                s = r["sentence"]
                if not (0 <= s["start"] <= r["value"]["start"] and r["value"]["end"] <= s["end"] <= len(text)):
                    bad += 1
                    print(doc["id"], "sentence", s, "does not hold the value", r["value"]["start"], r["value"]["end"])
        sys.exit(1 if bad else 0)
        """
        let p = try exec("/usr/bin/env", ["python3", "-c", script, tmp.appendingPathComponent("corpus.jsonl").path])
        XCTAssertEqual(p.status, 0, "offsets do not cut the texts:\n\(p.out.prefix(3000))\(p.err)")
    }

    func testSparkScriptOnATinyCorpus() throws {
        let script = CLITests.packageRoot.appendingPathComponent("Scripts/spark-extract.py").path
        XCTAssertTrue(FileManager.default.fileExists(atPath: script))
        guard pythonHas("pyspark") else {
            throw XCTSkip("pyspark not installed: `python3 -c \"import pyspark\"` fails; Scripts/spark-extract.py not run")
        }
        let lines = [
            #"{"id": "s1", "text": "Năm nay doanh thu tăng 4%.", "reference_date": "2023-05-01"}"#,
            #"{"id": "s2", "text": "Kim ngạch đạt 7,5 tỷ USD."}"#,
            "not json",
            #"{"id": "s4", "text": ""}"#,
        ]
        try write("tiny.jsonl", lines.joined(separator: "\n") + "\n")
        let r = try exec("/usr/bin/env", ["python3", script, "tiny.jsonl", "out/dataset.jsonl", "--solieu", try bin,
                                          "--master", "local[2]", "--partitions", "2"], timeout: 600)
        XCTAssertEqual(r.status, 1, "one bad line: exit 1\n\(r.err.suffix(3000))")
        let out = try String(contentsOf: tmp.appendingPathComponent("out/dataset.jsonl"), encoding: .utf8)
        let docs = try out.split(separator: "\n").map { try object(String($0)) }
        XCTAssertEqual(ids(docs), ["s1", "s2", "tiny.jsonl:3", "s4"])
        XCTAssertEqual(docs[0]["reference_date"] as? String, "2023-05-01")
        XCTAssertNotNil(docs[2]["error"])
        XCTAssertEqual(listing(tmp.appendingPathComponent("out")), ["dataset.jsonl"])
    }

    // MARK: - verify

    func testVerifyTheShippedCorpusExitsZero() throws {
        let r = try solieu("verify", CLITests.packageRoot.appendingPathComponent("Corpus").path, timeout: 300)
        XCTAssertEqual(r.status, 0, r.out)
        let summary = try XCTUnwrap(r.lines.last)
        XCTAssertTrue(summary.hasPrefix("30/30 articles match; mentions: 0 missing, 0 extra, 0 changed of "), summary)
        XCTAssertTrue(summary.hasSuffix("records: 0 differences of 413"), summary)
        XCTAssertFalse(r.out.contains("DIFF"))
    }

    func testVerifyShowsAChangedRecordWithItsArticleAndExitsOne() throws {
        // A golden that disagrees (as a broken rule would make the extraction disagree) is named,
        // with the record's value, position and both readings.
        let corpus = CLITests.packageRoot.appendingPathComponent("Corpus")
        let name = "2023-11-22-tin-dung-lai-suat-tiet-kiem"
        let text = try Data(contentsOf: corpus.appendingPathComponent(name + ".txt"))
        let golden = try String(contentsOf: corpus.appendingPathComponent(name + ".golden.json"), encoding: .utf8)
        let broken = golden.replacingOccurrences(of: "\"Lãi suất cho vay bình quân của các khoản vay mới\"", with: "\"Lãi suất cho vay\"")
        XCTAssertNotEqual(broken, golden)
        try write("c/\(name).txt", text)
        try write("c/\(name).golden.json", broken)
        let r = try solieu("verify", "c")
        XCTAssertEqual(r.status, 1, r.out)
        XCTAssertTrue(r.out.contains("DIFF     \(name): 0 missing, 0 extra, 0 changed of 28 mentions; 1 record differences of 14 records"), r.out)
        XCTAssertTrue(r.out.contains("record   \"9,1-9,5%/năm\" @854: indicator \"Lãi suất cho vay\" expected, got \"Lãi suất cho vay bình quân của các khoản vay mới\""), r.out)
        // The golden file is not touched without --update.
        XCTAssertEqual(try String(contentsOf: tmp.appendingPathComponent("c/\(name).golden.json"), encoding: .utf8), broken)
    }
}
