/* numfmt.c - grouping and decimal separators per language. */
#include "report/numfmt.h"
#include <math.h>
#include <stdio.h>
#include <string.h>

char *numfmt(char *out, size_t n, double v, int decimals, const char *lang)
{
	char raw[64], *dot;
	const char *group = ",", *point = ".";
	size_t o = 0, intlen, start = 0;

	if (n == 0)
		return out;
	if (isnan(v)) {
		snprintf(out, n, "\u2013");
		return out;
	}
	if (lang && strcmp(lang, "en") != 0) {
		group = "\u00a0";
		point = ",";
	}
	if (decimals < 0)
		decimals = 0;
	if (decimals > 9)
		decimals = 9;
	snprintf(raw, sizeof raw, "%.*f", decimals, v);
	if (raw[0] == '-') {
		if (o + 1 < n)
			out[o++] = '-';
		start = 1;
	}
	dot = strchr(raw, '.');
	intlen = (dot ? (size_t)(dot - raw) : strlen(raw)) - start;
	for (size_t i = 0; i < intlen; i++) {
		if (i > 0 && (intlen - i) % 3 == 0)
			for (const char *g = group; *g && o + 1 < n; g++)
				out[o++] = *g;
		if (o + 1 < n)
			out[o++] = raw[start + i];
	}
	if (dot) {
		for (const char *p = point; *p && o + 1 < n; p++)
			out[o++] = *p;
		for (const char *p = dot + 1; *p && o + 1 < n; p++)
			out[o++] = *p;
	}
	out[o] = '\0';
	return out;
}
