#!/usr/bin/env python3
"""errmsg_formats.py - the error message formats sb40 translates.

Lists every format literal passed to error_set / error_setat / error_setwhere
(and the wrappers jr_fail, import_rows.c's fail, web_fail on pages) in the
user-facing input code, one C string literal a line.  With --check TABLE...,
fails when a format is missing from a translation table (src/report/errmsg_*.c)
or when a translation's conversions do not match the English ones.

Usage: errmsg_formats.py SRCDIR [--check]
"""
import os
import re
import sys

# (function name, 0-based index of the format argument)
CALLS = {"error_set": 2, "error_setat": 5, "error_setwhere": 3,
         "jr_fail": 1, "web_fail": 4}
LOCAL_FAIL = {"io/import_rows.c": ("fail", 3), "base/parse.c": ("FAIL", 1),
              "web/h_users.c": ("users_error", 2)}
DIRS = ["io", "domain", "web"]
FILES = ["base/csvread.c", "base/parse.c"]
SKIP = re.compile(r"^web/h_api")  # the JSON API keeps English


def sources(src):
    out = list(FILES)
    for d in DIRS:
        for f in sorted(os.listdir(os.path.join(src, d))):
            rel = d + "/" + f
            if f.endswith(".c") and not SKIP.match(rel):
                out.append(rel)
    return out


STR = re.compile(r'"((?:[^"\\\n]|\\.)*)"')


def strip_comments(t):
    return re.sub(r"/\*.*?\*/|//[^\n]*", lambda m: re.sub(r"[^\n]", " ", m.group(0)),
                  t, flags=re.S)


def args_of(t, i):
    """Split the call's arguments starting after the '(' at I."""
    depth, cur, out, j = 0, [], [], i
    while j < len(t):
        c = t[j]
        if c == '"' or c == "'":
            q = c
            k = j + 1
            while t[k] != q:
                k += 2 if t[k] == "\\" else 1
            cur.append(t[j:k + 1])
            j = k + 1
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                out.append("".join(cur).strip())
                return out
            depth -= 1
        elif c == "," and depth == 0:
            out.append("".join(cur).strip())
            cur = []
            j += 1
            continue
        cur.append(c)
        j += 1
    return out


def literal(arg):
    """The concatenated C string literal ARG, or None when it is not one."""
    parts = STR.findall(arg)
    rest = STR.sub("", arg).strip()
    if not parts or rest:
        return None
    return "".join(parts)


def formats(src):
    found = {}  # literal -> first place
    others = []
    for rel in sources(src):
        with open(os.path.join(src, rel), encoding="utf-8") as fh:
            t = strip_comments(fh.read())
        calls = dict(CALLS)
        if rel in LOCAL_FAIL:
            calls[LOCAL_FAIL[rel][0]] = LOCAL_FAIL[rel][1]
        pat = re.compile(r"\b(" + "|".join(calls) + r")\s*\(")
        for m in pat.finditer(t):
            # skip the definitions and prototypes
            line_start = t.rfind("\n", 0, m.start()) + 1
            if re.match(r"\s*(static\s+)?int\s", t[line_start:m.start()] + " "):
                continue
            a = args_of(t, m.end())
            idx = calls[m.group(1)]
            if len(a) <= idx:
                continue
            lit = literal(a[idx])
            line = t.count("\n", 0, m.start()) + 1
            if lit is None and a[idx] == "fmt":
                continue  # a wrapper passing its own format on
            if lit is None:
                others.append("%s:%d: %s: format is not a literal: %s"
                              % (rel, line, m.group(1), a[idx]))
                continue
            if lit in ("%s", ""):
                continue  # a message passed through
            found.setdefault(lit, "%s:%d" % (rel, line))
    return found, others


SPEC = re.compile(r"%(?:(\d+)\$)?([-+ #0]*)(\*(?:\d+\$)?|\d+)?(?:\.(\*(?:\d+\$)?|\d*))?"
                  r"(hh|h|ll|l|z)?([diuxXocsgGfFeE%])")


def ctype(length, conv):
    if conv in "di":
        return {"l": "long", "ll": "llong", "z": "ssize"}.get(length, "int")
    if conv in "uxXo":
        return {"l": "ulong", "ll": "ullong", "z": "size"}.get(length, "uint")
    return {"s": "str", "c": "char"}.get(conv, "double")


def types(fmt, positional):
    """Argument types by position, or None when FMT is not supported."""
    fmt = bytes(fmt, "utf-8").decode("unicode_escape") if "\\" in fmt else fmt
    out, seq, numbered = {}, 0, None
    i = 0
    while True:
        i = fmt.find("%", i)
        if i < 0:
            break
        m = SPEC.match(fmt, i)
        if not m:
            return None
        i = m.end()
        pos, _, width, prec, length, conv = m.groups()
        if conv == "%":
            continue
        if numbered is not None and numbered != bool(pos):
            return None
        numbered = bool(pos)
        if pos and not positional:
            return None
        items = []
        for star in (width, prec):
            if star and star.startswith("*"):
                items.append((star[1:-1] if pos else None, "int"))
        items.append((pos, ctype(length or "", conv)))
        for p, ty in items:
            if pos and p is None:
                return None
            if p is None:
                seq += 1
                p = seq
            p = int(p)
            if out.get(p, ty) != ty:
                return None
            out[p] = ty
    if out and sorted(out) != list(range(1, max(out) + 1)):
        return None
    return out


ENTRY = re.compile(r'\{\s*((?:"(?:[^"\\\n]|\\.)*"\s*)+),\s*((?:"(?:[^"\\\n]|\\.)*"\s*)+)\}')


def table(path):
    with open(path, encoding="utf-8") as fh:
        t = strip_comments(fh.read())
    return {literal(m.group(1)): literal(m.group(2)) for m in ENTRY.finditer(t)}


def check(src):
    found, _ = formats(src)
    bad = 0
    for lang in ("uz", "uz_cyrl", "ru"):
        tab = table(os.path.join(src, "report", "errmsg_%s.c" % lang))
        for lit, where in sorted(found.items(), key=lambda kv: kv[1]):
            if lit not in tab:
                print('%s: errmsg_%s.c has no "%s"' % (where, lang, lit))
                bad += 1
        for en, tr in tab.items():
            te, tt = types(en, False), types(tr, True)
            if te is None or te != tt:
                print('errmsg_%s.c: "%s" -> "%s": conversions do not match'
                      % (lang, en, tr))
                bad += 1
    print("%d formats, %d problems" % (len(found), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[2] == "--check":
        sys.exit(check(sys.argv[1]))
    src = sys.argv[1]
    found, others = formats(src)
    for lit, where in sorted(found.items(), key=lambda kv: kv[1]):
        print('%s\t"%s"' % (where, lit))
    for o in others:
        print("# " + o, file=sys.stderr)
