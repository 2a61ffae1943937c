/* fctable2.h - `sb40 forecast --table2`: the article's Table 2 analysis.
 *
 * Why: article 001 forecasts each column of a yearly table by a linear OLS
 * trend on t = 1..n and reads growth and output per unit of cost off the
 * forecasts.  This report does that for any file of series: the trend of
 * every series, its forecasts, the change from the last observed to the
 * last forecast period, and output / cost ratios for pairs of series
 * (--ratios OUT:COST,...; by default every series whose name contains
 * "output" with the one named the same with "expenditure").  See
 * docs/forecast.md.
 *
 * Ownership: arguments borrowed; output appended to OUT.
 */
#ifndef SB40_CLI_FCTABLE2_H
#define SB40_CLI_FCTABLE2_H
#include "base/buf.h"
#include "io/series.h"
#include "report/lang.h"

/* JSON when JSON is set, else text in LANG.  RATIOS may be NULL (the
 * default pairs).  Errors: an unknown series in RATIOS (SB40_EINVAL, usage),
 * a trend that cannot be fitted. */
int fctable2_write(struct buf *out, const struct series_set *set, size_t h, const char *ratios,
		   int json, enum lang lang, struct sb40_error *err);

#endif
