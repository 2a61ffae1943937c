# errmsg_complete.sh - every error message format of the user-facing input
# paths (src/io, src/domain, src/web pages, base/csvread.c, base/parse.c) has
# a translation in src/report/errmsg_uz.c, errmsg_uz_cyrl.c and errmsg_ru.c,
# and each translation's conversions take the English arguments' types
# (scripts/errmsg_formats.py --check).
. "$(dirname "$0")/lib.inc"
out=$(python3 "$SB40_SOURCE/scripts/errmsg_formats.py" "$SB40_SOURCE/src" --check 2>&1)
rc=$?
expect_eq "errmsg tables complete and matching" "$rc $(printf '%s\n' "$out" | tail -1 | sed 's/^[0-9]* formats, //')" "0 0 problems"
if [ $rc -ne 0 ]; then printf '%s\n' "$out" | head -30 >&2; fi
# the check itself fails on a missing entry and on a mismatched translation
tmp=$WORK/copy
mkdir -p "$tmp" && cp -r "$SB40_SOURCE/src" "$tmp/src"
sed -i 's/{"no such date %s",/{"no such date!! %s",/' "$tmp/src/report/errmsg_ru.c"
sed -i 's/^\t "%s degan sana mavjud emas"/\t "%d degan sana mavjud emas"/' "$tmp/src/report/errmsg_uz.c"
bad=$(python3 "$SB40_SOURCE/scripts/errmsg_formats.py" "$tmp/src" --check 2>&1)
expect_eq "a missing entry is found" "$(printf '%s\n' "$bad" | grep -c 'errmsg_ru.c has no "no such date %s"')" "1"
expect_eq "a mismatched conversion is found" "$(printf '%s\n' "$bad" | grep -c 'errmsg_uz.c: "no such date %s" -> "%d')" "1"
finish
