/* chart.h - inline SVG charts: horizontal bars and a radar.
 *
 * Why: report pages are rendered on the server and must read without
 * JavaScript; an inline <svg> element is part of the page and prints.  The
 * charts take plain labels and numbers, so any report can use them.  Output
 * is well-formed XML; every text is escaped.  Writes into a struct buf; no
 * I/O.
 *
 * Ownership: all arguments are borrowed.
 */
#ifndef SB40_REPORT_CHART_H
#define SB40_REPORT_CHART_H
#include <stddef.h>
#include "base/buf.h"

struct chart_bar {
	const char *label;
	double value;      /* 0..max; NaN: no bar, NOTE is shown instead */
	const char *text;  /* the value as printed beside the bar */
	const char *note;  /* shown (muted) when value is NaN; may be NULL */
	int highlight;     /* drawn in the accent colour */
};

/* Horizontal bars, one row per item, scaled to [0, MAX].  TITLE is the
 * accessible name (<title>). */
void chart_hbar(struct buf *out, const struct chart_bar *bars, size_t n, double max,
		const char *title);

struct chart_series {
	const char *name;
	const double *values; /* one per axis, 0..max; NaN is drawn at 0 */
	int dashed;           /* outline only, dashed (e.g. a target) */
};

/* A radar (spider) chart with N >= 3 axes labelled LABELS, NRINGS grid rings
 * between 0 and MAX, and the series drawn in order with a legend. */
void chart_radar(struct buf *out, const char *const *labels, size_t n, int nrings, double max,
		 const struct chart_series *series, size_t ns, const char *title);

/* A line per series over the years X[NX] (ascending), scaled from 0 to the
 * largest value; a NaN is skipped (the line joins the points around it).
 * FC, when not NULL, is drawn dashed in the series' colour (a forecast).
 * A legend names the series. */
struct chart_line {
	const char *name;
	const double *v;  /* NX values */
	const double *fc; /* NX values or NULL */
};
void chart_lines(struct buf *out, const int *x, size_t nx, const struct chart_line *s,
		 size_t ns, const char *title);

#endif
