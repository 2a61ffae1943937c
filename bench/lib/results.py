#!/usr/bin/env python3
"""Replace one '## SECTION' of bench/RESULTS.md with the contents of FILE.

    results.py RESULTS.md "Import" section.md
Sections other than SECTION are left as they are; a missing one is appended.
"""
import sys

path, name, src = sys.argv[1], sys.argv[2], sys.argv[3]
new = open(src, encoding="utf-8").read().rstrip("\n") + "\n"
try:
    text = open(path, encoding="utf-8").read()
except FileNotFoundError:
    text = "# Benchmark results\n\nWritten by `make bench` (each `bench/*/run.sh` replaces its own section).\n"
lines = text.split("\n")
out, skip, done = [], False, False
for line in lines:
    if line.startswith("## "):
        if line[3:].strip() == name:
            out.append("## " + name)
            out.append("")
            out.extend(new.rstrip("\n").split("\n"))
            out.append("")
            skip, done = True, True
            continue
        skip = False
    if not skip:
        out.append(line)
if not done:
    out += ["", "## " + name, ""] + new.rstrip("\n").split("\n") + [""]
text = "\n".join(out)
while "\n\n\n" in text:
    text = text.replace("\n\n\n", "\n\n")
open(path, "w", encoding="utf-8").write(text.rstrip("\n") + "\n")
