/* innovation.c - the imitative-innovation procedure of innovation.h. */
#include "domain/innovation.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const double innov_deltas[INNOV_NDELTAS] = {-0.25, -0.10, 0.10, 0.25};

unsigned innovation_type_needs(enum imitation_type t)
{
	switch (t) {
	case IMIT_PRODUCT: /* master the product, make it at the level of demand */
		return 1u << CAP_MASTERING | 1u << CAP_PRODUCTION | 1u << CAP_STAFF;
	case IMIT_TECHNOLOGY: /* "requires funds and highly qualified specialist personnel" */
		return 1u << CAP_FUNDS | 1u << CAP_STAFF;
	case IMIT_MARKET: /* a new market must be supplied */
		return 1u << CAP_PRODUCTION | 1u << CAP_STAFF;
	case IMIT_RAW_MATERIAL: /* new materials must be found and tested */
		return 1u << CAP_RAW_MATERIALS | 1u << CAP_RESEARCH;
	default: /* new organisation: people carry it */
		return 1u << CAP_STAFF;
	}
}

const char *innovation_type_id(enum imitation_type t)
{
	static const char *const id[IMIT_TYPE_COUNT] = {
		"new_product", "new_technology", "new_market", "new_raw_material",
		"new_organisation"};
	return (unsigned)t < IMIT_TYPE_COUNT ? id[t] : "?";
}

const char *innovation_property_id(enum property_status p)
{
	static const char *const id[PROP_COUNT] = {"public", "licensed", "patent_in_force",
						   "trademark"};
	return (unsigned)p < PROP_COUNT ? id[p] : "?";
}

const char *innovation_capability_id(enum capability c)
{
	static const char *const id[CAP_COUNT] = {
		"mastering_technology", "production_capacity", "staff_qualification",
		"funds", "research_links", "raw_material_access"};
	return (unsigned)c < CAP_COUNT ? id[c] : "?";
}

const char *innovation_rule_id(enum innov_rule r)
{
	static const char *const id[RULE_COUNT] = {
		"market_decline", "all_candidates_excluded", "cannot_master_technology",
		"no_production_capacity", "market_maturity", "market_introduction",
		"market_growth", "strategic_position", "harvest_or_divest",
		"type_needs_capability", "weak_capability", "patent_excluded",
		"trademark_warning", "ahp_consistent", "winner", "methods_disagree",
		"winner_sensitive", "winner_robust", "go"};
	return (unsigned)r < RULE_COUNT ? id[r] : "?";
}

const char *innovation_severity_id(enum innov_severity s)
{
	return s == SEV_BLOCKER ? "blocker" : s == SEV_WARNING ? "warning" : "info";
}

/* A value of Saaty's scale near V, as text: "5" or "1/3". */
static void saaty_text(double v, char *out, size_t n)
{
	if (v >= 1) {
		double k = fmin(9, round(v));
		snprintf(out, n, "%.0f", k);
	} else {
		double k = fmin(9, round(1 / v));
		if (k <= 1)
			snprintf(out, n, "1");
		else
			snprintf(out, n, "1/%.0f", k);
	}
}

int innovation_weights(const struct innov_input *in, double *w, struct mcda_ahp *ahp,
		       struct sb40_error *err)
{
	size_t n = in->ncriteria;
	memset(ahp, 0, sizeof *ahp);
	if (n == 0)
		return error_set(err, SB40_EINVAL, "expected at least one criterion");
	if (!in->pairwise) {
		double sum = 0;
		for (size_t j = 0; j < n; j++) {
			double v = in->criteria[j].weight;
			if (!isfinite(v) || v < 0 || v > 1)
				return error_set(err, SB40_EINVAL,
						 "criterion %zu: weight %g is not in [0, 1]", j + 1, v);
			sum += v;
		}
		if (fabs(sum - 1) > SWOT_WEIGHT_TOL)
			return error_set(err, SB40_EINVAL, "the criteria weights sum to %g, expected 1",
					 sum);
		for (size_t j = 0; j < n; j++)
			w[j] = in->criteria[j].weight / sum;
		return 0;
	}
	int rc = mcda_ahp(in->pairwise, n, w, ahp, err);
	if (rc)
		return rc;
	if (ahp->cr > MCDA_CR_LIMIT) {
		char given[16], implied[16];
		saaty_text(ahp->worst_given, given, sizeof given);
		saaty_text(ahp->worst_implied, implied, sizeof implied);
		return error_set(err, SB40_EINVAL,
				 "inconsistent pairwise judgements (consistency ratio %.3f, above %.2f): "
				 "the most inconsistent is \"%s\" against \"%s\", given %s where the "
				 "other judgements suggest %s",
				 ahp->cr, MCDA_CR_LIMIT, in->criteria[ahp->worst_i].name,
				 in->criteria[ahp->worst_j].name, given, implied);
	}
	return 0;
}

