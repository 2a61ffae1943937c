/* innovation.h - the imitative-innovation decision procedure.
 *
 * Why: article 001 (Figs. 1-3) gives a small firm a procedure for imitating
 * and improving a technology: assess its own capabilities (SWOT), the
 * market (life-cycle phase: no imitation in decline), respect property
 * rights, choose the technology on several criteria, and follow one of
 * Schumpeter's five types of innovation.  This module runs that procedure
 * on plain structs and says why it concluded what it did.  Pure: no I/O, no
 * globals; the reasons are codes with parameters, put into words by
 * report/i18n_assess in the user's language.
 *
 * The procedure (docs/assessments.md has the same in prose):
 *   1. Weights: given directly (normalised to sum 1) or from the AHP
 *      pairwise matrix; a consistency ratio above 0.10 is an error naming
 *      the most inconsistent pair.
 *   2. SWOT as IFE/EFE matrices and the IE-matrix position (swot.h).
 *   3. Life-cycle phase of the market from its sales (lifecycle.h).
 *   4. Property rights: a candidate under a patent in force (no licence) is
 *      excluded; one tied to a trademark gets a warning.
 *   5. Ranking of the eligible candidates by TOPSIS (the winner) and by the
 *      weighted sum (a cross-check); excluded ones get no rank.
 *   6. Sensitivity: each weight moved by -25%, -10%, +10%, +25% (the other
 *      weights rescaled to keep the sum 1); does the TOPSIS winner change?
 *   7. Verdict: no-go when a blocking rule fires (market in decline; no
 *      eligible candidate; capability to master technology or production
 *      capacity scored 1 of 5), else go.
 * Ties in rank go to the candidate listed first.
 *
 * Ownership: the input and everything it points to are borrowed for the
 * call; the result owns its arrays and is freed with
 * innovation_result_release().
 */
#ifndef SB40_DOMAIN_INNOVATION_H
#define SB40_DOMAIN_INNOVATION_H
#include <stddef.h>
#include "base/error.h"
#include "domain/lifecycle.h"
#include "domain/mcda.h"
#include "domain/swot.h"

/* Schumpeter's five types, as article 001's Fig. 2 adapts them. */
enum imitation_type {
	IMIT_PRODUCT,       /* a new product or better quality */
	IMIT_TECHNOLOGY,    /* new technology or equipment */
	IMIT_MARKET,        /* a new market */
	IMIT_RAW_MATERIAL,  /* a new source of raw materials */
	IMIT_ORGANISATION,  /* new organisation and management */
	IMIT_TYPE_COUNT
};

enum property_status { PROP_PUBLIC, PROP_LICENSED, PROP_PATENT, PROP_TRADEMARK, PROP_COUNT };

/* The firm's capabilities, each scored 1 (very weak) to 5 (very strong). */
enum capability {
	CAP_MASTERING,     /* mastering and updating technology */
	CAP_PRODUCTION,    /* production capacity */
	CAP_STAFF,         /* staff qualification */
	CAP_FUNDS,         /* funds */
	CAP_RESEARCH,      /* links with universities and research institutes */
	CAP_RAW_MATERIALS, /* access to raw materials */
	CAP_COUNT
};

struct innov_criterion {
	const char *name;
	int direction; /* MCDA_BENEFIT or MCDA_COST */
	double weight; /* direct weight; ignored when a pairwise matrix is given */
};

struct innov_candidate {
	const char *name;
	enum property_status property;
	const double *score; /* one per criterion, finite, >= 0 */
};

struct innov_input {
	int capability[CAP_COUNT];
	const struct swot_factor *factors;
	size_t nfactors;
	const double *sales; /* oldest first */
	size_t nsales;
	enum imitation_type type;
	const struct innov_criterion *criteria;
	size_t ncriteria;
	const double *pairwise; /* ncriteria^2, row-major; NULL: direct weights */
	const struct innov_candidate *candidates;
	size_t ncandidates;
};

enum innov_severity { SEV_BLOCKER, SEV_WARNING, SEV_INFO };

/* Every rule that can fire.  ITEM and the values of a reason are said per
 * rule; unused ones are -1 / NaN. */
