/* fc_web.c - a forecast asked for on the web (see fc_web.h). */
#include "web/fc_web.h"
#include "base/parse.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The command's default seed: a series forecasts here as with `sb40 forecast`. */
#define FCW_SEED 1UL

const struct fc_method *fcw_default_method(void)
{
	return fcrun_default_method();
}

static const char *given(const char *s)
{
	return s && *s ? s : NULL;
}

int fcw_args_or_respond(struct web_req *r, const char *method, const char *horizon,
			const char *level, const char *backtest, struct fc_web *w)
{
	struct sb40_error err;
	char msg[256];
	long v;
	memset(w, 0, sizeof *w);
	w->origins = -1;
	w->method = fcw_default_method();
	if (given(method)) {
		w->method = fc_method_find(method);
		if (!w->method) {
			struct buf avail = BUF_INIT;
			fcrun_method_list(&avail);
			web_fail(r, MHD_HTTP_UNPROCESSABLE_CONTENT, "unknown_method", "method",
				 "unknown method \"%.40s\" (available: %s)", method, avail.data);
			buf_release(&avail);
			return -1;
		}
	}
	if (given(horizon)) {
		if (parse_long(horizon, strlen(horizon), 1, 100, &v, msg, sizeof msg)) {
			web_fail(r, MHD_HTTP_UNPROCESSABLE_CONTENT, "invalid", "horizon",
				 "the horizon must be a whole number from 1 to 100, got \"%.40s\"",
				 horizon);
			return -1;
		}
		w->h = (size_t)v;
	}
	if (fcrun_parse_levels_e(given(level) ? level : "80,95", w->levels, &w->nlevels, &err)) {
		web_fail_e(r, MHD_HTTP_UNPROCESSABLE_CONTENT, "invalid", "level", &err);
		return -1;
	}
	if (given(backtest)) {
		if (parse_long(backtest, strlen(backtest), 0, 50, &v, msg, sizeof msg)) {
			web_fail(r, MHD_HTTP_UNPROCESSABLE_CONTENT, "invalid", "backtest",
				 "the backtest origins must be a whole number from 0 to 50, got "
				 "\"%.40s\"", backtest);
			return -1;
		}
		w->origins = v;
	}
	return 0;
}

const char *fcw_fill_name(enum series_fill f)
{
	return f == FILL_LINEAR ? "linear" : f == FILL_PREVIOUS ? "previous"
					   : f == FILL_ZERO	    ? "zero"
								    : "none";
}

int fcw_fill_or_respond(struct web_req *r, const char *fill, struct fc_web *w)
{
	int f = given(fill) ? series_fill_parse(fill) : FILL_NONE;
	if (f < 0) {
		web_fail(r, MHD_HTTP_UNPROCESSABLE_CONTENT, "invalid", "fill",
			 "expected fill none, linear, previous or zero, got \"%.40s\"", fill);
		return -1;
	}
	w->fill = (enum series_fill)f;
	return 0;
}

int fcw_stored_or_respond(struct web_req *r, const char *entity, const char *indicator,
			  struct fc_web *w)
{
	struct sb40_error err;
	int rc;
	if (!given(entity) || !given(indicator)) {
		web_fail(r, MHD_HTTP_BAD_REQUEST, "missing", given(entity) ? "indicator" : "entity",
			 "give an entity (zone:CODE, enterprise:TIN, region:NAME or country:UZ) "
			 "and an indicator code");
		return -1;
	}
	if (!strchr(entity, ':') || !strchr(entity, ':')[1]) {
		web_fail(r, MHD_HTTP_UNPROCESSABLE_CONTENT, "invalid", "entity",
			 "expected an entity zone:CODE, enterprise:TIN, region:NAME or country:UZ, "
			 "got \"%.40s\"", entity);
		return -1;
	}
	if (web_scope_entity_or_respond(r, entity))
		return -1;
	error_clear(&err);
	rc = series_read_store(r->st, entity, indicator, w->fill, &w->set, &err);
	if (rc == SB40_ENOTFOUND || rc == SB40_EMISSING) {
		web_fail_e(r, MHD_HTTP_NOT_FOUND, "not_found", "series", &err);
		return -1;
	}
	if (rc) {
		web_fail_err(r, &err);
		return -1;
	}
	return 0;
}

int fcw_csv_read(struct fc_web *w, const char *name, const char *data, size_t len,
		 struct sb40_error *err)
{
	error_clear(err);
	if (series_read_mem(name, data, len, w->fill, &w->set, err))
		return err->code ? err->code : SB40_EINVAL;
	if (w->set.n > FCW_MAX_SERIES)
		return error_setwhere(err, SB40_EINVAL, name,
				      "%zu series; at most %d at a time here (the command line "
				      "takes any number)", w->set.n, FCW_MAX_SERIES);
	return 0;
}

int fcw_csv_or_respond(struct web_req *r, const char *name, const char *data, size_t len,
		       struct fc_web *w)
{
	struct sb40_error err;
	if (fcw_csv_read(w, name, data, len, &err)) {
		web_fail_e(r, MHD_HTTP_UNPROCESSABLE_CONTENT, "invalid", err.where, &err);
		return -1;
	}
	return 0;
}

/* The backtest of series I, when asked for (or by default, when the series
 * has at least twice the default origins of values). */
static void backtest(struct web_req *r, struct fc_web *w, const struct fc_method *const *m,
		     size_t i)
{
	const struct series *s = &w->set.s[i];
	size_t k = w->origins >= 0 ? (size_t)w->origins : FCW_DEFAULT_ORIGINS;
	struct sb40_error err;
	w->bt_k[i] = k;
	if (!k)
		return;
	if (w->origins < 0 && s->n < 2 * k) {
		w->bt_note[i] = arena_printf(&r->arena, "%zu values are too few for a backtest over "
					     "%zu origins", s->n, k);
		return;
	}
	struct fcrun_job job = {&w->set, m, 1, w->h, w->levels, w->nlevels, FCW_SEED, k, 1, NULL};
	error_clear(&err);
	if (fcrun_cell_run(&job, i, 0, &w->bt[i], &err))
		w->bt_note[i] = web_errmsg(r, &err);
}

