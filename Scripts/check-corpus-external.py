#!/usr/bin/env python3
"""Issue 6 acceptance run over ../shared/corpus-external (not part of the repo).

Converts every source to JSONL ({"id","text"}; the .txt files one line per
document), runs `solieu extract --input jsonl` in jsonl and csv formats, and
checks: one output line per input line, same ids in the same order, no error
objects, every document validates against Output/schema.json, text[start:end]
equals every mention's text, and the CSV loads with Python's csv module with
the expected header.

Usage: Scripts/check-corpus-external.py [SOLIEU] [CORPUS_DIR]
"""
import csv, glob, json, os, subprocess, sys, tempfile

solieu = sys.argv[1] if len(sys.argv) > 1 else ".build/release/solieu"
root = sys.argv[2] if len(sys.argv) > 2 else "../shared/corpus-external"
tmp = tempfile.mkdtemp()
inp = os.path.join(tmp, "all.jsonl")
ids, texts = [], {}
with open(inp, "w", encoding="utf-8") as out:
    for path in sorted(glob.glob(os.path.join(root, "**", "*"), recursive=True)):
        if path.endswith(".jsonl"):
            for n, line in enumerate(open(path, encoding="utf-8")):
                obj = json.loads(line)
                i = f"{os.path.basename(path)}:{n + 1}"
                ids.append(i); texts[i] = obj["text"]
                out.write(json.dumps({"id": i, "text": obj["text"]}, ensure_ascii=False) + "\n")
        elif path.endswith(".txt") and "README" not in path:
            for n, line in enumerate(open(path, encoding="utf-8")):
                i = f"{os.path.basename(path)}:{n + 1}"
                ids.append(i); texts[i] = line.rstrip("\n")
                out.write(json.dumps({"id": i, "text": line.rstrip("\n")}, ensure_ascii=False) + "\n")

def run(fmt):
    r = subprocess.run([solieu, "extract", "--input", "jsonl", "--format", fmt, "--quiet", inp],
                       capture_output=True, text=True)
    return r.returncode, r.stdout, r.stderr

code, out, err = run("jsonl")
lines = out.splitlines()
assert code == 0, (code, err[:500])
assert len(lines) == len(ids), (len(lines), len(ids))
schema = json.load(open("Output/schema.json"))
try:
    import jsonschema
    validator = jsonschema.Draft202012Validator(schema)
except ImportError:
    validator = None
mentions = records = 0
for want, line in zip(ids, lines):
    doc = json.loads(line)
    assert doc["id"] == want, (doc["id"], want)
    assert "error" not in doc, doc
    if validator:
        errors = list(validator.iter_errors(doc))
        assert not errors, (want, errors[0].message[:300])
    t = texts[want]
    for m in doc["mentions"]:
        assert t[m["start"]:m["end"]] == m["text"], (want, m)
    mentions += len(doc["mentions"]); records += len(doc["indicators"])
code, out, err = run("csv")
assert code == 0, err[:500]
rows = list(csv.reader(out.splitlines(keepends=True)))
header = rows[0]
assert header[:4] == ["document_id", "indicator", "subject", "value_kind"], header
assert all(len(r) == len(header) for r in rows[1:])
assert len(rows) - 1 == records, (len(rows) - 1, records)
print(json.dumps({"documents": len(ids), "mentions": mentions, "records": records, "csv_rows": len(rows) - 1,
                  "schema_checked": validator is not None}))
