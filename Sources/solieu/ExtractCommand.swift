import Foundation
import SoLieu

enum ExtractCommand {
    static let help = """
    USAGE: solieu extract [PATH ...] [options]

    Extracts mentions (numbers, percentages, money, dates, ordinals,
    durations) and indicator records from Vietnamese text (RECORDS.md).
    PATH is a file or a folder (all *.txt below it, sorted); none or "-"
    reads standard input.

    OPTIONS:
      --format json|jsonl|csv   json: one document (an array for several inputs);
                                jsonl: one document per line; csv: one row per
                                indicator record (default: json)
      --input text|jsonl        jsonl: each input line is {"id", "text",
                                "reference_date"?}; one output line per input
                                line, in order (default: text)
      --reference-date DATE     YYYY-MM-DD for relative and partial dates
                                (default: the document's own dateline)
      -o, --output PATH         a file, or a folder (existing, or ending in "/"):
                                one <input-name>.json per input plus
                                dataset.jsonl and indicators.csv. Written atomically.
      --jobs N                  documents processed in parallel (default: cores);
                                output is identical whatever N is
      --lossy                   replace invalid UTF-8 with U+FFFD instead of failing
      --explain                 add the rule behind each mention ("rule")
      --quiet                   no progress line on stderr
      -h, --help                this help

    EXIT STATUS: 0 all inputs done; 1 some inputs failed (each named on
    stderr, the rest still written); 2 usage error.
    """

    struct Settings {
        var format = "json"
        var inputJSONL = false
        var reference: CalendarDay?
        var output: String?
        var jobs = ProcessInfo.processInfo.activeProcessorCount
        var lossy = false
        var explain = false
        var quiet = false

        /// `-o` names a folder (existing, or ending in "/"); set once when options are read.
        var outputIsFolder = false
    }

    static func run(_ args: [String]) throws -> Int32 {
        let o = try Options(args, valued: ["--format", "--input", "--reference-date", "-o", "--output", "--jobs"],
                            flags: ["--lossy", "--explain", "--quiet", "-h", "--help"])
        if o.has("-h") || o.has("--help") { Console.out(help + "\n"); return Exit.ok }
        var s = Settings()
        s.format = o.value("--format") ?? "json"
        guard ["json", "jsonl", "csv"].contains(s.format) else { throw UsageError(message: "extract: --format must be json, jsonl or csv") }
        let input = o.value("--input") ?? "text"
        guard input == "text" || input == "jsonl" else { throw UsageError(message: "extract: --input must be text or jsonl") }
        s.inputJSONL = input == "jsonl"
        if let r = o.value("--reference-date") {
            guard let d = CalendarDay(iso: r) else { throw UsageError(message: "extract: --reference-date '\(r)' is not a YYYY-MM-DD date") }
            s.reference = d
        }
        s.output = o.value("-o") ?? o.value("--output")
        if let out = s.output {
            var isDir: ObjCBool = false
            s.outputIsFolder = out.hasSuffix("/") || (FileManager.default.fileExists(atPath: out, isDirectory: &isDir) && isDir.boolValue)
        }
        if let j = o.value("--jobs") {
            guard let n = Int(j), n >= 1, n <= 256 else { throw UsageError(message: "extract: --jobs must be an integer from 1 to 256") }
            s.jobs = n
        }
        s.lossy = o.has("--lossy"); s.explain = o.has("--explain"); s.quiet = o.has("--quiet")
        let paths = o.positionals.isEmpty ? ["-"] : o.positionals
        if paths.filter({ $0 == "-" }).count > 1 { throw UsageError(message: "extract: standard input (-) given twice") }
        let runner = try Runner(settings: s)
        return runner.run(paths)
    }
}

/// One unit of work: an input document (file, stdin, or a JSONL line).
struct Job {
    var id: String
    var source: String?
    var bytes: Data?
    var text: String?
    var reference: CalendarDay?
    /// An error found before extraction (bad JSONL line, unreadable file).
    var error: String?
    /// Where the error is reported ("file" or "file:line").
    var location: String
    /// A JSONL line not parsed yet: parsed by the worker, in parallel.
    var line: Data? = nil
    var lineNo = 0
}

/// The result of one job, already serialized.
struct Done {
    var id: String
    var json: JSON?
    var csv: String
    var error: String?
    var location: String
    var outputName: String?
}

/// Pipelines for worker threads; each worker touches only its own.
final class Workers: @unchecked Sendable {
    let pipelines: [Pipeline]
    init(_ n: Int) throws {
        let first = try Pipeline()
        pipelines = try [first] + (1..<max(n, 1)).map { _ in try first.clone() }
    }
}

/// Results collected by worker threads (each writes its own slot).
final class Slots: @unchecked Sendable {
    var items: [Done?]
    init(_ n: Int) { items = Array(repeating: nil, count: n) }
}

final class Runner {
    let s: ExtractCommand.Settings
    let workers: Workers
    var failures = 0
    var progress: Progress

    init(settings: ExtractCommand.Settings) throws {
        s = settings
        workers = try Workers(settings.jobs)
        progress = Progress(enabled: !settings.quiet && isatty(2) == 1)
    }

