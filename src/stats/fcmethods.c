/* fcmethods.c - the table of forecasting methods (see fcmethods.h). */
#include <string.h>
#include "stats/fcmethods.h"
#include "stats/arima.h"
#include "stats/ets.h"
/* sb40:fcmethods-includes (one line per method module) */
#include "stats/fcsimple.h"
#include "stats/fcsmooth.h"
#include "stats/theta.h"
#include "stats/dotm.h"
#include "stats/fcauto.h"

static const struct fc_method methods[] = {
	/* sb40:fcmethods (one line per method, in the order --help lists them) */
	{"auto", fc_auto, "the default: a combination of fast methods chosen on M3 training data (docs/forecast-methods.md)"},
	{"naive", fc_naive, "the last value (random walk)"},
	{"snaive", fc_snaive, "the value one season back (naive when m = 1)"},
	{"drift", fc_drift, "random walk with drift: the line through the first and last values"},
	{"linear", fc_linear, "OLS straight-line trend on t = 1..n, t-based intervals"},
	{"quadratic", fc_quadratic, "OLS quadratic trend on t = 1..n"},
	{"exponential", fc_exponential, "log-linear trend (positive series only)"},
	{"ses", fc_ses, "simple exponential smoothing, ETS(A,N,N)"},
	{"holt", fc_holt, "Holt's linear trend, ETS(A,A,N)"},
	{"damped", fc_damped, "damped-trend Holt, ETS(A,Ad,N)"},
	{"theta", fc_theta, "standard Theta method (SES with half the OLS slope, M4 seasonal adjustment)"},
	{"dotm", fc_dotm, "dynamic optimised Theta model (Fiorucci et al. 2016), theta fitted"},
	{"dstm", fc_dstm, "dynamic standard Theta model: DOTM with theta fixed at 2"},
	{"otm", fc_otm, "optimised Theta model: DOTM with the whole series' OLS line"},
	{"comb", fc_comb, "M4 benchmark: mean of SES, Holt and damped on seasonally adjusted data"},
	{"ets", fc_ets, "exponential smoothing state space, selected by AICc (Hyndman et al. 2008)"},
	{"arima", fc_arima, "automatic ARIMA, Hyndman-Khandakar stepwise search"},
};

size_t fc_method_count(void)
{
	return sizeof methods / sizeof methods[0];
}

const struct fc_method *fc_method_at(size_t i)
{
	return i < fc_method_count() ? &methods[i] : NULL;
}

const struct fc_method *fc_method_find(const char *name)
{
	for (size_t i = 0; i < fc_method_count(); i++)
		if (!strcmp(methods[i].name, name))
			return &methods[i];
	return NULL;
}