static int add_reason(struct innov_result *r, size_t *cap, enum innov_rule rule,
		      enum innov_severity sev, long item, double value, double value2)
{
	if (r->nreasons == *cap) {
		size_t ncap = *cap ? *cap * 2 : 16;
		struct innov_reason *p = realloc(r->reasons, ncap * sizeof *p);
		if (!p)
			return SB40_ENOMEM;
		r->reasons = p;
		*cap = ncap;
	}
	r->reasons[r->nreasons++] = (struct innov_reason){rule, sev, item, value, value2};
	return 0;
}

/* The eligible candidates' scores packed into X (ne x ncriteria); MAP[k] is
 * the candidate index of row k. */
static size_t pack_eligible(const struct innov_input *in, const int *excluded, double *x,
			    size_t *map)
{
	size_t ne = 0, n = in->ncriteria;
	for (size_t i = 0; i < in->ncandidates; i++) {
		if (excluded[i])
			continue;
		memcpy(x + ne * n, in->candidates[i].score, n * sizeof *x);
		map[ne++] = i;
	}
	return ne;
}

/* Index (in the packed rows) of the highest score; the first on ties. */
static size_t best_row(const double *s, size_t ne)
{
	size_t b = 0;
	for (size_t k = 1; k < ne; k++)
		if (s[k] > s[b] && fabs(s[k] - s[b]) > 1e-12 * fmax(1, fabs(s[b])))
			b = k;
	return b;
}

/* Weights W with criterion J scaled by (1 + D), the others rescaled so that
 * the sum stays 1.  A single criterion keeps weight 1. */
static void moved_weights(const double *w, size_t n, size_t j, double d, double *out)
{
	double wj = fmin(1, w[j] * (1 + d));
	double rest = 1 - w[j];
	for (size_t k = 0; k < n; k++)
		out[k] = w[k];
	if (n < 2 || rest <= 0)
		return;
	for (size_t k = 0; k < n; k++)
		out[k] = k == j ? wj : w[k] * (1 - wj) / rest;
}

static int rank_candidates(const struct innov_input *in, struct innov_result *r,
			   const int *dir, struct sb40_error *err)
{
	size_t n = in->ncriteria, m = in->ncandidates, ne;
	double *x = NULL, *s = NULL, *ws = NULL, *wk = NULL;
	size_t *map = NULL;
	int rc = 0;

	x = malloc(m * n * sizeof *x);
	s = malloc(m * sizeof *s);
	ws = malloc(m * sizeof *ws);
	wk = malloc(n * sizeof *wk);
	map = malloc(m * sizeof *map);
	if (!x || !s || !ws || !wk || !map) {
		rc = error_set(err, SB40_ENOMEM, "out of memory");
		goto out;
	}
	ne = pack_eligible(in, r->excluded, x, map);
	if (ne == 0)
		goto out;
	rc = mcda_topsis(x, ne, n, r->weights, dir, s, err);
	if (!rc)
		rc = mcda_wsum(x, ne, n, r->weights, dir, ws, err);
	if (rc)
		goto out;
	for (size_t k = 0; k < ne; k++) {
		r->topsis[map[k]] = s[k];
		r->wsum[map[k]] = ws[k];
	}
	mcda_rank(r->topsis, r->excluded, m, r->topsis_rank);
	mcda_rank(r->wsum, r->excluded, m, r->wsum_rank);
	r->winner = (long)map[best_row(s, ne)];
	r->wsum_winner = (long)map[best_row(ws, ne)];
	if (ne < 2)
		goto out;

	r->sens = malloc(n * INNOV_NDELTAS * sizeof *r->sens);
	if (!r->sens) {
		rc = error_set(err, SB40_ENOMEM, "out of memory");
		goto out;
	}
	for (size_t j = 0; j < n; j++)
		for (size_t d = 0; d < INNOV_NDELTAS; d++) {
			struct innov_sens *e = &r->sens[r->nsens++];
			moved_weights(r->weights, n, j, innov_deltas[d], wk);
			rc = mcda_topsis(x, ne, n, wk, dir, s, err);
			if (rc)
				goto out;
			e->criterion = j;
			e->delta = innov_deltas[d];
			e->winner = (long)map[best_row(s, ne)];
			e->changed = e->winner != r->winner;
		}
out:
	free(x);
	free(s);
	free(ws);
	free(wk);
	free(map);
	return rc;
}

