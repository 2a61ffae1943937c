/* assess_json.c - strict JSON readers for the two assessments (on jsonread).
 *
 * Every reader below works on a struct jr that carries the JSON path of
 * the value at hand ("$.candidates[1].scores.risk"); a failure names that
 * path.  Paths are pushed before descending and popped (to a saved length)
 * after, on every path out.
 */
#include "io/assess_json.h"
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "base/parse.h"
#include "io/jsonread.h"

static int read_firm(struct jr *c, json_t *f, int with_capabilities, struct assess_firm *firm,
		     int *cap)
{
	static const char *const with[] = {"name", "tin", "region", "zone", "sector",
					   "capabilities", NULL};
	static const char *const without[] = {"name", "tin", "region", "zone", "sector", NULL};
	int rc = jr_object(c, f, with_capabilities ? with : without);
	if (!rc)
		rc = jr_string(c, f, "name", 1, &firm->name);
	if (!rc)
		rc = jr_string(c, f, "tin", 0, &firm->tin);
	if (!rc)
		rc = jr_string(c, f, "region", 0, &firm->region);
	if (!rc)
		rc = jr_string(c, f, "zone", 0, &firm->zone);
	if (!rc)
		rc = jr_string(c, f, "sector", 0, &firm->sector);
	if (rc || !with_capabilities)
		return rc;

	json_t *caps;
	const char *ids[CAP_COUNT + 1];
	for (int i = 0; i < CAP_COUNT; i++)
		ids[i] = innovation_capability_id((enum capability)i);
	ids[CAP_COUNT] = NULL;
	if ((rc = jr_need(c, f, "capabilities", &caps)))
		return rc;
	size_t m = jr_push_key(c, "capabilities");
	rc = jr_object(c, caps, ids);
	for (int i = 0; !rc && i < CAP_COUNT; i++) {
		json_t *v;
		if ((rc = jr_need(c, caps, ids[i], &v)))
			break;
		size_t m2 = jr_push_key(c, ids[i]);
		rc = jr_int(c, v, 1, 5, "a whole number from 1 to 5", &cap[i]);
		jr_pop(c, m2);
	}
	jr_pop(c, m);
	return rc;
}

/* ---- innovation ---- */

static int read_swot(struct jr *c, json_t *root, struct innov_doc *d)
{
	static const char *const lists[4] = {"strengths", "weaknesses", "opportunities", "threats"};
	static const char *const allowed[] = {"strengths", "weaknesses", "opportunities",
					      "threats", NULL};
	static const char *const item[] = {"factor", "weight", "rating", NULL};
	static const char *const rating_what[4] = {
		"3 or 4 for a strength", "1 or 2 for a weakness", "a whole number from 1 to 4",
		"a whole number from 1 to 4"};
	json_t *s, *arr[4];
	size_t n = 0, k = 0;
	double wsum[2] = {0, 0};
	int rc;

	if ((rc = jr_need(c, root, "swot", &s)))
		return rc;
	size_t m = jr_push_key(c, "swot");
	if ((rc = jr_object(c, s, allowed)))
		goto out;
	for (int i = 0; i < 4; i++) {
		if ((rc = jr_need(c, s, lists[i], &arr[i])))
			goto out;
		size_t m2 = jr_push_key(c, lists[i]);
		rc = jr_array(c, arr[i], 0, "factors");
		jr_pop(c, m2);
		if (rc)
			goto out;
		n += json_array_size(arr[i]);
	}
	d->factors = calloc(n ? n : 1, sizeof *d->factors);
	if (!d->factors) {
		rc = error_set(c->err, SB40_ENOMEM, "out of memory");
		goto out;
	}
	for (int i = 0; i < 4; i++) {
		size_t m2 = jr_push_key(c, lists[i]);
		for (size_t j = 0; !rc && j < json_array_size(arr[i]); j++) {
			json_t *it = json_array_get(arr[i], j), *v;
			struct swot_factor *f = &d->factors[k++];
			size_t m3 = jr_push_index(c, j);
			f->kind = (enum swot_kind)i;
			rc = jr_object(c, it, item);
			if (!rc)
				rc = jr_string(c, it, "factor", 1, &f->name);
			if (!rc && !(rc = jr_need(c, it, "weight", &v))) {
				size_t m4 = jr_push_key(c, "weight");
				rc = jr_number(c, v, 0, 1, "a number from 0 to 1", &f->weight);
				jr_pop(c, m4);
			}
			if (!rc && !(rc = jr_need(c, it, "rating", &v))) {
				size_t m4 = jr_push_key(c, "rating");
				if (jr_int(c, v, 1, 4, rating_what[i], &f->rating) ||
				    !swot_rating_ok(f->kind, f->rating))
					rc = jr_expect(c, v, rating_what[i]);
				jr_pop(c, m4);
			}
			if (!rc)
				wsum[i >= 2] += f->weight;
			jr_pop(c, m3);
		}
		jr_pop(c, m2);
		if (rc)
			goto out;
	}
	d->in.factors = d->factors;
	d->in.nfactors = n;
	if (!json_array_size(arr[0]) && !json_array_size(arr[1]))
		rc = jr_fail(c, "expected at least one strength or weakness");
	else if (!json_array_size(arr[2]) && !json_array_size(arr[3]))
		rc = jr_fail(c, "expected at least one opportunity or threat");
	else if (fabs(wsum[0] - 1) > SWOT_WEIGHT_TOL)
		rc = jr_fail(c, "the weights of the strengths and weaknesses sum to %g, expected 1",
			  wsum[0]);
	else if (fabs(wsum[1] - 1) > SWOT_WEIGHT_TOL)
		rc = jr_fail(c, "the weights of the opportunities and threats sum to %g, expected 1",
			  wsum[1]);
out:
	jr_pop(c, m);
	return rc;
}

