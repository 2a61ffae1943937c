/* zonecalc.h - zone monitoring for the web: the zones' data, the ranking
 * and the consistency findings of one request, computed by the same domain
 * and report code as `sb40 zones`.
 *
 * Why: the zones pages, the overview and /api/v1/rankings|checks show what
 * `sb40 zones rank|check` print, and must agree with them number for number
 * (tests/cli/web_zones.sh compares the rank order).  So this module loads the
 * data with io/zoneload, ranks with report/zone_report's ranking (which uses
 * domain/rank, its sensitivity analysis and report/chart's bars), and words
 * the findings with its translations.  It is the only web file that sees
 * report/lang.h (whose enum lang clashes with web/i18n_web.h): languages are
 * passed as an index 0..3 (uz, uz-Cyrl, ru, en), the order of both enums.
 *
 * Ownership: struct wz_ctx, wz_rank and wz_findings own everything in them
 * (malloc); release each with its _release function.  Texts returned by
 * wz_text() are static.
 */
#ifndef SB40_WEB_ZONECALC_H
#define SB40_WEB_ZONECALC_H
#include <stddef.h>
#include "base/buf.h"
#include "base/error.h"
#include "domain/checks.h"
#include "domain/obligation.h"
#include "domain/rank.h"
#include "domain/zonedata.h"
#include "io/zoneload.h"
#include "store/store.h"

/* The defaults of `sb40 zones rank`. */
#define WZ_DRAWS 1000
#define WZ_SPREAD 0.5
#define WZ_SEED 40

struct wz_ctx {
	struct zone_data d;
	struct zone_labels *lb;
	int lang;                /* 0 uz, 1 uz-Cyrl, 2 ru, 3 en */
	int year;                /* the year shown: asked for, else the latest */
	struct zdate today;      /* UTC */
	double w[ZI_COUNT];      /* weights (default: zone_default_weights) */
	enum rank_norm norm;
};

/* Load everything from ST; year = latest, default weights, min-max. */
int wz_load(struct store *st, int lang, struct wz_ctx *c, struct sb40_error *err);
void wz_release(struct wz_ctx *c);

/* Weights from TEXT: a JSON object {"code": w, ...} or "code:w,code:w".
 * W[ZI_COUNT] gets them.  0 or SB40_EINVAL (ERR names the problem). */
int wz_weights(const char *text, double w[ZI_COUNT], struct sb40_error *err);

struct wz_rank {
	size_t m;            /* zones, in rank order (unranked last, then by code) */
	size_t *zone;        /* index into the zone data */
	int *rank;           /* 0: not ranked (coverage too low) */
	double *score, *coverage; /* coverage in % */
	int *best, *worst;   /* rank range over the draws; 0 when not ranked */
	double *same_pct;    /* share of draws at its own rank, %; NaN when not ranked */
	size_t nind;
	int ind[ZI_COUNT];   /* the weighted indicators */
	double wt[ZI_COUNT]; /* their weights */
	char *svg;           /* the ranking bar chart (class "chart rank") */
	char *note;          /* the sensitivity note in the language */
};

/* The ranking of C's year with C's weights and normalisation, the
 * sensitivity analysis with the command's defaults.  0 or SB40_EINVAL. */
int wz_ranking(const struct wz_ctx *c, struct wz_rank *out, struct sb40_error *err);
void wz_rank_release(struct wz_rank *r);

struct wz_finding {
	enum chk_sev sev;
	const char *rule;    /* "ZC01" */
	const char *rule_name;
	char entity[160];
	char period[24];
	char zone[48];       /* "" for a region */
	char tin[16];        /* obligations: the firm; else "" */
	char *msg;           /* in the language */
};

struct wz_findings {
	size_t n;
	struct wz_finding *f;  /* errors first, then warnings, then notes; stable */
	size_t count[3];       /* by enum chk_sev */
};

/* Every finding on C's data as of C's today. */
void wz_checks(const struct wz_ctx *c, struct wz_findings *out);
void wz_findings_release(struct wz_findings *f);

/* The zone-monitoring text KEY ("C_RANK", "S_OVERDUE", ... the names of
 * report/i18n_zones.h without ZT_) in LANG; KEY itself when unknown. */
const char *wz_text(int lang, const char *key);
/* Template TMPL with its {placeholders} filled from NAMES[i] = VALUES[i]
 * (at most 8), into B. */
void wz_fill(struct buf *b, const char *tmpl, const char *const *names,
	     const char *const *values, size_t n);

#endif