    func run(_ paths: [String]) -> Int32 {
        var expandErrors = [InputError]()
        let files = InputReader.expand(paths, errors: &expandErrors)
        for e in expandErrors { Console.err("solieu: \(e)\n"); failures += 1 }
        let sink: Sink
        do { sink = try Sink(settings: s, inputs: files.count) } catch {
            Console.err("solieu: \(error)\n")
            return Exit.someFailed
        }
        let notFound = Set(expandErrors.compactMap { if case let .notFound(p) = $0 { return p } else { return nil } })
        for path in files where !notFound.contains(path) {
            if s.inputJSONL { streamJSONL(path, sink) } else { textBatch.append(path); if textBatch.count >= batchSize { flushText(sink) } }
        }
        flushText(sink)
        progress.finish()
        do { try sink.finish() } catch {
            Console.err("solieu: \(error)\n")
            return Exit.someFailed
        }
        return failures + sink.failures == 0 ? Exit.ok : Exit.someFailed
    }

    var batchSize: Int { max(8, s.jobs * 8) }
    var textBatch = [String]()

    func flushText(_ sink: Sink) {
        guard !textBatch.isEmpty else { return }
        let jobs = textBatch.map { path -> Job in
            do {
                let data = try InputReader.readAll(path)
                return Job(id: path, source: path, bytes: data, reference: s.reference, location: path)
            } catch {
                return Job(id: path, source: path, error: "\(error)".replacingOccurrences(of: "\(path): ", with: ""), location: path)
            }
        }
        textBatch.removeAll()
        process(jobs, sink)
    }

    /// JSONL in: a line filter, processed in bounded batches in input order.
    func streamJSONL(_ path: String, _ sink: Sink) {
        let handle: FileHandle
        if path == "-" { handle = FileHandle.standardInput } else {
            guard let h = FileHandle(forReadingAtPath: path) else {
                Console.err("solieu: \(path): cannot open\n"); failures += 1; return
            }
            handle = h
        }
        var batch = [Job]()
        var lineNo = 0
        LineReader(handle).forEach { line in
            lineNo += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return }
            batch.append(Job(id: "", location: path, line: line, lineNo: lineNo))
            if batch.count >= batchSize { process(batch, sink); batch.removeAll(keepingCapacity: true) }
        }
        process(batch, sink)
    }

    static func parseLine(_ line: Data, path: String, lineNo: Int, reference: CalendarDay?) -> Job {
        let loc = "\(path):\(lineNo)"
        let fallbackID = "\(path == "-" ? "stdin" : path):\(lineNo)"
        guard let obj = try? JSONSerialization.jsonObject(with: line) as? [String: Any] else {
            return Job(id: fallbackID, error: "line \(lineNo) is not a JSON object", location: loc)
        }
        var id = fallbackID
        if let v = obj["id"] {
            if let s = v as? String { id = s } else if let n = v as? NSNumber { id = n.stringValue }
        }
        guard let text = obj["text"] as? String else {
            return Job(id: id, error: "line \(lineNo) has no string \"text\"", location: loc)
        }
        var ref = reference
        if let r = obj["reference_date"], !(r is NSNull) {
            guard let rs = r as? String, let d = CalendarDay(iso: rs) else {
                return Job(id: id, error: "line \(lineNo): reference_date is not a YYYY-MM-DD date", location: loc)
            }
            ref = d
        }
        return Job(id: id, source: nil, text: text, reference: ref, location: loc)
    }

    /// Runs a batch on the workers and hands the results to the sink in order.
    func process(_ jobs: [Job], _ sink: Sink) {
        guard !jobs.isEmpty else { return }
        let slots = Slots(jobs.count)
        let n = min(s.jobs, jobs.count)
        let settings = s
        let workers = self.workers
        DispatchQueue.concurrentPerform(iterations: n) { w in
            let pipeline = workers.pipelines[w]
            var k = w
            while k < jobs.count {
                slots.items[k] = Runner.work(jobs[k], pipeline, settings)
                k += n
            }
        }
        for case let d? in slots.items {
            if let e = d.error { Console.err("solieu: \(d.location): \(e)\n"); failures += 1 }
            sink.add(d)
        }
        progress.update(documents: jobs.count, bytes: jobs.reduce(0) { $0 + ($1.bytes?.count ?? $1.line?.count ?? $1.text?.utf8.count ?? 0) })
    }

    static func work(_ raw: Job, _ p: Pipeline, _ s: ExtractCommand.Settings) -> Done {
        let job = raw.line.map { parseLine($0, path: raw.location, lineNo: raw.lineNo, reference: s.reference) } ?? raw
        if let e = job.error {
            return Done(id: job.id, json: errorObject(job, e), csv: "", error: e, location: job.location, outputName: job.source)
        }
        let source: SourceText
        do {
            if let b = job.bytes {
                source = try SourceText(utf8: b, source: job.location, lossy: s.lossy)
            } else {
                source = SourceText(job.text ?? "")
            }
        } catch let e as TextError {
            let msg = "\(e)".replacingOccurrences(of: "\(job.location): ", with: "")
            return Done(id: job.id, json: errorObject(job, msg), csv: "", error: msg, location: job.location, outputName: job.source)
        } catch {
            return Done(id: job.id, json: errorObject(job, "\(error)"), csv: "", error: "\(error)", location: job.location, outputName: job.source)
        }
        let doc = p.extract(source, id: job.id, sourcePath: job.source, referenceDate: job.reference)
        // CSV rows only when they are written (csv format, or a folder's indicators.csv).
        let csv = s.format == "csv" || s.outputIsFolder ? IndicatorCSV.rows(doc) : ""
        return Done(id: job.id, json: doc.json(explain: s.explain), csv: csv, error: nil, location: job.location, outputName: job.source)
    }

    static func errorObject(_ job: Job, _ message: String) -> JSON {
        var p: [(String, JSON)] = [("id", .string(job.id))]
        if let s = job.source { p.append(("source", .string(s))) }
        p.append(("error", .object([("message", .string(message))])))
        return .object(p)
    }
}
