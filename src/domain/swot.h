/* swot.h - SWOT evaluated as IFE and EFE matrices, and the firm's position.
 *
 * Why: the imitative-innovation procedure (article 001, Fig. 3) starts with
 * an objective look at the firm's strengths and weaknesses and at the
 * opportunities and threats outside.  The IFE/EFE matrices (F. R. David,
 * Strategic Management) turn that list into two numbers, and the
 * internal-external (IE) matrix turns those into a strategy.  Pure: no I/O,
 * no globals.
 *
 * The rules:
 *   - internal factors (strengths, weaknesses) form the IFE matrix, external
 *     ones (opportunities, threats) the EFE matrix; in each matrix the
 *     weights are in [0, 1] and sum to 1 (to within SWOT_WEIGHT_TOL);
 *   - ratings are whole numbers 1-4: a strength is rated 3 (minor) or 4
 *     (major), a weakness 1 (major) or 2 (minor); an opportunity or threat
 *     1-4 by how well the firm responds to it (4 superior, 1 poor);
 *   - each total is sum(weight * rating), between 1 and 4 (2.5 average);
 *   - IE matrix: IFE 1.00-1.99 weak, 2.00-2.99 average, 3.00-4.00 strong;
 *     EFE 1.00-1.99 low, 2.00-2.99 medium, 3.00-4.00 high.  Cells I-IX read
 *     row by row from (strong, high) to (weak, low); cells I, II, IV: grow
 *     and build; III, V, VII: hold and maintain; VI, VIII, IX: harvest or
 *     divest.
 *
 * Ownership: factors are borrowed; the result is a plain value.
 */
#ifndef SB40_DOMAIN_SWOT_H
#define SB40_DOMAIN_SWOT_H
#include <stddef.h>
#include "base/error.h"

#define SWOT_WEIGHT_TOL 0.001

enum swot_kind { SWOT_STRENGTH, SWOT_WEAKNESS, SWOT_OPPORTUNITY, SWOT_THREAT };

struct swot_factor {
	const char *name;
	enum swot_kind kind;
	double weight; /* 0..1 */
	int rating;    /* 1..4 */
};

enum ie_strategy { IE_GROW_BUILD, IE_HOLD_MAINTAIN, IE_HARVEST_DIVEST };

struct swot_result {
	double ife, efe;           /* weighted totals, 1..4 */
	double ife_wsum, efe_wsum; /* the weight sums as given */
	int ie_cell;               /* 1..9 (I..IX) */
	enum ie_strategy strategy;
};

/* 1 when RATING is allowed for a factor of KIND (see the rules above). */
int swot_rating_ok(enum swot_kind kind, int rating);

/* Evaluate N factors.  Returns 0, or SB40_EINVAL when a rule above is
 * broken (ERR says which factor, 1-based, or which matrix). */
int swot_evaluate(const struct swot_factor *f, size_t n, struct swot_result *out,
		  struct sb40_error *err);

/* IE cell (1..9) for the totals, and the strategy of a cell. */
int swot_ie_cell(double ife, double efe);
enum ie_strategy swot_ie_strategy(int cell);
/* "grow_and_build", "hold_and_maintain", "harvest_or_divest". */
const char *swot_strategy_id(enum ie_strategy s);

#endif
