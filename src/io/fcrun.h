/* fcrun.h - run forecasting methods over many series on several threads.
 *
 * Why: `sb40 forecast` forecasts (or backtests) every series of a file with
 * every method asked for; series are independent, so --jobs threads take
 * them one at a time from a shared counter.  Results land in a table the
 * caller owns, one cell per (series, method), so output is written in input
 * order after all work is done (nothing half-written on a failure).
 * A progress bar is drawn on PROGRESS (a terminal) when there is much work.
 *
 * Each series gets its own seed, derived from --seed and the series name, so
 * a series forecasts the same alone or among others, in any order.
 *
 * Ownership: the job's arrays are borrowed; fcrun_run() fills CELLS
 * (nseries * nmethods, series-major) and the caller frees the results with
 * fcrun_release().
 */
#ifndef SB40_IO_FCRUN_H
#define SB40_IO_FCRUN_H
#include <stdio.h>
#include "base/buf.h"
#include "io/series.h"
#include "stats/backtest.h"
#include "stats/fcmethods.h"

struct fcrun_job {
	const struct series_set *set;
	const struct fc_method *const *methods;
	size_t nmethods;
	size_t h;                /* 0: each series' default horizon */
	const double *levels;
	size_t nlevels;
	unsigned long seed;
	size_t backtest;         /* K origins; 0 forecasts */
	int jobs;                /* threads, >= 1 */
	FILE *progress;          /* a terminal, or NULL */
};

struct fcrun_cell {
	struct fc_result res;    /* forecasts (when not backtesting) */
	struct bt_result bt;     /* the backtest */
	size_t h;                /* horizon used */
	int done;
};

/* The horizon for a frequency when none is given: 6 yearly, 8 quarterly and
 * index (the M3/M4 horizons), 18 monthly. */
size_t fcrun_default_h(enum series_freq f);

/* The method used when none is named: "auto" when registered, else "ets"
 * (else the registry's first). */
const struct fc_method *fcrun_default_method(void);
/* The registry's names, ", "-separated, appended to B. */
void fcrun_method_list(struct buf *b);
/* Interval levels "80,95" (percentages strictly between 0 and 100, at most
 * BT_MAX_LEVELS) or "none" into LEVELS / *N.  0, or -1 with MSG set. */
int fcrun_parse_levels(const char *arg, double *levels, size_t *n, char *msg, size_t msgn);
/* The same, the message (translatable) in E. */
int fcrun_parse_levels_e(const char *arg, double *levels, size_t *n, struct sb40_error *e);

/* Run.  Returns 0, or the error of the first series (in input order) where
 * a method failed, its message naming the series and the method. */
int fcrun_run(const struct fcrun_job *job, struct fcrun_cell *cells, struct sb40_error *err);
/* Forecast (or backtest, when JOB->backtest) series I with method J into
 * CELL, on this thread: what fcrun_run() does for each cell, for callers
 * with one series at a time (the web). */
int fcrun_cell_run(const struct fcrun_job *job, size_t i, size_t j, struct fcrun_cell *cell,
		   struct sb40_error *err);
void fcrun_release(struct fcrun_cell *cells, size_t n);

#endif
