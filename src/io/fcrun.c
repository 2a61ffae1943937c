/* fcrun.c - the forecasting work pool (see fcrun.h). */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "base/parse.h"
#include "base/progress.h"
#include "io/fcrun.h"

struct pool {
	const struct fcrun_job *job;
	struct fcrun_cell *cells;
	pthread_mutex_t mu;
	size_t next, done;
	size_t fail_at;          /* series index of the first failure, SIZE_MAX none */
	struct sb40_error err;
	struct progress prog;
};

size_t fcrun_default_h(enum series_freq f)
{
	return f == SERIES_YEAR ? 6 : f == SERIES_MONTH ? 18 : 8;
}

const struct fc_method *fcrun_default_method(void)
{
	const struct fc_method *m = fc_method_find("auto");
	if (!m)
		m = fc_method_find("ets");
	return m ? m : fc_method_at(0);
}

void fcrun_method_list(struct buf *b)
{
	for (size_t i = 0; i < fc_method_count(); i++)
		buf_addf(b, "%s%s", i ? ", " : "", fc_method_at(i)->name);
}

int fcrun_parse_levels(const char *arg, double *levels, size_t *n, char *msg, size_t msgn)
{
	struct sb40_error e;
	int rc = fcrun_parse_levels_e(arg, levels, n, &e);
	if (rc && msgn)
		snprintf(msg, msgn, "%s", e.msg);
	return rc;
}

int fcrun_parse_levels_e(const char *arg, double *levels, size_t *n, struct sb40_error *e)
{
	char tmp[256];
	*n = 0;
	if (!strcmp(arg, "none"))
		return 0;
	for (const char *p = arg;;) {
		const char *end = strchr(p, ',');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		double v;
		if (parse_double(p, len, &v, tmp, sizeof tmp) || !(v > 0 && v < 100)) {
			error_set(e, SB40_EINVAL,
				  "expected percentages between 0 and 100, got \"%.*s\"",
				  (int)(len < 40 ? len : 40), p);
			return -1;
		}
		if (*n == BT_MAX_LEVELS) {
			error_set(e, SB40_EINVAL, "at most %d levels", BT_MAX_LEVELS);
			return -1;
		}
		levels[(*n)++] = v;
		if (!end)
			return 0;
		p = end + 1;
	}
}

static unsigned long series_seed(unsigned long seed, const char *name)
{
	unsigned long h = 1469598103934665603UL ^ seed; /* FNV-1a */
	for (const unsigned char *p = (const unsigned char *)name; *p; p++)
		h = (h ^ *p) * 1099511628211UL;
	return h;
}

int fcrun_cell_run(const struct fcrun_job *job, size_t i, size_t j, struct fcrun_cell *cell,
		    struct sb40_error *err)
{
	const struct series *s = &job->set->s[i];
	const struct fc_method *m = job->methods[j];
	int season = series_season(s->freq);
	size_t h = job->h ? job->h : fcrun_default_h(s->freq);
	unsigned long seed = series_seed(job->seed, s->name);
	int rc;
	cell->h = h;
	if (job->backtest) {
		struct bt_options o = {job->backtest, h, season, job->levels, job->nlevels, seed};
		rc = backtest_run(s->y, s->n, m->fn, &o, &cell->bt, err);
	} else {
		struct fc_request rq = {s->y, s->n, season, h, job->levels, job->nlevels, seed};
		rc = fc_result_init(&cell->res, h, job->nlevels, err);
		if (!rc)
			rc = m->fn(&rq, &cell->res, err);
	}
	if (rc) {
		char q[64], msg[sizeof err->msg];
		snprintf(msg, sizeof msg, "%s", err->msg);
		error_setwhere(err, rc, err->where[0] ? err->where : "",
			       "series %s: method %s: %s",
			       error_quote(q, sizeof q, s->name, strlen(s->name)), m->name, msg);
		return rc;
	}
	cell->done = 1;
	return 0;
}

static void *worker(void *arg)
{
	struct pool *p = arg;
	const struct fcrun_job *job = p->job;
	struct sb40_error err;
	for (;;) {
		size_t i;
		pthread_mutex_lock(&p->mu);
		i = p->next < job->set->n && p->fail_at == SIZE_MAX ? p->next++ : SIZE_MAX;
		pthread_mutex_unlock(&p->mu);
		if (i == SIZE_MAX)
			break;
		for (size_t j = 0; j < job->nmethods; j++) {
			error_clear(&err);
			if (fcrun_cell_run(job, i, j, &p->cells[i * job->nmethods + j], &err)) {
				pthread_mutex_lock(&p->mu);
				if (i < p->fail_at) {
					p->fail_at = i;
					p->err = err;
				}
				pthread_mutex_unlock(&p->mu);
				break;
			}
		}
		pthread_mutex_lock(&p->mu);
		p->done++;
		progress_update(&p->prog, p->done);
		pthread_mutex_unlock(&p->mu);
	}
	return NULL;
}

int fcrun_run(const struct fcrun_job *job, struct fcrun_cell *cells, struct sb40_error *err)
{
	struct pool p = {.job = job, .cells = cells, .fail_at = SIZE_MAX};
	int nt = job->jobs < 1 ? 1 : job->jobs;
	pthread_t *tid;
	int started = 0;
	if ((size_t)nt > job->set->n)
		nt = (int)job->set->n;
	tid = calloc((size_t)nt, sizeof *tid);
	if (!tid)
		return error_set(err, SB40_ENOMEM, "out of memory");
	pthread_mutex_init(&p.mu, NULL);
	progress_begin(&p.prog, job->set->n >= 200 ? job->progress : NULL,
		       job->backtest ? "backtesting" : "forecasting", job->set->n, 0);
	for (int t = 1; t < nt; t++)
		if (!pthread_create(&tid[t], NULL, worker, &p))
			started++;
	worker(&p); /* this thread works too */
	for (int t = 1; t <= started; t++)
		pthread_join(tid[t], NULL);
	progress_end(&p.prog);
	pthread_mutex_destroy(&p.mu);
	free(tid);
	if (p.fail_at != SIZE_MAX) {
		*err = p.err;
		return err->code ? err->code : SB40_EINVAL;
	}
	return 0;
}

void fcrun_release(struct fcrun_cell *cells, size_t n)
{
	for (size_t i = 0; cells && i < n; i++)
		fc_result_release(&cells[i].res);
}
