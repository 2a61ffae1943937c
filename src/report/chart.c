/* chart.c - horizontal bars and radar charts as inline SVG. */
#include "report/chart.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "base/text.h"
#include "report/html.h"

static const char *const palette[] = {"#2d6cdf", "#c2410c", "#15803d", "#7c3aed"};

/* S cut to at most MAX code points, with "…" after a cut, escaped. */
static void label(struct buf *out, const char *s, size_t max)
{
	size_t len = strlen(s), cps = 0, i = 0;
	if (utf8_count(s, len) <= max) {
		html_escape(out, s);
		return;
	}
	while (i < len && cps < max - 1) {
		size_t k = utf8_seqlen((const unsigned char *)s + i, len - i);
		i += k ? k : 1;
		cps++;
	}
	struct buf cut = BUF_INIT;
	buf_add(&cut, s, i);
	html_escape(out, cut.data);
	buf_adds(out, "…");
	buf_release(&cut);
}

void chart_hbar(struct buf *out, const struct chart_bar *bars, size_t n, double max,
		const char *title)
{
	const double row = 26, x0 = 230, width = 330;
	double h = (double)n * row + 16;
	buf_addf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 %.0f\" "
		      "width=\"640\" height=\"%.0f\" role=\"img\" font-size=\"12\">\n<title>",
		 h, h);
	html_escape(out, title);
	buf_adds(out, "</title>\n");
	buf_addf(out, "<line x1=\"%.0f\" y1=\"4\" x2=\"%.0f\" y2=\"%.0f\" stroke=\"#8a93a0\"/>\n",
		 x0, x0, h - 4);
	for (size_t i = 0; i < n; i++) {
		double y = 8 + (double)i * row;
		buf_addf(out, "<text x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\">", x0 - 8, y + 16);
		label(out, bars[i].label, 34);
		buf_adds(out, "</text>\n");
		if (isnan(bars[i].value) || !(max > 0)) {
			buf_addf(out, "<text x=\"%.0f\" y=\"%.1f\" fill=\"#8a93a0\" font-style=\"italic\">",
				 x0 + 6, y + 16);
			html_escape(out, bars[i].note ? bars[i].note : "");
			buf_adds(out, "</text>\n");
			continue;
		}
		double v = fmin(fmax(bars[i].value, 0), max);
		double w = width * v / max;
		buf_addf(out, "<rect x=\"%.0f\" y=\"%.1f\" width=\"%.1f\" height=\"18\" fill=\"%s\"/>\n",
			 x0, y + 3, w, bars[i].highlight ? palette[0] : "#9db7e8");
		buf_addf(out, "<text x=\"%.1f\" y=\"%.1f\">", x0 + w + 6, y + 16);
		html_escape(out, bars[i].text ? bars[i].text : "");
		buf_adds(out, "</text>\n");
	}
	buf_adds(out, "</svg>\n");
}

/* A label at (X, Y), on two lines when long (split at the middle space). */
static void radar_label(struct buf *out, const char *s, double x, double y, const char *anchor)
{
	size_t len = strlen(s), cps = utf8_count(s, len);
	buf_addf(out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">", x, y, anchor);
	if (cps <= 18) {
		html_escape(out, s);
	} else {
		/* the space nearest the middle byte */
		const char *best = NULL;
		for (const char *p = s; *p; p++)
			if (*p == ' ' && (!best || labs((long)(p - s) - (long)len / 2) <
							 labs((long)(best - s) - (long)len / 2)))
				best = p;
		if (!best) {
			html_escape(out, s);
		} else {
			struct buf a = BUF_INIT;
			buf_add(&a, s, (size_t)(best - s));
			buf_addf(out, "<tspan x=\"%.1f\" dy=\"-0.55em\">", x);
			html_escape(out, a.data);
			buf_addf(out, "</tspan><tspan x=\"%.1f\" dy=\"1.15em\">", x);
			html_escape(out, best + 1);
			buf_adds(out, "</tspan>");
			buf_release(&a);
		}
	}
	buf_adds(out, "</text>\n");
}

