/* maturity.h - the digital-maturity model of a small business.
 *
 * Why: article 000 (Fig. 1) names the building blocks of a digital small
 * business, "Small Business 4.0", and the preconditions for it.  A firm or
 * its consultant answers one question per block on a 0-4 scale; this module
 * turns the answers into indices, a stage, the largest gaps and the order
 * in which to close them, and compares a firm with its peers.  Pure: no
 * I/O, no globals; the wording of blocks, levels and steps lives in
 * report/i18n_assess, the model in docs/assessments.md.
 *
 * The model:
 *   - 13 blocks in 4 pillars: foundations (the article's preconditions:
 *     automation, connectivity, online sales, product life cycle),
 *     operations (internet and IoT, cloud, robotisation, 3D printing,
 *     horizontal and vertical integration), intelligence (modelling and
 *     forecasting, artificial intelligence), market (marketing,
 *     advertising).
 *   - Each block is answered 0-4 (0 absent, 1 initial, 2 partial,
 *     3 integrated, 4 optimised; every level is described per block).  A
 *     building block may be "not applicable" (MAT_NA: a bakery needs no 3D
 *     printing); a foundation may not.
 *   - Block index = 25 x answer (0-100).  Pillar index = mean of its
 *     applicable blocks.  Overall index = mean of the pillar indices (each
 *     pillar counts a quarter, however many blocks it has).
 *   - Stage 0-4 from the overall index: below 20 analogue, 20-39 beginner,
 *     40-59 developing, 60-79 integrated, 80-100 Small Business 4.0.  The
 *     foundations cap it: the stage is at most the lowest foundation answer
 *     plus one (digital tools do not work without their preconditions).
 *   - Gap = target - answer when positive (target 0-4, default 3).  Gaps
 *     are ordered: foundations answered 0 or 1 first (prerequisites), then
 *     by size, then in block order.  The next step for a gap is the
 *     description of the block's next level (answer + 1).
 *
 * Ownership: plain values; nothing is allocated.
 */
#ifndef SB40_DOMAIN_MATURITY_H
#define SB40_DOMAIN_MATURITY_H
#include <stddef.h>
#include "base/error.h"

enum mat_block {
	/* foundations: the preconditions of article 000 */
	MAT_AUTOMATION,
	MAT_CONNECTIVITY,
	MAT_ONLINE_SALES,
	MAT_LIFE_CYCLE,
	/* operations */
	MAT_INTERNET_IOT,
	MAT_CLOUD,
	MAT_ROBOTISATION,
	MAT_PRINTING_3D,
	MAT_INTEGRATION,
	/* intelligence */
	MAT_MODELLING,
	MAT_AI,
	/* market */
	MAT_MARKETING,
	MAT_ADVERTISING,
	MAT_BLOCK_COUNT
};

enum mat_pillar { PILLAR_FOUNDATIONS, PILLAR_OPERATIONS, PILLAR_INTELLIGENCE, PILLAR_MARKET,
		  PILLAR_COUNT };

#define MAT_NA (-1)
#define MAT_MAX_LEVEL 4
#define MAT_DEFAULT_TARGET 3
#define MAT_STAGE_COUNT 5
#define MATURITY_LARGEST 3 /* the first gaps, reported as the largest */

struct maturity_input {
	int answer[MAT_BLOCK_COUNT]; /* 0..4, or MAT_NA where allowed */
	int target[MAT_BLOCK_COUNT]; /* 0..4 */
};

struct maturity_gap {
	enum mat_block block;
	int answer, target, gap;
	int prerequisite; /* a foundation answered 0 or 1 */
};

struct maturity_result {
	int answer[MAT_BLOCK_COUNT], target[MAT_BLOCK_COUNT]; /* as given */
	double block_index[MAT_BLOCK_COUNT];  /* 0..100, NaN when not applicable */
	double pillar_index[PILLAR_COUNT];    /* NaN when no block applies */
	double overall;                       /* 0..100 */
	int stage_by_index;                   /* 0..4 */
	int stage;                            /* after the foundation cap */
	int capped;                           /* stage < stage_by_index */
	enum mat_block cap_block;             /* the lowest foundation, when capped */
	struct maturity_gap gaps[MAT_BLOCK_COUNT];
	size_t ngaps;
};

/* Fill IN with MAT_NA-free zeros and default targets. */
void maturity_input_init(struct maturity_input *in);

/* Score IN.  Returns 0, or SB40_EINVAL (an answer or target out of range, a
 * foundation marked not applicable; ERR names the block's id). */
int maturity_assess(const struct maturity_input *in, struct maturity_result *out,
		    struct sb40_error *err);

/* How a firm compares with N peers (other firms of the same zone, region or
 * sector, as the caller selects them). */
struct maturity_comparison {
	size_t n;
	double overall_mean;                 /* NaN when N = 0 */
	double block_mean[MAT_BLOCK_COUNT];  /* NaN when no peer answered it */
	double percentile;                   /* 0..100: peers below, ties half; NaN when N = 0 */
};
void maturity_compare(const struct maturity_result *me, const struct maturity_result *peers,
		      size_t n, struct maturity_comparison *out);

enum mat_pillar maturity_pillar(enum mat_block b);
int maturity_na_allowed(enum mat_block b);
/* Stable identifiers for JSON: "internet_iot", "foundations", ... */
const char *maturity_block_id(enum mat_block b);
const char *maturity_pillar_id(enum mat_pillar p);
/* The block whose id is S, or -1. */
int maturity_block_find(const char *s);

#endif
