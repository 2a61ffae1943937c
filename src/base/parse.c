/* parse.c - strict value parsing. */
#include "base/parse.h"
#include "base/error.h"
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Each message is one whole format, so that it can be translated
 * (report/errmsg.h); S quoted is its argument. */
#define FAIL(e, fmt, s, len) \
	do { \
		char q_[256]; \
		error_quote(q_, sizeof q_, (s), (len)); \
		error_set((e), SB40_EINVAL, fmt, q_); \
	} while (0)

/* The old interface: the message of E into MSG. */
static int to_msg(int rc, const struct sb40_error *e, char *msg, size_t msgn)
{
	if (rc && msgn)
		snprintf(msg, msgn, "%s", e->msg);
	return rc;
}

int parse_double(const char *s, size_t len, double *out, char *msg, size_t msgn)
{
	struct sb40_error e;
	return to_msg(parse_double_e(s, len, out, &e), &e, msg, msgn);
}

int parse_double_e(const char *s, size_t len, double *out, struct sb40_error *e)
{
	char tmp[64], *end;
	size_t i = 0;
	int digits = 0;
	double v;

	if (len == 0 || len >= sizeof tmp) {
		FAIL(e, "expected a number, got %s", s, len);
		return -1;
	}
	/* Grammar check first: strtod also takes hex, "inf", "nan", spaces. */
	if (s[i] == '+' || s[i] == '-')
		i++;
	while (i < len && s[i] >= '0' && s[i] <= '9')
		i++, digits++;
	if (i < len && s[i] == '.') {
		i++;
		while (i < len && s[i] >= '0' && s[i] <= '9')
			i++, digits++;
	}
	if (digits && i < len && (s[i] == 'e' || s[i] == 'E')) {
		size_t j = i + 1;
		if (j < len && (s[j] == '+' || s[j] == '-'))
			j++;
		if (j < len && s[j] >= '0' && s[j] <= '9') {
			while (j < len && s[j] >= '0' && s[j] <= '9')
				j++;
			i = j;
		}
	}
	if (!digits || i != len) {
		if (memchr(s, ',', len) && digits)
			FAIL(e, "expected a number, got %s (use a dot as the decimal separator)",
			     s, len);
		else
			FAIL(e, "expected a number, got %s", s, len);
		return -1;
	}
	memcpy(tmp, s, len);
	tmp[len] = '\0';
	errno = 0;
	v = strtod(tmp, &end);
	if (!isfinite(v)) {
		FAIL(e, "expected a finite number, got %s", s, len);
		return -1;
	}
	*out = v;
	return 0;
}

int parse_long(const char *s, size_t len, long min, long max, long *out,
	       char *msg, size_t msgn)
{
	struct sb40_error e;
	return to_msg(parse_long_e(s, len, min, max, out, &e), &e, msg, msgn);
}

int parse_long_e(const char *s, size_t len, long min, long max, long *out,
		 struct sb40_error *e)
{
	long v = 0;
	size_t i = 0;
	int neg = 0;
	if (len && (s[0] == '-' || s[0] == '+'))
		neg = s[0] == '-', i++;
	if (i == len) {
		FAIL(e, "expected a whole number, got %s", s, len);
		return -1;
	}
	for (; i < len; i++) {
		if (s[i] < '0' || s[i] > '9') {
			FAIL(e, "expected a whole number, got %s", s, len);
			return -1;
		}
		if (v > (1L << 53)) {
			FAIL(e, "expected a smaller whole number, got %s", s, len);
			return -1;
		}
		v = v * 10 + (s[i] - '0');
	}
	if (neg)
		v = -v;
	if (v < min || v > max) {
		char q[256];
		error_quote(q, sizeof q, s, len);
		error_set(e, SB40_EINVAL, "expected a whole number from %ld to %ld, got %s",
			  min, max, q);
		return -1;
	}
	*out = v;
	return 0;
}

/* Howard Hinnant's days_from_civil. */
long date_from_ymd(int y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void date_to_ymd(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long yy = yoe + era * 400;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yy + (*m <= 2));
}

int date_days_in_month(int y, int m)
{
	static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dm[m - 1];
}

long date_add_months(long days, int months)
{
	int y, m, d, dim;
	date_to_ymd(days, &y, &m, &d);
	long t = (long)y * 12 + (m - 1) + months;
	y = (int)(t / 12);
	m = (int)(t % 12) + 1;
	dim = date_days_in_month(y, m);
	if (d > dim)
		d = dim;
	return date_from_ymd(y, m, d);
}

char *date_format(long days, char *out)
{
	int y, m, d;
	date_to_ymd(days, &y, &m, &d);
	unsigned uy = (unsigned)y % 10000u, um = (unsigned)m % 100u, ud = (unsigned)d % 100u;
	snprintf(out, 11, "%04u-%02u-%02u", uy, um, ud);
	return out;
}

static int digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

int parse_date(const char *s, size_t len, long *days, char *msg, size_t msgn)
{
	struct sb40_error e;
	return to_msg(parse_date_e(s, len, days, &e), &e, msg, msgn);
}

int parse_date_e(const char *s, size_t len, long *days, struct sb40_error *e)
{
	int y, m, d;
	if (len != 10 || s[4] != '-' || s[7] != '-' || !digits(s, 4) ||
	    !digits(s + 5, 2) || !digits(s + 8, 2)) {
		FAIL(e, "expected a date YYYY-MM-DD, got %s", s, len);
		return -1;
	}
	y = atoi(s);
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 ||
	    d > date_days_in_month(y, m)) {
		char q[64];
		error_quote(q, sizeof q, s, len);
		error_set(e, SB40_EINVAL, "no such date %s", q);
		return -1;
	}
	*days = date_from_ymd(y, m, d);
	return 0;
}

int parse_period(const char *s, size_t len, int allow_index, struct period *out,
		 char *msg, size_t msgn)
{
	struct sb40_error e;
	return to_msg(parse_period_e(s, len, allow_index, out, &e), &e, msg, msgn);
}

int parse_period_e(const char *s, size_t len, int allow_index, struct period *out,
		   struct sb40_error *e)
{
	if (len == 6 && digits(s, 4) && (s[4] == 'Q' || s[4] == 'q') &&
	    s[5] >= '1' && s[5] <= '4') {
		long y = atol(s);
		if (y < 1000) {
			FAIL(e, "expected a period (2024 or 2024Q3), got %s", s, len);
			return -1;
		}
		out->kind = PERIOD_QUARTER;
		out->key = y * 4 + (s[5] - '1');
		return 0;
	}
	if (len > 0 && len <= 9 && digits(s, len)) {
		long v = 0;
		for (size_t i = 0; i < len; i++)
			v = v * 10 + (s[i] - '0');
		if (len == 4 && v >= 1000 && v <= 2999) {
			out->kind = PERIOD_YEAR;
			out->key = v;
			return 0;
		}
		if (allow_index) {
			out->kind = PERIOD_INDEX;
			out->key = v;
			return 0;
		}
	}
	if (allow_index)
		FAIL(e, "expected a period (2024, 2024Q3 or an index), got %s", s, len);
	else
		FAIL(e, "expected a period (2024 or 2024Q3), got %s", s, len);
	return -1;
}

char *period_format(struct period p, char *out)
{
	if (p.kind == PERIOD_QUARTER)
		snprintf(out, 24, "%ldQ%ld", p.key / 4, p.key % 4 + 1);
	else
		snprintf(out, 24, "%ld", p.key);
	return out;
}
