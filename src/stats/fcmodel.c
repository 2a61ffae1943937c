/* fcmodel.c - result allocation and normal intervals. */
#include "stats/fcmodel.h"
#include <gsl/gsl_cdf.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int fc_result_init(struct fc_result *r, size_t h, size_t nlevels, struct sb40_error *err)
{
	memset(r, 0, sizeof *r);
	r->h = h;
	r->nlevels = nlevels;
	size_t nb = h * nlevels > 0 ? h * nlevels : 1;
	r->mean = malloc((h > 0 ? h : 1) * sizeof *r->mean);
	r->lo = malloc(nb * sizeof *r->lo);
	r->hi = malloc(nb * sizeof *r->hi);
	if (!r->mean || !r->lo || !r->hi) {
		fc_result_release(r);
		return error_set(err, SB40_ENOMEM, "out of memory");
	}
	for (size_t i = 0; i < h; i++)
		r->mean[i] = NAN;
	for (size_t i = 0; i < h * nlevels; i++)
		r->lo[i] = r->hi[i] = NAN;
	r->aicc = NAN;
	return 0;
}

void fc_result_release(struct fc_result *r)
{
	if (!r)
		return;
	free(r->mean);
	free(r->lo);
	free(r->hi);
	r->mean = r->lo = r->hi = NULL;
}

void fc_intervals_normal(const struct fc_request *rq, const double *sd, struct fc_result *out)
{
	for (size_t l = 0; l < rq->nlevels; l++) {
		double z = gsl_cdf_ugaussian_Pinv(0.5 + rq->levels[l] / 200.0);
		for (size_t i = 0; i < rq->h; i++) {
			out->lo[l * rq->h + i] = out->mean[i] - z * sd[i];
			out->hi[l * rq->h + i] = out->mean[i] + z * sd[i];
		}
	}
}
