/* assess_report.c - helpers shared by the innovation and maturity reports. */
#include "report/assess_report.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "base/text.h"
#include "report/assess_report_int.h"
#include "report/html.h"
#include "report/i18n_assess.h"

int report_format_parse(const char *s, enum report_format *out)
{
	static const char *const names[] = {"text", "json", "html"};
	for (int i = 0; i < 3; i++)
		if (s && !strcmp(s, names[i])) {
			*out = (enum report_format)i;
			return 0;
		}
	return -1;
}

void ar_pad(struct buf *b, const char *s, size_t width)
{
	size_t w = utf8_count(s, strlen(s));
	buf_adds(b, s);
	do
		buf_addc(b, ' ');
	while (++w < width);
}

const char *ar_pct(char *out, size_t n, enum lang l, double frac, int decimals, int plus)
{
	char num[48];
	ia_numstr(num, sizeof num, l, frac * 100, decimals, plus);
	snprintf(out, n, "%s%%", num);
	return out;
}

const char *ar_pvalue(char *out, size_t n, enum lang l, double p)
{
	char num[32];
	if (p < 0.0005)
		snprintf(out, n, "< %s", ia_numstr(num, sizeof num, l, 0.001, 3, 0));
	else
		snprintf(out, n, "= %s", ia_numstr(num, sizeof num, l, p, 3, 0));
	return out;
}

const char *ar_roman(int k)
{
	static const char *const r[10] = {"?", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
	return k >= 1 && k <= 9 ? r[k] : r[0];
}

void ar_th(struct buf *b, const char *s)
{
	buf_adds(b, "<th>");
	html_escape(b, s);
	buf_adds(b, "</th>");
}

void ar_td(struct buf *b, const char *s, int num)
{
	buf_adds(b, num ? "<td class=\"num\">" : "<td>");
	html_escape(b, s);
	buf_adds(b, "</td>");
}

json_t *ar_real(double x)
{
	return isfinite(x) ? json_real(x) : json_null();
}

json_t *ar_firm_json(const struct assess_firm *f)
{
	json_t *o = json_object();
	const char *const keys[5] = {"name", "tin", "region", "zone", "sector"};
	const char *const vals[5] = {f->name, f->tin, f->region, f->zone, f->sector};
	for (int i = 0; o && i < 5; i++)
		if (vals[i])
			json_object_set_new(o, keys[i], json_string(vals[i]));
	return o;
}

int ar_json_dump(struct buf *out, json_t *root, struct sb40_error *err)
{
	char *s = root ? json_dumps(root, JSON_INDENT(2) | JSON_REAL_PRECISION(10)) : NULL;
	json_decref(root);
	if (!s)
		return error_set(err, SB40_ENOMEM, "out of memory");
	buf_adds(out, s);
	buf_addc(out, '\n');
	free(s);
	return 0;
}
