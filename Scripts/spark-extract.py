#!/usr/bin/env python3
"""Run SoLieu over a JSONL corpus under PySpark (local mode), with RDD.pipe.

Each input line is {"id": ..., "text": ..., "reference_date": "YYYY-MM-DD"?}
(docs/RECORDS.md section 1). Spark cuts the file into partitions; every
partition is piped through

    solieu extract --input jsonl --format jsonl --quiet --jobs 1

(Spark supplies the parallelism, one solieu process per partition), and the
document lines are written, in input order, to one JSONL dataset: one
document object (or error object) per input line, same `id`
(docs/OUTPUT.md, Output/schema.json).

Usage:
    swift build -c release
    python3 Scripts/spark-extract.py INPUT.jsonl OUTPUT.jsonl
        [--solieu PATH]            solieu binary (default: .build/release/solieu,
                                   then .build/debug/solieu, then `solieu` on PATH)
        [--master local[*]]        Spark master (default local[*])
        [--partitions N]           minimum number of input partitions
        [--reference-date DATE]    passed to solieu for lines without reference_date

    INPUT may be anything sc.textFile reads (a file, a folder, a glob, *.gz).
    OUTPUT is written atomically (temporary file, then rename).

Exit status, like solieu: 0 every line processed; 1 some lines gave an
error object (their count is printed on stderr), or solieu failed; 2 usage.

Requires: pip install pyspark (and a Java runtime for Spark).
"""

import argparse
import json
import os
import re
import shlex
import shutil
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def find_solieu(given):
    """Absolute path of the solieu binary (Spark workers need one)."""
    if given:
        path = shutil.which(given) or given
        if not os.path.isfile(path) or not os.access(path, os.X_OK):
            sys.exit("spark-extract: %s: not an executable solieu binary" % given)
        return os.path.abspath(path)
    for config in ("release", "debug"):
        path = os.path.join(ROOT, ".build", config, "solieu")
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    path = shutil.which("solieu")
    if path:
        return os.path.abspath(path)
    sys.exit("spark-extract: no solieu binary found; run `swift build -c release` or pass --solieu PATH")


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="spark-extract.py",
        description="Run `solieu extract` over a JSONL corpus with PySpark RDD.pipe.",
    )
    p.add_argument("input", help="JSONL corpus (file, folder or glob; anything sc.textFile reads)")
    p.add_argument("output", help="JSONL dataset to write (one document per input line, input order)")
    p.add_argument("--solieu", help="path of the solieu binary")
    p.add_argument("--master", default="local[*]", help="Spark master (default: local[*])")
    p.add_argument("--partitions", type=int, default=None, help="minimum number of partitions")
    p.add_argument("--reference-date", help="YYYY-MM-DD for lines without their own reference_date")
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    solieu = find_solieu(args.solieu)
    command = [solieu, "extract", "--input", "jsonl", "--format", "jsonl", "--quiet", "--jobs", "1"]
    if args.reference_date:
        command += ["--reference-date", args.reference_date]

    try:
        from pyspark import SparkConf, SparkContext
    except ImportError as e:
        sys.exit("spark-extract: pyspark not installed (%s); pip install pyspark" % e)

    conf = SparkConf().setAppName("solieu-extract").setMaster(args.master)
    sc = SparkContext.getOrCreate(conf)
    sc.setLogLevel("WARN")
    out_dir = os.path.dirname(os.path.abspath(args.output))
    os.makedirs(out_dir, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(args.output) + ".", suffix=".tmp", dir=out_dir)
    out = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
    documents = errors = 0
    try:
        # Number the lines before Spark cuts them up: solieu only sees its
        # partition, so its fallback id for an unreadable line is
        # "stdin:<line in the partition>"; it is rewritten below to
        # "<INPUT>:<line in the input>".
        numbered = sc.textFile(args.input, minPartitions=args.partitions).zipWithIndex()
        # solieu skips blank lines itself; dropping them here keeps exactly
        # one output line per piped line, which zip() below relies on.
        numbered = numbered.filter(lambda pair: pair[0].strip() != "").cache()
        # RDD.pipe splits the command with shlex, so quote the binary path.
        # checkCode=False: solieu exits 1 when a line gives an error object,
        # which is data (counted below), not a failed task.
        piped = numbered.map(lambda pair: pair[0]).pipe(shlex.join(command), checkCode=False)
        # zip() pairs partition by partition and fails if a partition's
        # counts differ, which would mean lost or extra lines.
        paired = numbered.map(lambda pair: pair[1] + 1).zip(piped)
        # toLocalIterator streams the partitions in order: the dataset keeps
        # input order without collecting it all in the driver.
        for line_number, line in paired.toLocalIterator():
            # A bare `"error":{` can only be a key (quotes inside strings are
            # escaped), but parse to be sure.
            if '"error":{' in line:
                doc = json.loads(line)
                if "error" in doc:
                    errors += 1
                    if re.fullmatch(r"stdin:\d+", doc.get("id", "")):
                        doc["id"] = "%s:%d" % (args.input, line_number)
                        message = doc["error"].get("message", "")
                        doc["error"]["message"] = re.sub(r"^line \d+", "line %d" % line_number, message)
                        line = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
            documents += 1
            out.write(line + "\n")
        out.flush()
        os.fsync(out.fileno())
        out.close()
        os.replace(tmp, args.output)
    except BaseException:
        out.close()
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    finally:
        sc.stop()

    print("spark-extract: %d documents written to %s" % (documents, args.output), file=sys.stderr)
    if errors:
        print("spark-extract: %d input lines gave an error object" % errors, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
