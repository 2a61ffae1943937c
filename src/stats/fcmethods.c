/* fcmethods.c - the table of forecasting methods (see fcmethods.h). */
#include <string.h>
#include "stats/fcmethods.h"
#include "stats/arima.h"
#include "stats/ets.h"
/* sb40:fcmethods-includes (one line per method module) */

static const struct fc_method methods[] = {
	/* sb40:fcmethods (one line per method, in the order --help lists them) */
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