static int read_period(struct jr *c, const json_t *v, struct period *p)
{
	char text[32];
	if (json_is_integer(v))
		snprintf(text, sizeof text, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
	else if (json_is_string(v))
		snprintf(text, sizeof text, "%s", json_string_value(v));
	else
		return jr_expect(c, v, "a period such as \"2024\" or \"2024Q3\"");
	if (parse_period_e(text, strlen(text), 1, p, c->err)) {
		char where[600];
		snprintf(where, sizeof where, "%s: %s", c->file, c->path); /* as jr_fail */
		error_placewhere(c->err, where);
		return SB40_EINVAL;
	}
	return 0;
}

static int read_market(struct jr *c, json_t *root, struct innov_doc *d)
{
	static const char *const allowed[] = {"product", "imitation_type", "sales", NULL};
	static const char *const item[] = {"period", "value", NULL};
	const char *types[IMIT_TYPE_COUNT];
	json_t *mk, *v, *sales;
	struct period prev = {0, 0};
	int rc, t;

	for (int i = 0; i < IMIT_TYPE_COUNT; i++)
		types[i] = innovation_type_id((enum imitation_type)i);
	if ((rc = jr_need(c, root, "market", &mk)))
		return rc;
	size_t m = jr_push_key(c, "market");
	if ((rc = jr_object(c, mk, allowed)))
		goto out;
	if ((rc = jr_string(c, mk, "product", 0, &d->product)))
		goto out;
	if ((rc = jr_need(c, mk, "imitation_type", &v)))
		goto out;
	size_t m2 = jr_push_key(c, "imitation_type");
	rc = jr_enum(c, v, types, IMIT_TYPE_COUNT, &t);
	jr_pop(c, m2);
	if (rc)
		goto out;
	d->in.type = (enum imitation_type)t;
	if ((rc = jr_need(c, mk, "sales", &sales)))
		goto out;
	m2 = jr_push_key(c, "sales");
	rc = jr_array(c, sales, LIFECYCLE_MIN_N, "periods to tell the life-cycle phase");
	size_t n = rc ? 0 : json_array_size(sales);
	if (!rc && !(d->sales = malloc(n * sizeof *d->sales)))
		rc = error_set(c->err, SB40_ENOMEM, "out of memory");
	for (size_t i = 0; !rc && i < n; i++) {
		json_t *it = json_array_get(sales, i);
		struct period p;
		size_t m3 = jr_push_index(c, i);
		rc = jr_object(c, it, item);
		if (!rc && !(rc = jr_need(c, it, "period", &v))) {
			size_t m4 = jr_push_key(c, "period");
			rc = read_period(c, v, &p);
			if (!rc && i > 0 && (p.kind != prev.kind || p.key != prev.key + 1)) {
				char a[24], b[24], g[128];
				struct period want = {prev.kind, prev.key + 1};
				rc = jr_fail(c, "expected \"%s\" after \"%s\", got %s", period_format(want, a),
					  period_format(prev, b), jr_describe(v, g, sizeof g));
			}
			jr_pop(c, m4);
			if (!rc) {
				prev = p;
				if (i == 0)
					period_format(p, d->first_period);
				period_format(p, d->last_period);
			}
		}
		if (!rc && !(rc = jr_need(c, it, "value", &v))) {
			size_t m4 = jr_push_key(c, "value");
			rc = jr_number(c, v, 0, INFINITY, "a number 0 or more", &d->sales[i]);
			jr_pop(c, m4);
		}
		jr_pop(c, m3);
	}
	jr_pop(c, m2);
	d->in.sales = d->sales;
	d->in.nsales = n;
out:
	jr_pop(c, m);
	return rc;
}


static int read_criterion(struct jr *c, json_t *it, size_t i, int pairwise,
			  struct innov_doc *d)
{
	static const char *const item[] = {"name", "direction", "weight", "description", NULL};
	static const char *const dirs[] = {"benefit", "cost"};
	struct innov_criterion *cr = &d->criteria[i];
	json_t *v;
	const char *desc;
	int rc, dir = 0;
	size_t m = jr_push_index(c, i), m2;

	cr->weight = NAN;
	if ((rc = jr_object(c, it, item)) || (rc = jr_string(c, it, "name", 1, &cr->name)) ||
	    (rc = jr_string(c, it, "description", 0, &desc)))
		goto out;
	for (size_t k = 0; k < i; k++)
		if (!strcmp(d->criteria[k].name, cr->name)) {
			jr_push_key(c, "name");
			rc = jr_fail(c, "duplicate criterion \"%s\"", cr->name);
			goto out;
		}
	if ((rc = jr_need(c, it, "direction", &v)))
		goto out;
	m2 = jr_push_key(c, "direction");
	if ((rc = jr_enum(c, v, dirs, 2, &dir)))
		goto out;
	jr_pop(c, m2);
	cr->direction = dir == 0 ? MCDA_BENEFIT : MCDA_COST;
	v = json_object_get(it, "weight");
	if (pairwise && v) {
		jr_push_key(c, "weight");
		rc = jr_fail(c, "give either weights or a pairwise matrix, not both");
	} else if (!pairwise && !v) {
		rc = jr_fail(c, "missing field \"weight\" (give every criterion a weight, or a "
			     "pairwise matrix)");
	} else if (v) {
		jr_push_key(c, "weight");
		rc = jr_number(c, v, 0, 1, "a number from 0 to 1", &cr->weight);
	}
out:
	jr_pop(c, m);
	return rc;
}

static int read_criteria(struct jr *c, json_t *root, struct innov_doc *d)
{
	json_t *arr;
	int rc, pairwise = json_object_get(root, "pairwise") != NULL;
	size_t n;

	if ((rc = jr_need(c, root, "criteria", &arr)))
		return rc;
	size_t m = jr_push_key(c, "criteria");
	if ((rc = jr_array(c, arr, 1, "criterion")))
		goto out;
	n = json_array_size(arr);
	if (n > (pairwise ? 15 : ASSESS_MAX_CRITERIA)) {
		if (pairwise) /* whole formats, so that each translates */
			rc = jr_fail(c, "expected at most %d criteria with a pairwise matrix, got %zu",
				     15, n);
		else
			rc = jr_fail(c, "expected at most %d criteria, got %zu", ASSESS_MAX_CRITERIA,
				     n);
		goto out;
	}
	if (!(d->criteria = calloc(n, sizeof *d->criteria))) {
		rc = error_set(c->err, SB40_ENOMEM, "out of memory");
		goto out;
	}
	for (size_t i = 0; !rc && i < n; i++)
		rc = read_criterion(c, json_array_get(arr, i), i, pairwise, d);
	if (rc)
		goto out;
	d->in.criteria = d->criteria;
	d->in.ncriteria = n;
	if (!pairwise) {
		double sum = 0;
		for (size_t i = 0; i < n; i++)
			sum += d->criteria[i].weight;
		if (fabs(sum - 1) > SWOT_WEIGHT_TOL)
			rc = jr_fail(c, "the weights sum to %g, expected 1", sum);
	}
out:
	jr_pop(c, m);
	return rc;
}

/* A judgement: a number, or a string "3" or "1/3". */
static int read_judgement(struct jr *c, const json_t *v, double *out)
{
	static const char what[] = "a judgement from 1/9 to 9, such as 3 or \"1/3\"";
	double x = NAN;
	char msg[256];
	if (json_is_number(v)) {
		x = json_number_value(v);
	} else if (json_is_string(v)) {
		const char *s = json_string_value(v), *slash = strchr(s, '/');
		double a, b;
		if (!slash) {
			if (parse_double(s, strlen(s), &x, msg, sizeof msg))
				x = NAN;
		} else if (!parse_double(s, (size_t)(slash - s), &a, msg, sizeof msg) &&
			   !parse_double(slash + 1, strlen(slash + 1), &b, msg, sizeof msg) && b != 0) {
			x = a / b;
		}
	}
	if (!(x >= 1.0 / 9 * 0.99 && x <= 9))
		return jr_expect(c, v, what);
	*out = x;
	return 0;
}

static void reciprocal_text(double a, char *out, size_t n)
{
	if (a >= 1 && a == floor(a))
		snprintf(out, n, "1/%.0f", a);
	else if (1 / a == floor(1 / a))
		snprintf(out, n, "%.0f", 1 / a);
	else
		snprintf(out, n, "%.4g", 1 / a);
}

static int read_pairwise(struct jr *c, json_t *root, struct innov_doc *d)
{
	json_t *pw = json_object_get(root, "pairwise");
	size_t n = d->in.ncriteria;
	int rc = 0;
	if (!pw)
		return 0;
	size_t m = jr_push_key(c, "pairwise");
	if (!json_is_array(pw)) {
		rc = jr_expect(c, pw, "an array of rows");
		goto out;
	}
	if (json_array_size(pw) != n) {
		rc = jr_fail(c, "expected %zu rows, one per criterion, got %zu", n, json_array_size(pw));
		goto out;
	}
	if (!(d->pairwise = malloc(n * n * sizeof *d->pairwise))) {
		rc = error_set(c->err, SB40_ENOMEM, "out of memory");
		goto out;
	}
	for (size_t i = 0; !rc && i < n; i++) {
		json_t *row = json_array_get(pw, i);
		size_t m2 = jr_push_index(c, i);
		if (!json_is_array(row))
			rc = jr_expect(c, row, "an array of judgements");
		else if (json_array_size(row) != n)
			rc = jr_fail(c, "expected %zu judgements, got %zu", n, json_array_size(row));
		for (size_t j = 0; !rc && j < n; j++) {
			json_t *v = json_array_get(row, j);
			double *a = &d->pairwise[i * n + j];
			size_t m3 = jr_push_index(c, j);
			rc = read_judgement(c, v, a);
			if (!rc && i == j && *a != 1)
				rc = jr_expect(c, v, "1 on the diagonal");
			if (!rc && j < i) {
				double p = *a * d->pairwise[j * n + i];
				char want[32];
				reciprocal_text(d->pairwise[j * n + i], want, sizeof want);
				if (p < 0.99 || p > 1.01) {
					char g[128];
					rc = jr_fail(c, "expected %s, the reciprocal of $.pairwise[%zu][%zu], got %s",
						  want, j, i, jr_describe(v, g, sizeof g));
				}
			}
			jr_pop(c, m3);
		}
		jr_pop(c, m2);
	}
	d->in.pairwise = d->pairwise;
out:
	jr_pop(c, m);
	return rc;
}

static int read_scores(struct jr *c, json_t *sc, double *score, const struct innov_doc *d)
{
	const char *key;
	json_t *v;
	size_t n = d->in.ncriteria;
	int rc;
	if (!json_is_object(sc))
		return jr_expect(c, sc, "an object with a score per criterion");
	json_object_foreach(sc, key, v) {
		size_t j;
		for (j = 0; j < n; j++)
			if (!strcmp(key, d->criteria[j].name))
				break;
		if (j == n) {
			char q[128];
			return jr_fail(c, "unknown criterion %s", error_quote(q, sizeof q, key, strlen(key)));
		}
	}
	for (size_t j = 0; j < n; j++) {
		v = json_object_get(sc, d->criteria[j].name);
		if (!v)
			return jr_fail(c, "missing criterion \"%s\"", d->criteria[j].name);
		size_t m = jr_push_key(c, d->criteria[j].name);
		rc = jr_number(c, v, 0, INFINITY, "a number 0 or more", &score[j]);
		jr_pop(c, m);
		if (rc)
			return rc;
	}
	return 0;
}

static int read_candidate(struct jr *c, json_t *it, size_t i, struct innov_doc *d)
{
	static const char *const item[] = {"name", "property", "scores", "description", NULL};
	const char *props[PROP_COUNT], *desc;
	struct innov_candidate *cd = &d->candidates[i];
	json_t *v;
	int rc, p = 0;
	size_t m = jr_push_index(c, i), m2;

	for (int k = 0; k < PROP_COUNT; k++)
		props[k] = innovation_property_id((enum property_status)k);
	cd->score = d->scores + i * d->in.ncriteria;
	if ((rc = jr_object(c, it, item)) || (rc = jr_string(c, it, "name", 1, &cd->name)) ||
	    (rc = jr_string(c, it, "description", 0, &desc)))
		goto out;
	for (size_t k = 0; k < i; k++)
		if (!strcmp(d->candidates[k].name, cd->name)) {
			jr_push_key(c, "name");
			rc = jr_fail(c, "duplicate candidate \"%s\"", cd->name);
			goto out;
		}
	if ((rc = jr_need(c, it, "property", &v)))
		goto out;
	m2 = jr_push_key(c, "property");
	if ((rc = jr_enum(c, v, props, PROP_COUNT, &p)))
		goto out;
	jr_pop(c, m2);
	cd->property = (enum property_status)p;
	if ((rc = jr_need(c, it, "scores", &v)))
		goto out;
	jr_push_key(c, "scores");
	rc = read_scores(c, v, d->scores + i * d->in.ncriteria, d);
out:
	jr_pop(c, m);
	return rc;
}

static int read_candidates(struct jr *c, json_t *root, struct innov_doc *d)
{
	json_t *arr;
	int rc;
	if ((rc = jr_need(c, root, "candidates", &arr)))
		return rc;
	size_t m = jr_push_key(c, "candidates");
	if ((rc = jr_array(c, arr, 1, "candidate")))
		goto out;
	size_t n = json_array_size(arr);
	if (n > ASSESS_MAX_CANDIDATES) {
		rc = jr_fail(c, "expected at most %d candidates, got %zu", ASSESS_MAX_CANDIDATES, n);
		goto out;
	}
	d->candidates = calloc(n, sizeof *d->candidates);
	d->scores = calloc(n * d->in.ncriteria, sizeof *d->scores);
	if (!d->candidates || !d->scores) {
		rc = error_set(c->err, SB40_ENOMEM, "out of memory");
		goto out;
	}
	for (size_t i = 0; !rc && i < n; i++)
		rc = read_candidate(c, json_array_get(arr, i), i, d);
	d->in.candidates = d->candidates;
	d->in.ncandidates = n;
out:
	jr_pop(c, m);
	return rc;
}

int assess_json_innovation(const char *text, size_t len, const char *file,
			   struct innov_doc *d, struct sb40_error *err)
{
	static const char *const allowed[] = {"firm", "swot", "market", "criteria", "pairwise",
					      "candidates", NULL};
	struct jr c = JR_INIT(file, err);
	json_t *firm;
	int rc;

	memset(d, 0, sizeof *d);
	if ((rc = jr_load(&c, text, len, &d->root)))
		return rc;
	if ((rc = jr_object(&c, d->root, allowed)) || (rc = jr_need(&c, d->root, "firm", &firm)))
		goto out;
	size_t m = jr_push_key(&c, "firm");
	rc = read_firm(&c, firm, 1, &d->firm, d->in.capability);
	jr_pop(&c, m);
	if (rc || (rc = read_swot(&c, d->root, d)) || (rc = read_market(&c, d->root, d)) ||
	    (rc = read_criteria(&c, d->root, d)) || (rc = read_pairwise(&c, d->root, d)) ||
	    (rc = read_candidates(&c, d->root, d)))
		goto out;
	if (d->pairwise) {
		/* Saaty's consistency check, located at the worst judgement. */
		double *w = malloc(d->in.ncriteria * sizeof *w);
		struct mcda_ahp ahp;
		if (!w) {
			rc = error_set(err, SB40_ENOMEM, "out of memory");
			goto out;
		}
		rc = innovation_weights(&d->in, w, &ahp, err);
		free(w);
		if (rc == SB40_EINVAL) {
			/* the message kept (translatable), placed as jr_fail places */
			char where[600];
			snprintf(c.path, sizeof c.path, "$.pairwise[%zu][%zu]", ahp.worst_i, ahp.worst_j);
			snprintf(where, sizeof where, "%s: %s", c.file, c.path);
			error_placewhere(err, where);
		}
	}
out:
	if (rc)
		innov_doc_release(d);
	return rc;
}

void innov_doc_release(struct innov_doc *d)
{
	if (!d)
		return;
	json_decref(d->root);
	free(d->factors);
	free(d->sales);
	free(d->criteria);
	free(d->pairwise);
	free(d->candidates);
	free(d->scores);
	memset(d, 0, sizeof *d);
}

/* ---- maturity ---- */

static int read_levels(struct jr *c, json_t *obj, int answers, int *level)
{
	const char *ids[MAT_BLOCK_COUNT + 1];
	int rc;
	for (int b = 0; b < MAT_BLOCK_COUNT; b++)
		ids[b] = maturity_block_id((enum mat_block)b);
	ids[MAT_BLOCK_COUNT] = NULL;
	if ((rc = jr_object(c, obj, ids)))
		return rc;
	for (int b = 0; b < MAT_BLOCK_COUNT; b++) {
		json_t *v = json_object_get(obj, ids[b]);
		if (!v) {
			if (answers)
				return jr_fail(c, "missing field \"%s\"", ids[b]);
			continue;
		}
		size_t m = jr_push_key(c, ids[b]);
		if (answers && json_is_null(v) && maturity_na_allowed((enum mat_block)b))
			level[b] = MAT_NA;
		else if (answers && json_is_null(v))
			rc = jr_fail(c, "a precondition cannot be not applicable (null); expected a whole "
				     "number from 0 to 4");
		else
			rc = jr_int(c, v, 0, MAT_MAX_LEVEL,
				     answers && maturity_na_allowed((enum mat_block)b)
					     ? "a whole number from 0 to 4, or null (not applicable)"
					     : "a whole number from 0 to 4",
				     &level[b]);
		jr_pop(c, m);
		if (rc)
			return rc;
	}
	return 0;
}

int assess_json_maturity(const char *text, size_t len, const char *file,
			 struct maturity_doc *d, struct sb40_error *err)
{
	static const char *const allowed[] = {"firm", "answers", "targets", NULL};
	struct jr c = JR_INIT(file, err);
	json_t *v;
	int rc;
	size_t m;

	memset(d, 0, sizeof *d);
	maturity_input_init(&d->in);
	if ((rc = jr_load(&c, text, len, &d->root)))
		return rc;
	if ((rc = jr_object(&c, d->root, allowed)) || (rc = jr_need(&c, d->root, "firm", &v)))
		goto out;
	m = jr_push_key(&c, "firm");
	rc = read_firm(&c, v, 0, &d->firm, NULL);
	jr_pop(&c, m);
	if (rc || (rc = jr_need(&c, d->root, "answers", &v)))
		goto out;
	m = jr_push_key(&c, "answers");
	rc = read_levels(&c, v, 1, d->in.answer);
	jr_pop(&c, m);
	if (rc)
		goto out;
	if ((v = json_object_get(d->root, "targets"))) {
		m = jr_push_key(&c, "targets");
		rc = read_levels(&c, v, 0, d->in.target);
		jr_pop(&c, m);
	}
out:
	if (rc)
		maturity_doc_release(d);
	return rc;
}

void maturity_doc_release(struct maturity_doc *d)
{
	if (!d)
		return;
	json_decref(d->root);
	memset(d, 0, sizeof *d);
}
