/* fanchart.c - history, forecast and interval bands as SVG (see fanchart.h). */
#include <math.h>
#include "report/fanchart.h"
#include "report/numfmt.h"

enum { W = 640, H = 320, ML = 70, MR = 20, MT = 30, MB = 40 };

static void esc(struct buf *b, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '<': buf_adds(b, "&lt;"); break;
		case '>': buf_adds(b, "&gt;"); break;
		case '&': buf_adds(b, "&amp;"); break;
		case '"': buf_adds(b, "&quot;"); break;
		default: buf_addc(b, *s);
		}
	}
}

struct scale {
	double x0, dx, y0, y1;
};

static double sx(const struct scale *s, size_t i)
{
	return ML + s->dx * (double)i;
}

static double sy(const struct scale *s, double v)
{
	return MT + (H - MT - MB) * (s->y1 - v) / (s->y1 - s->y0);
}

static void range(double *lo, double *hi, const double *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (isfinite(v[i])) {
			if (v[i] < *lo)
				*lo = v[i];
			if (v[i] > *hi)
				*hi = v[i];
		}
}

void fanchart_svg(struct buf *b, const struct fanchart *c, const char *first, const char *last,
		  const char *title, const char *lang)
{
	struct scale s;
	double lo = INFINITY, hi = -INFINITY;
	size_t total = c->n + c->h;
	char num[64];
	range(&lo, &hi, c->y, c->n);
	range(&lo, &hi, c->mean, c->h);
	range(&lo, &hi, c->lo, c->h * c->nlevels);
	range(&lo, &hi, c->hi, c->h * c->nlevels);
	if (!(lo < hi)) {
		lo = isfinite(lo) ? lo - 1 : 0;
		hi = lo + 2;
	}
	s.y0 = lo;
	s.y1 = hi;
	s.x0 = 0;
	s.dx = total > 1 ? (double)(W - ML - MR) / (double)(total - 1) : 0;
	buf_addf(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
		 "viewBox=\"0 0 %d %d\" role=\"img\" font-family=\"sans-serif\" font-size=\"12\">\n",
		 W, H, W, H);
	buf_adds(b, "<title>");
	esc(b, title);
	buf_adds(b, "</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
	buf_addf(b, "<text x=\"%d\" y=\"18\" font-weight=\"bold\">", ML);
	esc(b, title);
	buf_adds(b, "</text>\n");
	/* axes and their labels */
	buf_addf(b, "<path d=\"M%d %d V%d H%d\" stroke=\"#888\" fill=\"none\"/>\n", ML, MT, H - MB,
		 W - MR);
	buf_addf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n", ML - 4, MT + 4,
		 numfmt(num, sizeof num, hi, 1, lang));
	buf_addf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n", ML - 4, H - MB,
		 numfmt(num, sizeof num, lo, 1, lang));
	buf_addf(b, "<text x=\"%d\" y=\"%d\">", ML, H - MB + 16);
	esc(b, first);
	buf_addf(b, "</text>\n<text x=\"%d\" y=\"%d\" text-anchor=\"end\">", W - MR, H - MB + 16);
	esc(b, last);
	buf_adds(b, "</text>\n");
	/* bands, the widest (last given is not necessarily widest: draw by level, high first) */
	for (size_t pass = 0; pass < c->nlevels && c->h; pass++) {
		size_t l = 0;
		for (size_t k = 1; k < c->nlevels; k++) { /* the pass-th widest level */
			size_t rank = 0;
			for (size_t q = 0; q < c->nlevels; q++)
				rank += c->levels[q] > c->levels[k];
			if (rank == pass)
				l = k;
		}
		double op = 0.15 + 0.2 * (double)pass / (double)c->nlevels;
		buf_addf(b, "<path fill=\"#1f6fb2\" fill-opacity=\"%.2f\" d=\"M%.1f %.1f", op,
			 sx(&s, c->n - 1), sy(&s, c->y[c->n - 1]));
		for (size_t i = 0; i < c->h; i++)
			buf_addf(b, " L%.1f %.1f", sx(&s, c->n + i), sy(&s, c->hi[l * c->h + i]));
		for (size_t i = c->h; i-- > 0;)
			buf_addf(b, " L%.1f %.1f", sx(&s, c->n + i), sy(&s, c->lo[l * c->h + i]));
		buf_addf(b, " Z\"><title>%g%%</title></path>\n", c->levels[l]);
	}
	buf_adds(b, "<polyline fill=\"none\" stroke=\"#222\" stroke-width=\"2\" points=\"");
	for (size_t i = 0; i < c->n; i++)
		buf_addf(b, "%s%.1f,%.1f", i ? " " : "", sx(&s, i), sy(&s, c->y[i]));
	buf_adds(b, "\"/>\n");
	if (c->h) {
		buf_addf(b, "<polyline fill=\"none\" stroke=\"#1f6fb2\" stroke-width=\"2\" "
			 "stroke-dasharray=\"6 4\" points=\"%.1f,%.1f", sx(&s, c->n - 1),
			 sy(&s, c->y[c->n - 1]));
		for (size_t i = 0; i < c->h; i++)
			buf_addf(b, " %.1f,%.1f", sx(&s, c->n + i), sy(&s, c->mean[i]));
		buf_adds(b, "\"/>\n");
	}
	buf_adds(b, "</svg>\n");
}