void chart_radar(struct buf *out, const char *const *labels, size_t n, int nrings, double max,
		 const struct chart_series *series, size_t ns, const char *title)
{
	const double cx = 360, cy = 270, r = 170;
	const double pi = 3.14159265358979323846;
	if (n < 3 || !(max > 0))
		return;
	buf_adds(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 720 580\" "
		      "width=\"720\" height=\"580\" role=\"img\" font-size=\"12\">\n<title>");
	html_escape(out, title);
	buf_adds(out, "</title>\n");
	for (int k = 1; k <= nrings; k++) {
		double rr = r * k / nrings;
		buf_adds(out, "<polygon fill=\"none\" stroke=\"#dde1e7\" points=\"");
		for (size_t i = 0; i < n; i++) {
			double a = -pi / 2 + 2 * pi * (double)i / (double)n;
			buf_addf(out, "%s%.1f,%.1f", i ? " " : "", cx + rr * cos(a), cy + rr * sin(a));
		}
		buf_adds(out, "\"/>\n");
		buf_addf(out, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#8a93a0\" font-size=\"10\">%g</text>\n",
			 cx + 3, cy - rr + 11, max * k / nrings);
	}
	for (size_t i = 0; i < n; i++) {
		double a = -pi / 2 + 2 * pi * (double)i / (double)n, c = cos(a), s = sin(a);
		buf_addf(out, "<line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#dde1e7\"/>\n",
			 cx, cy, cx + r * c, cy + r * s);
		const char *anchor = fabs(c) < 0.2 ? "middle" : c > 0 ? "start" : "end";
		double lx = cx + (r + 14) * c, ly = cy + (r + 14) * s + (s > 0.2 ? 12 : s < -0.2 ? -2 : 4);
		radar_label(out, labels[i], lx, ly, anchor);
	}
	for (size_t j = 0; j < ns; j++) {
		const char *col = palette[j % 4];
		buf_addf(out, "<polygon points=\"");
		for (size_t i = 0; i < n; i++) {
			double a = -pi / 2 + 2 * pi * (double)i / (double)n;
			double v = isnan(series[j].values[i]) ? 0 : fmin(fmax(series[j].values[i], 0), max);
			buf_addf(out, "%s%.1f,%.1f", i ? " " : "", cx + r * v / max * cos(a),
				 cy + r * v / max * sin(a));
		}
		if (series[j].dashed)
			buf_addf(out, "\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\" "
				      "stroke-dasharray=\"6 4\"/>\n", col);
		else
			buf_addf(out, "\" fill=\"%s\" fill-opacity=\"0.25\" stroke=\"%s\" "
				      "stroke-width=\"2\"/>\n", col, col);
		double ly = 580 - 14 - 18 * (double)(ns - 1 - j);
		buf_addf(out, "<rect x=\"16\" y=\"%.0f\" width=\"14\" height=\"10\" fill=\"%s\"/>"
			      "<text x=\"36\" y=\"%.0f\">", ly - 9, col, ly);
		html_escape(out, series[j].name);
		buf_adds(out, "</text>\n");
	}
	buf_adds(out, "</svg>\n");
}

static const char *const line_palette[] = {"#2d6cdf", "#c2410c", "#15803d", "#7c3aed",
					   "#0e7490", "#b45309", "#be185d", "#4d7c0f"};

static void polyline(struct buf *out, const int *x, size_t nx, const double *v, double x0,
		     double xstep, double y0, double h, double max, const char *col, int dashed)
{
	size_t k = 0;
	for (size_t i = 0; i < nx; i++) {
		if (isnan(v[i]))
			continue;
		buf_adds(out, k++ ? " " : "<polyline fill=\"none\" points=\"");
		buf_addf(out, "%.1f,%.1f", x0 + xstep * (x[i] - x[0]), y0 + h - h * v[i] / max);
	}
	if (k)
		buf_addf(out, "\" stroke=\"%s\" stroke-width=\"2\"%s/>\n", col,
			 dashed ? " stroke-dasharray=\"5 4\"" : "");
	for (size_t i = 0; i < nx && !dashed; i++)
		if (!isnan(v[i]))
			buf_addf(out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>\n",
				 x0 + xstep * (x[i] - x[0]), y0 + h - h * v[i] / max, col);
}

void chart_lines(struct buf *out, const int *x, size_t nx, const struct chart_line *s,
		 size_t ns, const char *title)
{
	const double x0 = 50, y0 = 16, w = 440, h = 240;
	double max = 0;
	if (!nx)
		return;
	for (size_t j = 0; j < ns; j++)
		for (size_t i = 0; i < nx; i++) {
			if (!isnan(s[j].v[i]))
				max = fmax(max, s[j].v[i]);
			if (s[j].fc && !isnan(s[j].fc[i]))
				max = fmax(max, s[j].fc[i]);
		}
	if (!(max > 0))
		max = 1;
	double step = pow(10, floor(log10(max)));
	if (max / step < 2)
		step /= 5;
	else if (max / step < 5)
		step /= 2;
	max = ceil(max / step - 1e-9) * step;
	double span = x[nx - 1] > x[0] ? x[nx - 1] - x[0] : 1, xstep = w / span;
	double height = y0 + h + 40 + 16 * (double)((ns + 1) / 2);
	buf_addf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 %.0f\" "
		      "width=\"640\" height=\"%.0f\" role=\"img\" font-size=\"11\">\n<title>",
		 height, height);
	html_escape(out, title);
	buf_adds(out, "</title>\n");
	for (double v = 0; v <= max + 1e-9; v += step) {
		double y = y0 + h - h * v / max;
		buf_addf(out, "<line x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\" "
			      "stroke=\"#dde1e7\"/><text x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\" "
			      "fill=\"#566070\">%g</text>\n",
			 x0, y, x0 + w, y, x0 - 6, y + 4, v);
	}
	for (size_t i = 0; i < nx; i++)
		buf_addf(out, "<text x=\"%.1f\" y=\"%.0f\" text-anchor=\"middle\" "
			      "fill=\"#566070\">%d</text>\n",
			 x0 + xstep * (x[i] - x[0]), y0 + h + 16, x[i]);
	for (size_t j = 0; j < ns; j++) {
		const char *col = line_palette[j % 8];
		polyline(out, x, nx, s[j].v, x0, xstep, y0, h, max, col, 0);
		if (s[j].fc)
			polyline(out, x, nx, s[j].fc, x0, xstep, y0, h, max, col, 1);
		double lx = 16 + 300 * (double)(j % 2), ly = y0 + h + 40 + 16 * (double)(j / 2);
		buf_addf(out, "<rect x=\"%.0f\" y=\"%.0f\" width=\"12\" height=\"4\" fill=\"%s\"/>"
			      "<text x=\"%.0f\" y=\"%.0f\">",
			 lx, ly - 5, col, lx + 18, ly);
		html_escape(out, s[j].name);
		buf_adds(out, "</text>\n");
	}
	buf_adds(out, "</svg>\n");
}
