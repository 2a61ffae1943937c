/* rank.c - normalisation, composite index, ranks, weight sensitivity. */
#include "domain/rank.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define TIE_EPS 1e-9

int rank_norm_parse(const char *s, enum rank_norm *out)
{
	if (!strcmp(s, "minmax"))
		*out = RANK_MINMAX;
	else if (!strcmp(s, "zscore"))
		*out = RANK_ZSCORE;
	else
		return -1;
	return 0;
}

const char *rank_norm_code(enum rank_norm n)
{
	return n == RANK_ZSCORE ? "zscore" : "minmax";
}

static void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size);
	if (!p)
		abort();
	return p;
}

static int tied(double a, double b)
{
	return fabs(a - b) <= TIE_EPS * fmax(1.0, fmax(fabs(a), fabs(b)));
}

void rank_values(const double *v, size_t n, int dir, int *rank)
{
	for (size_t i = 0; i < n; i++) {
		if (isnan(v[i])) {
			rank[i] = 0;
			continue;
		}
		int better = 0;
		for (size_t k = 0; k < n; k++)
			if (!isnan(v[k]) && !tied(v[k], v[i]) && dir * (v[k] - v[i]) > 0)
				better++;
		rank[i] = better + 1;
	}
}

static int validate(const struct rank_input *in, struct sb40_error *err)
{
	double sum = 0;
	if (!in->m || !in->n)
		return error_set(err, SB40_EINVAL, "nothing to rank: no zones or no indicators");
	for (size_t j = 0; j < in->n; j++) {
		if (!isfinite(in->w[j]) || in->w[j] < 0)
			return error_set(err, SB40_EINVAL,
					 "weight %zu is %g; weights must be finite and >= 0", j + 1,
					 in->w[j]);
		if (in->dir[j] != 1 && in->dir[j] != -1)
			return error_set(err, SB40_EINVAL, "direction %zu is %d, not 1 or -1", j + 1,
					 in->dir[j]);
		sum += in->w[j];
	}
	if (!(sum > 0))
		return error_set(err, SB40_EINVAL, "the weights sum to 0");
	return 0;
}

static void normalise(const struct rank_input *in, struct rank_result *o)
{
	size_t m = in->m, n = in->n;
	double *col = xcalloc(m, sizeof *col);
	int *rk = xcalloc(m, sizeof *rk);
	for (size_t j = 0; j < n; j++) {
		double lo = INFINITY, hi = -INFINITY, sum = 0, ss = 0, mean, sd;
		size_t k = 0;
		for (size_t i = 0; i < m; i++) {
			double x = in->x[i * n + j];
			if (isnan(x))
				continue;
			lo = fmin(lo, x);
			hi = fmax(hi, x);
			sum += x;
			k++;
		}
		o->used[j] = k > 0;
		mean = k ? sum / (double)k : 0;
		for (size_t i = 0; i < m; i++) {
			double x = in->x[i * n + j];
			if (!isnan(x))
				ss += (x - mean) * (x - mean);
		}
		sd = k > 1 ? sqrt(ss / (double)(k - 1)) : 0;
		for (size_t i = 0; i < m; i++) {
			double x = in->x[i * n + j], r;
			if (isnan(x))
				r = NAN;
			else if (in->norm == RANK_MINMAX)
				r = hi > lo ? (in->dir[j] > 0 ? x - lo : hi - x) / (hi - lo) : 0.5;
			else
				r = sd > 0 && !tied(hi, lo) ? in->dir[j] * (x - mean) / sd : 0;
			o->r[i * n + j] = r;
		}
		for (size_t i = 0; i < m; i++)
			col[i] = in->x[i * n + j];
		rank_values(col, m, in->dir[j], rk);
		for (size_t i = 0; i < m; i++)
			o->ind_rank[i * n + j] = rk[i];
	}
	free(col);
	free(rk);
}

/* Composite scores and ranks of the normalised values R with weights W. */
static size_t composite(const double *r, size_t m, size_t n, const int *used, const double *w,
			double *score, double *coverage, int *rank)
{
	double total = 0;
	size_t nranked = 0;
	for (size_t j = 0; j < n; j++)
		if (used[j])
			total += w[j];
	for (size_t i = 0; i < m; i++) {
		double s = 0, wsum = 0;
		for (size_t j = 0; j < n; j++) {
			double v = r[i * n + j];
			if (!used[j] || isnan(v))
				continue;
			s += w[j] * v;
			wsum += w[j];
		}
		score[i] = wsum > 0 ? s / wsum : NAN;
		coverage[i] = total > 0 ? wsum / total : 0;
	}
	double *ranked = xcalloc(m, sizeof *ranked);
	for (size_t i = 0; i < m; i++) {
		int ok = !isnan(score[i]) && coverage[i] >= RANK_MIN_COVERAGE - 1e-12;
		ranked[i] = ok ? score[i] : NAN;
		nranked += (size_t)ok;
	}
	rank_values(ranked, m, 1, rank);
	free(ranked);
	return nranked;
}

