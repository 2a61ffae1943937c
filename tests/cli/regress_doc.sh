#!/bin/bash
# The worked example in docs/regression.md runs: every ```console block's
# command (after "$ ", "\" continues a line) is run from the repository root
# and its standard output must equal the block's remaining lines.
set -euo pipefail
: "${SB40:?}" "${SB40_SOURCE:?}"
cd "$SB40_SOURCE"
python3 - "$SB40" docs/regression.md <<'PY'
import shlex, subprocess, sys
sb40, doc = sys.argv[1], sys.argv[2]
lines = open(doc, encoding="utf-8").read().split("\n")
blocks, i = [], 0
while i < len(lines):
    if lines[i].strip() == "```console":
        j = i + 1
        while lines[j].strip() != "```":
            j += 1
        blocks.append(lines[i + 1:j])
        i = j
    i += 1
if len(blocks) < 3:
    sys.exit(f"{doc}: expected at least 3 console blocks, found {len(blocks)}")
for b in blocks:
    if not b or not b[0].startswith("$ sb40 "):
        sys.exit(f"{doc}: a console block does not start with '$ sb40 '")
    cmd, k = b[0][2:], 1
    while cmd.endswith("\\"):
        cmd, k = cmd[:-1] + " " + b[k].strip(), k + 1
    argv = shlex.split(cmd)
    argv[0] = sb40
    want = "\n".join(b[k:]) + "\n"
    run = subprocess.run(argv, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"{doc}: `{cmd}` failed ({run.returncode}): {run.stderr.strip()}")
    if run.stdout != want:
        import difflib
        diff = "".join(difflib.unified_diff(want.splitlines(True), run.stdout.splitlines(True),
                                            "documented", "actual"))
        sys.exit(f"{doc}: `{cmd}` prints something else:\n{diff}")
    print(f"ok: {cmd}")
PY
