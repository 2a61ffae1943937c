/* backtest.c - rolling-origin evaluation (see backtest.h). */
#include <math.h>
#include <string.h>
#include "stats/accuracy.h"
#include "stats/backtest.h"

int backtest_run(const double *y, size_t n, fc_method_fn fn, const struct bt_options *o,
		 struct bt_result *r, struct sb40_error *err)
{
	double ssum = 0, msum = 0;
	size_t cov[BT_MAX_LEVELS] = {0};
	struct sb40_error last;
	error_clear(&last);
	memset(r, 0, sizeof *r);
	r->smape = r->mase = NAN;
	for (size_t l = 0; l < BT_MAX_LEVELS; l++)
		r->coverage[l] = NAN;
	if (!o->origins || !o->h)
		return error_set(err, SB40_EINVAL, "backtest needs at least one origin and one step");
	if (o->nlevels > BT_MAX_LEVELS)
		return error_set(err, SB40_EINVAL, "at most %d interval levels", BT_MAX_LEVELS);
	if (n < o->origins + 1)
		return error_set(err, SB40_EMISSING,
				 "a backtest over %zu origins needs at least %zu values, the series "
				 "has %zu", o->origins, o->origins + 1, n);
	for (size_t len = n - o->origins; len < n; len++) {
		size_t h = n - len < o->h ? n - len : o->h;
		struct fc_request rq = {y, len, o->m, h, o->levels, o->nlevels, o->seed};
		struct fc_result fr;
		int rc;
		if (fc_result_init(&fr, h, o->nlevels, err))
			return err->code;
		rc = fn(&rq, &fr, &last);
		if (rc == SB40_EMISSING) {
			r->skipped++;
			fc_result_release(&fr);
			continue;
		}
		if (rc) {
			fc_result_release(&fr);
			*err = last;
			return rc;
		}
		double scale = acc_mase_scale(y, len, o->m);
		for (size_t i = 0; i < h; i++) {
			double a = y[len + i], f = fr.mean[i];
			ssum += acc_smape_point(a, f);
			if (scale > 0 && isfinite(scale)) {
				msum += fabs(a - f) / scale;
				r->mase_points++;
			}
			for (size_t l = 0; l < o->nlevels; l++)
				cov[l] += a >= fr.lo[l * h + i] && a <= fr.hi[l * h + i];
		}
		r->points += h;
		r->origins++;
		fc_result_release(&fr);
	}
	if (!r->origins) {
		*err = last;
		return SB40_EMISSING;
	}
	r->smape = ssum / (double)r->points;
	if (r->mase_points)
		r->mase = msum / (double)r->mase_points;
	for (size_t l = 0; l < o->nlevels; l++)
		r->coverage[l] = (double)cov[l] / (double)r->points;
	return 0;
}