int rank_compute(const struct rank_input *in, struct rank_result *o, struct sb40_error *err)
{
	memset(o, 0, sizeof *o);
	int rc = validate(in, err);
	if (rc)
		return rc;
	o->m = in->m;
	o->n = in->n;
	o->r = xcalloc(in->m * in->n, sizeof *o->r);
	o->ind_rank = xcalloc(in->m * in->n, sizeof *o->ind_rank);
	o->used = xcalloc(in->n, sizeof *o->used);
	o->score = xcalloc(in->m, sizeof *o->score);
	o->coverage = xcalloc(in->m, sizeof *o->coverage);
	o->rank = xcalloc(in->m, sizeof *o->rank);
	normalise(in, o);
	size_t any = 0;
	for (size_t j = 0; j < in->n; j++)
		any += (size_t)(o->used[j] && in->w[j] > 0);
	if (!any) {
		rank_result_release(o);
		return error_set(err, SB40_EINVAL,
				 "no zone has a value for any weighted indicator in that year");
	}
	o->nranked = composite(o->r, in->m, in->n, o->used, in->w, o->score, o->coverage, o->rank);
	return 0;
}

/* xoshiro256** (Blackman and Vigna), seeded by splitmix64. */
struct rng {
	uint64_t s[4];
};

static uint64_t splitmix(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15ull);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

static uint64_t rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

static uint64_t next(struct rng *g)
{
	uint64_t *s = g->s, r = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;
	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return r;
}

/* Uniform in [0, 1). */
static double uniform(struct rng *g)
{
	return (double)(next(g) >> 11) * 0x1.0p-53;
}

int rank_sensitivity(const struct rank_input *in, struct rank_result *res, unsigned long draws,
		     double spread, uint64_t seed, struct sb40_error *err)
{
	size_t m = in->m, n = in->n;
	if (!(spread > 0 && spread <= 1))
		return error_set(err, SB40_EINVAL, "spread %g is not in (0, 1]", spread);
	if (draws < 1 || draws > RANK_MAX_DRAWS)
		return error_set(err, SB40_EINVAL, "draws %lu is not in 1..%lu", draws,
				 RANK_MAX_DRAWS);
	struct rng g;
	uint64_t x = seed;
	for (int i = 0; i < 4; i++)
		g.s[i] = splitmix(&x);
	free(res->rank_lo);
	free(res->rank_hi);
	free(res->p_same);
	res->rank_lo = xcalloc(m, sizeof *res->rank_lo);
	res->rank_hi = xcalloc(m, sizeof *res->rank_hi);
	res->p_same = xcalloc(m, sizeof *res->p_same);
	double *w = xcalloc(n, sizeof *w), *score = xcalloc(m, sizeof *score);
	double *cov = xcalloc(m, sizeof *cov);
	int *rk = xcalloc(m, sizeof *rk);
	unsigned long *same = xcalloc(m, sizeof *same);
	for (size_t i = 0; i < m; i++) {
		res->rank_lo[i] = res->rank[i];
		res->rank_hi[i] = res->rank[i];
	}
	for (unsigned long d = 0; d < draws; d++) {
		for (size_t j = 0; j < n; j++)
			w[j] = in->w[j] * (1 + spread * (2 * uniform(&g) - 1));
		composite(res->r, m, n, res->used, w, score, cov, rk);
		for (size_t i = 0; i < m; i++) {
			if (!res->rank[i] || !rk[i])
				continue;
			if (rk[i] < res->rank_lo[i])
				res->rank_lo[i] = rk[i];
			if (rk[i] > res->rank_hi[i])
				res->rank_hi[i] = rk[i];
			same[i] += (unsigned long)(rk[i] == res->rank[i]);
		}
	}
	for (size_t i = 0; i < m; i++)
		res->p_same[i] = res->rank[i] ? (double)same[i] / (double)draws : NAN;
	res->draws = draws;
	res->spread = spread;
	res->seed = seed;
	free(w);
	free(score);
	free(cov);
	free(rk);
	free(same);
	return 0;
}

void rank_result_release(struct rank_result *r)
{
	free(r->r);
	free(r->ind_rank);
	free(r->used);
	free(r->score);
	free(r->coverage);
	free(r->rank);
	free(r->rank_lo);
	free(r->rank_hi);
	free(r->p_same);
	memset(r, 0, sizeof *r);
}
