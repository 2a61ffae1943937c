/* assess_report.h - the innovation and maturity results as text, JSON and
 * HTML, in the user's language.
 *
 * Why: the CLI (`sb40 assess`), and later the web pages and the assessment
 * store, show one result in several forms; they all come from here, so a
 * reason reads the same everywhere.  The text is for a terminal, the JSON
 * for programs and storage (field names fixed by issue 5, documented in
 * docs/assessments.md), the HTML a self-contained page with inline SVG
 * charts.  Writes into a struct buf; no I/O.
 *
 * Ownership: everything is borrowed; OUT belongs to the caller.  The JSON
 * builders return a new reference the caller decrefs.
 */
#ifndef SB40_REPORT_ASSESS_REPORT_H
#define SB40_REPORT_ASSESS_REPORT_H
#include <jansson.h>
#include "base/buf.h"
#include "base/error.h"
#include "domain/innovation.h"
#include "domain/maturity.h"
#include "io/assess_json.h"
#include "report/lang.h"

/* REPORT_HTML_PART: the HTML page's body as one <div class="sb40-report">
 * with a scoped style sheet, to be placed inside another page (the web). */
enum report_format { REPORT_TEXT, REPORT_JSON, REPORT_HTML, REPORT_HTML_PART };

/* "text", "json" or "html"; 0, or -1 for anything else. */
int report_format_parse(const char *s, enum report_format *out);

/* The innovation result R of the input DOC as JSON; NULL when out of memory. */
json_t *assess_innovation_json(const struct innov_doc *doc, const struct innov_result *r,
			       enum lang l);
/* Render it in format F into OUT.  Returns 0 or SB40_ENOMEM. */
int assess_innovation_report(struct buf *out, const struct innov_doc *doc,
			     const struct innov_result *r, enum report_format f, enum lang l,
			     struct sb40_error *err);

/* A firm against its peers: the stored assessments of the other firms of
 * the same zone, region and sector (issue 5). */
enum peer_group { PEER_ZONE, PEER_REGION, PEER_SECTOR, PEER_NGROUPS };
struct maturity_peers {
	const char *key[PEER_NGROUPS];          /* the zone, region, sector; NULL: unknown */
	struct maturity_comparison c[PEER_NGROUPS];
};
/* "zone", "region", "sector". */
const char *peer_group_id(enum peer_group g);

/* PEERS may be NULL (no store: no comparison is shown). */
json_t *assess_maturity_json(const struct maturity_doc *doc, const struct maturity_result *r,
			     const struct maturity_peers *peers, enum lang l);
int assess_maturity_report(struct buf *out, const struct maturity_doc *doc,
			   const struct maturity_result *r, const struct maturity_peers *peers,
			   enum report_format f, enum lang l, struct sb40_error *err);

#endif
