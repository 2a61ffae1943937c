/* fcreport.h - the output of `sb40 forecast`: CSV, JSON, text, SVG.
 *
 * Why: the forecasting command writes the same results in several shapes
 * (DESIGN.md's long CSV series,period,forecast,lo80,hi80,...; JSON; a table
 * per series in the reader's language; a fan chart), and the backtest in
 * the same shapes.  Everything is written into a struct buf, so the command
 * can write a file all at once or not at all.
 *
 * With one method the CSV is exactly DESIGN.md's; with several, a column
 * `method` follows `series`.
 *
 * Ownership: all arguments are borrowed.
 */
#ifndef SB40_CLI_FCREPORT_H
#define SB40_CLI_FCREPORT_H
#include <jansson.h>
#include "base/buf.h"
#include "cli/fcrun.h"
#include "report/lang.h"

enum fcreport_format { FCR_CSV, FCR_JSON, FCR_TEXT, FCR_SVG };

struct fcreport {
	const struct series_set *set;
	const struct fc_method *const *methods;
	size_t nmethods;
	const struct fcrun_cell *cells; /* set->n * nmethods, series-major */
	const double *levels;
	size_t nlevels;
	size_t backtest;                /* K, or 0 for forecasts */
	enum lang lang;                 /* for text and SVG */
};

/* "csv", "json", "text", "svg"; -1 for anything else. */
int fcreport_format_parse(const char *s);
/* Forecasts, or the backtest when R->backtest. */
void fcreport_write(struct buf *out, const struct fcreport *r, enum fcreport_format f);

/* Helpers the other forecast reports share: TEXT right-aligned in W
 * display columns (UTF-8 aware); ROOT as indented JSON plus a newline
 * (ROOT's reference is taken). */
void fcr_pad(struct buf *b, const char *text, int w);
void fcr_lpad(struct buf *b, const char *text, int w); /* left-aligned */
void fcr_json_out(struct buf *b, json_t *root);

#endif
