/* fc_web.h - private to src/web/: a forecast asked for on the web, shared
 * by the Forecast page (h_forecast.c) and the API (h_api_fc.c).
 *
 * Why: the page, the downloads and /api/v1/forecasts take the same
 * arguments (method from the registry, horizon 1..100, levels, backtest
 * origins), read a stored series within the user's scope or an uploaded
 * CSV checked as `sb40 forecast` checks it, and compute with the same code
 * as the command line (io/series, io/fcrun, io/fcreport), with the same
 * seed, so the numbers are the command's to the last digit.
 *
 * Every function ending in _or_respond returns 0 to go on, or -1 after it
 * has answered the request with the error (JSON on /api/, else a page):
 * unknown_method 422 (naming it and the methods there are), invalid 422
 * (where: horizon, level, backtest, or file:line:column of an upload),
 * missing 400, not_found 404, forbidden 403, statistics 422.
 *
 * Ownership: struct fc_web owns its series and results; release with
 * fcw_release().  Strings in it are in the request's arena.
 */
#ifndef SB40_WEB_FC_WEB_H
#define SB40_WEB_FC_WEB_H
#include "io/fcreport.h"
#include "io/fcrun.h"
#include "web/web_int.h"

#define FCW_MAX_SERIES 50
#define FCW_DEFAULT_ORIGINS 3

struct fc_web {
	const struct fc_method *method;
	size_t h;                       /* asked; 0: each series' default */
	double levels[BT_MAX_LEVELS];
	size_t nlevels;
	long origins;                   /* backtest K asked; -1: the default */
	enum series_fill fill;          /* gaps: an error, or filled so */
	struct series_set set;
	struct fcrun_cell *fc;          /* set.n forecasts */
	struct fcrun_cell *bt;          /* set.n backtests (bt_ok says which ran) */
	const char **bt_note;           /* set.n: why there is no backtest, or NULL */
	size_t *bt_k;                   /* set.n: origins used */
};

/* The registry's default: "auto" when registered, else "ets". */
const struct fc_method *fcw_default_method(void);
/* Check the arguments (each may be NULL or empty: the default) into W. */
int fcw_args_or_respond(struct web_req *r, const char *method, const char *horizon,
			const char *level, const char *backtest, struct fc_web *w);
/* FILL: none (the default: a gap is an error, as on the command line),
 * linear, previous or zero. */
int fcw_fill_or_respond(struct web_req *r, const char *fill, struct fc_web *w);
const char *fcw_fill_name(enum series_fill f);
/* Read the stored series ENTITY/INDICATOR, if the user may read it. */
int fcw_stored_or_respond(struct web_req *r, const char *entity, const char *indicator,
			  struct fc_web *w);
/* Read the CSV DATA (named NAME in messages): 0, or an error whose where
 * is NAME:LINE:COLUMN (or NAME); fcw_csv_or_respond() answers it with 422. */
int fcw_csv_read(struct fc_web *w, const char *name, const char *data, size_t len,
		 struct sb40_error *err);
int fcw_csv_or_respond(struct web_req *r, const char *name, const char *data, size_t len,
		       struct fc_web *w);
/* Forecast every series, and backtest it where it is long enough. */
int fcw_run_or_respond(struct web_req *r, struct fc_web *w);

/* The results as fcreport_write() wants them (METHODS: one slot). */
void fcw_report(const struct fc_web *w, const struct fc_method **methods, struct fcreport *out);
/* The API's answer (a new reference). */
json_t *fcw_json(const struct fc_web *w);
/* The query string ("entity=..&indicator=..&method=..") of a stored
 * series' forecast with W's arguments, escaped for a URL, in the arena. */
const char *fcw_query(struct web_req *r, const struct fc_web *w, const char *entity,
		      const char *indicator);

void fcw_release(struct fc_web *w);

#endif