enum innov_rule {
	RULE_DECLINE,          /* blocker; value: trend growth, value2: p */
	RULE_ALL_EXCLUDED,     /* blocker */
	RULE_NO_MASTERING,     /* blocker; value: the score (1) */
	RULE_NO_PRODUCTION,    /* blocker; value: the score (1) */
	RULE_MATURITY,         /* warning: imitate only with a clear improvement */
	RULE_INTRODUCTION,     /* warning: demand still forming */
	RULE_GROWTH,           /* info; value: trend growth */
	RULE_POSITION,         /* info; item: IE cell; value: IFE, value2: EFE */
	RULE_HARVEST,          /* warning; item: IE cell */
	RULE_TYPE_NEEDS,       /* warning; item: capability; value: its score */
	RULE_WEAK_CAPABILITY,  /* warning; item: capability; value: its score */
	RULE_PATENT_EXCLUDED,  /* warning; item: candidate */
	RULE_TRADEMARK,        /* warning; item: candidate */
	RULE_AHP_CONSISTENT,   /* info; value: consistency ratio */
	RULE_WINNER,           /* info; item: candidate; value: closeness */
	RULE_METHODS_DISAGREE, /* warning; item: weighted-sum winner */
	RULE_SENSITIVE,        /* warning; item: index into sens[] of the first change per criterion */
	RULE_ROBUST,           /* info: no weight change moves the winner */
	RULE_GO,               /* info: nothing blocks */
	RULE_COUNT
};

struct innov_reason {
	enum innov_rule rule;
	enum innov_severity severity;
	long item;
	double value, value2;
};

/* The relative weight changes tried by the sensitivity analysis. */
#define INNOV_NDELTAS 4
extern const double innov_deltas[INNOV_NDELTAS]; /* -0.25, -0.10, +0.10, +0.25 */

struct innov_sens {
	size_t criterion;
	double delta;  /* one of innov_deltas */
	long winner;   /* TOPSIS winner with the changed weights */
	int changed;   /* winner differs from the base one */
};

struct innov_result {
	int go;                      /* 1 go, 0 no-go */
	enum imitation_type type;
	struct lifecycle lc;
	struct swot_result swot;
	size_t ncriteria, ncandidates;
	double *weights;             /* ncriteria, sum 1 */
	int ahp;                     /* weights from the pairwise matrix */
	struct mcda_ahp ahp_stats;   /* valid when ahp */
	int *excluded;               /* ncandidates: 1 under a patent in force */
	double *topsis, *wsum;       /* ncandidates; NaN when excluded */
	size_t *topsis_rank, *wsum_rank; /* 1-based; 0 when excluded */
	long winner, wsum_winner;    /* candidate index, -1 when none is eligible */
	struct innov_sens *sens;     /* nsens = ncriteria * INNOV_NDELTAS, or 0
					with fewer than two eligible candidates */
	size_t nsens;
	struct innov_reason *reasons;
	size_t nreasons;
};

/* The capabilities each imitation type relies on most (article 001, Fig. 2),
 * as a bit set of (1 << enum capability). */
unsigned innovation_type_needs(enum imitation_type t);

/* Step 1 alone: the weights W[ncriteria] (sum 1) of IN, with the AHP
 * statistics in AHP when IN->pairwise is given (else AHP->n = 0).  A
 * consistency ratio above MCDA_CR_LIMIT is SB40_EINVAL with a message that
 * names the most inconsistent pair by the criteria's names. */
int innovation_weights(const struct innov_input *in, double *w, struct mcda_ahp *ahp,
		       struct sb40_error *err);

/* Run the whole procedure.  OUT is filled even on failure enough to be
 * released.  Returns 0, SB40_EINVAL (bad input, inconsistent judgements),
 * SB40_EMISSING (too short a sales series), SB40_ENOMEM, SB40_ENOCONV. */
int innovation_assess(const struct innov_input *in, struct innov_result *out,
		      struct sb40_error *err);
void innovation_result_release(struct innov_result *r);

/* Stable identifiers for JSON, e.g. "new_technology", "patent_in_force",
 * "research_links", "market_decline", "blocker". */
const char *innovation_type_id(enum imitation_type t);
const char *innovation_property_id(enum property_status p);
const char *innovation_capability_id(enum capability c);
const char *innovation_rule_id(enum innov_rule r);
const char *innovation_severity_id(enum innov_severity s);

#endif