int fcw_run_or_respond(struct web_req *r, struct fc_web *w)
{
	const struct fc_method *m[1] = {w->method};
	struct fcrun_job job = {&w->set, m, 1, w->h, w->levels, w->nlevels, FCW_SEED, 0, 1, NULL};
	struct sb40_error err;
	size_t n = w->set.n;
	w->fc = calloc(n, sizeof *w->fc);
	w->bt = calloc(n, sizeof *w->bt);
	w->bt_note = arena_alloc(&r->arena, n * sizeof *w->bt_note);
	w->bt_k = arena_alloc(&r->arena, n * sizeof *w->bt_k);
	if (!w->fc || !w->bt) {
		web_fail(r, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal", NULL, "out of memory");
		return -1;
	}
	memset(w->bt_note, 0, n * sizeof *w->bt_note);
	for (size_t i = 0; i < n; i++) {
		error_clear(&err);
		if (fcrun_cell_run(&job, i, 0, &w->fc[i], &err)) {
			web_fail_err(r, &err);
			return -1;
		}
		backtest(r, w, m, i);
	}
	return 0;
}

void fcw_report(const struct fc_web *w, const struct fc_method **methods, struct fcreport *out)
{
	methods[0] = w->method;
	memset(out, 0, sizeof *out);
	out->set = &w->set;
	out->methods = methods;
	out->nmethods = 1;
	out->cells = w->fc;
	out->levels = w->levels;
	out->nlevels = w->nlevels;
}

static json_t *jnum(double v)
{
	return isfinite(v) ? json_real(v) : json_null();
}

static json_t *series_json(const struct fc_web *w, size_t i)
{
	const struct series *s = &w->set.s[i];
	const struct fc_result *fr = &w->fc[i].res;
	json_t *o = fcreport_series_json(s), *mean = json_array(), *per = json_array();
	json_t *iv = json_object();
	char p[24], key[32];
	json_object_set_new(o, "method", json_string(w->method->name));
	json_object_set_new(o, "model", json_string(fr->model));
	json_object_set_new(o, "aicc", jnum(fr->aicc));
	json_object_set_new(o, "horizon", json_integer((json_int_t)fr->h));
	for (size_t k = 0; k < fr->h; k++) {
		json_array_append_new(per, json_string(series_period(s, s->n + k, p)));
		json_array_append_new(mean, jnum(fr->mean[k]));
	}
	for (size_t l = 0; l < w->nlevels; l++) {
		json_t *lo = json_array(), *hi = json_array();
		for (size_t k = 0; k < fr->h; k++) {
			json_array_append_new(lo, jnum(fr->lo[l * fr->h + k]));
			json_array_append_new(hi, jnum(fr->hi[l * fr->h + k]));
		}
		snprintf(key, sizeof key, "%g", w->levels[l]);
		json_object_set_new(iv, key, json_pack("{s:o, s:o}", "lo", lo, "hi", hi));
	}
	json_object_set_new(o, "periods", per);
	json_object_set_new(o, "mean", mean);
	json_object_set_new(o, "intervals", iv);
	json_object_set_new(o, "forecasts", fcreport_forecasts_json(s, fr, w->levels, w->nlevels));
	if (w->bt_k[i] && !w->bt_note[i]) {
		json_object_set_new(o, "backtest", fcreport_bt_json(NULL, &w->bt[i].bt, w->levels,
								     w->nlevels));
	} else {
		json_object_set_new(o, "backtest", json_null());
		if (w->bt_note[i])
			json_object_set_new(o, "backtest_note", json_string(w->bt_note[i]));
	}
	return o;
}

json_t *fcw_json(const struct fc_web *w)
{
	json_t *lv = json_array(), *arr = json_array();
	for (size_t l = 0; l < w->nlevels; l++)
		json_array_append_new(lv, json_real(w->levels[l]));
	for (size_t i = 0; i < w->set.n; i++)
		json_array_append_new(arr, series_json(w, i));
	return json_pack("{s:s, s:o, s:o}", "method", w->method->name, "levels", lv, "series", arr);
}

const char *fcw_query(struct web_req *r, const struct fc_web *w, const char *entity,
		      const char *indicator)
{
	struct buf b = BUF_INIT;
	const char *out;
	buf_adds(&b, "entity=");
	url_enc(&b, entity);
	buf_adds(&b, "&indicator=");
	url_enc(&b, indicator);
	buf_addf(&b, "&method=%s", w->method->name);
	if (w->h)
		buf_addf(&b, "&h=%zu", w->h);
	buf_adds(&b, "&level=");
	if (!w->nlevels)
		buf_adds(&b, "none");
	for (size_t l = 0; l < w->nlevels; l++)
		buf_addf(&b, "%s%g", l ? "%2C" : "", w->levels[l]);
	if (w->origins >= 0)
		buf_addf(&b, "&backtest=%ld", w->origins);
	buf_addf(&b, "&fill=%s", fcw_fill_name(w->fill));
	out = arena_strdup(&r->arena, b.data ? b.data : "");
	buf_release(&b);
	return out;
}

void fcw_release(struct fc_web *w)
{
	if (w->fc)
		fcrun_release(w->fc, w->set.n);
	free(w->fc);
	free(w->bt);
	series_set_release(&w->set);
	w->fc = w->bt = NULL;
}
