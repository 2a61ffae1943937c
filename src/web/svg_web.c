/* svg_web.c - the charts of svg_web.h, in a 640 x 260 view box. */
#include "web/svg_web.h"
#include "base/text.h"
#include "report/numfmt.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const palette[] = {"#0b5394", "#c27c0e", "#2f7d32", "#8e2c6a", "#5c6b73"};

static void esc(struct buf *b, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': buf_adds(b, "&amp;"); break;
		case '<': buf_adds(b, "&lt;"); break;
		case '>': buf_adds(b, "&gt;"); break;
		case '"': buf_adds(b, "&quot;"); break;
		default: buf_addc(b, *s);
		}
	}
}

double svg_nice_step(double range, int n)
{
	double raw, mag, f;
	if (!(range > 0) || n < 1)
		return 1;
	raw = range / n;
	mag = pow(10, floor(log10(raw)));
	f = raw / mag;
	return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
}

void svg_line_chart(struct buf *b, const char *title, const char *const *x, size_t nx,
		    const struct svg_series *s, size_t ns, const char *lang)
{
	const double W = 640, H = 260, L = 64, R = 16, T = 16, B = 40;
	double lo = INFINITY, hi = -INFINITY, step, y0, y1;
	char num[64];
	int decimals, numeric = nx > 1;
	double xlo = 0, xhi = 1;

	/* years (or any numbers) are placed by value, so gaps show as gaps */
	for (size_t i = 0; i < nx && numeric; i++) {
		char *end;
		double v = strtod(x[i], &end);
		if (*end || end == x[i])
			numeric = 0;
		else if (i == 0)
			xlo = xhi = v;
		else {
			xlo = fmin(xlo, v);
			xhi = fmax(xhi, v);
		}
	}
	if (xhi <= xlo)
		numeric = 0;
	for (size_t k = 0; k < ns; k++)
		for (size_t i = 0; i < nx; i++)
			if (!isnan(s[k].y[i])) {
				lo = fmin(lo, s[k].y[i]);
				hi = fmax(hi, s[k].y[i]);
			}
	if (!isfinite(lo)) {
		lo = 0;
		hi = 1;
	}
	if (lo > 0)
		lo = 0;
	if (hi <= lo)
		hi = lo + 1;
	step = svg_nice_step(hi - lo, 4);
	y0 = floor(lo / step) * step;
	y1 = ceil(hi / step) * step;
	decimals = step >= 1 ? 0 : (int)ceil(-log10(step));
	buf_addf(b, "<svg class=\"chart\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"", W, H);
	esc(b, title);
	buf_adds(b, "\"><title>");
	esc(b, title);
	buf_adds(b, "</title>");
#define PX(i) (numeric ? L + (W - L - R) * (strtod(x[i], NULL) - xlo) / (xhi - xlo) \
		   : nx > 1 ? L + (W - L - R) * (double)(i) / (double)(nx - 1) : L + (W - L - R) / 2)
#define PY(v) (T + (H - T - B) * (1 - ((v) - y0) / (y1 - y0)))
	for (double v = y0; v <= y1 + step / 2; v += step) {
		buf_addf(b, "<line class=\"grid\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\"/>", L,
			 W - R, PY(v), PY(v));
		buf_addf(b, "<text class=\"ytick\" x=\"%.1f\" y=\"%.1f\">%s</text>", L - 6, PY(v) + 4,
			 numfmt(num, sizeof num, v, decimals, lang));
	}
	for (size_t i = 0; i < nx; i++) {
		size_t every = nx > 12 ? (nx + 11) / 12 : 1;
		if (i % every && i != nx - 1)
			continue;
		buf_addf(b, "<text class=\"xtick\" x=\"%.1f\" y=\"%.1f\">", PX(i), H - B + 18);
		esc(b, x[i]);
		buf_adds(b, "</text>");
	}
	for (size_t k = 0; k < ns; k++) {
		const char *col = palette[k % 5];
		int open = 0;
		buf_addf(b, "<g class=\"series\" stroke=\"%s\" fill=\"%s\">", col, col);
		for (size_t i = 0; i < nx; i++) {
			if (isnan(s[k].y[i])) {
				if (open)
					buf_adds(b, "\"/>");
				open = 0;
				continue;
			}
			if (!open)
				buf_adds(b, "<path fill=\"none\" stroke-width=\"2.5\" d=\"M");
			else
				buf_adds(b, " L");
			buf_addf(b, "%.1f %.1f", PX(i), PY(s[k].y[i]));
			open = 1;
		}
		if (open)
			buf_adds(b, "\"/>");
		for (size_t i = 0; i < nx; i++) {
			if (isnan(s[k].y[i]))
				continue;
			buf_addf(b, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\"><title>", PX(i),
				 PY(s[k].y[i]));
			esc(b, s[k].name);
			buf_adds(b, " ");
			esc(b, x[i]);
			buf_addf(b, ": %s</title></circle>",
				 numfmt(num, sizeof num, s[k].y[i], decimals + 1, lang));
		}
		buf_adds(b, "</g>");
	}
	if (ns > 1)
		for (size_t k = 0; k < ns; k++) {
			buf_addf(b, "<rect x=\"%.0f\" y=\"%.0f\" width=\"12\" height=\"4\" fill=\"%s\"/>"
				 "<text class=\"legend\" x=\"%.0f\" y=\"%.0f\">", L + 8 + 150.0 * (double)k,
				 H - 10, palette[k % 5], L + 24 + 150.0 * (double)k, H - 5);
			esc(b, s[k].name);
			buf_adds(b, "</text>");
		}
#undef PX
#undef PY
	buf_adds(b, "</svg>");
}

void svg_bars(struct buf *b, const char *title, const char *const *label, const double *v,
	      size_t n, const char *lang)
{
	const double W = 640, R = 60, row = 26;
	double max = 0, H = row * (double)n + 8, L = 60;
	char num[64];
	for (size_t i = 0; i < n; i++) {
		double w = 16 + 6.4 * (double)utf8_count(label[i], strlen(label[i]));
		if (v[i] > max)
			max = v[i];
		if (w > L)
			L = w < 340 ? w : 340;
	}
	if (max <= 0)
		max = 1;
	buf_addf(b, "<svg class=\"chart bars\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"",
		 W, H);
	esc(b, title);
	buf_adds(b, "\"><title>");
	esc(b, title);
	buf_adds(b, "</title>");
	for (size_t i = 0; i < n; i++) {
		double y = 4 + row * (double)i, w = (W - L - R) * (v[i] > 0 ? v[i] : 0) / max;
		buf_addf(b, "<text class=\"blabel\" x=\"%.0f\" y=\"%.1f\">", L - 8, y + 17);
		esc(b, label[i]);
		buf_addf(b, "</text><rect class=\"bar\" x=\"%.0f\" y=\"%.1f\" width=\"%.1f\" "
			 "height=\"%.0f\" rx=\"2\"/><text class=\"bvalue\" x=\"%.1f\" y=\"%.1f\">%s</text>",
			 L, y + 3, w, row - 8, L + w + 6, y + 17,
			 numfmt(num, sizeof num, v[i], 0, lang));
	}
	buf_adds(b, "</svg>");
}