/* The sensitivity entry to report for criterion J: the smallest move that
 * changes the winner (a cut before a rise of the same size), or -1. */
static long first_change(const struct innov_result *r, size_t j)
{
	static const size_t order[INNOV_NDELTAS] = {1, 2, 0, 3}; /* -10 +10 -25 +25 */
	for (size_t o = 0; o < INNOV_NDELTAS; o++) {
		size_t k = j * INNOV_NDELTAS + order[o];
		if (r->sens[k].changed)
			return (long)k;
	}
	return -1;
}

static int add_reasons(const struct innov_input *in, struct innov_result *r, size_t *cap)
{
	int rc = 0, blocked = 0;
	unsigned needs = innovation_type_needs(in->type);
#define ADD(rule, sev, item, v1, v2)                                                   \
	do {                                                                           \
		if ((rc = add_reason(r, cap, rule, sev, item, v1, v2)))                \
			return rc;                                                     \
		blocked |= (sev) == SEV_BLOCKER;                                       \
	} while (0)

	/* External environment: the market's life-cycle phase. */
	switch (r->lc.phase) {
	case LC_DECLINE:
		ADD(RULE_DECLINE, SEV_BLOCKER, -1, r->lc.growth, r->lc.slope_p);
		break;
	case LC_MATURITY:
		ADD(RULE_MATURITY, SEV_WARNING, -1, r->lc.growth, r->lc.slope_p);
		break;
	case LC_INTRODUCTION:
		ADD(RULE_INTRODUCTION, SEV_WARNING, -1, r->lc.growth, NAN);
		break;
	case LC_GROWTH:
		ADD(RULE_GROWTH, SEV_INFO, -1, r->lc.growth, NAN);
		break;
	}
	/* Internal capabilities. */
	if (in->capability[CAP_MASTERING] <= 1)
		ADD(RULE_NO_MASTERING, SEV_BLOCKER, CAP_MASTERING, in->capability[CAP_MASTERING], NAN);
	if (in->capability[CAP_PRODUCTION] <= 1)
		ADD(RULE_NO_PRODUCTION, SEV_BLOCKER, CAP_PRODUCTION, in->capability[CAP_PRODUCTION],
		    NAN);
	for (int c = 0; c < CAP_COUNT; c++) {
		int v = in->capability[c];
		if (v > 2 || (c == CAP_MASTERING && v <= 1) || (c == CAP_PRODUCTION && v <= 1))
			continue;
		if (needs & 1u << c)
			ADD(RULE_TYPE_NEEDS, SEV_WARNING, c, v, NAN);
		else
			ADD(RULE_WEAK_CAPABILITY, SEV_WARNING, c, v, NAN);
	}
	ADD(RULE_POSITION, SEV_INFO, r->swot.ie_cell, r->swot.ife, r->swot.efe);
	if (r->swot.strategy == IE_HARVEST_DIVEST)
		ADD(RULE_HARVEST, SEV_WARNING, r->swot.ie_cell, r->swot.ife, r->swot.efe);
	/* Property rights. */
	for (size_t i = 0; i < in->ncandidates; i++) {
		if (in->candidates[i].property == PROP_PATENT)
			ADD(RULE_PATENT_EXCLUDED, SEV_WARNING, (long)i, NAN, NAN);
		else if (in->candidates[i].property == PROP_TRADEMARK)
			ADD(RULE_TRADEMARK, SEV_WARNING, (long)i, NAN, NAN);
	}
	if (r->winner < 0)
		ADD(RULE_ALL_EXCLUDED, SEV_BLOCKER, -1, NAN, NAN);
	/* The choice. */
	if (r->ahp)
		ADD(RULE_AHP_CONSISTENT, SEV_INFO, -1, r->ahp_stats.cr, NAN);
	if (r->winner >= 0) {
		ADD(RULE_WINNER, SEV_INFO, r->winner, r->topsis[r->winner], NAN);
		if (r->wsum_winner != r->winner)
			ADD(RULE_METHODS_DISAGREE, SEV_WARNING, r->wsum_winner,
			    r->wsum[r->wsum_winner], NAN);
	}
	if (r->nsens) {
		int any = 0;
		for (size_t j = 0; j < in->ncriteria; j++) {
			long k = first_change(r, j);
			if (k >= 0) {
				ADD(RULE_SENSITIVE, SEV_WARNING, k, r->sens[k].delta, NAN);
				any = 1;
			}
		}
		if (!any)
			ADD(RULE_ROBUST, SEV_INFO, -1, NAN, NAN);
	}
	r->go = !blocked;
	if (r->go)
		ADD(RULE_GO, SEV_INFO, -1, NAN, NAN);
#undef ADD
	return 0;
}

