#!/usr/bin/env python3
"""uz_latn2cyrl.py - a first draft of an Uzbek Cyrillic text from Uzbek Latin.

For the error message tables (docs/i18n.md): write the uz entry, then
    python3 scripts/uz_latn2cyrl.py 'nomaʼlum koʻrsatkich \\"%s\\"'
and review the result before putting it into src/report/errmsg_uz_cyrl.c
(loanwords such as "sikl" -> "цикл" need a person's eye).  Kept as they are:
conversions (%s, %2$zu), \\"quoted\\" names, $.json.paths, [ranges], --options,
tokens with capitals or digits (CSV, 2024Q3), code:weight, snake_case and the
Latin words listed in KEEP.  Reads the arguments, or lines of standard input.
"""
import re
import sys

# uz Latin -> uz Cyrillic.  Kept as is: conversions, \"quoted\" text, tokens
# with 2+ capitals or digits, and the listed Latin words.
KEEP = {"sb40", "libsodium", "null", "zone", "enterprise", "region", "country", "series", "period",
        "value", "linear", "previous", "zero", "none", "fill", "minmax", "zscore", "auction_date", "zones", "enterprises", "observations", "obligations",
        "lots", "m2", "IPv4", "e", "g"}
PROT = re.compile(r'(%[0-9$.*#+ -]*(?:hh|h|ll|l|z)?[a-zA-Z%]|\\"[^"]*?\\"|\$\.[\w\[\]%$.]+|\[[^\]]*\]|\w*_\w*|--\w+|[A-Za-z_]*[A-Z][A-Za-z0-9_-]*[A-Z0-9][A-Za-z0-9_:.-]*|[\w.-]*\d[\w.:/-]*|\w+:\w+|[a-z_]+,[a-z_,.A-Z]+)')
PAIRS = [("yoʻ", "йў"), ("Yoʻ", "Йў"), ("obyekt", "объект"), ("itsa", "ица"), ("sikl", "цикл"),
         ("Oʻ", "Ў"), ("oʻ", "ў"), ("Gʻ", "Ғ"), ("gʻ", "ғ"), ("Sh", "Ш"), ("sh", "ш"), ("Ch", "Ч"),
         ("ch", "ч"), ("Yo", "Ё"), ("yo", "ё"), ("Yu", "Ю"), ("yu", "ю"), ("Ya", "Я"), ("ya", "я"),
         ("Ye", "Е"), ("ye", "е"), ("tsiya", "ция"), ("ʼ", "ъ")]
ONE = dict(zip("abdefghijklmnopqrstuvxyzABDEFGHIJKLMNOPQRSTUVXYZ",
               "абдэфгҳижклмнопқрстувхйзАБДЭФГҲИЖКЛМНОПҚРСТУВХЙЗ"))

def word(w):
    if w in KEEP:
        return w
    out, i = [], 0
    while i < len(w):
        for a, b in PAIRS:
            if w.startswith(a, i):
                out.append(b)
                i += len(a)
                break
        else:
            c = w[i]
            if c in "eE" and i > 0 and w[i - 1].isalpha():
                out.append("е" if c == "e" else "Е")
            else:
                out.append(ONE.get(c, c))
            i += 1
    return "".join(out)

def cyrl(s):
    parts = PROT.split(s)
    out = []
    for k, p in enumerate(parts):
        if k % 2:
            out.append({"STIR": "СТИР", "STIRi": "СТИРи", "IFUT": "ИФУТ", "m2": "м2"}.get(p, p))
        else:
            out.append(re.sub(r"[A-Za-zʻʼ]+", lambda m: word(m.group(0)), p))
    return "".join(out)


if __name__ == "__main__":
    for s in sys.argv[1:] or (l.rstrip("\n") for l in sys.stdin):
        print(cyrl(s))
