/* assess_run.h - an assessment from document to stored, compared result.
 *
 * Why: the command line (`sb40 assess`) and the web server (pages and API)
 * do the same steps: read the document (io/assess_json), assess it
 * (domain/innovation, domain/maturity), compare a maturity result with the
 * stored assessments of the other firms of the same zone, region and sector,
 * store it with its input and result (store_assessment_add), and render it
 * (report/assess_report).  They all live here, so both front ends give the
 * same answer.  Languages are passed as codes ("uz", "uz-Cyrl", "ru", "en")
 * so that callers need not include report/lang.h.
 *
 * Peers: the latest assessment of every other firm (a firm is its TIN;
 * assessments without one count alone) whose zone, region or sector is the
 * firm's, stored before this one.  The firm's zone, region and sector are
 * the registry's when the firm is registered (zone code, region code,
 * activity code), else the document's (a region name is turned into its
 * code when the registry knows it).
 *
 * Ownership: everything is borrowed; OUT belongs to the caller.
 */
#ifndef SB40_IO_ASSESS_RUN_H
#define SB40_IO_ASSESS_RUN_H
#include <jansson.h>
#include <stddef.h>
#include "base/buf.h"
#include "base/error.h"
#include "store/store.h"

enum assess_kind { ASSESS_INNOVATION, ASSESS_MATURITY };
/* "innovation" or "maturity": 0, else -1. */
int assess_kind_parse(const char *s, enum assess_kind *out);
const char *assess_kind_name(enum assess_kind k);
/* "text", "json", "html" or "html-part" (a fragment for a web page): 0, else -1. */
int assess_format_ok(const char *s);

struct assess_job {
	enum assess_kind kind;
	const char *text;
	size_t len;
	const char *file;   /* names the document in errors */
	const char *format; /* as assess_format_ok() */
	const char *lang;   /* a language code; NULL: uz */
	struct store *st;   /* NULL: no comparison, nothing saved */
	int save;           /* store it (needs ST) */
	const char *tin;    /* the registered firm it is about; NULL: the document's firm.tin */
	int tin_forced;     /* a firm account: firm.tin must be absent or TIN (else SB40_EAUTH) */
	const char *actor;  /* who saves it */
};

/* Run J and render the result into OUT; *ID (may be NULL) gets the stored id,
 * 0 when not saved.  Errors: SB40_EINVAL with the JSON path of a bad value,
 * SB40_ENOTFOUND for an unknown TIN, SB40_EAUTH, store errors. */
int assess_run(const struct assess_job *j, struct buf *out, long *id, struct sb40_error *err);

/* Stored assessment ID in FORMAT: "json" prints the stored record (input
 * and result as stored); the others render it again from its input, compared
 * with the peers stored before it.  SCOPE_TIN (NULL: anyone's): a firm
 * account sees only its own (SB40_ENOTFOUND otherwise, so that ids of other
 * firms are not disclosed).  SB40_ENOTFOUND with a message when missing.
 * KIND (may be NULL) gets the kind. */
int assess_show(struct store *st, long id, const char *scope_tin, const char *format,
		const char *lang, struct buf *out, enum assess_kind *kind, struct sb40_error *err);

/* A stored assessment in short, for lists: id, kind, tin, firm, zone, region,
 * sector, created_at, created_by, and from the result: overall and stage
 * (maturity), verdict and winner (innovation).  A new reference. */
json_t *assess_summary_json(const struct store_assessment *a);

/* The maturity questionnaire's words in LANG, for forms. */
const char *assess_title(const char *lang, enum assess_kind k);
const char *assess_block_name(const char *lang, int block);
const char *assess_level_text(const char *lang, int block, int level);
const char *assess_pillar_name(const char *lang, int pillar);
const char *assess_stage_name(const char *lang, int stage);
/* "go" / "no-go" (GO 1 / 0) in LANG. */
const char *assess_verdict_name(const char *lang, int go);

#endif