int innovation_assess(const struct innov_input *in, struct innov_result *out,
		      struct sb40_error *err)
{
	size_t n = in->ncriteria, m = in->ncandidates, cap = 0;
	int *dir = NULL;
	int rc;

	memset(out, 0, sizeof *out);
	out->winner = out->wsum_winner = -1;
	out->type = in->type;
	out->ncriteria = n;
	out->ncandidates = m;
	if (n == 0 || m == 0)
		return error_set(err, SB40_EINVAL, "expected at least one criterion and one candidate");
	if ((unsigned)in->type >= IMIT_TYPE_COUNT)
		return error_set(err, SB40_EINVAL, "unknown imitation type %d", (int)in->type);
	for (int c = 0; c < CAP_COUNT; c++)
		if (in->capability[c] < 1 || in->capability[c] > 5)
			return error_set(err, SB40_EINVAL, "capability %s: expected 1 to 5, got %d",
					 innovation_capability_id((enum capability)c), in->capability[c]);
	out->weights = malloc(n * sizeof *out->weights);
	dir = malloc(n * sizeof *dir);
	out->excluded = calloc(m, sizeof *out->excluded);
	out->topsis = malloc(m * sizeof *out->topsis);
	out->wsum = malloc(m * sizeof *out->wsum);
	out->topsis_rank = calloc(m, sizeof *out->topsis_rank);
	out->wsum_rank = calloc(m, sizeof *out->wsum_rank);
	if (!out->weights || !dir || !out->excluded || !out->topsis || !out->wsum ||
	    !out->topsis_rank || !out->wsum_rank) {
		rc = error_set(err, SB40_ENOMEM, "out of memory");
		goto out;
	}
	for (size_t j = 0; j < n; j++)
		dir[j] = in->criteria[j].direction;
	for (size_t i = 0; i < m; i++) {
		out->topsis[i] = out->wsum[i] = NAN;
		if ((unsigned)in->candidates[i].property >= PROP_COUNT) {
			rc = error_set(err, SB40_EINVAL, "candidate %zu: unknown property status", i + 1);
			goto out;
		}
		for (size_t j = 0; j < n; j++) {
			double v = in->candidates[i].score[j];
			if (!isfinite(v) || v < 0) {
				rc = error_set(err, SB40_EINVAL,
					       "candidate %zu, criterion %zu: expected a number 0 or more, got %g",
					       i + 1, j + 1, v);
				goto out;
			}
		}
		out->excluded[i] = in->candidates[i].property == PROP_PATENT;
	}
	rc = innovation_weights(in, out->weights, &out->ahp_stats, err);
	if (rc)
		goto out;
	out->ahp = in->pairwise != NULL;
	rc = swot_evaluate(in->factors, in->nfactors, &out->swot, err);
	if (rc)
		goto out;
	rc = lifecycle_classify(in->sales, in->nsales, NULL, &out->lc, err);
	if (rc)
		goto out;
	rc = rank_candidates(in, out, dir, err);
	if (rc)
		goto out;
	if (add_reasons(in, out, &cap))
		rc = error_set(err, SB40_ENOMEM, "out of memory");
out:
	free(dir);
	return rc;
}

void innovation_result_release(struct innov_result *r)
{
	if (!r)
		return;
	free(r->weights);
	free(r->excluded);
	free(r->topsis);
	free(r->wsum);
	free(r->topsis_rank);
	free(r->wsum_rank);
	free(r->sens);
	free(r->reasons);
	memset(r, 0, sizeof *r);
	r->winner = r->wsum_winner = -1;
}
