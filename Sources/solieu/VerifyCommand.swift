import Foundation
import SoLieu

enum VerifyCommand {
    static let help = """
    USAGE: solieu verify [DIR] [--update] [--quiet]

    Runs extraction on every article DIR/<name>.txt that has a golden file
    DIR/<name>.golden.json (default DIR: Corpus) and compares: missing, extra
    and changed mentions, and differences in indicator records, each with the
    text around it. Exit 0 when everything matches, 1 otherwise.

    OPTIONS:
      --update    rewrite the golden files from the current extraction, for a
                  person to review with `git diff` (still exits 1 when they differed)
      --quiet     only the summary line per article
    """

    static func run(_ args: [String]) throws -> Int32 {
        let o = try Options(args, valued: [], flags: ["--update", "--quiet", "-h", "--help"])
        if o.has("-h") || o.has("--help") { Console.out(help + "\n"); return Exit.ok }
        guard o.positionals.count <= 1 else { throw UsageError(message: "verify: one DIR at most") }
        let dir = o.positionals.first ?? "Corpus"
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            Console.err("solieu: \(dir): no such folder\n")
            return Exit.someFailed
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".golden.json") }.sorted()
        if names.isEmpty {
            Console.err("solieu: \(dir): no *.golden.json files\n")
            return Exit.someFailed
        }
        let pipeline = try Pipeline()
        var failed = 0
        var totals = (missing: 0, extra: 0, changed: 0, records: 0, mentions: 0, recordCount: 0)
        var fields = [String: Int]()
        var found = 0
        for name in names {
            let base = String(name.dropLast(".golden.json".count))
            let textPath = dir + "/" + base + ".txt"
            let goldenPath = dir + "/" + name
            guard let data = FileManager.default.contents(atPath: textPath) else {
                Console.err("solieu: \(textPath): missing article for \(name)\n"); failed += 1; continue
            }
            let doc: Document
            do {
                let source = try SourceText(utf8: data, source: textPath)
                doc = pipeline.extract(source, id: textPath, sourcePath: textPath, referenceDate: nil)
            } catch {
                Console.err("solieu: \(error)\n"); failed += 1; continue
            }
            guard let golden = FileManager.default.contents(atPath: goldenPath) else {
                Console.err("solieu: \(goldenPath): cannot read\n"); failed += 1; continue
            }
            let report: GoldenReport
            do { report = try GoldenComparison.compare(golden: golden, actual: doc) } catch {
                Console.err("solieu: \(goldenPath): \(error)\n"); failed += 1; continue
            }
            totals.missing += report.missing.count; totals.extra += report.extra.count
            totals.changed += report.changed.count; totals.records += report.records.count
            totals.mentions += report.mentionCount; totals.recordCount += report.recordCount
            found += report.recordsFound
            for (k, v) in report.fieldAgreement { fields[k, default: 0] += v }
            if report.isClean {
                if !o.has("--quiet") { Console.out("ok       \(base)\n") }
                continue
            }
            failed += 1
            Console.out("DIFF     \(base): \(report.missing.count) missing, \(report.extra.count) extra, \(report.changed.count) changed of \(report.mentionCount) mentions; \(report.records.count) record differences of \(report.recordCount) records\n")
            if !o.has("--quiet") { for l in report.lines { Console.out("  \(l)\n") } }
            if o.has("--update") {
                do {
                    let f = try AtomicFile(goldenPath)
                    try f.write(Array(GoldenComparison.goldenJSON(doc).utf8))
                    try f.commit()
                } catch { Console.err("solieu: \(goldenPath): \(error)\n") }
            }
        }
        let order = ["indicator", "subject", "modality", "period.start", "change.direction", "change.value.start", "change.baseline.start", "change.from.start"]
        Console.out("records found \(found)/\(totals.recordCount); fields agreeing on found records: "
                    + order.map { "\($0) \(fields[$0] ?? 0)" }.joined(separator: ", ") + "\n")
        Console.out("\(names.count - failed)/\(names.count) articles match; mentions: \(totals.missing) missing, \(totals.extra) extra, \(totals.changed) changed of \(totals.mentions); records: \(totals.records) differences of \(totals.recordCount)\n")
        return failed == 0 ? Exit.ok : Exit.someFailed
    }
}
