/* zoneweb.h - private to src/web/: what the zone pages, the overview and
 * the rankings/checks API share: reading ?year= ?norm= ?weights= into a
 * loaded struct wz_ctx, who may see which finding, and the findings card.
 *
 * Scope of findings: zone-level and region-level findings are published
 * aggregates every role reads; a finding about one firm's obligation
 * (ZC07, ZC08) is shown to a firm account only when it is its own and to a
 * zone manager only when the firm is in its zone - as /api/v1/obligations.
 *
 * Ownership: zw_load_or_respond() fills the caller's struct wz_ctx (release
 * with wz_release()); strings written go into the caller's buffer.
 */
#ifndef SB40_WEB_ZONEWEB_H
#define SB40_WEB_ZONEWEB_H
#include "web/web_int.h"
#include "web/zonecalc.h"

/* Load the zones' data and apply ?year= (1991..2100), ?norm= (minmax,
 * zscore) and ?weights= (wz_weights).  0, or -1 after a 400/500 answer
 * (C is then released). */
int zw_load_or_respond(struct web_req *r, struct wz_ctx *c);

/* May the request's user see finding F? */
int zw_finding_visible(const struct web_req *r, const struct wz_finding *f);

/* A card with TITLE, the count per severity and a table of the findings
 * the user may see (errors first); ZONE: only the findings of that zone
 * (NULL: all).  At most MAX rows (0: all), with a note when cut. */
void zw_findings_card(struct web_req *r, struct buf *b, const struct wz_ctx *c,
		      const struct wz_findings *fs, const char *zone, const char *title,
		      size_t max);

/* A key figure box (label, value, note). */
void web_kpi(struct buf *b, const char *label, const char *value, const char *note);

/* "error", "warning", "info" for badge classes and JSON. */
const char *zw_sev_class(enum chk_sev s);

#endif
