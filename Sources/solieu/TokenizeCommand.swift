import Foundation
import SoLieu

enum TokenizeCommand {
    static let help = """
    USAGE: solieu tokenize [FILE|-] [--format text|jsonl] [--explain] [--lossy]

    Cuts the text into sentences and tokens (ICU word and sentence breaks,
    compounds from Lexicons/compounds.tsv by longest match). Offsets are
    Unicode code point offsets into the input as given, end exclusive.

    OPTIONS:
      --format text|jsonl   text: one token per line (start, end, kind,
                            sentence, text); jsonl: one JSON object per token
                            {"text","start","end","kind","sentence"} (default: text)
      --explain             add the rule behind each token ("icu:word",
                            "compounds.tsv:LINE", ...)
      --lossy               replace invalid UTF-8 with U+FFFD instead of failing
      --spaces              also list whitespace tokens
    """

    static func run(_ args: [String]) throws -> Int32 {
        let o = try Options(args, valued: ["--format"], flags: ["--explain", "--lossy", "--spaces", "-h", "--help"])
        if o.has("-h") || o.has("--help") { Console.out(help + "\n"); return Exit.ok }
        let format = o.value("--format") ?? "text"
        guard format == "text" || format == "jsonl" else { throw UsageError(message: "tokenize: --format must be text or jsonl") }
        guard o.positionals.count <= 1 else { throw UsageError(message: "tokenize: one FILE or - at most") }
        let path = o.positionals.first ?? "-"
        let source: SourceText
        do {
            let data = try InputReader.readAll(path)
            source = try SourceText(utf8: data, source: path, lossy: o.has("--lossy"))
        } catch let e as InputError {
            Console.err("solieu: \(e)\n"); return Exit.someFailed
        } catch let e as TextError {
            Console.err("solieu: \(e)\n"); return Exit.someFailed
        }
        let pipeline = try Pipeline()
        let doc = pipeline.tokenize(source)
        let spans = pipeline.resources.compounds.merge(doc)
        let explain = o.has("--explain")
        let showSpaces = o.has("--spaces")
        var out = [UInt8]()
        out.reserveCapacity(1 << 16)
        for span in spans {
            let first = doc.tokens[span.firstToken], last = doc.tokens[span.endToken - 1]
            if first.isSpace && !showSpaces { continue }
            let (start, end) = doc.text.originalRange(Int(first.start), Int(last.end))
            let text = doc.text.originalString(Int(first.start), Int(last.end))
            let kind = span.entry == nil ? first.kind.description : "word"
            let rule: String
            if let e = span.entry {
                let row = pipeline.resources.compounds.lexicon.rows[Int(e)]
                rule = "compounds.tsv:\(row.line) \(row[0])"
            } else {
                rule = "icu:\(first.kind)"
            }
            if format == "jsonl" {
                var pairs: [(String, JSON)] = [
                    ("text", .string(text)), ("start", .int(start)), ("end", .int(end)),
                    ("kind", .string(kind)), ("sentence", .int(Int(first.sentence))),
                ]
                if explain { pairs.append(("rule", .string(rule))) }
                JSON.object(pairs).write(into: &out, indent: nil, level: 0, sortKeys: false)
            } else {
                let shown = text.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
                out.append(contentsOf: "\(start)\t\(end)\t\(kind)\t\(first.sentence)\t\(shown)".utf8)
                if explain { out.append(contentsOf: "\t\(rule)".utf8) }
            }
            out.append(10)
            if out.count > 1 << 16 {
                guard Console.write(1, out) else { return Exit.ok }
                out.removeAll(keepingCapacity: true)
            }
        }
        Console.write(1, out)
        return Exit.ok
    }
}
