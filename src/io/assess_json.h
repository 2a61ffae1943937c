/* assess_json.h - reading innovation and maturity assessments from JSON.
 *
 * Why: a firm or its consultant fills in an assessment as a JSON document
 * (docs/assessments.md has the schema, docs/examples/ full examples); this
 * module checks every field and builds the domain's input structs, or says
 * exactly what is wrong and where, as
 *     FILE: $.criteria[2].weight: expected a number from 0 to 1, got "x"
 * (FILE:LINE:COLUMN for JSON syntax errors).  Unknown fields are errors, so
 * a typo never silently drops an answer.  No output, no globals.
 *
 * Ownership: a *_doc owns the parsed JSON (root) and every array; the
 * domain input inside it and the strings (firm name, ...) borrow from it
 * until *_doc_release().  The root is kept so that the inputs can be stored
 * with the result.
 */
#ifndef SB40_IO_ASSESS_JSON_H
#define SB40_IO_ASSESS_JSON_H
#include <jansson.h>
#include <stddef.h>
#include "base/error.h"
#include "domain/innovation.h"
#include "domain/maturity.h"

/* Limits of a document: a decision, not a data set (reports keep per-
 * candidate work on the stack). */
#define ASSESS_MAX_CRITERIA 50
#define ASSESS_MAX_CANDIDATES 500

/* Who is assessed; every string may be NULL except name. */
struct assess_firm {
	const char *name, *tin, *region, *zone, *sector;
};

struct innov_doc {
	json_t *root;
	struct assess_firm firm;
	const char *product;               /* may be NULL */
	char first_period[24], last_period[24];
	struct innov_input in;             /* points into the arrays below */
	struct swot_factor *factors;
	double *sales;
	struct innov_criterion *criteria;
	double *pairwise;                  /* NULL: direct weights */
	struct innov_candidate *candidates;
	double *scores;                    /* ncandidates x ncriteria */
};

struct maturity_doc {
	json_t *root;
	struct assess_firm firm;
	struct maturity_input in;
};

/* Parse TEXT[LEN] (the contents of FILE, which names it in errors).  On
 * success returns 0 and DOC is filled; on failure returns SB40_EINVAL (or
 * SB40_ENOMEM) with ERR set, and DOC needs no release. */
int assess_json_innovation(const char *text, size_t len, const char *file,
			   struct innov_doc *doc, struct sb40_error *err);
void innov_doc_release(struct innov_doc *doc);

int assess_json_maturity(const char *text, size_t len, const char *file,
			 struct maturity_doc *doc, struct sb40_error *err);
void maturity_doc_release(struct maturity_doc *doc);

#endif
