# lint_banned.sh - libc calls sb40 does not use (git's banned.h idea, as a
# test): unbounded copies and formats, and functions with static buffers,
# which a threaded server must not call.  Use snprintf, buf_*, gmtime_r.
. "$(dirname "$0")/lib.inc"
pattern='\b(strcpy|strcat|sprintf|vsprintf|gets|strtok|strncpy|strncat|mktemp|tmpnam|asctime|ctime|localtime|gmtime|strerror_r|rand|srand)[[:space:]]*\('
hits=$(grep -rnE "$pattern" "$SB40_SOURCE/src" --include='*.c' --include='*.h' | grep -vE '\b(snprintf|vsnprintf)\b' || true)
expect_eq "banned calls in src/" "$hits" ""
finish
