/* fcreport.h - the output of `sb40 forecast`: CSV, JSON, text, SVG, XLSX;
 * shared with the web's forecast page and API (src/web/fc_web.c).
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
#ifndef SB40_IO_FCREPORT_H
#define SB40_IO_FCREPORT_H
#include <jansson.h>
#include "base/buf.h"
#include "io/fcrun.h"

enum fcreport_format { FCR_CSV, FCR_JSON, FCR_TEXT, FCR_SVG };

struct fcreport {
	const struct series_set *set;
	const struct fc_method *const *methods;
	size_t nmethods;
	const struct fcrun_cell *cells; /* set->n * nmethods, series-major */
	const double *levels;
	size_t nlevels;
	size_t backtest;                /* K, or 0 for forecasts */
	int lang;                       /* enum lang (report/lang.h), for text and SVG;
	                                 * an int so that web/ (whose enum i18n_lang
	                                 * has the same order) may include this */
};

/* "csv", "json", "text", "svg"; -1 for anything else. */
int fcreport_format_parse(const char *s);
/* Forecasts, or the backtest when R->backtest. */
void fcreport_write(struct buf *out, const struct fcreport *r, enum fcreport_format f);

/* Helpers the other forecast reports share: TEXT right-aligned in W
 * display columns (UTF-8 aware); ROOT as indented JSON plus a newline
 * (ROOT's reference is taken). */
/* The fan chart of series I with the first method's forecast. */
void fcreport_svg(struct buf *b, const struct fcreport *r, size_t i);
/* Decimals to show a series' numbers with: 1 for values of 100 and more,
 * 2 from 1, else 4. */
int fcreport_decimals(const struct series *s);
void fcr_pad(struct buf *b, const char *text, int w);
void fcr_lpad(struct buf *b, const char *text, int w); /* left-aligned */
void fcr_json_out(struct buf *b, json_t *root);

/* Pieces of the JSON output, for the web API to answer in the same words
 * (new references): a series' head {series, frequency, first, last, n,
 * filled}; the forecasts [{period, forecast, loL, hiL...}] of FR; a
 * backtest {method, origins, skipped, points, smape, mase, coverage{L: share}}. */
json_t *fcreport_series_json(const struct series *s);
json_t *fcreport_forecasts_json(const struct series *s, const struct fc_result *fr,
				const double *levels, size_t nlevels);
json_t *fcreport_bt_json(const char *method, const struct bt_result *bt, const double *levels,
			 size_t nlevels); /* METHOD first when not NULL */

/* The forecasts (R->backtest 0) as an XLSX workbook into OUT: one sheet
 * "forecast" with the CSV's columns, numbers as numbers (io/fcxlsx.c, via
 * a temporary file, since libxlsxwriter writes files). */
int fcreport_xlsx(struct buf *out, const struct fcreport *r, struct sb40_error *err);

#endif
