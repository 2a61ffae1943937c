/* fcmethods.h - the forecasting methods by name.
 *
 * Why: the CLI, the web, the backtester, `auto` and the benchmark pick a
 * method by the name a user types (`--method theta`); this table is the one
 * place that maps names to the fc_method_fn of each method.  Static data,
 * nothing to free.
 */
#ifndef SB40_STATS_FCMETHODS_H
#define SB40_STATS_FCMETHODS_H
#include <stddef.h>
#include "stats/fcmodel.h"

struct fc_method {
	const char *name;    /* as typed: "naive", "ets", ... */
	fc_method_fn fn;
	const char *summary; /* one line for --help, in English */
};

/* The method called NAME, or NULL. */
const struct fc_method *fc_method_find(const char *name);
/* The methods in their documented order: I < fc_method_count(). */
size_t fc_method_count(void);
const struct fc_method *fc_method_at(size_t i);

#endif
