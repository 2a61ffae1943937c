/* maturity.c - the scoring rules of maturity.h. */
#include "domain/maturity.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const block_ids[MAT_BLOCK_COUNT] = {
	"automation", "connectivity", "online_sales", "product_life_cycle",
	"internet_iot", "cloud", "robotisation", "printing_3d", "integration",
	"modelling_forecasting", "artificial_intelligence",
	"marketing", "advertising"};

enum mat_pillar maturity_pillar(enum mat_block b)
{
	if (b <= MAT_LIFE_CYCLE)
		return PILLAR_FOUNDATIONS;
	if (b <= MAT_INTEGRATION)
		return PILLAR_OPERATIONS;
	if (b <= MAT_AI)
		return PILLAR_INTELLIGENCE;
	return PILLAR_MARKET;
}

int maturity_na_allowed(enum mat_block b)
{
	return maturity_pillar(b) != PILLAR_FOUNDATIONS;
}

const char *maturity_block_id(enum mat_block b)
{
	return (unsigned)b < MAT_BLOCK_COUNT ? block_ids[b] : "?";
}

const char *maturity_pillar_id(enum mat_pillar p)
{
	static const char *const id[PILLAR_COUNT] = {"foundations", "operations", "intelligence",
						     "market"};
	return (unsigned)p < PILLAR_COUNT ? id[p] : "?";
}

int maturity_block_find(const char *s)
{
	for (int b = 0; b < MAT_BLOCK_COUNT; b++)
		if (!strcmp(s, block_ids[b]))
			return b;
	return -1;
}

void maturity_input_init(struct maturity_input *in)
{
	for (int b = 0; b < MAT_BLOCK_COUNT; b++) {
		in->answer[b] = 0;
		in->target[b] = MAT_DEFAULT_TARGET;
	}
}

/* qsort order of gaps: prerequisites, then larger gaps, then block order. */
static int gap_cmp(const void *pa, const void *pb)
{
	const struct maturity_gap *a = pa, *b = pb;
	if (a->prerequisite != b->prerequisite)
		return b->prerequisite - a->prerequisite;
	if (a->gap != b->gap)
		return b->gap - a->gap;
	return (int)a->block - (int)b->block;
}

int maturity_assess(const struct maturity_input *in, struct maturity_result *out,
		    struct sb40_error *err)
{
	double psum[PILLAR_COUNT] = {0}, osum = 0;
	int pn[PILLAR_COUNT] = {0}, np = 0, low = MAT_MAX_LEVEL + 1;

	memset(out, 0, sizeof *out);
	for (int b = 0; b < MAT_BLOCK_COUNT; b++) {
		int a = in->answer[b], t = in->target[b];
		if (a == MAT_NA && !maturity_na_allowed(b))
			return error_set(err, SB40_EINVAL, "%s: a precondition cannot be not applicable",
					 block_ids[b]);
		if (a != MAT_NA && (a < 0 || a > MAT_MAX_LEVEL))
			return error_set(err, SB40_EINVAL, "%s: expected an answer from 0 to 4, got %d",
					 block_ids[b], a);
		if (t < 0 || t > MAT_MAX_LEVEL)
			return error_set(err, SB40_EINVAL, "%s: expected a target from 0 to 4, got %d",
					 block_ids[b], t);
		out->answer[b] = a;
		out->target[b] = t;
		if (a == MAT_NA) {
			out->block_index[b] = NAN;
			continue;
		}
		out->block_index[b] = 100.0 * a / MAT_MAX_LEVEL;
		psum[maturity_pillar(b)] += out->block_index[b];
		pn[maturity_pillar(b)]++;
		if (maturity_pillar(b) == PILLAR_FOUNDATIONS && a < low) {
			low = a;
			out->cap_block = (enum mat_block)b;
		}
		if (t > a) {
			struct maturity_gap *g = &out->gaps[out->ngaps++];
			g->block = (enum mat_block)b;
			g->answer = a;
			g->target = t;
			g->gap = t - a;
			g->prerequisite = maturity_pillar(b) == PILLAR_FOUNDATIONS && a <= 1;
		}
	}
	for (int p = 0; p < PILLAR_COUNT; p++) {
		out->pillar_index[p] = pn[p] ? psum[p] / pn[p] : NAN;
		if (pn[p]) {
			osum += out->pillar_index[p];
			np++;
		}
	}
	out->overall = osum / np; /* np >= 1: foundations always apply */
	out->stage_by_index = out->overall >= 100 ? MAT_STAGE_COUNT - 1 : (int)(out->overall / 20);
	out->stage = out->stage_by_index < low + 1 ? out->stage_by_index : low + 1;
	out->capped = out->stage < out->stage_by_index;
	qsort(out->gaps, out->ngaps, sizeof out->gaps[0], gap_cmp);
	return 0;
}

void maturity_compare(const struct maturity_result *me, const struct maturity_result *peers,
		      size_t n, struct maturity_comparison *out)
{
	double sum = 0, below = 0;
	out->n = n;
	out->overall_mean = out->percentile = NAN;
	for (int b = 0; b < MAT_BLOCK_COUNT; b++) {
		double s = 0;
		size_t k = 0;
		for (size_t i = 0; i < n; i++)
			if (!isnan(peers[i].block_index[b])) {
				s += peers[i].block_index[b];
				k++;
			}
		out->block_mean[b] = k ? s / (double)k : NAN;
	}
	if (!n)
		return;
	for (size_t i = 0; i < n; i++) {
		sum += peers[i].overall;
		if (fabs(peers[i].overall - me->overall) <= 1e-9)
			below += 0.5;
		else if (peers[i].overall < me->overall)
			below += 1;
	}
	out->overall_mean = sum / (double)n;
	out->percentile = 100 * below / (double)n;
}
