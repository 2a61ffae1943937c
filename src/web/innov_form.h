/* innov_form.h - the structured web form of the imitative-innovation
 * assessment, as data: which rows the form shows, the JSON document of
 * docs/assessments.md built from its fields, and the field a validation
 * error's JSON path points at.
 *
 * Why: firm owners cannot be asked to write JSON.  The form's fields are
 * turned into the same document the API and `sb40 assess` read (with
 * jansson, never by pasting text), so io/assess_run validates it exactly as
 * it validates a pasted document; its errors carry a JSON path
 * ("$.swot.strengths[1].weight"), which innov_form_field() maps back to the
 * form's field ("strengths_3_weight" when blank rows 1 and 2 were skipped).
 * Pure text work on a struct form: unit-tested apart from the server
 * (tests/unit/test_innov_form.c); h_assess_innov.c renders and serves it.
 *
 * Field names (ROW is the form's row, from 0; blank rows are skipped):
 *   name tin region zone sector, cap_ID (ID: the capability's JSON id),
 *   GROUP_ROW_factor|weight|rating (GROUP: strengths weaknesses
 *   opportunities threats), product, imitation_type, sales_ROW_period|value,
 *   weighting ("weights" or "pairwise"), crit_ROW_name|direction|weight|
 *   description, pw_I_J (criteria rows I < J: the judgement of I over J; the
 *   document's [J][I] is its reciprocal), cand_ROW_name|property|description,
 *   cand_ROW_score_C (C: the criterion's row), n_GROUP (rows shown),
 *   more=GROUP (the "add rows" button).
 * Rows, groups and the pairwise grid have ids "GROUP_ROW", "g_GROUP" and
 * "g_pw" for an error that names no single field.
 *
 * Ownership: struct innov_form and every string it returns live in the
 * caller's arena; the json_t from innov_form_doc is the caller's reference.
 */
#ifndef SB40_WEB_INNOV_FORM_H
#define SB40_WEB_INNOV_FORM_H
#include <jansson.h>
#include "web/arena.h"
#include "web/form.h"

enum innov_group {
	IG_STRENGTHS, IG_WEAKNESSES, IG_OPPORTUNITIES, IG_THREATS, /* swot_kind order */
	IG_SALES, IG_CRIT, IG_CAND, IG_COUNT
};

/* Rows shown at first, rows one "add rows" adds, and the most rows. */
#define INNOV_FORM_MORE 3
#define INNOV_FORM_MAX_ROWS 60

struct innov_form {
	int rows[IG_COUNT];   /* rows shown */
	int pairwise;         /* weights from the pairwise grid */
	int *map[IG_COUNT];   /* the form row of each JSON index (innov_form_doc) */
	int nmap[IG_COUNT];
};

/* "strengths", ..., "sales", "crit", "cand". */
const char *innov_group_id(enum innov_group g);
/* The defaults for the group's first showing. */
int innov_group_default_rows(enum innov_group g);

/* The rows and weighting of form IN (its n_GROUP fields, clamped; defaults
 * when absent); MORE (a group id, or NULL) gets INNOV_FORM_MORE more rows. */
void innov_form_init(struct innov_form *f, const struct form *in, const char *more);

/* Is row ROW of G blank (every field the user types in it empty)? */
int innov_form_blank(const struct form *in, struct arena *a, enum innov_group g, int row,
		     int ncrit);

/* The document of IN.  TIN (a firm account's, else NULL) replaces the
 * posted one; text is trimmed; numbers may use a decimal comma; a value
 * that is not a number is passed on as text, so that the document's checks
 * name it.  Fills F->map. */
json_t *innov_form_doc(struct innov_form *f, const struct form *in, struct arena *a,
		       const char *tin);

/* The form's field (or row, or group) that the error at WHERE ("form:
 * $.swot.strengths[1].weight", or the path alone) with message MSG points
 * at, for the document DOC that F built; NULL when it names none. */
const char *innov_form_field(const struct innov_form *f, json_t *doc, const char *where,
			     const char *msg, struct arena *a);

/* The assessment report's words (report/i18n_assess) for the form's
 * labels, in language LANG (enum i18n_lang order: uz, uz-Cyrl, ru, en); K
 * picks one of a group (IW_CAP + enum capability, IW_SWOT_GROUP + swot
 * kind, IW_TYPE + enum imitation_type, IW_DIR + 0 benefit / 1 cost,
 * IW_PROP + enum property_status). */
enum innov_word {
	IW_CAPABILITIES, IW_CAP, IW_SWOT, IW_SWOT_GROUP, IW_FACTOR, IW_WEIGHT, IW_RATING,
	IW_PRODUCT, IW_TYPE, IW_CRITERION, IW_DIRECTION, IW_DIR, IW_WEIGHTS, IW_CANDIDATE,
	IW_PROPERTY, IW_PROP, IW_SCORE
};
const char *innov_form_word(int lang, enum innov_word w, int k);

#endif
