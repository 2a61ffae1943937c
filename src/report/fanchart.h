/* fanchart.h - an SVG line chart of a series with its forecast fan.
 *
 * Why: a forecast is read best as a picture: the history as a line, the
 * point forecast dashed, and the prediction intervals as shaded bands (the
 * widest lightest).  Used by `sb40 forecast --format svg` and usable by the
 * web pages.  Output is a standalone, well-formed <svg> element; texts are
 * escaped.  No I/O.
 *
 * Ownership: everything is borrowed.
 */
#ifndef SB40_REPORT_FANCHART_H
#define SB40_REPORT_FANCHART_H
#include <stddef.h>
#include "base/buf.h"

struct fanchart {
	const double *y;      /* n observations */
	size_t n;
	const double *mean;   /* h forecasts */
	size_t h;
	const double *lo, *hi; /* nlevels x h, row-major by level */
	const double *levels; /* percent */
	size_t nlevels;
};

/* Draw C; FIRST and LAST label the ends of the time axis, LANG ("en", "ru",
 * "uz", "uz-Cyrl") formats the value axis. */
void fanchart_svg(struct buf *out, const struct fanchart *c, const char *first,
		  const char *last, const char *title, const char *lang);

#endif
