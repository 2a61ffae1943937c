/* swot.c - IFE/EFE totals and the internal-external matrix. */
#include "domain/swot.h"
#include <math.h>

int swot_rating_ok(enum swot_kind kind, int rating)
{
	switch (kind) {
	case SWOT_STRENGTH:
		return rating == 3 || rating == 4;
	case SWOT_WEAKNESS:
		return rating == 1 || rating == 2;
	default:
		return rating >= 1 && rating <= 4;
	}
}

/* 0 for 3.00-4.00 (strong / high), 1 for 2.00-2.99, 2 for 1.00-1.99.  The
 * totals are rounded to 2 decimals first, as printed, so that 2.995 reads
 * as the 3.00 the user sees. */
static int band(double total)
{
	double t = round(total * 100) / 100;
	return t >= 3 ? 0 : t >= 2 ? 1 : 2;
}

int swot_ie_cell(double ife, double efe)
{
	return band(efe) * 3 + band(ife) + 1;
}

enum ie_strategy swot_ie_strategy(int cell)
{
	switch (cell) {
	case 1: case 2: case 4:
		return IE_GROW_BUILD;
	case 3: case 5: case 7:
		return IE_HOLD_MAINTAIN;
	default:
		return IE_HARVEST_DIVEST;
	}
}

const char *swot_strategy_id(enum ie_strategy s)
{
	return s == IE_GROW_BUILD ? "grow_and_build"
	       : s == IE_HOLD_MAINTAIN ? "hold_and_maintain" : "harvest_or_divest";
}

int swot_evaluate(const struct swot_factor *f, size_t n, struct swot_result *out,
		  struct sb40_error *err)
{
	size_t nint = 0, next = 0;
	out->ife = out->efe = out->ife_wsum = out->efe_wsum = 0;
	for (size_t i = 0; i < n; i++) {
		int internal = f[i].kind == SWOT_STRENGTH || f[i].kind == SWOT_WEAKNESS;
		if (!isfinite(f[i].weight) || f[i].weight < 0 || f[i].weight > 1)
			return error_set(err, SB40_EINVAL, "factor %zu: weight %g is not in [0, 1]",
					 i + 1, f[i].weight);
		if (!swot_rating_ok(f[i].kind, f[i].rating))
			return error_set(err, SB40_EINVAL, "factor %zu: rating %d is not allowed",
					 i + 1, f[i].rating);
		if (internal) {
			nint++;
			out->ife_wsum += f[i].weight;
			out->ife += f[i].weight * f[i].rating;
		} else {
			next++;
			out->efe_wsum += f[i].weight;
			out->efe += f[i].weight * f[i].rating;
		}
	}
	if (!nint || !next)
		return error_set(err, SB40_EINVAL,
				 "expected at least one internal and one external factor");
	if (fabs(out->ife_wsum - 1) > SWOT_WEIGHT_TOL)
		return error_set(err, SB40_EINVAL,
				 "the weights of the strengths and weaknesses sum to %g, expected 1",
				 out->ife_wsum);
	if (fabs(out->efe_wsum - 1) > SWOT_WEIGHT_TOL)
		return error_set(err, SB40_EINVAL,
				 "the weights of the opportunities and threats sum to %g, expected 1",
				 out->efe_wsum);
	/* Within the tolerance, read the weights as shares of their sum. */
	out->ife /= out->ife_wsum;
	out->efe /= out->efe_wsum;
	out->ie_cell = swot_ie_cell(out->ife, out->efe);
	out->strategy = swot_ie_strategy(out->ie_cell);
	return 0;
}
