import Foundation
import SoLieu

enum BenchCommand {
    static let help = """
    USAGE: solieu bench [--stage normalize|tokenize|extract] [--jobs N] [--repeat K] PATH ...

    Measures throughput over text files (*.txt, whole file = one document) and
    JSONL files (one {"text": ...} per line, like ../shared/corpus-external).
    Build in release mode first: swift build -c release.
    Prints one JSON object per stage:
      {"stage","documents","bytes","seconds","mb_per_s","peak_rss_mb","jobs"}
    mb_per_s counts UTF-8 input bytes (10^6 bytes per MB); seconds is the
    best of --repeat runs (default 3); peak_rss_mb is the process's high-water
    resident memory (VmHWM) after the stage.

    OPTIONS:
      --stage S     one stage; default: all three in order
      --jobs N      worker threads (default 1)
      --repeat K    runs per stage, best is reported (default 3)
    """

    static func run(_ args: [String]) throws -> Int32 {
        let o = try Options(args, valued: ["--stage", "--jobs", "--repeat"], flags: ["-h", "--help"])
        if o.has("-h") || o.has("--help") { Console.out(help + "\n"); return Exit.ok }
        let stages: [String]
        if let s = o.value("--stage") {
            guard ["normalize", "tokenize", "extract"].contains(s) else { throw UsageError(message: "bench: unknown stage '\(s)'") }
            stages = [s]
        } else { stages = ["normalize", "tokenize", "extract"] }
        guard let jobs = Int(o.value("--jobs") ?? "1"), jobs >= 1 else { throw UsageError(message: "bench: --jobs must be a positive integer") }
        guard let repeats = Int(o.value("--repeat") ?? "3"), repeats >= 1 else { throw UsageError(message: "bench: --repeat must be a positive integer") }
        guard !o.positionals.isEmpty else { throw UsageError(message: "bench: give at least one PATH") }

        var docs = [[UInt8]]()
        var errors = [InputError]()
        for path in InputReader.expandBench(o.positionals, errors: &errors) {
            let data = try InputReader.readAll(path)
            if path.hasSuffix(".jsonl") {
                for line in data.split(separator: 10) where !line.isEmpty {
                    if let obj = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], let t = obj["text"] as? String {
                        docs.append(Array(t.utf8))
                    }
                }
            } else {
                docs.append(Array(data))
            }
        }
        for e in errors { Console.err("solieu: \(e)\n") }
        let bytes = docs.reduce(0) { $0 + $1.count }
        for stage in stages {
            var best = Double.infinity
            for _ in 0..<repeats {
                let t0 = ContinuousClock.now
                try runStage(stage, docs, jobs: jobs)
                let d = ContinuousClock.now - t0
                best = min(best, Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
            }
            let mbps = Double(bytes) / 1e6 / best
            let obj = JSON.object([
                ("stage", .string(stage)), ("documents", .int(docs.count)), ("bytes", .int(bytes)),
                ("seconds", .number(String(format: "%.4f", best))), ("mb_per_s", .number(String(format: "%.2f", mbps))),
                ("peak_rss_mb", .number(String(format: "%.1f", Memory.peakRSSMegabytes()))), ("jobs", .int(jobs)),
            ])
            Console.out(obj.serialized() + "\n")
        }
        return Exit.ok
    }

    static func runStage(_ stage: String, _ docs: [[UInt8]], jobs: Int) throws {
        let workers = try Workers(jobs)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: jobs) { w in
            let p = workers.pipelines[w]
            var sink = 0
            while true {
                let i = next.increment()
                if i >= docs.count { break }
                let source = docs[i].withUnsafeBytes { try? SourceText(utf8: $0, source: "bench", lossy: true) }
                guard let source else { continue }
                switch stage {
                case "normalize": sink &+= p.normalize(source).units.count
                case "tokenize": sink &+= p.tokenize(source).tokens.count
                default: sink &+= p.extract(source, id: "bench", referenceDate: nil).mentions.count
                }
            }
            if sink == -1 { Console.err("") }
        }
    }
}

/// A shared work counter for worker threads.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func increment() -> Int {
        lock.lock(); defer { lock.unlock() }
        let v = value
        value += 1
        return v
    }
}

enum Memory {
    /// VmHWM from /proc/self/status, in MB (10^6 bytes).
    static func peakRSSMegabytes() -> Double {
        guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in s.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
            return kb * 1024 / 1e6
        }
        return 0
    }
}
