#!/usr/bin/env python3
"""Lower Tests/SoLieuTests/Fixtures/record-differences.json to what
`solieu verify Corpus` reports now, article by article. It never raises a
number: a growth is a regression for a person to look at, not to record."""
import json, re, subprocess, sys

path = "Tests/SoLieuTests/Fixtures/record-differences.json"
binary = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/solieu"
out = subprocess.run([binary, "verify", "Corpus"], capture_output=True, text=True).stdout
now = {}
for line in out.splitlines():
    m = re.match(r"DIFF     (\S+): .*; (\d+) record differences", line)
    if m:
        now[m.group(1)] = int(m.group(2))
    m = re.match(r"ok       (\S+)", line)
    if m:
        now[m.group(1)] = 0
base = json.load(open(path))
for k, v in now.items():
    if k in base and v < base[k]:
        print(f"{k}: {base[k]} -> {v}")
        base[k] = v
    elif k in base and v > base[k]:
        print(f"{k}: {v} > {base[k]} (regression, not recorded)")
json.dump(dict(sorted(base.items())), open(path, "w"), indent=2)
print("total", sum(base.values()))
