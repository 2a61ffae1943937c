/* svg_web.h - small inline SVG charts for the dashboard pages.
 *
 * Why: pages work without JavaScript, so charts are drawn on the server
 * as SVG inside the HTML: a line chart of values over periods (one or more
 * series, gaps for missing values) and horizontal bars.  Text is escaped;
 * numbers on the axes are written per language (numfmt).  Pure: writes into
 * the caller's buffer.
 */
#ifndef SB40_WEB_SVG_WEB_H
#define SB40_WEB_SVG_WEB_H
#include <stddef.h>
#include "base/buf.h"

struct svg_series {
	const char *name;
	const double *y; /* NX values, NaN = missing */
};

/* A line chart over the periods X[0..NX) (text labels, in order).  TITLE is
 * the accessible name. */
void svg_line_chart(struct buf *b, const char *title, const char *const *x, size_t nx,
		    const struct svg_series *s, size_t ns, const char *lang);

/* Horizontal bars LABEL[i] = V[i], longest first as given. */
void svg_bars(struct buf *b, const char *title, const char *const *label, const double *v,
	      size_t n, const char *lang);

/* The "nice" tick step (1, 2 or 5 times a power of ten) for a range split
 * in about N parts. */
double svg_nice_step(double range, int n);

#endif
